// SPDX-License-Identifier: GPL-3.0-or-later
// Head office in the window: a branch sends its pack (File ▸ Send to Head Office…), head office
// merges it (File ▸ Merge Packs…), the Network page shows every branch beside the network with
// its data_until and funnel, a double click opens a branch's orders, and File ▸ Conflicts…
// lists a row changed in two places and takes the branch's version.
#include "PostgresServer.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "demo/DemoGenerator.h"
#include "network/ConflictsDialog.h"
#include "network/ConnectStoreDialog.h"
#include "network/NetworkPage.h"
#include "org/ProductLists.h"
#include "settings/ProductListsDialog.h"
#include "storage/SqlQuery.h"
#include "workbook/Importers.h"
#include "workbook/SearchDialog.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookController.h"

#include <QAbstractSeries>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace servicelens;
using namespace servicelens::test;

namespace {

QString demoBranch(const TempFolder &dir, const char *code, const QString &name, std::uint64_t seed,
                   const Clock &clock)
{
    const QString path = dir.file(name + QStringLiteral(".servicelens"));
    DemoOptions options;
    options.orders = 600;
    options.seed = seed;
    options.branchCode = QString::fromLatin1(code);
    options.branchName = name;
    REQUIRE(DemoGenerator::createDemoWorkbook(path, options, &clock).ok());
    return path;
}

// Closes the message box the next modal moment shows (the merge's summary).
void acceptNextMessage()
{
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
}

} // namespace

TEST_CASE("Head office in the window: send, merge, the network page and its conflicts",
          "[ui][network]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString hz = demoBranch(dir, "HZ02", QStringLiteral("杭州二号"), 7, clock);
    const QString bj = demoBranch(dir, "BJ01", QStringLiteral("北京一号"), 9, clock);
    const QString ho = dir.file(QStringLiteral("华东总部.servicelens"));
    {
        NewWorkbook spec;
        spec.headOffice = true;
        REQUIRE(Workbook::create(ho, spec).ok());
    }

    ui::MainWindow window;
    window.show();
    auto *send = window.findChild<QAction *>(QStringLiteral("sendToHeadOfficeAction"));
    auto *merge = window.findChild<QAction *>(QStringLiteral("mergePacksAction"));
    auto *conflicts = window.findChild<QAction *>(QStringLiteral("conflictsAction"));
    REQUIRE(send);
    REQUIRE(merge);
    REQUIRE(conflicts);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);

    // At a branch: Send, no Merge, no Network page.
    QStringList packs;
    for (const QString &branch : {hz, bj}) {
        REQUIRE(window.workbooks().open(branch));
        CHECK(send->isVisible());
        CHECK_FALSE(merge->isVisible());
        CHECK(navigation->item(ui::MainWindow::Network)->isHidden());
        const QString pack =
            dir.file(QFileInfo(branch).completeBaseName() + QStringLiteral(" 第1包.slpack"));
        REQUIRE(window.headOffice().sendToHeadOffice(*window.workbook(), pack));
        CHECK(QFileInfo::exists(pack));
        packs << pack;
    }

    // At head office: Merge and Conflicts, and the Network page.
    REQUIRE(window.workbooks().open(ho));
    CHECK_FALSE(send->isVisible());
    CHECK(merge->isVisible());
    CHECK(conflicts->isVisible());
    acceptNextMessage();
    REQUIRE(window.headOffice().mergePacks(*window.workbook(), packs));
    CHECK_FALSE(navigation->item(ui::MainWindow::Network)->isHidden());
    window.showPage(ui::MainWindow::Network);
    auto *page = window.findChild<ui::NetworkPage *>();
    REQUIRE(page);
    page->monthEdit()->setDate(QDate(2026, 10, 1));
    page->refresh();
    QTableWidget *table = page->table();
    // Computed on a worker thread: the window answers meanwhile, the table waits disabled.
    CHECK_FALSE(table->isEnabled());
    page->waitForFigures();
    CHECK(table->isEnabled());
    REQUIRE(table->rowCount() == 3); // two branches and the network
    CHECK(table->item(0, 0)->text() == QStringLiteral("BJ01 北京一号"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("HZ02 杭州二号"));
    CHECK(table->item(0, 2)->text().toInt() + table->item(1, 2)->text().toInt() ==
          table->item(2, 2)->text().toInt());
    CHECK_FALSE(table->item(0, 1)->text().isEmpty()); // data until
    CHECK(page->banner()->isHidden());                // October is complete
    CHECK(page->findChild<QChartView *>(QStringLiteral("funnelChart")));
    // Twelve months per branch: the selected branch against the network.
    table->selectRow(1);
    page->charts()->setCurrentIndex(1);
    page->waitForFigures();
    auto *trend = page->findChild<QChartView *>(QStringLiteral("branchTrendChart"));
    REQUIRE(trend);
    QStringList lines;
    for (QAbstractSeries *series : trend->chart()->series())
        lines << series->name();
    CHECK(lines == QStringList{QStringLiteral("HZ02 杭州二号"), QStringLiteral("Network")});
    page->charts()->setCurrentIndex(0);
    // December is not over for packs written today: provisional.
    page->monthEdit()->setDate(QDate(2026, 12, 1));
    page->refresh();
    page->waitForFigures();
    CHECK_FALSE(page->banner()->isHidden());
    CHECK(page->banner()->text().contains(QStringLiteral("杭州二号")));
    // A double click opens that branch's orders.
    emit table->cellDoubleClicked(1, 0);
    CHECK(window.currentPage() == ui::MainWindow::ServiceFlow);
    CHECK(window.workbook()->database().path() == ho);

    // A conflict: head office corrects an order, the branch changes it again.
    QString uid;
    {
        Database &store = window.workbook()->database();
        SqlQuery pick(store,
                      QStringLiteral("SELECT uid FROM service_order WHERE branch_id = (SELECT id "
                                     "FROM branch WHERE code = 'HZ02') ORDER BY uid "
                                     "LIMIT 1"));
        uid = pick.scalar()->toString();
        REQUIRE(store
                    .execScript("UPDATE service_order SET description = '总部更正', updated_at = "
                                "updated_at + 1 WHERE uid = '" +
                                uid.toLatin1() + "'")
                    .ok());
    }
    {
        auto branch = Workbook::open(hz);
        REQUIRE(branch.ok());
        REQUIRE((*branch)
                    ->database()
                    .execScript("UPDATE service_order SET description = '网点更正', updated_at = "
                                "CAST(strftime('%s', 'now') AS INTEGER) + 60 WHERE uid = '" +
                                uid.toLatin1() + "'")
                    .ok());
    }
    const QString second = dir.file(QStringLiteral("杭州二号 第2包.slpack"));
    REQUIRE(window.workbooks().open(hz));
    REQUIRE(window.headOffice().sendToHeadOffice(*window.workbook(), second));
    REQUIRE(window.workbooks().open(ho));
    acceptNextMessage();
    REQUIRE(window.headOffice().mergePacks(*window.workbook(), {second}));

    ui::ConflictsDialog dialog(window.workbook()->database(), &window);
    REQUIRE(dialog.conflictTable()->rowCount() >= 1);
    int row = -1;
    for (int r = 0; r < dialog.conflictTable()->rowCount(); ++r)
        if (dialog.conflictTable()->item(r, 2)->text() == QStringLiteral("HZ02"))
            row = r;
    REQUIRE(row >= 0);
    dialog.conflictTable()->selectRow(row);
    QStringList differing;
    for (int r = 0; r < dialog.differenceTable()->rowCount(); ++r)
        differing << dialog.differenceTable()->item(r, 0)->text();
    CHECK(differing.contains(ui::ConflictsDialog::fieldName(QStringLiteral("description"))));
    CHECK(ui::ConflictsDialog::fieldName(QStringLiteral("description")) !=
          QStringLiteral("description"));
    const int before = dialog.conflictTable()->rowCount();
    dialog.findChild<QPushButton *>(QStringLiteral("takeBranch"))->click();
    CHECK(dialog.resolvedAny());
    CHECK(dialog.conflictTable()->rowCount() == before - 1);
    SqlQuery now(window.workbook()->database(),
                 QStringLiteral("SELECT description FROM service_order WHERE uid = :u"));
    now.bind(QStringLiteral(":u"), uid);
    CHECK(now.scalar()->toString() == QStringLiteral("网点更正"));

    // Head office's records go back: Send to Branches…, then Receive from Head Office….
    auto *toBranches = window.findChild<QAction *>(QStringLiteral("sendToBranchesAction"));
    auto *receive = window.findChild<QAction *>(QStringLiteral("receiveFromHeadOfficeAction"));
    REQUIRE(toBranches);
    REQUIRE(receive);
    CHECK(toBranches->isVisible());
    CHECK_FALSE(receive->isVisible());
    REQUIRE(window.workbook()
                ->database()
                .execScript("UPDATE sla_policy SET resolution_wd = 2 WHERE priority = 'normal'")
                .ok());
    const QString down = dir.file(QStringLiteral("总部下发.slpack"));
    REQUIRE(window.headOffice().sendToBranches(*window.workbook(), down));
    REQUIRE(window.workbooks().open(bj));
    CHECK(receive->isVisible());
    CHECK_FALSE(toBranches->isVisible());
    REQUIRE(window.headOffice().receiveFromHeadOffice(*window.workbook(), down));
    SqlQuery policy(window.workbook()->database(),
                    QStringLiteral("SELECT resolution_wd FROM sla_policy WHERE priority = "
                                   "'normal'"));
    CHECK(policy.scalar()->toInt() == 2);
}

TEST_CASE("File ▸ Connect to Head Office Store opens a network's store on PostgreSQL: packs "
          "merged, the network shown, head office's pack sent, what needs a file is off",
          "[ui][network][postgres]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    test::PostgresServer &server = test::PostgresServer::shared();
    INFO(server.failure().toStdString());
    REQUIRE(server.running());
    const QString url = server.createDatabase(QStringLiteral("window_store"));
    REQUIRE_FALSE(url.isEmpty());
    {
        NewWorkbook spec;
        spec.headOffice = true;
        REQUIRE(Workbook::create(url, spec).ok());
    }
    const QString hz = demoBranch(dir, "HZ02", QStringLiteral("杭州二号"), 7, clock);

    ui::MainWindow window;
    window.show();
    QStringList packs;
    REQUIRE(window.workbooks().open(hz));
    packs << dir.file(QStringLiteral("杭州二号 第1包.slpack"));
    REQUIRE(window.headOffice().sendToHeadOffice(*window.workbook(), packs.back()));

    // The dialog as a user fills it in; a database that does not exist is said so, and the
    // workbook open stays open.
    const auto connectTo = [&](const QString &database) {
        QTimer::singleShot(0, [&] {
            auto *dialog =
                qobject_cast<ui::ConnectStoreDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            dialog->hostEdit()->setText(QStringLiteral("127.0.0.1"));
            dialog->portBox()->setValue(server.port());
            dialog->databaseEdit()->setText(database);
            dialog->userEdit()->setText(server.user());
            QTimer::singleShot(0, [] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    box->accept(); // the error, if any
            });
            dialog->accept();
        });
        return window.headOffice().connectToStore();
    };
    CHECK_FALSE(connectTo(QStringLiteral("没有这个库")));
    CHECK(window.workbook()->database().path() == hz);

    REQUIRE(connectTo(QStringLiteral("window_store")));
    CHECK(window.workbook()->database().isPostgres());
    CHECK(window.windowTitle().contains(QStringLiteral("window_store")));
    for (const char *name :
         {"backupAction", "restoreAction", "trainingCopyAction", "verifyAction"}) {
        INFO(name);
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK_FALSE(action->isEnabled());
    }
    CHECK(window.findChild<QAction *>(QStringLiteral("printAction"))->isEnabled());
    CHECK(window.findChild<QAction *>(QStringLiteral("findInWorkbookAction"))->isEnabled());
    // Remembered for next time, the password never.
    ui::ConnectStoreDialog again;
    CHECK(again.databaseEdit()->text() == QStringLiteral("window_store"));
    CHECK(again.passwordEdit()->text().isEmpty());

    acceptNextMessage();
    REQUIRE(window.headOffice().mergePacks(*window.workbook(), packs));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK_FALSE(navigation->item(ui::MainWindow::Network)->isHidden());
    window.showPage(ui::MainWindow::Network);
    auto *page = window.findChild<ui::NetworkPage *>();
    REQUIRE(page);
    page->monthEdit()->setDate(QDate(2026, 10, 1));
    page->refresh();
    page->waitForFigures();
    REQUIRE(page->table()->rowCount() == 2); // the branch and the network
    CHECK(page->table()->item(0, 0)->text() == QStringLiteral("HZ02 杭州二号"));
    CHECK(page->table()->item(0, 2)->text().toInt() > 0);
    CHECK(page->table()->item(0, 2)->text() == page->table()->item(1, 2)->text());

    // Find in Workbook searches the store on a worker thread of its own connection.
    {
        ui::SearchDialog dialog(window.workbook()->database(),
                                window.workbook()->defaultBranch()->id);
        dialog.show();
        dialog.search(QStringLiteral("xqb")); // XQB… models, in any case
        dialog.waitForResults();
        auto *results = dialog.findChild<QTreeWidget *>(QStringLiteral("searchResults"));
        REQUIRE(results);
        CHECK(results->topLevelItemCount() >= 1);
    }

    // Head office imports its product list into the store from the window (the import takes
    // the store over with its whole URL and gives it back), and sees its models' orders.
    const QString products = dir.file(QStringLiteral("产品型号.csv"));
    writeFile(products, QByteArray("型号,名称,品类,别名\nEG100HB108,滚筒洗衣机 10kg,洗衣机,\n"));
    auto imported =
        window.workbooks().importHandedOver(&window, ImportKind::Products, products, {});
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->inserted == 1);
    REQUIRE(window.workbook());
    CHECK(window.workbook()->database().isPostgres());
    {
        ui::ProductListsDialog dialog(window.workbook()->database());
        dialog.waitForCounts();
        REQUIRE(dialog.modelTable()->rowCount() == 1);
        CHECK(dialog.modelTable()->item(0, 5)->data(Qt::DisplayRole).toLongLong() > 0);
    }

    const QString down = dir.file(QStringLiteral("总部下发.slpack"));
    REQUIRE(window.headOffice().sendToBranches(*window.workbook(), down));
    CHECK(QFileInfo::exists(down));
    REQUIRE(window.workbooks().open(hz));
    REQUIRE(window.headOffice().receiveFromHeadOffice(*window.workbook(), down));
    // The branch now has head office's list: its name for the model the demo listed bare.
    auto branchLists = org::ProductCatalogue(window.workbook()->database()).load();
    REQUIRE(branchLists.ok());
    const auto eg = std::find_if(
        branchLists->models.begin(), branchLists->models.end(),
        [](const org::ProductModel &m) { return m.model == QStringLiteral("EG100HB108"); });
    REQUIRE(eg != branchLists->models.end());
    CHECK(eg->name == QStringLiteral("滚筒洗衣机 10kg"));
}

TEST_CASE("A branch's workbook opened after head office's store does not stay on the Network "
          "page it lacks",
          "[ui][network]")
{
    TempFolder dir;
    const QString ho = dir.file(QStringLiteral("华东总部.servicelens"));
    const QString branch = dir.file(QStringLiteral("杭州二号.servicelens"));
    NewWorkbook spec;
    REQUIRE(Workbook::create(branch, spec).ok());
    spec.headOffice = true;
    REQUIRE(Workbook::create(ho, spec).ok());

    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(ho));
    window.showPage(ui::MainWindow::Network);
    REQUIRE(window.currentPage() == ui::MainWindow::Network);
    REQUIRE(window.workbooks().open(branch));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->item(ui::MainWindow::Network)->isHidden());
    CHECK(window.currentPage() == ui::MainWindow::Dashboard);
}
