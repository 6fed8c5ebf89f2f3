// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen: opens the real main window on a demo workbook and walks through every page.
#include "DemoFixture.h"
#include "MessageBoxCloser.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "commands/EditOrderCommand.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoGenerator.h"
#include "flow/CalendarDialog.h"
#include "flow/CalendarRepository.h"
#include "flow/OrderDialog.h"
#include "flow/OrderRepository.h"
#include "flow/OrdersPage.h"
#include "flow/OrdersTableModel.h"
#include "flow/YearCalendarView.h"
#include "kpi/KpiEngine.h"
#include "storage/SqlQuery.h"
#include "widgets/StatTile.h"
#include "workbook/AutomaticBackups.h"
#include "workbook/Importers.h"
#include "workbook/RecentFiles.h"
#include "workbook/RestoreBackupDialog.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookController.h"
#include "workbook/WorkbookSummary.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <sqlite3.h>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("The main window opens a demo workbook and visits every page", "[ui]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("界面演示.servicelens"));
    DemoOptions options;
    options.orders = 1200;
    REQUIRE(DemoGenerator::createDemoWorkbook(path, options).ok());
    ui::RecentFiles().clear();

    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    QApplication::processEvents();

    CHECK(window.windowTitle().contains(QStringLiteral("界面演示.servicelens")));
    CHECK(window.findChild<QLabel *>(QStringLiteral("workbookLabel"))->text() ==
          QStringLiteral("界面演示.servicelens"));
    CHECK(window.findChild<QLabel *>(QStringLiteral("branchLabel"))
              ->text()
              .contains(QStringLiteral("SH01")));
    CHECK_FALSE(window.findChild<QLabel *>(QStringLiteral("periodLabel"))->text().isEmpty());
    // The dashboard opens on last month's figures, as the KPI engine computes them.
    {
        auto wb = Workbook::open(path);
        REQUIRE(wb.ok());
        kpi::KpiEngine engine((*wb)->database());
        const QDate today =
            QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")).date();
        auto k = engine.compute(*(*wb)->defaultBranch(),
                                QDate(today.year(), today.month(), 1).addMonths(-1));
        REQUIRE(k.ok());
        CHECK(window.findChild<ui::StatTile *>(QStringLiteral("ordersTile"))->value() ==
              QLocale().toString(k->orders.received));
        CHECK(window.findChild<ui::StatTile *>(QStringLiteral("backlogTile"))->value() ==
              QLocale().toString(k->orders.backlogEnd));
    }
    CHECK(ui::RecentFiles().files().value(0) == QFileInfo(path).absoluteFilePath());

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(navigation);
    REQUIRE(pages);
    REQUIRE(navigation->count() == ui::MainWindow::PageCount);
    // Only the page on screen has read the workbook; the orders page reads it when shown.
    CHECK(window.ordersPage()->model()->totalCount() == 0);
    const char *pageNames[] = {"dashboardPage", "flowPage",      "inspectionPage", "surveyPage",
                               "teamPage",      "reportPage",    "networkPage",    "defectsPage",
                               "knowledgePage", "equipmentPage", "incidentsPage"};
    static_assert(std::size(pageNames) == ui::MainWindow::PageCount);
    // One branch: the network page is not offered.
    CHECK(navigation->item(ui::MainWindow::Network)->isHidden());
    for (int i = 0; i < ui::MainWindow::PageCount; ++i) {
        navigation->setCurrentRow(i);
        QApplication::processEvents();
        INFO(pageNames[i]);
        CHECK(pages->currentWidget()->objectName() == QLatin1String(pageNames[i]));
        CHECK(pages->currentWidget()->isVisible());
    }
    CHECK(window.ordersPage()->model()->totalCount() == 1200);
    // Ctrl+1 brings the dashboard back.
    window.showPage(ui::MainWindow::Dashboard);
    CHECK(window.currentPage() == ui::MainWindow::Dashboard);
    CHECK(navigation->currentRow() == 0);
}

TEST_CASE("A window without a workbook says how to get one", "[ui]")
{
    ui::MainWindow window;
    window.show();
    QApplication::processEvents();
    CHECK(window.workbook() == nullptr);
    auto *heading = window.findChild<QLabel *>(QStringLiteral("dashboardHeading"));
    REQUIRE(heading);
    CHECK(heading->text() == QStringLiteral("No workbook open"));
    CHECK_FALSE(window.findChild<ui::StatTile *>(QStringLiteral("ordersTile"))->isVisible());
}

TEST_CASE("Recent files keep the newest first, without duplicates, at most eight", "[ui]")
{
    ui::RecentFiles recent;
    recent.clear();
    for (int i = 0; i < 10; ++i)
        recent.add(QStringLiteral("/tmp/工作簿%1.servicelens").arg(i));
    recent.add(QStringLiteral("/tmp/工作簿5.servicelens"));
    const QStringList files = recent.files();
    CHECK(files.size() == ui::RecentFiles::maxEntries);
    CHECK(files.first() == QStringLiteral("/tmp/工作簿5.servicelens"));
    CHECK(files.count(QStringLiteral("/tmp/工作簿5.servicelens")) == 1);
    recent.clear();
}

TEST_CASE("The first start creates the demo workbook in the data folder and opens it", "[ui]")
{
    ui::RecentFiles().clear();
    const QString demo = ui::WorkbookController::demoWorkbookPath();
    Workbook::removeFiles(demo);
    {
        ui::MainWindow window;
        window.show();
        REQUIRE(window.workbooks()
                    .openStartup()); // generated on a worker thread behind a progress dialog
        REQUIRE(window.workbook() != nullptr);
        CHECK(window.workbook()->path() == demo);
        CHECK(window.findChild<QLabel *>(QStringLiteral("dashboardSubheading"))
                  ->text()
                  .contains(QStringLiteral("20,000 orders")));
        // The next start opens it again rather than making another one.
        CHECK(ui::RecentFiles().files().value(0) == QFileInfo(demo).absoluteFilePath());
    }
    ui::RecentFiles().clear();
    Workbook::removeFiles(demo);
}

TEST_CASE("The orders model fetches lazily, sorts and filters through core", "[ui][orders]")
{
    DemoWorkbook demo(QStringLiteral("模型.servicelens"), 900);
    std::unique_ptr<Workbook> &wb = demo.wb;
    ui::OrdersTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&wb->database(), *wb->defaultBranch());

    CHECK(model.totalCount() == 900);
    CHECK(model.rowCount() == ui::OrdersTableModel::pageSize); // one page, not the table
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ui::OrdersTableModel::pageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 900);

    model.sort(ui::OrdersTableModel::OrderNo, Qt::AscendingOrder);
    CHECK(model.rowCount() == ui::OrdersTableModel::pageSize);
    const QString first =
        model.data(model.index(0, ui::OrdersTableModel::OrderNo), Qt::DisplayRole).toString();
    const QString second =
        model.data(model.index(1, ui::OrdersTableModel::OrderNo), Qt::DisplayRole).toString();
    CHECK(first < second);

    flow::OrderFilter complaints;
    complaints.complaint = true;
    model.setFilter(complaints);
    CHECK(model.totalCount() > 0);
    CHECK(model.totalCount() < 900);
    for (int r = 0; r < model.rowCount(); ++r)
        REQUIRE(model.data(model.index(r, ui::OrdersTableModel::Complaint), Qt::DisplayRole)
                    .toString() == QStringLiteral("Yes"));
}

TEST_CASE("The orders page filters with its bar and counts what it shows", "[ui][orders]")
{
    TempFolder dir;
    DemoOptions options;
    options.orders = 700;
    const QString path = dir.file(QStringLiteral("工单页.servicelens"));
    REQUIRE(DemoGenerator::createDemoWorkbook(path, options).ok());
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    window.showPage(ui::MainWindow::ServiceFlow);
    ui::OrdersPage *page = window.ordersPage();
    auto *count = page->findChild<QLabel *>(QStringLiteral("orderCount"));
    REQUIRE(count);
    CHECK(count->text() == QStringLiteral("700 orders"));

    auto *priority = page->findChild<QComboBox *>(QStringLiteral("priorityFilter"));
    priority->setCurrentIndex(priority->findData(static_cast<int>(flow::Priority::Urgent)));
    QApplication::processEvents();
    const qint64 urgent = page->model()->totalCount();
    CHECK(urgent > 0);
    CHECK(urgent < 700);
    CHECK(page->currentFilter().priority == flow::Priority::Urgent);
    for (int r = 0; r < page->model()->rowCount(); ++r)
        REQUIRE(page->model()
                    ->data(page->model()->index(r, ui::OrdersTableModel::Priority), Qt::DisplayRole)
                    .toString() == QStringLiteral("Urgent"));

    flow::OrderFilter drill;
    drill.closedMonth = QDate::currentDate().addMonths(-1);
    page->showFiltered(drill);
    CHECK(priority->currentIndex() == 0);
    CHECK(page->currentFilter().closedMonth == drill.closedMonth);
    CHECK(page->findChild<QLabel *>(QStringLiteral("drillDown"))->isVisible());
}

TEST_CASE("The dashboard shows the month's tiles and a click opens the orders behind one",
          "[ui][dashboard]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    DemoOptions options;
    options.orders = 1500;
    const QString path = dir.file(QStringLiteral("仪表盘.servicelens"));
    REQUIRE(DemoGenerator::createDemoWorkbook(path, options, &clock).ok());
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    auto *dashboard = window.findChild<ui::DashboardPage *>(QStringLiteral("dashboardPage"));
    REQUIRE(dashboard);
    dashboard->setMonth(QDate(2026, 6, 1));
    REQUIRE(dashboard->data().has_value());
    const kpi::MonthKpis &june = dashboard->data()->month;
    CHECK(june.month == QDate(2026, 6, 1));
    CHECK(dashboard->data()->trend.size() == 12);
    auto *complaints = window.findChild<ui::StatTile *>(QStringLiteral("complaintTile"));
    CHECK(complaints->value() ==
          QLocale().toString(*june.orders.complaintRate * 100, 'f', 1) + QStringLiteral(" %"));
    CHECK(complaints->rating() != ui::StatTile::Rating::None);
    // The demo's follow-up surveys fill the CSAT tile, with the KPI engine's figure.
    REQUIRE(june.surveys.csat.has_value());
    CHECK(window.findChild<ui::StatTile *>(QStringLiteral("csatTile"))->value() ==
          QLocale().toString(*june.surveys.csat * 100, 'f', 1) + QStringLiteral(" %"));

    // Clicking the complaint tile's big number (where people click) lists June's complaints.
    QTest::mouseClick(complaints->findChild<QLabel *>(QStringLiteral("value")), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(window.currentPage() == ui::MainWindow::ServiceFlow);
    const flow::OrderFilter f = window.ordersPage()->currentFilter();
    CHECK(f.complaint == true);
    CHECK(f.receivedMonth == QDate(2026, 6, 1));
    CHECK(window.ordersPage()->model()->totalCount() == june.orders.complaints);

    // The resolution tile: the orders closed in June.
    window.showPage(ui::MainWindow::Dashboard);
    QTest::mouseClick(window.findChild<ui::StatTile *>(QStringLiteral("resolutionTile")),
                      Qt::LeftButton);
    QApplication::processEvents();
    CHECK(window.ordersPage()->currentFilter().closedMonth == QDate(2026, 6, 1));
    CHECK(window.ordersPage()->model()->totalCount() == june.orders.closed);
}

TEST_CASE("A click in the year view toggles a day and is saved at once", "[ui][calendar]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("日历编辑.servicelens")), clock);
    ui::CalendarDialog dialog(wb->database(), 2026);
    dialog.resize(900, 640);
    dialog.show();
    QApplication::processEvents();
    ui::YearCalendarView *view = dialog.view();
    const QDate friday(2026, 12, 18);
    const QDate saturday(2026, 12, 19);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->dayRect(friday).center());
    QTest::mouseClick(view, Qt::LeftButton, {}, view->dayRect(saturday).center());
    auto cal = flow::CalendarRepository(wb->database()).load();
    REQUIRE(cal.ok());
    CHECK_FALSE(cal->isWorkingDay(friday)); // became a holiday
    CHECK(cal->isWorkingDay(saturday));     // became a make-up working day
    CHECK(view->dayAt(view->dayRect(friday).center()) == friday);
    // A second click makes the day ordinary again.
    QTest::mouseClick(view, Qt::LeftButton, {}, view->dayRect(friday).center());
    CHECK(flow::CalendarRepository(wb->database()).load()->isWorkingDay(friday));
    // National Day 2026 comes from the shipped calendar.
    CHECK_FALSE(flow::CalendarRepository(wb->database()).load()->isWorkingDay(QDate(2026, 10, 1)));
}

TEST_CASE("The order dialog shows problems beside the fields", "[ui][orders]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("表单.servicelens")), clock);
    flow::OrderRepository orders(wb->database());
    flow::ServiceOrder o;
    o.branchId = wb->defaultBranch()->id;
    o.orderNo = *orders.nextOrderNo(o.branchId, QDate(2026, 11, 22));
    CHECK(o.orderNo == QStringLiteral("SO202611220001"));
    o.times.received = clock.nowSecsSinceEpoch() - 3600;
    REQUIRE(orders.insert(o).ok());
    CHECK(*orders.nextOrderNo(o.branchId, QDate(2026, 11, 22)) == QStringLiteral("SO202611220002"));

    {
        ui::OrderDialog dialog(wb->database(), o.id);
        REQUIRE(dialog.isLoaded());
        // Responded before received: the form says so under the stage times and saves nothing.
        dialog.findChild<QCheckBox *>(QStringLiteral("timeSet1"))->setChecked(true);
        auto *received = dialog.findChild<QDateTimeEdit *>(QStringLiteral("timeEdit0"));
        dialog.findChild<QDateTimeEdit *>(QStringLiteral("timeEdit1"))
            ->setDateTime(received->dateTime().addSecs(-600));
        dialog.accept();
        CHECK(dialog.stageProblem().contains(QStringLiteral("earlier than the received time")));
        CHECK_FALSE((*orders.findById(o.id))->times.responded.has_value());

        // The flow's buttons: tests/ui/flow/FlowStepTest.cpp.
    }
}

TEST_CASE("Order edits and calendar changes can be undone and redone", "[ui][undo]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("撤销.servicelens")), clock);
    QUndoStack stack;

    flow::OrderRepository orders(wb->database());
    flow::ServiceOrder before;
    before.branchId = wb->defaultBranch()->id;
    before.orderNo = QStringLiteral("SO-撤销");
    before.product = QStringLiteral("旧型号");
    before.times.received = clock.nowSecsSinceEpoch() - 7200;
    REQUIRE(orders.insert(before).ok());
    flow::ServiceOrder after = before;
    after.product = QStringLiteral("新型号");
    REQUIRE(orders.update(after).ok()); // what the form does on Save
    int notified = 0;
    stack.push(new ui::EditOrderCommand(wb->database(), before, after, [&](const QString &problem) {
        CHECK(problem.isEmpty());
        ++notified;
    }));
    CHECK(notified == 0); // already saved: pushing does not write again
    stack.undo();
    CHECK((*orders.findById(before.id))->product == QStringLiteral("旧型号"));
    stack.redo();
    CHECK((*orders.findById(before.id))->product == QStringLiteral("新型号"));
    CHECK(notified == 2);

    ui::CalendarDialog dialog(wb->database(), 2026, &stack);
    const QDate friday(2026, 12, 18);
    dialog.toggle(friday);
    CHECK_FALSE(flow::CalendarRepository(wb->database()).load()->isWorkingDay(friday));
    stack.undo();
    CHECK(flow::CalendarRepository(wb->database()).load()->isWorkingDay(friday));
    // Undoing a cleared holiday brings back its name.
    const QDate nationalDay(2026, 10, 1);
    dialog.toggle(nationalDay);
    CHECK(flow::CalendarRepository(wb->database()).load()->isWorkingDay(nationalDay));
    stack.undo();
    auto restored = flow::CalendarRepository(wb->database()).load()->specialDay(nationalDay);
    REQUIRE(restored.has_value());
    CHECK(restored->name.contains(QStringLiteral("国庆节")));
}

TEST_CASE("Help ▸ Verify Workbook reports a sound file, then the record changed outside",
          "[ui][audit]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("核对.servicelens"));
    {
        DemoOptions demo;
        demo.orders = 300;
        REQUIRE(DemoGenerator::createDemoWorkbook(path, demo, &clock).ok());
    }
    ui::MainWindow window;
    REQUIRE(window.workbooks().open(path));
    MessageBoxCloser boxes;
    CHECK(window.verifyWorkbook());
    CHECK(boxes.text().contains(QStringLiteral("hash chain is intact")));

    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle, "UPDATE audit_log SET entity_uid = 'x' WHERE id = 12", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
    boxes.clear();
    CHECK_FALSE(window.verifyWorkbook());
    CHECK(boxes.text().contains(QStringLiteral("Audit record #12")));
}

TEST_CASE("File ▸ Export Copy for Training writes a copy without the customers", "[ui][workbook]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("门店.servicelens"));
    {
        DemoOptions demo;
        demo.orders = 300;
        REQUIRE(DemoGenerator::createDemoWorkbook(path, demo, &clock).ok());
    }
    ui::MainWindow window;
    REQUIRE(window.workbooks().open(path));
    auto *action = window.findChild<QAction *>(QStringLiteral("trainingCopyAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    const QString copy = dir.file(QStringLiteral("培训用.servicelens"));
    REQUIRE(window.exportTrainingCopy(copy));
    auto wb = Workbook::open(copy);
    REQUIRE(wb.ok());
    SqlQuery q((*wb)->database(), QStringLiteral("SELECT count(*) FROM customer WHERE name NOT "
                                                 "LIKE 'Customer-%'"));
    CHECK(q.scalar()->toInt() == 0);
}

// Clicks "Restore" on every restore offer that shows (keeping its text in `offered`) and
// closes any other message box, while `clicker` runs.
static void acceptRestoreOffers(QTimer &clicker, QString &offered)
{
    QObject::connect(&clicker, &QTimer::timeout, [&offered] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                if (box->objectName() == QLatin1String("restoreOffer")) {
                    offered = box->text();
                    box->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
                } else {
                    box->reject();
                }
            }
    });
    clicker.start(50);
}

TEST_CASE("A damaged workbook is offered its latest automatic backup", "[ui][backup]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("受损/门店.servicelens"));
    QDir().mkpath(dir.file(QStringLiteral("受损")));
    {
        DemoOptions demo;
        demo.orders = 200;
        REQUIRE(DemoGenerator::createDemoWorkbook(path, demo, &clock).ok());
    }
    int orders = 0;
    {
        ui::MainWindow window;
        REQUIRE(window.workbooks().open(path));
        window.workbooks().waitForDailyBackup(); // the first open of the day makes the copy
        orders = static_cast<int>(WorkbookSummary::read(window.workbook()->database())->orders);
    }
    const auto backups = AutomaticBackups::list(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.front().kind == AutomaticBackups::Backup::Kind::Daily);

    // Random bytes over the schema pages: the file no longer opens.
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(8000, '\x7f'));
    }
    const QByteArray damaged = fileBytes(path);
    QString offered;
    QTimer clicker;
    acceptRestoreOffers(clicker, offered);
    ui::MainWindow window;
    REQUIRE(window.workbooks().open(path));
    CHECK(offered.contains(QStringLiteral("automatic backup")));
    CHECK(WorkbookSummary::read(window.workbook()->database())->orders == orders);
    window.workbooks().waitForDailyBackup();
    // The damaged file is kept, byte for byte, beside the backups.
    const auto after = AutomaticBackups::list(path);
    const auto replaced =
        std::find_if(after.begin(), after.end(), [](const AutomaticBackups::Backup &b) {
            return b.kind == AutomaticBackups::Backup::Kind::Replaced;
        });
    REQUIRE(replaced != after.end());
    CHECK(fileBytes(replaced->path) == damaged);

    // File ▸ Restore from Backup proposes the daily copy, not the damaged file put aside.
    ui::RestoreBackupDialog dialog(path);
    CHECK(dialog.table()->rowCount() == static_cast<int>(after.size()));
    const QString proposed = dialog.chosenBackup();
    CHECK(proposed.endsWith(QStringLiteral("-daily.servicelens")));
}

TEST_CASE("A workbook opens at once, damage the background check finds offers the backup",
          "[ui][backup]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("后台检查/门店.servicelens"));
    QDir().mkpath(dir.file(QStringLiteral("后台检查")));
    {
        DemoOptions demo;
        demo.orders = 300;
        REQUIRE(DemoGenerator::createDemoWorkbook(path, demo, &clock).ok());
    }
    {
        ui::MainWindow window;
        REQUIRE(window.workbooks().open(path));
        window.workbooks().waitForDailyBackup();
    }
    REQUIRE(AutomaticBackups::list(path).size() == 1);
    // Random bytes over an index page that opening does not read: the window opens the file
    // (no whole-file scan first), the check behind it finds the damage.
    qint64 root = 0;
    {
        auto wb = Workbook::open(path);
        REQUIRE(wb.ok());
        SqlQuery q((*wb)->database(), QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE "
                                                     "name = 'service_order_by_customer'"));
        root = q.scalar()->toLongLong();
    }
    REQUIRE(root > 1);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek((root - 1) * 4096);
        f.write(QByteArray(4096, '\x5a'));
    }
    REQUIRE_FALSE(Workbook::checkStructure(path)->isEmpty());
    QString offered;
    QTimer clicker;
    acceptRestoreOffers(clicker, offered);
    ui::MainWindow window;
    REQUIRE(window.workbooks().open(path)); // at once, without the scan
    QElapsedTimer waited;
    waited.start();
    while (offered.isEmpty() && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK(offered.contains(QStringLiteral("damaged")));
    CHECK(offered.contains(QStringLiteral("automatic backup")));
    // The backup is open in its place, and sound.
    REQUIRE(window.workbook());
    CHECK(Workbook::checkStructure(path)->isEmpty());
}

TEST_CASE("The dashboard says 'not in the data' for a rate the imported files never had",
          "[ui][kpi]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("无响应时间.servicelens"));
    {
        auto wb = Workbook::create(path, NewWorkbook{});
        REQUIRE(wb.ok());
        // Orders of last month from a file without responded_at, visits or reopened.
        const QDate today =
            QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")).date();
        const QDate last = QDate(today.year(), today.month(), 1).addMonths(-1);
        const QString csv = dir.file(QStringLiteral("工单.csv"));
        writeFile(csv, QStringLiteral("order_id,received_at,closed_at\n"
                                      "A1,%1 09:00,%1 18:00\nA2,%2 09:00,%2 18:00\n")
                           .arg(last.addDays(1).toString(Qt::ISODate),
                                last.addDays(2).toString(Qt::ISODate))
                           .toUtf8());
        auto imported = Importers::run(ImportKind::Orders, (*wb)->database(), csv, {});
        REQUIRE(imported.ok());
        REQUIRE(imported->inserted == 2);
    }
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    QApplication::processEvents();
    auto *sla = window.findChild<ui::StatTile *>(QStringLiteral("slaTile"));
    auto *ftf = window.findChild<ui::StatTile *>(QStringLiteral("ftfTile"));
    auto *response = window.findChild<ui::StatTile *>(QStringLiteral("responseTile"));
    for (ui::StatTile *tile : {sla, ftf, response}) {
        CHECK(tile->value() == QStringLiteral("not in the data"));
        CHECK(tile->toolTip().contains(QStringLiteral("not 0")));
    }
    CHECK(sla->toolTip().contains(QStringLiteral("responded_at")));
    CHECK(ftf->toolTip().contains(QStringLiteral("visits, reopened")));
    // What the files had is shown as usual.
    CHECK(window.findChild<ui::StatTile *>(QStringLiteral("ordersTile"))->value() ==
          QStringLiteral("2"));
}

TEST_CASE("The first window fits the screen, whatever its size and scaling", "[ui]")
{
    QSettings().remove(QStringLiteral("mainWindow/geometry"));
    ui::MainWindow window;
    const QRect screen = window.screen()->availableGeometry();
    CHECK(window.width() <= std::min(1180, screen.width()));
    CHECK(window.height() <= std::min(760, screen.height()));
    // Smaller than the default only where the screen is: 92 % of it.
    CHECK(window.width() == std::min(1180, static_cast<int>(screen.width() * 0.92)));
}
