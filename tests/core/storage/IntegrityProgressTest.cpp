// SPDX-License-Identifier: GPL-3.0-or-later
// The progress of SQLite's integrity check, and of a whole `check`, on real workbooks.
#include "DemoFixture.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/IntegrityProgress.h"
#include "workbook/WorkbookCheck.h"

#include <sqlite3.h>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("The integrity check's progress rises steadily to near its end, never past it",
          "[storage][check]")
{
    DemoWorkbook demo(QStringLiteral("进度.servicelens"), 3000);
    sqlite3 *db = demo.wb->database().handle();
    // A workbook of 3000 orders: millions of instructions, most in the orders' loop.
    const qint64 expected = IntegrityProgress::estimatedKiloOps(db);
    CHECK(expected > 100);
    std::vector<double> shares;
    {
        IntegrityProgress progress(db, [&shares](double s) { shares.push_back(s); });
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
        CHECK(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))) ==
              QStringLiteral("ok"));
        sqlite3_finalize(stmt);
    }
    REQUIRE(shares.size() > 20); // reported as it went, about once per percent
    CHECK(shares.front() == 0.0);
    for (std::size_t i = 1; i < shares.size(); ++i)
        CHECK(shares[i] > shares[i - 1]);
    CHECK(shares.back() <= 0.99);
    // The estimate is close: the check ends in its last fifth, not at a third or cut short.
    CHECK(shares.back() >= 0.8);
    // Removed with the progress: a later statement reports nothing.
    shares.clear();
    REQUIRE(demo.wb->database().execScript("PRAGMA integrity_check").ok());
    CHECK(shares.empty());
}

TEST_CASE("A whole check reports its share done from 0 to 1", "[storage][check]")
{
    DemoWorkbook demo(QStringLiteral("检查进度.servicelens"), 1500);
    const QString path = demo.wb->path();
    demo.wb.reset();
    std::vector<double> shares;
    const auto record = [&shares](double s) {
        shares.push_back(s);
    };
    auto verified = WorkbookCheck::verify(path, record);
    REQUIRE(verified.ok());
    CHECK(verified->problems.isEmpty());
    auto business = WorkbookCheck::runOnFile(path, record);
    REQUIRE(business.ok());
    CHECK(business->isEmpty());
    REQUIRE(shares.size() > 10);
    CHECK(shares.front() == 0.0);
    for (std::size_t i = 1; i < shares.size(); ++i)
        CHECK(shares[i] >= shares[i - 1]);
    CHECK(shares.back() == 1.0);
    CHECK(std::count(shares.begin(), shares.end(), WorkbookCheck::integrityShare) == 1);
}
