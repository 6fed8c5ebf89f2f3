// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/DeferredIndexes.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

using namespace servicelens;
using namespace servicelens::test;

namespace {

QStringList schemaOf(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM "
                                  "sqlite_schema ORDER BY name"));
    auto rows = q.all<QString>([](const SqlQuery &r) { return r.value(0).toString(); });
    REQUIRE(rows.ok());
    return QStringList(rows->begin(), rows->end());
}

qint64 indexCount(Database &db, const QString &table)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                                  "sql IS NOT NULL AND tbl_name = :t"));
    q.bind(QStringLiteral(":t"), table);
    return q.scalar()->toLongLong();
}

} // namespace

TEST_CASE("Indexes set aside for a bulk load come back exactly, and still check uniqueness",
          "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("索引.servicelens")), clock);
    Database &db = wb->database();
    const QStringList before = schemaOf(db);
    REQUIRE(indexCount(db, QStringLiteral("service_order")) >= 5);

    CHECK_FALSE(DeferredIndexes::drop(db, {QStringLiteral("service_order")}).ok()); // no tx
    {
        WriteTransaction tx(db);
        auto deferred = DeferredIndexes::drop(
            db, {QStringLiteral("service_order"), QStringLiteral("survey_response")});
        REQUIRE(deferred.ok());
        CHECK(indexCount(db, QStringLiteral("service_order")) == 0);
        CHECK(indexCount(db, QStringLiteral("survey_response")) == 0);
        CHECK(indexCount(db, QStringLiteral("customer")) > 0); // not named: kept
        REQUIRE(deferred->rebuild().ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(schemaOf(db) == before);

    // A CREATE UNIQUE INDEX set aside is checked when made again: a duplicate written meanwhile
    // fails the rebuild.
    REQUIRE(db.execScript("CREATE TABLE t (a INTEGER); CREATE UNIQUE INDEX t_a ON t (a);").ok());
    WriteTransaction tx(db);
    auto deferred = DeferredIndexes::drop(db, {QStringLiteral("t")});
    REQUIRE(deferred.ok());
    REQUIRE(db.execScript("INSERT INTO t VALUES (1), (1);").ok());
    CHECK_FALSE(deferred->rebuild().ok());
}
