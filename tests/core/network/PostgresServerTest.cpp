// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL the head-office tests run against (issue 20): a server of the test's own,
// started in a temporary folder as a non-root user on 127.0.0.1, reached through Qt's QPSQL
// driver, Chinese text kept whole, and gone afterwards.
#include "PostgresServer.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace servicelens::test;

TEST_CASE("A PostgreSQL server of the test's own runs as a non-root user on 127.0.0.1 and QPSQL "
          "reaches it",
          "[network][postgres]")
{
    QString folder;
    {
        PostgresServer server;
        INFO(server.failure().toStdString());
        REQUIRE(server.running());
        REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-test"));
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(server.port());
            db.setUserName(server.user());
            db.setDatabaseName(QStringLiteral("postgres"));
            INFO(db.lastError().text().toStdString());
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT current_user, host(inet_server_addr()), "
                                          "current_setting('server_encoding')")));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() != QStringLiteral("root"));
            CHECK(q.value(1).toString() == QStringLiteral("127.0.0.1"));
            CHECK(q.value(2).toString() == QStringLiteral("UTF8"));
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE branch (code text PRIMARY KEY, name "
                                          "text NOT NULL)")));
            QSqlQuery insert(db);
            REQUIRE(insert.prepare(QStringLiteral("INSERT INTO branch VALUES (?, ?)")));
            insert.addBindValue(QStringLiteral("HZ02"));
            insert.addBindValue(QStringLiteral("杭州二号服务中心"));
            REQUIRE(insert.exec());
            REQUIRE(q.exec(QStringLiteral("SELECT name FROM branch WHERE code = 'HZ02'")));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == QStringLiteral("杭州二号服务中心"));
            CHECK(server.url().startsWith(QStringLiteral("postgresql://")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-test"));
        folder = server.folder();
        CHECK(QFileInfo::exists(folder + QStringLiteral("/data/PG_VERSION")));
    }
    // Stopped and removed with the object.
    CHECK_FALSE(QFileInfo::exists(folder));
}
