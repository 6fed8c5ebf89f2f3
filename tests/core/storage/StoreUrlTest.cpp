// SPDX-License-Identifier: GPL-3.0-or-later
// A head-office store named by a URL (FORMATS.md: postgresql://user@host:port/dbname), and the
// SQL both engines run (PostgresStatement::translate).
#include "TestSupport.h"

#include "storage/PostgresStatement.h"
#include "storage/StoreUrl.h"

using namespace servicelens;

TEST_CASE("A store URL names a PostgreSQL server, its user and database, a wrong one is refused "
          "saying why, without its password",
          "[storage][postgres-url]")
{
    CHECK(StoreUrl::isPostgres(QStringLiteral("postgresql://u@h/db")));
    CHECK(StoreUrl::isPostgres(QStringLiteral("postgres://u@h/db")));
    CHECK_FALSE(StoreUrl::isPostgres(QStringLiteral("/home/李/总部.servicelens")));
    CHECK_FALSE(StoreUrl::isPostgres(QStringLiteral("postgresql.servicelens")));

    auto full = StoreUrl::parse(
        QStringLiteral("postgresql://ops:s%40cret@10.1.2.3:6543/network_store?sslmode=require"));
    REQUIRE(full.ok());
    CHECK(full->host == QStringLiteral("10.1.2.3"));
    CHECK(full->port == 6543);
    CHECK(full->user == QStringLiteral("ops"));
    CHECK(full->password == QStringLiteral("s@cret"));
    CHECK(full->database == QStringLiteral("network_store"));
    CHECK(full->options == QStringLiteral("sslmode=require"));
    CHECK(full->shown() == QStringLiteral("postgresql://ops@10.1.2.3:6543/network_store"));

    auto plain = StoreUrl::parse(QStringLiteral("postgresql://localhost/总部"));
    REQUIRE(plain.ok());
    CHECK(plain->port == 5432);
    CHECK(plain->user.isEmpty()); // libpq's default: the operating system's user
    CHECK(plain->database == QStringLiteral("总部"));
    CHECK(plain->shown() == QStringLiteral("postgresql://localhost/总部"));

    for (const char *wrong : {"postgresql://ops@10.1.2.3:6543/", "postgresql:///db",
                              "postgresql://ops:pw@host/a/b", "postgresql://h/db?a;b=c"}) {
        INFO(wrong);
        auto parsed = StoreUrl::parse(QString::fromUtf8(wrong));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == ErrorKind::InvalidInput);
        CHECK(parsed.error().message.contains(QStringLiteral("postgresql://user@host:port/")));
        CHECK_FALSE(parsed.error().message.contains(QStringLiteral(":pw@")));
    }
}

TEST_CASE("SQL written for both engines reads the same on PostgreSQL: numbered parameters and "
          "SQLite's schema names, never inside quotes",
          "[storage][postgres-url]")
{
    CHECK(
        PostgresStatement::translate("SELECT id FROM main.branch WHERE uid = ?1 AND code = ?12") ==
        "SELECT id FROM branch WHERE uid = $1 AND code = $12");
    CHECK(PostgresStatement::translate("INSERT INTO t VALUES (?, ?)") ==
          "INSERT INTO t VALUES ($1, $2)");
    CHECK(PostgresStatement::translate("DELETE FROM temp.cls_staff; SELECT x.uid FROM "
                                       "pack.service_order x") ==
          "DELETE FROM pg_temp.cls_staff; SELECT x.uid FROM pg_temp.pack_service_order x");
    // Inside quotes, and as the tail of a longer name, nothing changes.
    CHECK(PostgresStatement::translate("SELECT 'main.? 问' , \"temp.x\", domain.main.y, "
                                       "x.pack_id FROM s") ==
          "SELECT 'main.? 问' , \"temp.x\", domain.main.y, x.pack_id FROM s");
    CHECK(PostgresStatement::translate("SELECT 'it''s ?1', ?2") == "SELECT 'it''s ?1', $2");
    int parameters = 0;
    PostgresStatement::translate("SELECT '$9 ?7', ?3 WHERE a = ?12 OR b = ?1", &parameters);
    CHECK(parameters == 12);
    CHECK(PostgresStatement::translate("SELECT id FROM service_order INDEXED BY "
                                       "service_order_open WHERE branch_id = ?1") ==
          "SELECT id FROM service_order WHERE branch_id = $1");
}
