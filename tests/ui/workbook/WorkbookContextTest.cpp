// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen: the context every page shares — the branch resolved once and chosen for all pages,
// and committed changes reaching the pages that show them.
#include "DemoFixture.h"
#include "TestSupport.h"

#include "dashboard/DashboardPage.h"
#include "flow/OrderRepository.h"
#include "org/Branch.h"
#include "report/ReportsPage.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("The context resolves the branch once, in its zone, and says why when there is none",
          "[ui][workbook]")
{
    DemoWorkbook f(QStringLiteral("网点.servicelens"), 600);
    ui::WorkbookContext context;
    CHECK_FALSE(context.branch().ok());
    CHECK(context.today() == QDate());
    QSignalSpy changed(&context, &ui::WorkbookContext::workbookChanged);
    context.setWorkbook(f.wb.get());
    CHECK(changed.count() == 1);
    REQUIRE(context.branch().ok());
    CHECK(context.branch()->code == QStringLiteral("SH01"));
    // The reference clock is 2026-11-22 02:00 UTC: already the 22nd in Shanghai.
    CHECK(context.today() == QDate(2026, 11, 22));

    // A second branch, in another zone: chosen, every page is about it and its local day.
    Branch honolulu;
    honolulu.code = QStringLiteral("HN01");
    honolulu.name = QStringLiteral("檀香山服务站");
    honolulu.timeZone = QStringLiteral("Pacific/Honolulu");
    REQUIRE(BranchRepository(f.wb->database()).create(honolulu).ok());
    context.setWorkbook(f.wb.get());
    REQUIRE(context.branches().size() == 2);
    CHECK(context.branch()->code == QStringLiteral("SH01")); // the first by code until chosen
    context.chooseBranch(honolulu.id);
    CHECK(changed.count() == 3);
    CHECK(context.branch()->code == QStringLiteral("HN01"));
    CHECK(context.today() == QDate(2026, 11, 21)); // 16:00 the day before in Honolulu
    context.chooseBranch(honolulu.id);             // the same again: nothing to redo
    context.chooseBranch(987654);                  // not a branch of the workbook: ignored
    CHECK(changed.count() == 3);
    // Reopened, the choice stays while the branch exists.
    context.setWorkbook(f.wb.get());
    CHECK(context.branch()->code == QStringLiteral("HN01"));
    context.setWorkbook(nullptr);
    CHECK_FALSE(context.branch().ok());
    CHECK(context.branches().empty());
}

TEST_CASE("A branch chosen on the dashboard is the reports page's too, and changes reach the pages",
          "[ui][workbook]")
{
    DemoWorkbook f(QStringLiteral("网点.servicelens"), 600);
    Branch second;
    second.code = QStringLiteral("SZ02");
    second.name = QStringLiteral("深圳南山服务中心");
    REQUIRE(BranchRepository(f.wb->database()).create(second).ok());

    ui::WorkbookContext context;
    ui::DashboardPage dashboard(context);
    ui::ReportsPage reports(context);
    context.setWorkbook(f.wb.get());
    auto *heading = dashboard.findChild<QLabel *>(QStringLiteral("dashboardHeading"));
    auto *dashboardBranch = dashboard.findChild<QComboBox *>(QStringLiteral("dashboardBranch"));
    auto *reportBranch = reports.findChild<QComboBox *>(QStringLiteral("reportBranch"));
    REQUIRE(heading);
    REQUIRE(dashboardBranch);
    REQUIRE(reportBranch);
    CHECK(heading->text() == QStringLiteral("Shanghai Pudong Service Centre"));
    const QDate month = dashboard.month();

    dashboardBranch->setCurrentIndex(dashboardBranch->findData(second.id));
    CHECK(context.branch()->id == second.id);
    CHECK(heading->text() == second.name);
    CHECK(dashboard.month() == month); // the month shown stays
    CHECK(reportBranch->currentData().toLongLong() == second.id);

    // An order committed elsewhere: told, the dashboard counts the workbook's orders again.
    dashboardBranch->setCurrentIndex(dashboardBranch->findData(context.branches().front().id));
    auto *subheading = dashboard.findChild<QLabel *>(QStringLiteral("dashboardSubheading"));
    REQUIRE(subheading);
    CHECK(subheading->text().contains(QStringLiteral("600 orders in the workbook")));
    flow::ServiceOrder extra;
    extra.orderNo = QStringLiteral("SO-上下文-1");
    extra.branchId = context.branches().front().id;
    extra.category = QStringLiteral("空调");
    extra.times.received = f.clock.nowSecsSinceEpoch() - 3600;
    REQUIRE(flow::OrderRepository(f.wb->database()).insert(extra).ok());
    context.notify(ui::WorkbookContext::Change::Inspections); // not what the count shows
    CHECK(subheading->text().contains(QStringLiteral("600 orders in the workbook")));
    context.notify(ui::WorkbookContext::Change::Orders);
    CHECK(subheading->text().contains(QStringLiteral("601 orders in the workbook")));
}
