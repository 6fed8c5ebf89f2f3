// SPDX-License-Identifier: GPL-3.0-or-later
// First start: the demo workbook says it is one and shows the way to one's own data; a
// workbook without orders says how to bring them in; a closed panel stays closed.
#include "TestSupport.h"

#include "MainWindow.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/GettingStartedPanel.h"
#include "demo/DemoGenerator.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookController.h"
#include "workbook/WorkbookSummary.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace servicelens;
using namespace servicelens::test;

namespace {

ui::GettingStartedPanel *panelOf(ui::MainWindow &window)
{
    QApplication::processEvents();
    return window.findChild<ui::GettingStartedPanel *>(QStringLiteral("gettingStarted"));
}

QString textOf(ui::GettingStartedPanel *panel)
{
    return panel->findChild<QLabel *>(QStringLiteral("gettingStartedText"))->text();
}

} // namespace

TEST_CASE("The demo workbook says it is one, and a closed panel stays closed",
          "[ui][dashboard]")
{
    ui::GettingStartedPanel::forgetClosed();
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    DemoOptions options;
    options.orders = 300;
    const QString demo = dir.file(QStringLiteral("演示.servicelens"));
    {
        auto made = DemoGenerator::createDemoWorkbook(demo, options, &clock);
        REQUIRE(made.ok());
        CHECK(WorkbookSummary::read((*made)->database())->demo);
    }
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(demo));
    auto *panel = panelOf(window);
    REQUIRE(panel);
    CHECK_FALSE(panel->isHidden()); // on the dashboard, whichever page is shown
    CHECK(textOf(panel).contains(QStringLiteral("demo workbook")));
    CHECK(panel->findChild<QPushButton *>(QStringLiteral("startCreate"))->isVisibleTo(panel));
    CHECK_FALSE(panel->findChild<QPushButton *>(QStringLiteral("startImport"))->isVisibleTo(panel));

    panel->findChild<QToolButton *>(QStringLiteral("startClose"))->click();
    CHECK(panel->isHidden());
    REQUIRE(window.workbooks().open(demo));
    CHECK(panelOf(window)->isHidden());

    // A workbook of one's own, still without orders: how to bring them in.
    const QString own = dir.file(QStringLiteral("浦西网点.servicelens"));
    {
        NewWorkbook spec;
        REQUIRE(Workbook::create(own, spec).ok());
    }
    REQUIRE(window.workbooks().open(own));
    panel = panelOf(window);
    CHECK_FALSE(panel->isHidden()); // on the dashboard, whichever page is shown
    CHECK(textOf(panel).contains(QStringLiteral("no orders yet")));
    CHECK(panel->findChild<QPushButton *>(QStringLiteral("startImport"))->isVisibleTo(panel));
    CHECK_FALSE(panel->findChild<QPushButton *>(QStringLiteral("startCreate"))->isVisibleTo(panel));
    ui::GettingStartedPanel::forgetClosed();
}

TEST_CASE("The first-steps buttons ask for what they name", "[ui][dashboard]")
{
    ui::GettingStartedPanel panel;
    panel.showFor(ui::GettingStartedPanel::Kind::Empty, QStringLiteral("/tmp/空.servicelens"));
    QSignalSpy import(&panel, &ui::GettingStartedPanel::importOrders);
    QSignalSpy order(&panel, &ui::GettingStartedPanel::newOrder);
    QSignalSpy guide(&panel, &ui::GettingStartedPanel::openGuide);
    panel.findChild<QPushButton *>(QStringLiteral("startImport"))->click();
    panel.findChild<QPushButton *>(QStringLiteral("startNewOrder"))->click();
    panel.findChild<QPushButton *>(QStringLiteral("startGuide"))->click();
    CHECK(import.count() == 1);
    CHECK(order.count() == 1);
    CHECK(guide.count() == 1);
}
