// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

using namespace servicelens;
using namespace servicelens::test;

namespace {

int settingCount(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM setting"));
    auto v = q.scalar();
    REQUIRE(v.ok());
    return v->toInt();
}

Status addSetting(Database &db, const QString &key)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO setting (key, value) VALUES (:k, '值')"));
    q.bind(QStringLiteral(":k"), key);
    return q.exec();
}

} // namespace

TEST_CASE("A write transaction rolls back unless committed", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("事务.servicelens")), clock);
    Database &db = wb->database();
    const int start = settingCount(db);

    {
        WriteTransaction tx(db);
        REQUIRE(tx.status().ok());
        REQUIRE(addSetting(db, QStringLiteral("甲")).ok());
        CHECK(settingCount(db) == start + 1);
    } // no commit
    CHECK(settingCount(db) == start);
    CHECK(db.transactionDepth() == 0);

    {
        WriteTransaction tx(db);
        REQUIRE(addSetting(db, QStringLiteral("乙")).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(settingCount(db) == start + 1);
}

TEST_CASE("A nested transaction is a savepoint: its rollback keeps the outer work", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("嵌套.servicelens")), clock);
    Database &db = wb->database();
    const int start = settingCount(db);

    WriteTransaction outer(db);
    REQUIRE(addSetting(db, QStringLiteral("外层")).ok());
    {
        WriteTransaction inner(db);
        REQUIRE(inner.status().ok());
        CHECK(db.transactionDepth() == 2);
        REQUIRE(addSetting(db, QStringLiteral("内层")).ok());
    } // inner rolled back
    CHECK(settingCount(db) == start + 1);
    {
        WriteTransaction inner(db);
        REQUIRE(addSetting(db, QStringLiteral("内层二")).ok());
        REQUIRE(inner.commit().ok());
    }
    CHECK(db.transactionDepth() == 1);
    outer.rollback(); // the outer rollback takes the committed savepoint with it
    CHECK(settingCount(db) == start);
    CHECK(db.transactionDepth() == 0);
}

TEST_CASE("Query errors carry the SQL and the kind of failure", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("错误.servicelens")), clock);
    Database &db = wb->database();

    REQUIRE(addSetting(db, QStringLiteral("唯一")).ok());
    const Status dup = addSetting(db, QStringLiteral("唯一"));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind == ErrorKind::Conflict);
    CHECK(dup.error().detail.contains(QStringLiteral("INSERT INTO setting")));

    SqlQuery bad(db, QStringLiteral("SELECT * FROM no_such_table"));
    const Status s = bad.exec();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().detail.contains(QStringLiteral("no_such_table")));

    // Bound values are data, never SQL.
    const QString hostile = QStringLiteral("x'); DROP TABLE setting; --");
    REQUIRE(addSetting(db, hostile).ok());
    CHECK(settingCount(db) >= 2);
    CHECK(SqlQuery::likeContains(QStringLiteral("50%_a\\b")) == QStringLiteral("%50\\%\\_a\\\\b%"));
}
