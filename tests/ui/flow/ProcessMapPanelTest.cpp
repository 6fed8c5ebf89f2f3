// SPDX-License-Identifier: GPL-3.0-or-later
// The process map on the service flow page, offscreen on real widgets: an imported event log's
// month drawn, filtered, and each number opening the orders it counts in the orders list.
#include "TestSupport.h"

#include "flow/OrdersPage.h"
#include "flow/ProcessMapPanel.h"
#include "workbook/Importers.h"
#include "workbook/WorkbookContext.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("The process map shows a month's real paths and opens the orders behind a number",
          "[ui][processmap]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("流程图.servicelens")), clock);
    const QString log = dir.file(QStringLiteral("事件.csv"));
    // Two orders in October 2025: one straight through, one closed, reopened and closed again;
    // a third of high priority waits for parts.
    writeFile(log, "工单号,状态,事件时间,优先级\n"
                   "A1,received,2025-10-13 09:00,普通\n"
                   "A1,analysed,2025-10-13 10:00,普通\n"
                   "A1,implemented,2025-10-14 10:00,普通\n"
                   "A1,closed,2025-10-15 10:00,普通\n"
                   "A2,received,2025-10-13 09:00,普通\n"
                   "A2,analysed,2025-10-13 11:00,普通\n"
                   "A2,implemented,2025-10-14 11:00,普通\n"
                   "A2,closed,2025-10-14 12:00,普通\n"
                   "A2,analysed,2025-10-15 09:00,普通\n"
                   "A2,implemented,2025-10-16 09:00,普通\n"
                   "A2,closed,2025-10-17 09:00,普通\n"
                   "A3,received,2025-10-20 09:00,高\n"
                   "A3,analysed,2025-10-20 10:00,高\n"
                   "A3,waiting_parts,2025-10-21 10:00,高\n"
                   "A3,analysed,2025-10-23 10:00,高\n"
                   "A3,implemented,2025-10-24 10:00,高\n"
                   "A3,closed,2025-10-24 12:00,高\n");
    REQUIRE(Importers::run(ImportKind::Events, wb->database(), log, {})->committed);

    ui::WorkbookContext context;
    context.setWorkbook(wb.get());
    ui::OrdersPage page(context);
    page.resize(1100, 700);
    auto *panel = page.findChild<ui::ProcessMapPanel *>(QStringLiteral("processMapPanel"));
    REQUIRE(panel);
    // Nothing is read while the tab is hidden (opening a workbook must not wait for it) ...
    auto *month = panel->findChild<QComboBox *>(QStringLiteral("processMonth"));
    page.show();
    CHECK(month->count() == 0);
    // ... and all of it when the user turns to it: the months that closed orders, latest first.
    page.findChild<QTabWidget *>(QStringLiteral("flowTabs"))->setCurrentWidget(panel);
    REQUIRE(month->count() == 1);
    CHECK(month->currentData().toDate() == QDate(2025, 10, 1));
    CHECK(panel->data().orders == 3);
    CHECK(panel->data().reworked == 1);
    auto *variants = panel->findChild<QTableWidget *>(QStringLiteral("processVariants"));
    REQUIRE(variants->rowCount() == 3);
    CHECK(variants->item(0, 1)->text() == QStringLiteral("1"));
    CHECK(panel->findChild<QLabel *>(QStringLiteral("processSummary"))
              ->text()
              .contains(QStringLiteral("reopened: 1 (33.3 %)")));
    // It draws (offscreen): the map is not blank.
    auto *view = panel->findChild<QWidget *>(QStringLiteral("processMapView"));
    view->resize(900, 360);
    QImage shot(view->size(), QImage::Format_ARGB32);
    shot.fill(Qt::white);
    view->render(&shot);
    int painted = 0;
    for (int y = 0; y < shot.height(); y += 4)
        for (int x = 0; x < shot.width(); x += 4)
            painted += shot.pixel(x, y) != qRgb(255, 255, 255);
    CHECK(painted > 200);

    // The rework move (closed → diagnosed) opens A2 alone in the orders list.
    int rework = -1;
    for (std::size_t i = 0; i < panel->data().edges.size(); ++i)
        if (panel->data().edges[i].rework)
            rework = static_cast<int>(i);
    REQUIRE(rework >= 0);
    panel->openEdge(rework);
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("flowTabs"));
    CHECK(tabs->currentIndex() == 0);
    CHECK(page.findChild<QLabel *>(QStringLiteral("orderCount"))->text() ==
          QStringLiteral("1 order"));
    CHECK(page.findChild<QLabel *>(QStringLiteral("drillDown"))
              ->text()
              .contains(QStringLiteral("Process map")));
    // Its link shows every order again.
    emit page.findChild<QLabel *>(QStringLiteral("drillDown"))
        ->linkActivated(QStringLiteral("all"));
    CHECK(page.findChild<QLabel *>(QStringLiteral("orderCount"))->text() ==
          QStringLiteral("3 orders"));

    // Filtered by priority: the high-priority order alone, through the wait for parts.
    auto *priority = panel->findChild<QComboBox *>(QStringLiteral("processPriority"));
    priority->setCurrentIndex(2); // urgent, high, …: the second priority
    CHECK(panel->data().orders == 1);
    CHECK(panel->data().nodeOrders[static_cast<int>(kpi::FlowNode::WaitingParts)] == 1);
    panel->openVariant(0);
    CHECK(page.findChild<QLabel *>(QStringLiteral("orderCount"))->text() ==
          QStringLiteral("1 order"));
}
