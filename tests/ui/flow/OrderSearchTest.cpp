// SPDX-License-Identifier: GPL-3.0-or-later
// Finding an order: by phone, across months, with any filter that narrows the search shown and
// one click away from cleared; the months offered are those with orders; a new order is shown.
#include "TestSupport.h"

#include "MainWindow.h"
#include "flow/OrderDialog.h"
#include "flow/OrderRepository.h"
#include "flow/OrdersPage.h"
#include "flow/OrdersTableModel.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookController.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace servicelens;
using namespace servicelens::test;

namespace {

qint64 at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(10, 0), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

} // namespace

TEST_CASE("A phone number finds its orders in every month, a filter narrowing it is shown",
          "[ui][orders][search]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs()); // November 2026
    const QString path = dir.file(QStringLiteral("搜索.servicelens"));
    {
        auto wb = createWorkbook(path, clock);
        Database &db = wb->database();
        flow::Customer zhang;
        zhang.name = QStringLiteral("张建国");
        zhang.phone = QStringLiteral("13912345678");
        REQUIRE(flow::CustomerRepository(db).create(zhang).ok());
        flow::OrderRepository orders(db);
        const std::pair<QString, qint64> made[] = {{QStringLiteral("SO-十月"), at(10, 8)},
                                                   {QStringLiteral("SO-十一月-1"), at(11, 3)},
                                                   {QStringLiteral("SO-十一月-2"), at(11, 9)}};
        for (const auto &[no, received] : made) {
            flow::ServiceOrder o;
            o.branchId = wb->defaultBranch()->id;
            o.orderNo = no;
            o.times.received = received;
            if (no.startsWith(QStringLiteral("SO-十一月")))
                o.customerId = zhang.id;
            REQUIRE(orders.insert(o).ok());
        }
    }
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    window.showPage(ui::MainWindow::ServiceFlow);
    QApplication::processEvents();
    ui::OrdersPage *page = window.ordersPage();
    auto *month = page->findChild<QComboBox *>(QStringLiteral("monthFilter"));
    auto *note = page->findChild<QLabel *>(QStringLiteral("filterNote"));
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("orderSearch"));

    // Only the months with orders are offered (and this month, where new orders go).
    QStringList months;
    for (int i = 1; i < month->count(); ++i)
        months << month->itemData(i).toDate().toString(QStringLiteral("yyyy-MM"));
    QStringList expected{QStringLiteral("2026-11"), QStringLiteral("2026-10")};
    const QString thisMonth = QDateTime::currentDateTimeUtc()
                                  .toTimeZone(QTimeZone("Asia/Shanghai"))
                                  .date()
                                  .toString(QStringLiteral("yyyy-MM"));
    if (!expected.contains(thisMonth))
        expected.prepend(thisMonth); // the window runs on the real clock
    CHECK(months == expected);
    CHECK(note->isHidden());

    // Everywhere: the phone finds both November orders.
    flow::OrderFilter byPhone;
    byPhone.text = QStringLiteral("13912345678");
    page->showFiltered(byPhone);
    CHECK(page->model()->totalCount() == 2);
    CHECK(note->isHidden());

    // A drill-down left October selected: the search finds nothing there and says where else.
    flow::OrderFilter october;
    october.receivedMonth = QDate(2026, 10, 1);
    page->showFiltered(october);
    CHECK(page->model()->totalCount() == 1);
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().contains(QStringLiteral("Filtered by Oct 2026")));
    search->setText(QStringLiteral("13912345678"));
    page->showFiltered(page->currentFilter()); // what the search box's pause does
    CHECK(page->model()->totalCount() == 0);
    CHECK(note->text().contains(QStringLiteral("2 orders match without the filters")));
    emit note->linkActivated(QStringLiteral("clear"));
    CHECK(month->currentIndex() == 0);
    CHECK(search->text() == QStringLiteral("13912345678")); // the search stays
    CHECK(page->model()->totalCount() == 2);
    CHECK(note->isHidden());
}

TEST_CASE("A new order is shown and selected after saving, whatever the list showed",
          "[ui][orders][search]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("新工单.servicelens"));
    createWorkbook(path, clock);
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    window.showPage(ui::MainWindow::ServiceFlow);
    QApplication::processEvents();
    ui::OrdersPage *page = window.ordersPage();
    flow::OrderFilter unrelated;
    unrelated.text = QStringLiteral("不存在的");
    page->showFiltered(unrelated);
    QString number;
    QTimer::singleShot(0, [&] {
        auto *form = qobject_cast<ui::OrderDialog *>(QApplication::activeModalWidget());
        REQUIRE(form);
        number = form->findChild<QLineEdit *>(QStringLiteral("orderNoEdit"))->text();
        form->accept();
    });
    page->newOrder();
    CHECK(page->model()->totalCount() == 1);
    auto *view = page->findChild<QTableView *>(QStringLiteral("ordersView"));
    REQUIRE(view->selectionModel()->selectedRows().size() == 1);
    CHECK(page->model()->orderId(view->selectionModel()->selectedRows().front().row()) > 0);
    CHECK(page->findChild<QLabel *>(QStringLiteral("drillDown"))
              ->text()
              .contains(QStringLiteral("New order %1 saved").arg(number)));
}

TEST_CASE("The orders list shows each open order's deadline, overdue rows in red",
          "[ui][orders][deadline]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs()); // Sunday 2026-11-22 10:00 in Shanghai
    auto wb = createWorkbook(dir.file(QStringLiteral("期限.servicelens")), clock);
    flow::OrderRepository orders(wb->database());
    auto add = [&](const QString &no, QDate received, bool closed) {
        flow::ServiceOrder o;
        o.branchId = wb->defaultBranch()->id;
        o.orderNo = no;
        o.times.received =
            QDateTime(received, QTime(9, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
        if (closed) {
            o.times.closed = o.times.received + 3600;
            o.status = flow::OrderStatus::Closed;
        }
        REQUIRE(orders.insert(o).ok());
    };
    // Normal priority: resolved within 3 working days of the day received.
    // due Mon 11-16; Tue 17 to Fri 20 passed since: 4 working days late
    add(QStringLiteral("SO-逾期"), QDate(2026, 11, 11), false);
    add(QStringLiteral("SO-未到期"), QDate(2026, 11, 20), false); // due Wed 11-25: 3 wd left
    add(QStringLiteral("SO-已关闭"), QDate(2026, 11, 10), true);
    ui::OrdersTableModel model;
    model.setSource(&wb->database(), *wb->defaultBranch());
    REQUIRE(model.rowCount() == 3);
    QMap<QString, int> rowOf;
    for (int r = 0; r < 3; ++r)
        rowOf[model.data(model.index(r, ui::OrdersTableModel::OrderNo), Qt::DisplayRole)
                  .toString()] = r;
    auto cell = [&](const QString &no, int role) {
        return model.data(model.index(rowOf.value(no), ui::OrdersTableModel::Deadline), role);
    };
    CHECK(cell(QStringLiteral("SO-逾期"), Qt::DisplayRole).toString() ==
          QStringLiteral("4 working days overdue"));
    CHECK(cell(QStringLiteral("SO-逾期"), Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Due 2026-11-16: ")));
    CHECK(cell(QStringLiteral("SO-逾期"), Qt::BackgroundRole).isValid());
    CHECK(cell(QStringLiteral("SO-未到期"), Qt::DisplayRole).toString() ==
          QStringLiteral("3 working days left"));
    CHECK_FALSE(cell(QStringLiteral("SO-未到期"), Qt::BackgroundRole).isValid());
    CHECK(cell(QStringLiteral("SO-已关闭"), Qt::DisplayRole).toString().isEmpty());

    // Past its due time on the due day (or over the weekend after it): overdue by less than a
    // working day, never "0 working days overdue".
    flow::OrderRow late;
    late.deadlines = flow::SlaDeadlines{};
    late.deadlines->resolutionOverdue = true;
    late.deadlines->resolutionWorkingDaysLeft = 0;
    late.deadlines->resolutionDueDate = QDate(2026, 11, 14);
    CHECK(ui::OrdersTableModel::deadlineText(late, false) ==
          QStringLiteral("overdue by less than a working day"));
}
