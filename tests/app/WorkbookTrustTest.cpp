// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety, trust: damage SQLite's quick check misses, edits behind ServiceLens's back,
// the audit trail proved against a noted head or a backup, a scrubbed training copy.
#include "SafetySupport.h"

#include "storage/AuditChain.h"
#include "workbook/WorkbookSchema.h"

using namespace servicelens::test;

TEST_CASE("Damage quick_check misses stops an import, a backup and a training copy",
          "[cli][safety]")
{
    TempFolder dir;
    const QString w = makeDemo(dir.file(QStringLiteral("原件.servicelens")), 2000);
    const QString a = dir.file(QStringLiteral("甲.servicelens"));
    const QString b = dir.file(QStringLiteral("乙.servicelens"));
    REQUIRE(QFile::copy(w, a));
    const QString base = dir.file(QStringLiteral("基础.csv"));
    writeFile(base, "order_id,received_at,customer,customer_phone\nX1,2026-10-01 09:00,测试客户甲,"
                    "13900001111\nX2,2026-10-02 09:00,测试客户乙,13900002222\n");
    REQUIRE(importCsv("orders", a, base).status == 0);
    // A change committed only to a's log; that log is then copied beside an older copy, as a
    // sync or a careless copy does. Tables and indexes of b now disagree.
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(a).constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h,
                         "PRAGMA wal_autocheckpoint=0; UPDATE service_order SET product = "
                         "'WAL-ONLY' WHERE order_no = 'X1'; UPDATE service_order SET received_at "
                         "= received_at + 1 WHERE id < 1500;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(QFile::copy(w, b));
    REQUIRE(QFile::copy(a + QStringLiteral("-wal"), b + QStringLiteral("-wal")));
    sqlite3_close(h);

    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), b}).status == 4);
    const char *rows = "SELECT count(*) || ' ' || sum(order_no LIKE 'X%') FROM service_order";
    const QStringList before = firstColumn(b, rows);
    const Run imported = importCsv("orders", b, base);
    INFO(imported.err.toStdString());
    CHECK(imported.status == 4);
    CHECK(imported.err.contains(QStringLiteral("damaged")));
    const Run backup =
        runServicelens({QStringLiteral("backup"), QStringLiteral("--db"), b,
                        QStringLiteral("--out"), dir.file(QStringLiteral("备份.servicelens"))});
    CHECK(backup.status == 4);
    const Run copy =
        runServicelens({QStringLiteral("export-training-copy"), QStringLiteral("--db"), b,
                        QStringLiteral("--out"), dir.file(QStringLiteral("培训.servicelens"))});
    CHECK(copy.status == 4);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("备份.servicelens"))));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("培训.servicelens"))));
    // Nothing written: no order inserted a second time past the broken index (SQLite may
    // have moved the log into the file, which changes no row).
    CHECK(firstColumn(b, rows) == before);
}

TEST_CASE("check finds edits behind ServiceLens's back that SQLite's check cannot see",
          "[cli][safety][check]")
{
    TempFolder dir;
    const QString pristine = makeDemo(dir.file(QStringLiteral("原件.servicelens")), 400);
    int copies = 0;
    auto edited = [&](const char *sql) {
        const QString path = dir.file(QStringLiteral("副本%1.servicelens").arg(++copies));
        REQUIRE(QFile::copy(pristine, path));
        execOutside(path, sql);
        return runServicelens({QStringLiteral("check"), QStringLiteral("--db"), path});
    };
    auto found = [](const Run &r, const QString &words) {
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.status == 4);
        CHECK(r.err.contains(words));
    };
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), pristine}).status == 0);
    // D8: the month counts the backlog is read from, a trigger, an inspection reopened.
    found(edited("UPDATE order_month_count SET received = received + 1000"),
          QStringLiteral("do not match the orders themselves"));
    found(edited("DROP TRIGGER order_month_count_insert"),
          QStringLiteral("“order_month_count_insert” that workbook format %1 needs is missing")
              .arg(servicelens::WorkbookSchema::latestVersion()));
    found(edited("UPDATE inspection SET status = 'draft', completed_at = NULL, score = NULL, "
                 "passed = NULL, content_hash = NULL WHERE id = (SELECT max(id) FROM inspection "
                 "WHERE status = 'completed')"),
          QStringLiteral("is now a draft again"));
    // D9: a zone that is not one.
    found(edited("UPDATE branch SET time_zone = 'Mars/Olympus'"),
          QStringLiteral("“Mars/Olympus” as its time zone"));
    CHECK(
        runServicelens({QStringLiteral("init"), QStringLiteral("--db"),
                        dir.file(QStringLiteral("无时区.servicelens")), QStringLiteral("--branch"),
                        QStringLiteral("X1"), QStringLiteral("--branch-name"), QStringLiteral("X"),
                        QStringLiteral("--timezone"), QString()})
            .status == 2);
    // D7: an emptied trail.
    found(edited("DELETE FROM audit_log; DELETE FROM setting WHERE key = 'audit.head'"),
          QStringLiteral("The audit trail is empty"));
}

TEST_CASE("check --against a backup or a noted head proves the trail was not rewritten",
          "[cli][safety][check]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 400);
    const QString backup = dir.file(QStringLiteral("备份.servicelens"));
    const Run backedUp = runServicelens(
        {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), backup});
    REQUIRE(backedUp.status == 0);
    const QString head = backedUp.out.section(QStringLiteral("Audit head: "), 1).trimmed();
    REQUIRE(servicelens::AuditChain::parseHead(head).has_value());

    // Ordinary work since: the earlier head is still there.
    const QString csv = dir.file(QStringLiteral("新.csv"));
    writeFile(csv, "order_id,received_at\nN1,2026-10-01 09:00\n");
    REQUIRE(importCsv("orders", db, csv).status == 0);
    for (const QString &against : {backup, head}) {
        const Run r = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db,
                                      QStringLiteral("--against"), against});
        INFO(r.err.toStdString());
        CHECK(r.status == 0);
        CHECK(r.out.contains(QStringLiteral("still holds the earlier head")));
    }

    // A forger edits an old record and recomputes the whole chain and head: the chain alone
    // holds, the earlier head does not.
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(db).constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "UPDATE audit_log SET actor = '别人' WHERE id = 2", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(servicelens::AuditChain::chainAll(h).ok());
    REQUIRE(sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db}).status == 0);
    for (const QString &against : {backup, head}) {
        const Run r = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db,
                                      QStringLiteral("--against"), against});
        INFO(r.err.toStdString());
        CHECK(r.status == 4);
        CHECK(r.err.contains(QStringLiteral("was rewritten since that head was noted")));
    }
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db,
                          QStringLiteral("--against"), QStringLiteral("not-a-head")})
              .status == 2);

    // Every report carries the head of its moment.
    const QString out = dir.file(QStringLiteral("月报.xlsx"));
    REQUIRE(runServicelens({QStringLiteral("report"), QStringLiteral("--db"), db,
                            QStringLiteral("--month"), lastMonth(), QStringLiteral("--format"),
                            QStringLiteral("xlsx"), QStringLiteral("--out"), out})
                .status == 0);
}

TEST_CASE("The training copy scrubs names and phones from every text column and names the "
          "identifiers it must keep",
          "[cli][safety][privacy]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 200);
    const QString p1 = dir.file(QStringLiteral("p.csv"));
    writeFile(p1, "order_id,received_at,customer,customer_phone,product,category\n"
                  "P1,2026-10-05 09:00,隐私甲,13912340001,隐私甲的冰箱 13912340001,call "
                  "139-1234-0001\n13912340003,2026-10-05 09:00,隐私丙,13912340003,x,y\n");
    const QString p2 = dir.file(QStringLiteral("p2.csv"));
    writeFile(p2, "order_id,received_at,technician\nP5,2026-10-05 09:00,13912340004\n");
    REQUIRE(importCsv("orders", db, p1).status == 0);
    REQUIRE(importCsv("orders", db, p2).status == 0);
    const QString copy = dir.file(QStringLiteral("培训.servicelens"));
    const Run r = runServicelens({QStringLiteral("export-training-copy"), QStringLiteral("--db"),
                                  db, QStringLiteral("--out"), copy});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    const QByteArray bytes = fileBytes(copy);
    CHECK_FALSE(bytes.contains("隐私甲"));
    CHECK_FALSE(bytes.contains("13912340001"));
    CHECK_FALSE(bytes.contains("139-1234-0001"));
    // Kept because they identify records, and said so.
    CHECK(r.err.contains(QStringLiteral("Order ids that look like phone numbers were kept")));
    CHECK(r.err.contains(QStringLiteral("13912340003")));
    CHECK(r.err.contains(QStringLiteral("Staff codes that look like phone numbers were kept")));
    CHECK(r.err.contains(QStringLiteral("13912340004")));
    // The copy passes every check, its audit records still JSON.
    const Run check = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), copy});
    INFO(check.err.toStdString());
    CHECK(check.status == 0);
}
