// SPDX-License-Identifier: GPL-3.0-or-later
// Settings ▸ Products and Categories…: head office's lists with the orders each entry has, the
// texts that match none most orders first, a text mapped by hand and at once counted for its
// model; the import button hands the workbook to the import.
#include "DemoFixture.h"

#include "MainWindow.h"
#include "org/ProductLists.h"
#include "settings/ProductListsDialog.h"
#include "workbook/WorkbookController.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace servicelens;
using namespace servicelens::test;

namespace {

int rowOf(QTableWidget *table, const QString &text)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == text)
            return r;
    return -1;
}

} // namespace

TEST_CASE("Products and Categories counts each model's orders, lists the texts to map and maps "
          "one by hand",
          "[ui][products]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("乌鲁木齐.servicelens"));
    // A demo branch that leaves hyphens and a model's last word out (KFR35GW/BP3DN8Y 空调,
    // T10 扫地机) and says 扫地机 for 扫地机器人; its workbook has the demo's product list.
    DemoOptions options;
    options.orders = 2500;
    options.branchCode = QStringLiteral("URC1");
    auto demo = DemoGenerator::createDemoWorkbook(path, options, &clock);
    REQUIRE(demo.ok());
    Database &db = (*demo)->database();

    ui::ProductListsDialog dialog(db);
    dialog.waitForCounts();
    INFO(dialog.summary()->text().toStdString());
    CHECK(dialog.summary()->text().contains(QStringLiteral("2,500")));
    QTableWidget *models = dialog.modelTable();
    REQUIRE(models->rowCount() == 25);
    // Hyphens left out still name the model.
    const int ac = rowOf(models, QStringLiteral("KFR-35GW/BP3DN8Y"));
    REQUIRE(ac >= 0);
    CHECK(models->item(ac, 2)->text() == QStringLiteral("空调"));
    CHECK(models->item(ac, 5)->data(Qt::DisplayRole).toLongLong() > 0);
    const int robot = rowOf(models, QStringLiteral("T10 Pro"));
    REQUIRE(robot >= 0);
    CHECK(models->item(robot, 5)->data(Qt::DisplayRole).toLongLong() == 0);
    REQUIRE(dialog.categoryTable()->rowCount() == 10);

    // What matches nothing, most orders first: the robots by their short names, and 扫地机.
    QTableWidget *open = dialog.unmappedTable();
    REQUIRE(open->rowCount() >= 3);
    for (int r = 1; r < open->rowCount(); ++r)
        CHECK(open->item(r - 1, 2)->data(Qt::DisplayRole).toLongLong() >=
              open->item(r, 2)->data(Qt::DisplayRole).toLongLong());
    const int t10 = rowOf(open, QStringLiteral("T10 扫地机"));
    const int spoken = rowOf(open, QStringLiteral("扫地机"));
    REQUIRE(t10 >= 0);
    REQUIRE(spoken >= 0);
    const qint64 t10Orders = open->item(t10, 2)->data(Qt::DisplayRole).toLongLong();
    const qint64 spokenOrders = open->item(spoken, 2)->data(Qt::DisplayRole).toLongLong();
    CHECK(t10Orders > 0);
    open->selectRow(t10);
    // A product text is offered the models.
    REQUIRE(dialog.targetBox()->count() == 25);
    dialog.targetBox()->setCurrentIndex(dialog.targetBox()->findData(QStringLiteral("T10 Pro")));
    REQUIRE(dialog.mapButton()->isEnabled());
    dialog.mapButton()->click();
    dialog.waitForCounts();

    // Mapped: the model counts those orders, and their category follows the model.
    CHECK(rowOf(dialog.unmappedTable(), QStringLiteral("T10 扫地机")) < 0);
    const int after = rowOf(dialog.modelTable(), QStringLiteral("T10 Pro"));
    CHECK(dialog.modelTable()->item(after, 5)->data(Qt::DisplayRole).toLongLong() == t10Orders);
    CHECK(dialog.modelTable()->item(after, 4)->text() == QStringLiteral("T10 扫地机"));
    const int stillSpoken = rowOf(dialog.unmappedTable(), QStringLiteral("扫地机"));
    REQUIRE(stillSpoken >= 0);
    CHECK(dialog.unmappedTable()->item(stillSpoken, 2)->data(Qt::DisplayRole).toLongLong() ==
          spokenOrders - t10Orders);
    auto lists = org::ProductCatalogue(db).load();
    REQUIRE(lists->aliases.size() == 1);
    CHECK(lists->aliases[0].confirmed);

    // A spelling remembered by mistake is forgotten: its orders are to map again.
    dialog.tabs()->setCurrentWidget(dialog.modelTable());
    CHECK_FALSE(dialog.forgetButton()->isEnabled()); // nothing selected
    dialog.modelTable()->selectRow(after);
    CHECK(dialog.forgetButton()->isEnabled());
    dialog.forgetSpelling(org::ProductList::Model, QStringLiteral("T10 扫地机"));
    dialog.waitForCounts();
    CHECK(rowOf(dialog.unmappedTable(), QStringLiteral("T10 扫地机")) >= 0);
    CHECK(dialog.modelTable()
              ->item(rowOf(dialog.modelTable(), QStringLiteral("T10 Pro")), 5)
              ->data(Qt::DisplayRole)
              .toLongLong() == 0);
    CHECK(org::ProductCatalogue(db).load()->aliases.empty());

    // Import closes the dialog for the import to take the workbook.
    dialog.findChild<QPushButton *>(QStringLiteral("importProducts"))->click();
    CHECK(dialog.result() == ui::ProductListsDialog::ImportRequested);
}

TEST_CASE("Settings offers Products and Categories on every workbook, empty lists explained",
          "[ui][products]")
{
    TempWorkbook t(QStringLiteral("空清单.servicelens"));
    ui::ProductListsDialog dialog(t.db);
    dialog.waitForCounts();
    CHECK(dialog.summary()->text().contains(QStringLiteral("Import")));
    CHECK(dialog.modelTable()->rowCount() == 0);
    CHECK_FALSE(dialog.mapButton()->isEnabled()); // nothing to map onto

    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("演示.servicelens"));
    DemoOptions options;
    options.orders = 300;
    REQUIRE(DemoGenerator::createDemoWorkbook(path, options, &clock).ok());
    ui::MainWindow window;
    REQUIRE(window.workbooks().open(path));
    auto *action = window.findChild<QAction *>(QStringLiteral("productListsAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
}
