// SPDX-License-Identifier: GPL-3.0-or-later
// Settings ▸ Products and Categories…: head office's lists with the orders each entry has, the
// texts that match none most orders first, a text mapped by hand and at once counted for its
// model; the import button hands the workbook to the import.
#include "DemoFixture.h"

#include "MainWindow.h"
#include "org/ProductLists.h"
#include "settings/ProductListsDialog.h"
#include "workbook/Importers.h"
#include "workbook/WorkbookController.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
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
    const QString path = dir.file(QStringLiteral("产品清单.servicelens"));
    DemoOptions options;
    options.orders = 1200;
    auto demo = DemoGenerator::createDemoWorkbook(path, options, &clock);
    REQUIRE(demo.ok());
    Database &db = (*demo)->database();
    // Head office lists two of the demo's models; the third washing machine it has not.
    const QString csv = dir.file(QStringLiteral("产品型号.csv"));
    writeFile(csv, QByteArray("型号,名称,品类\n"
                              "EG100HB108,滚筒洗衣机 10kg,洗衣机\n"
                              "XQB90-Z6258,波轮洗衣机 9kg,洗衣机\n"));
    REQUIRE(Importers::run(ImportKind::Products, db, csv, {})->committed);

    ui::ProductListsDialog dialog(db);
    dialog.waitForCounts();
    INFO(dialog.summary()->text().toStdString());
    CHECK(dialog.summary()->text().contains(QStringLiteral("1,200")));
    QTableWidget *models = dialog.modelTable();
    REQUIRE(models->rowCount() == 2);
    const int eg = rowOf(models, QStringLiteral("EG100HB108"));
    REQUIRE(eg >= 0);
    CHECK(models->item(eg, 1)->text() == QStringLiteral("滚筒洗衣机 10kg"));
    const qint64 egOrders = models->item(eg, 5)->data(Qt::DisplayRole).toLongLong();
    CHECK(egOrders > 0);
    REQUIRE(dialog.categoryTable()->rowCount() == 1);

    // The washing machine head office lacks is a text to map, most orders first.
    QTableWidget *open = dialog.unmappedTable();
    REQUIRE(open->rowCount() > 0);
    for (int r = 1; r < open->rowCount(); ++r)
        CHECK(open->item(r - 1, 2)->data(Qt::DisplayRole).toLongLong() >=
              open->item(r, 2)->data(Qt::DisplayRole).toLongLong());
    const int other = rowOf(open, QStringLiteral("XQG100-B14376"));
    REQUIRE(other >= 0);
    const qint64 otherOrders = open->item(other, 2)->data(Qt::DisplayRole).toLongLong();
    open->selectRow(other);
    // A product text is offered the models, by code and name.
    REQUIRE(dialog.targetBox()->count() == 2);
    dialog.targetBox()->setCurrentIndex(dialog.targetBox()->findData(QStringLiteral("EG100HB108")));
    CHECK(dialog.targetBox()->currentText() == QStringLiteral("EG100HB108 — 滚筒洗衣机 10kg"));
    REQUIRE(dialog.mapButton()->isEnabled());
    dialog.mapButton()->click();
    dialog.waitForCounts();

    CHECK(rowOf(dialog.unmappedTable(), QStringLiteral("XQG100-B14376")) < 0);
    const int after = rowOf(dialog.modelTable(), QStringLiteral("EG100HB108"));
    CHECK(dialog.modelTable()->item(after, 5)->data(Qt::DisplayRole).toLongLong() ==
          egOrders + otherOrders);
    CHECK(dialog.modelTable()->item(after, 4)->text() == QStringLiteral("XQG100-B14376"));
    auto lists = org::ProductCatalogue(db).load();
    REQUIRE(lists->aliases.size() == 1);
    CHECK(lists->aliases[0].confirmed);

    // Import closes the dialog for the import to take the workbook.
    dialog.findChild<QPushButton *>(QStringLiteral("importProducts"))->click();
    CHECK(dialog.result() == ui::ProductListsDialog::ImportRequested);
}

TEST_CASE("Settings offers Products and Categories on every workbook, empty lists explained",
          "[ui][products]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("空清单.servicelens"));
    DemoOptions options;
    options.orders = 300;
    REQUIRE(DemoGenerator::createDemoWorkbook(path, options, &clock).ok());
    ui::MainWindow window;
    REQUIRE(window.workbooks().open(path));
    auto *action = window.findChild<QAction *>(QStringLiteral("productListsAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    ui::ProductListsDialog dialog(window.workbook()->database());
    dialog.waitForCounts();
    CHECK(dialog.summary()->text().contains(QStringLiteral("Import")));
    CHECK(dialog.modelTable()->rowCount() == 0);
    CHECK_FALSE(dialog.mapButton()->isEnabled()); // nothing to map onto
}
