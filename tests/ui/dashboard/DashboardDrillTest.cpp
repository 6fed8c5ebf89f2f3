// SPDX-License-Identifier: GPL-3.0-or-later
// Every number of the dashboard opens exactly the orders it counts, and the status bar names
// the month shown.
#include "TestSupport.h"

#include "MainWindow.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoGenerator.h"
#include "flow/OrdersPage.h"
#include "flow/OrdersTableModel.h"
#include "kpi/DashboardData.h"
#include "widgets/StatTile.h"
#include "workbook/WorkbookController.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

#include <cmath>

using namespace servicelens;
using namespace servicelens::test;

namespace {

qint64 shown(ui::MainWindow &window)
{
    QApplication::processEvents();
    return window.ordersPage()->model()->totalCount();
}

QString drillLabel(ui::MainWindow &window)
{
    return window.ordersPage()->findChild<QLabel *>(QStringLiteral("drillDown"))->text();
}

} // namespace

TEST_CASE("The dashboard's rates, backlog and chart points open exactly what they count",
          "[ui][dashboard][drill]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    DemoOptions options;
    options.orders = 1500;
    const QString path = dir.file(QStringLiteral("钻取.servicelens"));
    REQUIRE(DemoGenerator::createDemoWorkbook(path, options, &clock).ok());
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    auto *dashboard = window.findChild<ui::DashboardPage *>(QStringLiteral("dashboardPage"));
    dashboard->setMonth(QDate(2026, 6, 1));
    REQUIRE(dashboard->data().has_value());
    const kpi::OrderKpis june = dashboard->data()->month.orders;
    auto *period = window.findChild<QLabel *>(QStringLiteral("periodLabel"));
    CHECK(period->text() == QStringLiteral("Period: Jun 2026"));

    // SLA met: its misses among the closed orders whose response is known.
    REQUIRE(june.slaMetRate.has_value());
    const qint64 slaMisses =
        june.closedResponseKnown - std::llround(*june.slaMetRate * june.closedResponseKnown);
    REQUIRE(slaMisses > 0);
    // It has a target (90 % by default), so it is coloured like the others.
    auto *slaTile = window.findChild<ui::StatTile *>(QStringLiteral("slaTile"));
    CHECK(slaTile->rating() != ui::StatTile::Rating::None);
    QTest::mouseClick(slaTile, Qt::LeftButton);
    CHECK(window.currentPage() == ui::MainWindow::ServiceFlow);
    CHECK(shown(window) == slaMisses);
    CHECK(drillLabel(window).contains(QStringLiteral("SLA missed, closed in 2026-06")));

    // First-time fix: the orders not fixed the first time.
    window.showPage(ui::MainWindow::Dashboard);
    REQUIRE(june.firstTimeFixRate.has_value());
    QTest::mouseClick(window.findChild<ui::StatTile *>(QStringLiteral("ftfTile")), Qt::LeftButton);
    CHECK(shown(window) ==
          june.firstTimeFixKnown - std::llround(*june.firstTimeFixRate * june.firstTimeFixKnown));

    // The backlog: open at the end of June (not open today), and each age bar its own.
    window.showPage(ui::MainWindow::Dashboard);
    QTest::mouseClick(window.findChild<ui::StatTile *>(QStringLiteral("backlogTile")),
                      Qt::LeftButton);
    CHECK(shown(window) == june.backlogEnd);
    auto *charts = dashboard->findChild<ui::DashboardCharts *>();
    REQUIRE(charts);
    emit charts->backlogClicked(3);
    CHECK(shown(window) == dashboard->data()->backlogByAge[3]);
    CHECK(drillLabel(window).contains(QStringLiteral("older than 7 working days")));

    // A point of the complaint chart: that month's complaints only, and the dashboard and the
    // status bar move to that month.
    const kpi::OrderKpis april = dashboard->data()->trend[9].orders;
    REQUIRE(dashboard->data()->trend[9].month == QDate(2026, 4, 1));
    emit charts->complaintsClicked(QDate(2026, 4, 1));
    CHECK(window.ordersPage()->currentFilter().complaint == true);
    CHECK(window.ordersPage()->currentFilter().receivedMonth == QDate(2026, 4, 1));
    CHECK(shown(window) == april.complaints);
    CHECK(dashboard->month() == QDate(2026, 4, 1));
    CHECK(period->text() == QStringLiteral("Period: Apr 2026"));
}
