// SPDX-License-Identifier: GPL-3.0-or-later
// A head office's store on PostgreSQL with the real binary (FORMATS.md: STORE is a workbook file
// or postgresql://user@host:port/dbname): init --head-office, merge, and every read command
// giving the same output as on a head-office workbook holding the same packs; read commands
// leave the store as it was; commands that need a file refuse a store; a merge killed at random
// leaves the store as it was or with the whole pack.
#include "PostgresServer.h"
#include "TestSupport.h"

#include "ServicelensProcess.h"

#include "demo/DemoRandom.h"
#include "storage/FastQuery.h"
#include "workbook/Workbook.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

using namespace servicelens;
using namespace servicelens::test;

namespace {

Run run(const QStringList &arguments)
{
    return runReported(arguments);
}

QString newStore(const QString &name)
{
    PostgresServer &server = PostgresServer::shared();
    INFO(server.failure().toStdString());
    REQUIRE(server.running());
    const QString url = server.createDatabase(name);
    REQUIRE_FALSE(url.isEmpty());
    return url;
}

// What a store holds, counted: every table a merge writes, and the audit trail. Read once the
// store is quiet (a killed client's session may still be ending on the server, its COMMIT
// perhaps already sent), in one statement: one snapshot of every table, never half of a commit.
QString contents(const QString &store)
{
    auto wb = Workbook::openForReading(store);
    REQUIRE(wb.ok());
    Database &db = (*wb)->database();
    QElapsedTimer quiet;
    quiet.start();
    for (;;) {
        FastQuery others(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                             "current_database() AND pid <> pg_backend_pid()");
        REQUIRE(others.next());
        if (others.int64(0) == 0)
            break;
        REQUIRE(quiet.elapsed() < 20000);
        QThread::msleep(20);
    }
    const char *const tables[] = {"branch",       "service_order", "stage_event", "survey_response",
                                  "inspection",   "merged_pack",   "merged_row",  "merge_conflict",
                                  "branch_audit", "audit_log",     "setting",     "product_model",
                                  "product_alias"};
    QByteArray sql = "SELECT ";
    for (const char *table : tables)
        sql += QByteArray(sql.size() > 7 ? ", " : "") + "(SELECT count(*) FROM " + table + ")";
    FastQuery q(db, sql.constData());
    REQUIRE(q.next());
    QStringList counts;
    int column = 0;
    for (const char *table : tables)
        counts << QString::fromLatin1(table) + QLatin1Char('=') +
                      QString::number(q.int64(column++));
    return counts.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("On a PostgreSQL store the head office's commands print what they print on a "
          "workbook, read commands change nothing, file commands refuse it",
          "[cli][network][postgres]")
{
    TempFolder dir;
    QStringList packs;
    for (const auto &[code, name, seed] :
         {std::tuple{"HZ02", QStringLiteral("杭州二号"), "7"},
          std::tuple{"URC1", QStringLiteral("乌鲁木齐一号"), "11"}}) {
        const QString db = dir.file(name + QStringLiteral(".servicelens"));
        REQUIRE(
            run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"),
                 QStringLiteral("--orders"), QStringLiteral("500"), QStringLiteral("--seed"),
                 QString::fromLatin1(seed), QStringLiteral("--branch"), QString::fromLatin1(code),
                 QStringLiteral("--branch-name"), name, QStringLiteral("--timezone"),
                 QString::fromLatin1(code[0] == 'U' ? "Asia/Urumqi" : "Asia/Shanghai")})
                .status == 0);
        packs << dir.file(name + QStringLiteral(".slpack"));
        REQUIRE(run({QStringLiteral("pack"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                     packs.back()})
                    .status == 0);
    }
    const QString file = dir.file(QStringLiteral("总部.servicelens"));
    const QString store = newStore(QStringLiteral("cli_store"));
    QStringList merged;
    for (const QString &s : {file, store}) {
        const Run init = run(
            {QStringLiteral("init"), QStringLiteral("--db"), s, QStringLiteral("--head-office")});
        REQUIRE(init.status == 0);
        const Run merge = run({QStringLiteral("merge"), QStringLiteral("--db"), s,
                               QStringLiteral("--in"), packs[0], QStringLiteral("--in"), packs[1]});
        REQUIRE(merge.status == 0);
        merged << merge.out;
    }
    CHECK(merged[1] == merged[0]);
    // Head office's product list, into both: the lists it owns it imports on either engine.
    const QString products = dir.file(QStringLiteral("产品型号.csv"));
    writeFile(products, QByteArray("型号,名称,品类,别名\n"
                                   "EG100HB108,滚筒洗衣机 10kg,洗衣机,EG100滚筒\n"
                                   "KFR-35GW/BP3DN8Y,挂机,空调,\n"
                                   "55A6H,,电视,\n"));
    for (const QString &s : {file, store}) {
        const Run imported = run({QStringLiteral("import"), QStringLiteral("products"),
                                  QStringLiteral("--db"), s, QStringLiteral("--in"), products});
        REQUIRE(imported.status == 0);
        CHECK(imported.out.contains(QStringLiteral("3 inserted")));
    }

    const QString before = contents(store);
    for (const QString &month : {QStringLiteral("2026-09"), QStringLiteral("2026-10")}) {
        INFO(month.toStdString());
        const QList<QStringList> commands = {
            {QStringLiteral("kpi"), QStringLiteral("--month"), month,
             QStringLiteral("--all-branches"), QStringLiteral("--json")},
            {QStringLiteral("kpi"), QStringLiteral("--month"), month, QStringLiteral("--branch"),
             QStringLiteral("URC1"), QStringLiteral("--json")},
            {QStringLiteral("network"), QStringLiteral("--month"), month, QStringLiteral("--json")},
            {QStringLiteral("network"), QStringLiteral("--month"), month},
            {QStringLiteral("products"), QStringLiteral("--month"), month,
             QStringLiteral("--json")},
            {QStringLiteral("products")},
        };
        for (const QStringList &command : commands) {
            INFO(command.join(QLatin1Char(' ')).toStdString());
            const Run onFile =
                run(QStringList{command.front(), QStringLiteral("--db"), file} + command.mid(1));
            const Run onStore =
                run(QStringList{command.front(), QStringLiteral("--db"), store} + command.mid(1));
            REQUIRE(onFile.status == 0);
            REQUIRE(onStore.status == 0);
            CHECK(onStore.out.toStdString() == onFile.out.toStdString());
        }
        const QString a = dir.file(QStringLiteral("文件-%1.csv").arg(month));
        const QString b = dir.file(QStringLiteral("数据库-%1.csv").arg(month));
        for (const auto &[s, out] : {std::pair{file, a}, std::pair{store, b}})
            REQUIRE(
                run({QStringLiteral("report"), QStringLiteral("--db"), s, QStringLiteral("--month"),
                     month, QStringLiteral("--all-branches"), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--out"), out})
                    .status == 0);
        CHECK(fileBytes(b) == fileBytes(a));
    }
    // The due list's statements run on PostgreSQL as on a file (a head office holds no
    // equipment of its own: an empty list, the same on both).
    for (const QString &s : {file, store}) {
        const Run due =
            run({QStringLiteral("equipment"), QStringLiteral("due"), QStringLiteral("--db"), s,
                 QStringLiteral("--date"), QStringLiteral("2026-10-09"), QStringLiteral("--json")});
        INFO(due.err.toStdString());
        CHECK(due.status == 0);
        CHECK(due.out.trimmed() == QStringLiteral(R"({"date":"2026-10-09","due":[]})"));
    }
    const QString pdf = dir.file(QStringLiteral("网络月报.pdf"));
    REQUIRE(run({QStringLiteral("report"), QStringLiteral("--db"), store, QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--all-branches"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf})
                .status == 0);
    CHECK(fileBytes(pdf).startsWith("%PDF"));
    // Read commands never change the store.
    CHECK(contents(store) == before);

    // What needs a workbook file says so; a branch's workbook is not made on a server.
    for (const QStringList &command :
         {QStringList{QStringLiteral("check"), QStringLiteral("--db"), store},
          QStringList{QStringLiteral("backup"), QStringLiteral("--db"), store,
                      QStringLiteral("--out"), dir.file(QStringLiteral("备份.servicelens"))},
          QStringList{QStringLiteral("export-training-copy"), QStringLiteral("--db"), store,
                      QStringLiteral("--out"), dir.file(QStringLiteral("培训.servicelens"))}}) {
        const Run refused = run(command);
        CHECK(refused.status == 2);
        CHECK(refused.err.contains(QStringLiteral("pg_dump")));
    }
    const Run branchOnServer = run(
        {QStringLiteral("init"), QStringLiteral("--db"), newStore(QStringLiteral("not_a_branch"))});
    CHECK(branchOnServer.status == 3);
    CHECK(branchOnServer.err.contains(QStringLiteral("--head-office")));
    CHECK(contents(store) == before);

    // Head office's pack for its branches, from the store.
    const QString down = dir.file(QStringLiteral("总部下发.slpack"));
    const Run sent =
        run({QStringLiteral("pack"), QStringLiteral("--db"), store, QStringLiteral("--out"), down});
    REQUIRE(sent.status == 0);
    CHECK(fileBytes(down).startsWith("SQLite format 3"));
}

TEST_CASE("A merge into PostgreSQL killed at random moments leaves the store as it was or with "
          "the whole pack",
          "[cli][kill][network][postgres]")
{
    TempFolder dir;
    const QString hz = dir.file(QStringLiteral("杭州.servicelens"));
    REQUIRE(run({QStringLiteral("init"), QStringLiteral("--db"), hz, QStringLiteral("--demo"),
                 QStringLiteral("--orders"), QStringLiteral("3000"), QStringLiteral("--seed"),
                 QStringLiteral("7"), QStringLiteral("--branch"), QStringLiteral("HZ02")})
                .status == 0);
    const QString pack = dir.file(QStringLiteral("包.slpack"));
    REQUIRE(run({QStringLiteral("pack"), QStringLiteral("--db"), hz, QStringLiteral("--out"), pack})
                .status == 0);
    int stores = 0;
    QString store;
    const auto fresh = [&] {
        store = newStore(QStringLiteral("killed_%1").arg(++stores));
        REQUIRE(run({QStringLiteral("init"), QStringLiteral("--db"), store,
                     QStringLiteral("--head-office")})
                    .status == 0);
    };
    fresh();
    QElapsedTimer timer;
    timer.start();
    REQUIRE(
        run({QStringLiteral("merge"), QStringLiteral("--db"), store, QStringLiteral("--in"), pack})
            .status == 0);
    const int fullMs = static_cast<int>(timer.elapsed());
    const QString whole = contents(store);
    fresh();
    const QString empty = contents(store);

    servicelens::demo::DemoRandom random(20261205);
    int kills = 0;
    for (int round = 0; round < 24 && kills < 6; ++round) {
        QProcess p;
        startServicelens(p, {QStringLiteral("merge"), QStringLiteral("--db"), store,
                             QStringLiteral("--in"), pack});
        const int delay = random.between(5, qMax(10, fullMs * 9 / 10));
        INFO("kill after " << delay << " ms");
        if (!p.waitForFinished(delay)) {
            p.kill();
            p.waitForFinished();
            ++kills;
        }
        // The server ends the killed session's transaction: as it was, or the whole pack
        // (with its audit record: the trail counts the same).
        const QString now = contents(store);
        INFO(now.toStdString());
        REQUIRE((now == empty || now == whole));
        if (now == whole)
            fresh();
    }
    CHECK(kills == 6);
}
