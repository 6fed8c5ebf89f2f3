// SPDX-License-Identifier: GPL-3.0-or-later
// A head office's store on PostgreSQL (issue 20, DESIGN.md "Head office"): made and versioned by
// ServiceLens on a real server of the test's own, the workbook's tables column for column,
// refused when not ours or newer, unchangeable by a read command, and the same KPI catalogue
// giving the same figures, field for field, as a head-office workbook holding the same packs.
#include "DemoFixture.h"
#include "PostgresServer.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "flow/OrderQuery.h"
#include "kpi/KpiEngine.h"
#include "network/NetworkFigures.h"
#include "network/PackMerger.h"
#include "network/PackWriter.h"
#include "org/Branch.h"
#include "storage/FastQuery.h"
#include "storage/StoreUrl.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookSchema.h"
#include "workbook/WorkbookSearch.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace servicelens;
using namespace servicelens::network;
using servicelens::kpi::KpiEngine;
using namespace servicelens::test;

namespace {

QString newPostgresDatabase(const char *name)
{
    PostgresServer &server = PostgresServer::shared();
    INFO(server.failure().toStdString());
    REQUIRE(server.running());
    const QString url = server.createDatabase(QString::fromLatin1(name));
    INFO(server.failure().toStdString());
    REQUIRE_FALSE(url.isEmpty());
    return url;
}

std::unique_ptr<Workbook> createHeadOffice(const QString &store, const Clock &clock)
{
    NewWorkbook spec;
    spec.headOffice = true;
    Database::Options o;
    o.clock = &clock;
    auto wb = Workbook::create(store, spec, o);
    INFO((wb ? QString() : wb.error().message + wb.error().detail).toStdString());
    REQUIRE(wb.ok());
    REQUIRE((*wb)->isHeadOffice());
    return std::move(*wb);
}

// Rows of a query as text, one line each.
QStringList rows(Database &db, const char *sql)
{
    FastQuery q(db, sql);
    QStringList lines;
    while (q.next())
        lines << q.text(0) + QLatin1Char('.') + q.text(1);
    INFO((q.status() ? QString() : q.status().error().detail).toStdString());
    REQUIRE(q.status().ok());
    return lines;
}

void runOnServer(const QString &url, const QString &sql)
{
    auto parsed = StoreUrl::parse(url);
    REQUIRE(parsed.ok());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        db.setHostName(parsed->host);
        db.setPort(parsed->port);
        db.setUserName(parsed->user);
        db.setDatabaseName(parsed->database);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("A head-office store on PostgreSQL has the workbook's tables column for column and its "
          "indexes, and the store's own month tallies",
          "[network][postgres]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString url = newPostgresDatabase("schema_store");
    auto pg = createHeadOffice(url, clock);
    auto file = createHeadOffice(dir.file(QStringLiteral("总部.servicelens")), clock);
    CHECK(pg->database().isPostgres());
    // The workbook's steps, then the store's own (month tallies).
    CHECK(pg->database().schemaVersion() == latestVersion(WorkbookSchema::postgresMigrations()));
    CHECK(pg->database().schemaVersion() == WorkbookSchema::latestVersion() + 1);

    // The case library's search index is each engine's own (SQLite's FTS5 table and its shadow
    // tables; PostgreSQL's tsvector table): compared by what it finds (CaseLibraryTest).
    const QStringList fileColumns =
        rows(file->database(), "SELECT m.name, p.name FROM sqlite_schema m, "
                               "pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name "
                               "NOT LIKE 'case_search%' ORDER BY m.name, p.cid");
    const QStringList storeColumns =
        rows(pg->database(),
             "SELECT table_name, column_name FROM information_schema.columns "
             "WHERE table_schema = current_schema() AND table_name NOT IN "
             "('servicelens_store', 'data_version', 'month_tally', 'case_search') ORDER BY "
             "table_name, ordinal_position");
    CHECK(storeColumns.size() > 250);
    CHECK(storeColumns == fileColumns);

    // The indexes named in the schema (unique constraints' own indexes aside).
    const QStringList fileIndexes =
        rows(file->database(), "SELECT tbl_name, name FROM sqlite_schema WHERE type = 'index' AND "
                               "name NOT LIKE 'sqlite_autoindex%' ORDER BY tbl_name, name");
    const QStringList storeIndexes =
        rows(pg->database(),
             "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = "
             "current_schema() AND indexname NOT IN (SELECT conname FROM "
             "pg_constraint) AND tablename NOT IN ('month_tally', 'case_search') ORDER BY "
             "tablename, "
             "indexname");
    CHECK(storeIndexes == fileIndexes);

    // Both start with the same shipped lists.
    for (const char *sql : {"SELECT code, version FROM inspection_template ORDER BY code",
                            "SELECT code, version FROM survey ORDER BY code",
                            "SELECT count(*), min(day) FROM calendar_day",
                            "SELECT count(*), sum(resolution_wd) FROM sla_policy"}) {
        INFO(sql);
        CHECK(rows(pg->database(), sql) == rows(file->database(), sql));
    }
}

TEST_CASE("A PostgreSQL database that is not empty, not ours or newer is refused, and a read "
          "command's session cannot change the store",
          "[network][postgres]")
{
    FixedClock clock(referenceNowMsecs());
    const QString url = newPostgresDatabase("refusals");
    createHeadOffice(url, clock).reset();

    NewWorkbook spec;
    spec.headOffice = true;
    auto again = Workbook::create(url, spec);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Conflict);

    const QString foreign = newPostgresDatabase("foreign_tables");
    runOnServer(foreign, QStringLiteral("CREATE TABLE 工单 (id integer)"));
    auto notOurs = Workbook::open(foreign);
    REQUIRE_FALSE(notOurs.ok());
    CHECK(notOurs.error().kind == ErrorKind::NotAWorkbook);
    auto notEmpty = Workbook::create(foreign, spec);
    REQUIRE_FALSE(notEmpty.ok());
    CHECK(notEmpty.error().kind == ErrorKind::Conflict);

    auto unreachable = Workbook::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.error().kind == ErrorKind::Database);
    CHECK(unreachable.error().message.contains(QStringLiteral("127.0.0.1:1/none")));

    {
        auto reading = Workbook::openForReading(url);
        REQUIRE(reading.ok());
        CHECK((*reading)->database().isReadOnly());
        const Status write = (*reading)->database().execScript(
            "INSERT INTO setting (key, value) VALUES ('读', '写')");
        REQUIRE_FALSE(write.ok());
        CHECK(write.error().kind == ErrorKind::ReadOnly);
    }

    runOnServer(url, QStringLiteral("UPDATE servicelens_store SET version = 99"));
    auto newer = Workbook::open(url);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().kind == ErrorKind::NewerVersion);
    CHECK(newer.error().message.contains(QStringLiteral("99")));
}

TEST_CASE("Three demo branches merged into PostgreSQL and into a workbook give the same figures, "
          "every field of every KPI of several months",
          "[network][postgres]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    struct Spec {
        const char *code;
        QString name;
        const char *zone;
        std::uint64_t seed;
    };
    const Spec specs[] = {{"HZ02", QStringLiteral("杭州二号"), "Asia/Shanghai", 7},
                          {"URC1", QStringLiteral("乌鲁木齐一号"), "Asia/Urumqi", 11},
                          {"HK01", QStringLiteral("香港一号"), "Asia/Hong_Kong", 23}};
    QStringList packs;
    for (const Spec &s : specs) {
        auto branch = demoBranchWorkbook(dir.file(s.name + QStringLiteral(".servicelens")), clock,
                                         s.code, s.name, s.zone, s.seed, 900);
        packs << dir.file(s.name + QStringLiteral(".slpack"));
        auto written =
            PackWriter(branch->database()).write(packs.back(), *branch->defaultBranch(), true);
        REQUIRE(written.ok());
    }

    auto file = createHeadOffice(dir.file(QStringLiteral("总部.servicelens")), clock);
    auto pg = createHeadOffice(newPostgresDatabase("same_figures"), clock);
    for (Workbook *store : {file.get(), pg.get()}) {
        for (const QString &p : packs) {
            auto merged = PackMerger(store->database()).merge(p);
            INFO((merged ? QString() : merged.error().message + merged.error().detail)
                     .toStdString());
            REQUIRE(merged.ok());
            CHECK(merged->inserted > 900);
        }
    }

    auto branchesOf = [](Workbook &wb) {
        auto list = BranchRepository(wb.database()).list();
        REQUIRE(list.ok());
        return *list;
    };
    const std::vector<Branch> fileBranches = branchesOf(*file);
    const std::vector<Branch> storeBranches = branchesOf(*pg);
    REQUIRE(fileBranches.size() == 3);
    REQUIRE(storeBranches.size() == 3);

    KpiEngine onFile(file->database());
    KpiEngine onStore(pg->database());
    const QDate last(2026, 10, 1);
    for (int back = 0; back < 6; ++back) {
        const QDate month = last.addMonths(-back);
        INFO(month.toString(Qt::ISODate).toStdString());
        auto pooledFile = onFile.computePooled(fileBranches, month);
        auto pooledStore = onStore.computePooled(storeBranches, month);
        REQUIRE(pooledFile.ok());
        INFO((pooledStore ? QString() : pooledStore.error().detail).toStdString());
        REQUIRE(pooledStore.ok());
        CHECK(pooledFile->orders.received > 0);
        CHECK(KpiEngine::toJson(*pooledStore).toStdString() ==
              KpiEngine::toJson(*pooledFile).toStdString());
        // The network's pass reads each branch once and gives each branch's own figures.
        auto together = onStore.computeNetwork(storeBranches, month);
        REQUIRE(together.ok());
        REQUIRE(together->branches.size() == storeBranches.size());
        for (size_t i = 0; i < fileBranches.size(); ++i) {
            INFO(fileBranches[i].code.toStdString());
            REQUIRE(storeBranches[i].code == fileBranches[i].code);
            auto a = onFile.compute(fileBranches[i], month);
            auto b = onStore.compute(storeBranches[i], month);
            REQUIRE(a.ok());
            REQUIRE(b.ok());
            CHECK(KpiEngine::toJson(*b).toStdString() == KpiEngine::toJson(*a).toStdString());
            CHECK(KpiEngine::toJson(together->branches[i]).toStdString() ==
                  KpiEngine::toJson(*a).toStdString());
        }
        // The orders page's lists: overdue orders and a drill-down's picked orders.
        for (size_t i = 0; i < fileBranches.size(); ++i) {
            flow::OrderFilter overdue;
            overdue.overdueOnly = true;
            auto a = flow::OrderQuery(file->database(), fileBranches[i]).count(overdue);
            auto b = flow::OrderQuery(pg->database(), storeBranches[i]).count(overdue);
            INFO((b ? QString() : b.error().message + b.error().detail).toStdString());
            REQUIRE(a.ok());
            REQUIRE(b.ok());
            CHECK(*a > 0);
            CHECK(*b == *a);
        }
        {
            flow::OrderFilter picked;
            FastQuery ids(pg->database(), "SELECT id FROM service_order WHERE branch_id = ?1 "
                                          "ORDER BY id LIMIT 7");
            ids.bind(1, storeBranches[0].id);
            while (ids.next())
                picked.orderIds.push_back(ids.int64(0));
            picked.orderIds.push_back(picked.orderIds.front()); // twice: counted once
            auto n = flow::OrderQuery(pg->database(), storeBranches[0]).count(picked);
            REQUIRE(n.ok());
            CHECK(*n == 7);
        }
        if (back == 0) {
            // Find in Workbook: the same hits, Latin letters in any case.
            const auto hitsOf = [](Database &db, qint64 branch, const QString &text) {
                auto hits = WorkbookSearch(db, branch).find(text);
                INFO((hits ? QString() : hits.error().message + hits.error().detail).toStdString());
                REQUIRE(hits.ok());
                QStringList lines;
                for (const WorkbookSearch::Hit &h : *hits)
                    lines << QString::number(int(h.kind)) + QLatin1Char(' ') + h.title +
                                 QLatin1Char(' ') + h.detail + QLatin1Char(' ') +
                                 QString::number(h.at);
                return lines;
            };
            for (const QString &text : {QStringLiteral("xqb"), QStringLiteral("不制冷"),
                                        QStringLiteral("138"), QStringLiteral("整改")}) {
                INFO(text.toStdString());
                const QStringList a = hitsOf(file->database(), fileBranches[0].id, text);
                CHECK_FALSE(a.isEmpty());
                CHECK(hitsOf(pg->database(), storeBranches[0].id, text) == a);
            }
        }
        auto networkFile = NetworkFigures(file->database()).compute(month, KpiEngine::All);
        auto networkStore = NetworkFigures(pg->database()).compute(month, KpiEngine::All);
        REQUIRE(networkFile.ok());
        REQUIRE(networkStore.ok());
        CHECK(NetworkFigures::toJson(*networkStore).toStdString() ==
              NetworkFigures::toJson(*networkFile).toStdString());
    }
}
