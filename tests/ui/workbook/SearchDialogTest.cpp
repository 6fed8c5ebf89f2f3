// SPDX-License-Identifier: GPL-3.0-or-later
// Find in Workbook (Ctrl+K): the matches grouped by kind, Enter opening the first one.
#include "DemoFixture.h"

#include "MainWindow.h"
#include "flow/OrderDialog.h"
#include "flow/OrdersPage.h"
#include "flow/OrdersTableModel.h"
#include "storage/SqlQuery.h"
#include "workbook/SearchDialog.h"
#include "workbook/WorkbookController.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("Ctrl+K finds a customer's phone everywhere and Enter opens the newest order",
          "[ui][search]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("全局搜索.servicelens"));
    DemoOptions options;
    options.orders = 1500;
    REQUIRE(DemoGenerator::createDemoWorkbook(path, options, &clock).ok());
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    Database &db = window.workbook()->database();
    SqlQuery q(db, QStringLiteral("SELECT c.phone, (SELECT o.order_no FROM service_order o WHERE "
                                  "o.customer_id = c.id ORDER BY o.received_at DESC LIMIT 1) "
                                  "FROM customer c JOIN service_order o ON o.customer_id = c.id "
                                  "GROUP BY c.id HAVING count(*) >= 2 ORDER BY c.id LIMIT 1"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    const QString phone = q.value(0).toString();
    const QString newest = q.value(1).toString();

    QStringList groups;
    QString opened;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::SearchDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *text = dialog->findChild<QLineEdit *>(QStringLiteral("searchText"));
        text->setText(phone);
        dialog->search(phone);
        dialog->waitForResults();
        auto *results = dialog->findChild<QTreeWidget *>(QStringLiteral("searchResults"));
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            groups << results->topLevelItem(i)->text(0);
        // Enter opens the first match: the newest order, in its form.
        QTimer::singleShot(0, [&] {
            auto *form = qobject_cast<ui::OrderDialog *>(QApplication::activeModalWidget());
            REQUIRE(form);
            opened = form->windowTitle();
            form->reject();
        });
        QTest::keyClick(text, Qt::Key_Return);
    });
    window.findChild<QAction *>(QStringLiteral("findInWorkbookAction"))->trigger();
    REQUIRE(groups.size() >= 2);
    CHECK(groups[0].startsWith(QStringLiteral("Orders (")));
    CHECK(groups[1] == QStringLiteral("Customers (1)"));
    CHECK(opened.contains(newest));
    // Behind the form, the list shows that order, named as found.
    CHECK(window.currentPage() == ui::MainWindow::ServiceFlow);
    CHECK(window.ordersPage()->model()->totalCount() == 1);
}

TEST_CASE("Find in Workbook searches on a worker: the newest text wins, and an early Enter "
          "opens the first match when it comes",
          "[ui][search]")
{
    DemoWorkbook demo(QStringLiteral("后台搜索.servicelens"), 1500);
    Database &db = demo.wb->database();
    SqlQuery q(db, QStringLiteral("SELECT order_no FROM service_order ORDER BY id DESC LIMIT 1"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    const QString orderNo = q.value(0).toString();
    const qint64 branch = demo.wb->defaultBranch()->id;
    {
        ui::SearchDialog dialog(db, branch);
        dialog.show();
        dialog.search(QStringLiteral("漏水"));
        dialog.search(QStringLiteral("不存在的文字"));
        dialog.search(orderNo); // typed while the first search runs
        dialog.waitForResults();
        auto *results = dialog.findChild<QTreeWidget *>(QStringLiteral("searchResults"));
        REQUIRE(results->topLevelItemCount() >= 1);
        CHECK(results->topLevelItem(0)->child(0)->text(0) == orderNo);
    }
    {
        ui::SearchDialog dialog(db, branch);
        dialog.show();
        auto *text = dialog.findChild<QLineEdit *>(QStringLiteral("searchText"));
        text->setText(orderNo);
        QTest::keyClick(text, Qt::Key_Return); // before any result
        dialog.waitForResults();
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.chosen().has_value());
        CHECK(dialog.chosen()->title == orderNo);
    }
}
