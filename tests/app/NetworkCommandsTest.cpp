// SPDX-License-Identifier: GPL-3.0-or-later
// The head office's commands with the real binary (FORMATS.md): init --head-office, pack,
// merge, network and kpi --all-branches; refusals with their exit statuses; a merge killed at
// random moments leaves the store as it was or with the whole pack.
#include "TestSupport.h"

#include "SafetySupport.h"
#include "ServicelensProcess.h"

#include "demo/DemoRandom.h"
#include "storage/SqlQuery.h"
#include "workbook/Workbook.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sqlite3.h>

using namespace servicelens;
using namespace servicelens::test;

namespace {

Run run(const QStringList &arguments)
{
    return runReported(arguments);
}

void demoBranch(const QString &db, const char *code, const QString &name, const char *seed,
                const char *orders = "600")
{
    const Run r =
        run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"),
             QStringLiteral("--orders"), QString::fromLatin1(orders), QStringLiteral("--seed"),
             QString::fromLatin1(seed), QStringLiteral("--branch"), QString::fromLatin1(code),
             QStringLiteral("--branch-name"), name});
    REQUIRE(r.status == 0);
}

qint64 count(const QString &db, const QString &sql)
{
    auto wb = Workbook::openForReading(db);
    REQUIRE(wb.ok());
    SqlQuery q((*wb)->database(), sql);
    return q.scalar()->toLongLong();
}

QJsonObject jsonLine(const QString &text)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed().toUtf8(), &e);
    INFO(text.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("pack, merge, network and kpi --all-branches on a head office of two branches",
          "[cli][network]")
{
    TempFolder dir;
    const QString hz = dir.file(QStringLiteral("杭州二号.servicelens"));
    const QString bj = dir.file(QStringLiteral("北京一号.servicelens"));
    const QString ho = dir.file(QStringLiteral("华东总部.servicelens"));
    demoBranch(hz, "HZ02", QStringLiteral("杭州二号"), "7");
    demoBranch(bj, "BJ01", QStringLiteral("北京一号"), "9", "400");
    REQUIRE(
        run({QStringLiteral("init"), QStringLiteral("--db"), ho, QStringLiteral("--head-office")})
            .status == 0);

    const QString hzPack = dir.file(QStringLiteral("杭州 第1包.slpack"));
    const QString bjPack = dir.file(QStringLiteral("北京 第1包.slpack"));
    const Run packed =
        run({QStringLiteral("pack"), QStringLiteral("--db"), hz, QStringLiteral("--out"), hzPack});
    REQUIRE(packed.status == 0);
    CHECK(packed.out.contains(QStringLiteral("HZ02")));
    REQUIRE(
        run({QStringLiteral("pack"), QStringLiteral("--db"), bj, QStringLiteral("--out"), bjPack})
            .status == 0);
    // A pack never replaces a file.
    const Run again =
        run({QStringLiteral("pack"), QStringLiteral("--db"), hz, QStringLiteral("--out"), hzPack});
    CHECK(again.status == 3);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    const Run merged = run({QStringLiteral("merge"), QStringLiteral("--db"), ho,
                            QStringLiteral("--in"), hzPack, QStringLiteral("--in"), bjPack});
    REQUIRE(merged.status == 0);
    const QStringList lines = merged.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    const QJsonObject first = jsonLine(lines[0]);
    CHECK(first[QStringLiteral("branch")].toString() == QStringLiteral("HZ02"));
    CHECK(first[QStringLiteral("inserted")].toInt() > 600);
    CHECK(first[QStringLiteral("updated")].toInt() == 0);
    CHECK(first[QStringLiteral("conflicts")].toInt() == 0);
    CHECK(count(ho, QStringLiteral("SELECT count(*) FROM service_order")) == 1000);

    // The same pack again: nothing inserted, nothing updated.
    const Run twice =
        run({QStringLiteral("merge"), QStringLiteral("--db"), ho, QStringLiteral("--in"), hzPack});
    REQUIRE(twice.status == 0);
    const QJsonObject second = jsonLine(twice.out);
    CHECK(second[QStringLiteral("inserted")].toInt() == 0);
    CHECK(second[QStringLiteral("updated")].toInt() == 0);
    CHECK(second[QStringLiteral("unchanged")].toInt() == first[QStringLiteral("inserted")].toInt());

    // Each branch's figures at head office are its own, to the byte.
    const QStringList home = {
        QStringLiteral("kpi"),     QStringLiteral("--db"),    hz,
        QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--json")};
    const QStringList there = {
        QStringLiteral("kpi"),     QStringLiteral("--db"),    ho,
        QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--branch"),
        QStringLiteral("HZ02"),    QStringLiteral("--json")};
    CHECK(run(home).out == run(there).out);

    const Run network =
        run({QStringLiteral("network"), QStringLiteral("--db"), ho, QStringLiteral("--month"),
             QStringLiteral("2026-10"), QStringLiteral("--json")});
    REQUIRE(network.status == 0);
    const QJsonObject n = jsonLine(network.out);
    const QJsonArray branches = n[QStringLiteral("branches")].toArray();
    REQUIRE(branches.size() == 2);
    CHECK(branches[0][QStringLiteral("code")].toString() == QStringLiteral("BJ01"));
    CHECK(branches[0][QStringLiteral("name")].toString() == QStringLiteral("北京一号"));
    CHECK(branches[0][QStringLiteral("data_until")].isString());
    const int received = n[QStringLiteral("network")][QStringLiteral("received")].toInt();
    CHECK(received == branches[0][QStringLiteral("kpi")][QStringLiteral("received")].toInt() +
                          branches[1][QStringLiteral("kpi")][QStringLiteral("received")].toInt());

    const Run pooled = run({QStringLiteral("kpi"), QStringLiteral("--db"), ho,
                            QStringLiteral("--month"), QStringLiteral("2026-10"),
                            QStringLiteral("--all-branches"), QStringLiteral("--json")});
    REQUIRE(pooled.status == 0);
    const QJsonObject p = jsonLine(pooled.out);
    CHECK(p[QStringLiteral("branch")].isNull());
    CHECK(p[QStringLiteral("orders")][QStringLiteral("received")].toInt() == received);
    CHECK(p[QStringLiteral("orders")] == n[QStringLiteral("network")].toObject());
    const Run table = run({QStringLiteral("network"), QStringLiteral("--db"), ho,
                           QStringLiteral("--month"), QStringLiteral("2026-10")});
    CHECK(table.status == 0);
    CHECK(table.out.contains(QStringLiteral("HZ02")));

    // The network's report: pooled rows (branch empty), then each branch's own rows.
    const QString csv = dir.file(QStringLiteral("全网月报.csv"));
    const Run reported =
        run({QStringLiteral("report"), QStringLiteral("--db"), ho, QStringLiteral("--month"),
             QStringLiteral("2026-10"), QStringLiteral("--all-branches"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    REQUIRE(reported.status == 0);
    const QStringList rows = QString::fromUtf8(fileBytes(csv)).trimmed().split(QLatin1Char('\n'));
    QStringList receivedRows;
    for (const QString &row : rows)
        if (row.contains(QStringLiteral(",orders.received,")))
            receivedRows << row.section(QLatin1Char(','), 0, 0) + QLatin1Char('=') +
                                row.section(QLatin1Char(','), 4, 4);
    CHECK(receivedRows ==
          QStringList{QStringLiteral("=%1").arg(
                          p[QStringLiteral("orders")][QStringLiteral("received")].toInt()),
                      QStringLiteral("BJ01=%1").arg(
                          branches[0][QStringLiteral("kpi")][QStringLiteral("received")].toInt()),
                      QStringLiteral("HZ02=%1").arg(
                          branches[1][QStringLiteral("kpi")][QStringLiteral("received")].toInt())});
    const QString pdf = dir.file(QStringLiteral("全网月报.pdf"));
    REQUIRE(run({QStringLiteral("report"), QStringLiteral("--db"), ho, QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--all-branches"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"),
                 QStringLiteral("zh_CN"), QStringLiteral("--out"), pdf})
                .status == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains(QStringLiteral("各网点对比")));
    CHECK(words.contains(QStringLiteral("附录 1. 北京一号（BJ01）")));
    CHECK(words.contains(QStringLiteral("附录 2. 杭州二号（HZ02）")));
    CHECK(run({QStringLiteral("report"), QStringLiteral("--db"), ho, QStringLiteral("--month"),
               QStringLiteral("2026-10"), QStringLiteral("--all-branches"),
               QStringLiteral("--branch"), QStringLiteral("HZ02"), QStringLiteral("--format"),
               QStringLiteral("csv"), QStringLiteral("--out"), dir.file(QStringLiteral("x.csv"))})
              .status == 2);

    // Read commands leave the store as it was.
    const QByteArray before = fileBytes(ho);
    run(there);
    run({QStringLiteral("network"), QStringLiteral("--db"), ho, QStringLiteral("--month"),
         QStringLiteral("2026-10")});
    CHECK(fileBytes(ho) == before);
}

TEST_CASE("The head office's commands refuse what they cannot do, saying why", "[cli][network]")
{
    TempFolder dir;
    const QString hz = dir.file(QStringLiteral("杭州.servicelens"));
    const QString ho = dir.file(QStringLiteral("总部.servicelens"));
    demoBranch(hz, "HZ02", QStringLiteral("杭州二号"), "7", "200");
    REQUIRE(
        run({QStringLiteral("init"), QStringLiteral("--db"), ho, QStringLiteral("--head-office")})
            .status == 0);
    const QString pack = dir.file(QStringLiteral("包.slpack"));
    REQUIRE(run({QStringLiteral("pack"), QStringLiteral("--db"), hz, QStringLiteral("--out"), pack})
                .status == 0);

    // A branch's pack into a branch's workbook: wrong usage, the branch untouched.
    const QByteArray branchBytes = fileBytes(hz);
    const Run intoBranch =
        run({QStringLiteral("merge"), QStringLiteral("--db"), hz, QStringLiteral("--in"), pack});
    CHECK(intoBranch.status == 2);
    CHECK(intoBranch.err.contains(QStringLiteral("head office")));
    CHECK(fileBytes(hz) == branchBytes);
    // Head office writes its own pack for the branches; it goes to a branch, not to a store.
    const QString down = dir.file(QStringLiteral("总部下发.slpack"));
    const Run fromHeadOffice =
        run({QStringLiteral("pack"), QStringLiteral("--db"), ho, QStringLiteral("--out"), down});
    CHECK(fromHeadOffice.status == 0);
    const Run intoStore =
        run({QStringLiteral("merge"), QStringLiteral("--db"), ho, QStringLiteral("--in"), down});
    CHECK(intoStore.status == 2);
    const Run received =
        run({QStringLiteral("merge"), QStringLiteral("--db"), hz, QStringLiteral("--in"), down});
    CHECK(received.status == 0);
    CHECK(jsonLine(received.out)[QStringLiteral("branch")].isNull());
    const Run receivedAgain =
        run({QStringLiteral("merge"), QStringLiteral("--db"), hz, QStringLiteral("--in"), down});
    CHECK(jsonLine(receivedAgain.out)[QStringLiteral("inserted")].toInt() == 0);
    CHECK(jsonLine(receivedAgain.out)[QStringLiteral("updated")].toInt() == 0);
    // A workbook is not a pack; an altered pack is refused; both name the file.
    const Run workbookAsPack =
        run({QStringLiteral("merge"), QStringLiteral("--db"), ho, QStringLiteral("--in"), hz});
    CHECK(workbookAsPack.status == 3);
    CHECK(workbookAsPack.err.contains(QStringLiteral("not a ServiceLens pack")));
    QByteArray bytes = fileBytes(pack);
    bytes.truncate(bytes.size() - 4096);
    const QString cut = dir.file(QStringLiteral("截断.slpack"));
    writeFile(cut, bytes);
    const Run refused =
        run({QStringLiteral("merge"), QStringLiteral("--db"), ho, QStringLiteral("--in"), cut});
    CHECK(refused.status == 3);
    CHECK(refused.err.contains(QStringLiteral("截断.slpack")));
    CHECK(count(ho, QStringLiteral("SELECT count(*) FROM service_order")) == 0);
    CHECK(run({QStringLiteral("init"), QStringLiteral("--db"), dir.file(QStringLiteral("y")),
               QStringLiteral("--head-office"), QStringLiteral("--demo")})
              .status == 2);
    CHECK(run({QStringLiteral("kpi"), QStringLiteral("--db"), ho, QStringLiteral("--month"),
               QStringLiteral("2026-10"), QStringLiteral("--all-branches"),
               QStringLiteral("--branch"), QStringLiteral("HZ02")})
              .status == 2);
}

TEST_CASE("A merge killed at random moments leaves the store as it was or with the whole pack",
          "[cli][kill][network]")
{
    TempFolder dir;
    const QString hz = dir.file(QStringLiteral("杭州.servicelens"));
    demoBranch(hz, "HZ02", QStringLiteral("杭州二号"), "7", "3000");
    const QString pack = dir.file(QStringLiteral("包.slpack"));
    REQUIRE(run({QStringLiteral("pack"), QStringLiteral("--db"), hz, QStringLiteral("--out"), pack})
                .status == 0);
    const QString ho = dir.file(QStringLiteral("总部.servicelens"));
    const auto fresh = [&] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(ho + QLatin1String(suffix));
        REQUIRE(run({QStringLiteral("init"), QStringLiteral("--db"), ho,
                     QStringLiteral("--head-office")})
                    .status == 0);
    };
    fresh();
    const QStringList merge = {QStringLiteral("merge"), QStringLiteral("--db"), ho,
                               QStringLiteral("--in"), pack};
    QElapsedTimer timer;
    timer.start();
    REQUIRE(run(merge).status == 0);
    const int fullMs = static_cast<int>(timer.elapsed());
    fresh();

    servicelens::demo::DemoRandom random(20261204);
    int kills = 0;
    for (int round = 0; round < 24 && kills < 8; ++round) {
        QProcess p;
        startServicelens(p, merge);
        const int delay = random.between(5, qMax(10, fullMs * 9 / 10));
        INFO("kill after " << delay << " ms");
        if (!p.waitForFinished(delay)) {
            p.kill();
            p.waitForFinished();
            ++kills;
        }
        const Run check = run({QStringLiteral("check"), QStringLiteral("--db"), ho});
        REQUIRE(check.status == 0);
        const qint64 orders = count(ho, QStringLiteral("SELECT count(*) FROM service_order"));
        const qint64 packs = count(ho, QStringLiteral("SELECT count(*) FROM merged_pack"));
        REQUIRE(((orders == 0 && packs == 0) || (orders == 3000 && packs == 1)));
        if (orders == 3000)
            fresh();
    }
    CHECK(kills == 8);
}

TEST_CASE("On a full disk a pack is absent and not noted, and a merge leaves the store as it was",
          "[cli][safety][network]")
{
    TempFolder dir;
    const QString hz = dir.file(QStringLiteral("杭州.servicelens"));
    demoBranch(hz, "HZ02", QStringLiteral("杭州二号"), "7", "1500");
    SmallDisk disk(dir.file(QStringLiteral("满盘")), 1536);
    if (!disk.mounted()) {
        WARN("a small tmpfs could not be mounted (the tests need root for it): the full-disk "
             "path is not checked here");
        return;
    }
    const QString folder = dir.file(QStringLiteral("满盘"));
    // The store fits; a branch's whole history does not.
    const QString ho = folder + QStringLiteral("/总部.servicelens");
    REQUIRE(
        run({QStringLiteral("init"), QStringLiteral("--db"), ho, QStringLiteral("--head-office")})
            .status == 0);
    disk.fillLeaving(400);
    const Run full = run({QStringLiteral("pack"), QStringLiteral("--db"), hz,
                          QStringLiteral("--out"), folder + QStringLiteral("/包.slpack")});
    CHECK(full.status == 1);
    CHECK(full.err.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/包.slpack")));
    // Not noted: the next pack is still the first, from the beginning.
    const QString pack = dir.file(QStringLiteral("包.slpack"));
    const Run packed =
        run({QStringLiteral("pack"), QStringLiteral("--db"), hz, QStringLiteral("--out"), pack});
    REQUIRE(packed.status == 0);
    CHECK(packed.out.contains(QStringLiteral("number 1")));

    const Run merged =
        run({QStringLiteral("merge"), QStringLiteral("--db"), ho, QStringLiteral("--in"), pack});
    CHECK(merged.status != 0);
    CHECK(run({QStringLiteral("check"), QStringLiteral("--db"), ho}).status == 0);
    CHECK(count(ho, QStringLiteral("SELECT count(*) FROM service_order")) == 0);
    CHECK(count(ho, QStringLiteral("SELECT count(*) FROM merged_pack")) == 0);
}

TEST_CASE("A merge into a store whose tables and indexes disagree is refused, nothing merged",
          "[cli][safety][network]")
{
    TempFolder dir;
    const QString hz = dir.file(QStringLiteral("杭州.servicelens"));
    demoBranch(hz, "HZ02", QStringLiteral("杭州二号"), "7", "1500");
    const QString pack = dir.file(QStringLiteral("包.slpack"));
    REQUIRE(run({QStringLiteral("pack"), QStringLiteral("--db"), hz, QStringLiteral("--out"), pack})
                .status == 0);
    const QString w = dir.file(QStringLiteral("总部原件.servicelens"));
    REQUIRE(
        run({QStringLiteral("init"), QStringLiteral("--db"), w, QStringLiteral("--head-office")})
            .status == 0);
    REQUIRE(run({QStringLiteral("merge"), QStringLiteral("--db"), w, QStringLiteral("--in"), pack})
                .status == 0);
    // An index whose entries no longer match its table (its definition rewritten behind
    // SQLite's back): the structural quick_check passes, the full check of the table does not.
    const QString b = dir.file(QStringLiteral("乙.servicelens"));
    REQUIRE(QFile::copy(w, b));
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(b).constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h,
                         "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                         "replace(sql, '(customer_id)', '(technician_id)') WHERE name = "
                         "'service_order_by_customer'; PRAGMA writable_schema = OFF;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
    REQUIRE(sqlite3_open(QFile::encodeName(b).constData(), &h) == SQLITE_OK);
    sqlite3_stmt *quick = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, "PRAGMA quick_check", -1, &quick, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(quick) == SQLITE_ROW);
    CHECK(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(quick, 0))) == "ok");
    sqlite3_finalize(quick);
    sqlite3_close(h);
    const qint64 before = count(b, QStringLiteral("SELECT count(*) FROM service_order"));
    const Run merged =
        run({QStringLiteral("merge"), QStringLiteral("--db"), b, QStringLiteral("--in"), pack});
    CHECK(merged.status == 4);
    CHECK(merged.err.contains(QStringLiteral("damaged")));
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM service_order")) == before);
}

TEST_CASE("products lists head office's models with their orders across branches and the texts "
          "to map, without changing the store",
          "[cli][network][products]")
{
    TempFolder dir;
    // HZ02 writes the list's codes; URC1 leaves hyphens and last words out (T10 扫地机).
    const QString hz = dir.file(QStringLiteral("杭州二号.servicelens"));
    const QString urc = dir.file(QStringLiteral("乌鲁木齐一号.servicelens"));
    demoBranch(hz, "HZ02", QStringLiteral("杭州二号"), "7");
    demoBranch(urc, "URC1", QStringLiteral("乌鲁木齐一号"), "11");
    const QString ho = dir.file(QStringLiteral("总部.servicelens"));
    REQUIRE(
        run({QStringLiteral("init"), QStringLiteral("--db"), ho, QStringLiteral("--head-office")})
            .status == 0);
    for (const QString &branch : {hz, urc}) {
        const QString pack = branch + QStringLiteral(".slpack");
        REQUIRE(run({QStringLiteral("pack"), QStringLiteral("--db"), branch,
                     QStringLiteral("--out"), pack})
                    .status == 0);
        REQUIRE(
            run({QStringLiteral("merge"), QStringLiteral("--db"), ho, QStringLiteral("--in"), pack})
                .status == 0);
    }
    // Head office lists the robot vacuums only.
    const QString list = dir.file(QStringLiteral("产品型号.csv"));
    writeFile(list, QByteArray("型号,品类\nT10 Pro,扫地机器人\nX20 Max,扫地机器人\n"));
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("products"), QStringLiteral("--db"), ho,
                 QStringLiteral("--in"), list})
                .status == 0);

    const QByteArray hash = fileHash(ho);
    const Run first =
        run({QStringLiteral("products"), QStringLiteral("--db"), ho, QStringLiteral("--json")});
    REQUIRE(first.status == 0);
    CHECK(fileHash(ho) == hash); // a read command
    const QJsonObject usage = jsonLine(first.out);
    const qint64 robots =
        count(ho, QStringLiteral("SELECT count(*) FROM service_order WHERE "
                                 "category = '扫地机器人' OR product LIKE '%扫地机'"));
    const qint64 hzRobots =
        count(ho, QStringLiteral("SELECT count(*) FROM service_order o JOIN "
                                 "branch b ON b.id = o.branch_id WHERE b.code = "
                                 "'HZ02' AND o.category = '扫地机器人'"));
    CHECK(usage.value(QStringLiteral("orders")).toInteger() == 1200);
    // HZ02 writes the codes: every robot of its matched; URC1's short names are not.
    CHECK(usage.value(QStringLiteral("model_matched")).toInteger() == hzRobots);
    CHECK(usage.value(QStringLiteral("category_matched")).toInteger() == hzRobots);
    qint64 unmappedRobots = 0;
    for (const QJsonValue &v : usage.value(QStringLiteral("unmapped")).toArray()) {
        const QJsonObject u = v.toObject();
        CHECK(u.value(QStringLiteral("orders")).toInteger() > 0);
        if (u.value(QStringLiteral("value")).toString().endsWith(QStringLiteral("扫地机")) &&
            u.value(QStringLiteral("list")).toString() == QStringLiteral("model")) {
            CHECK(u.value(QStringLiteral("branches")).toInt() == 1);
            unmappedRobots += u.value(QStringLiteral("orders")).toInteger();
        }
    }
    CHECK(unmappedRobots == robots - hzRobots);

    // The spellings given in the list map them, for every order already merged.
    writeFile(list, QByteArray("model,aliases\nT10 Pro,T10 扫地机\nX20 Max,X20 扫地机\n"));
    REQUIRE(run({QStringLiteral("import"), QStringLiteral("products"), QStringLiteral("--db"), ho,
                 QStringLiteral("--in"), list})
                .status == 0);
    const QJsonObject mapped = jsonLine(
        run({QStringLiteral("products"), QStringLiteral("--db"), ho, QStringLiteral("--json")})
            .out);
    CHECK(mapped.value(QStringLiteral("model_matched")).toInteger() == robots);
    for (const QJsonValue &v : mapped.value(QStringLiteral("models")).toArray())
        CHECK(v.toObject().value(QStringLiteral("branches")).toInt() == 2);

    // Usage problems say so.
    CHECK(run({QStringLiteral("products")}).status == 2);
    CHECK(run({QStringLiteral("products"), QStringLiteral("--db"), ho, QStringLiteral("--month"),
               QStringLiteral("2026-13")})
              .status == 2);
}
