// SPDX-License-Identifier: GPL-3.0-or-later
// The order form's flow steps: each asks when and why, is saved at once, shows in the list at
// once, can be undone in the form, is undone by Cancel, and after Save is one Edit ▸ Undo.
#include "DemoFixture.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "flow/FlowStepDialog.h"
#include "flow/OrderDialog.h"
#include "flow/OrderRepository.h"
#include "flow/OrdersPage.h"
#include "flow/OrdersTableModel.h"
#include "storage/SqlQuery.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookController.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace servicelens;
using namespace servicelens::test;

namespace {

// Clicks a flow button of the order form and answers the step dialog it opens.
void takeStep(QWidget *form, const char *button,
              const std::function<void(ui::FlowStepDialog &)> &answer = {})
{
    bool asked = false;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<ui::FlowStepDialog *>(QApplication::activeModalWidget());
        REQUIRE(d);
        asked = true;
        if (answer)
            answer(*d);
        if (d->isVisible())
            d->accept();
    });
    form->findChild<QPushButton *>(QLatin1String(button))->click();
    CHECK(asked);
}

qint64 eventCount(Database &db, qint64 orderId)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM stage_event WHERE order_id = :id"));
    q.bind(QStringLiteral(":id"), orderId);
    return q.scalar()->toLongLong();
}

QStringList timelineSteps(const QWidget *form)
{
    const auto *table = form->findChild<QTableWidget *>(QStringLiteral("timeline"));
    QStringList steps;
    for (int r = 0; r < table->rowCount(); ++r)
        steps << table->item(r, 0)->text();
    return steps;
}

flow::ServiceOrder newOrder(Workbook &wb, const Clock &clock, const QString &no)
{
    flow::ServiceOrder o;
    o.branchId = wb.defaultBranch()->id;
    o.orderNo = no;
    o.times.received = clock.nowSecsSinceEpoch() - 6 * 3600;
    REQUIRE(flow::OrderRepository(wb.database()).insert(o).ok());
    return o;
}

} // namespace

TEST_CASE("Flow steps take their time and note, undo in the form, and Cancel undoes them",
          "[ui][orders][flow]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs()); // 2026-11-22 10:00 in Shanghai
    auto wb = createWorkbook(dir.file(QStringLiteral("流程.servicelens")), clock);
    Database &db = wb->database();
    flow::OrderRepository orders(db);
    const flow::ServiceOrder opened = newOrder(*wb, clock, QStringLiteral("SO-流程-1"));

    ui::OrderDialog form(db, opened.id);
    int listRefreshes = 0;
    QObject::connect(&form, &ui::OrderDialog::orderChanged, [&] { ++listRefreshes; });

    // The response, at the time it really happened (08:30 local), not when it is typed in.
    takeStep(&form, "nextStageButton", [](ui::FlowStepDialog &d) {
        auto *when = d.findChild<QDateTimeEdit *>(QStringLiteral("stepWhen"));
        when->setDateTime(QDateTime(QDate(2026, 11, 22), QTime(8, 30), Qt::UTC));
    });
    const qint64 responded =
        QDateTime(QDate(2026, 11, 22), QTime(0, 30), Qt::UTC).toSecsSinceEpoch();
    CHECK((*orders.findById(opened.id))->times.responded == responded);
    CHECK(listRefreshes == 1);

    takeStep(&form, "nextStageButton", [](ui::FlowStepDialog &d) {
        d.findChild<QLineEdit *>(QStringLiteral("stepNote"))->setText(QStringLiteral("压缩机异响"));
    });
    CHECK((*orders.findById(opened.id))->times.analysed.has_value());
    // Waiting for parts names the part and when it is expected.
    takeStep(&form, "waitPartsButton", [](ui::FlowStepDialog &d) {
        d.findChild<QLineEdit *>(QStringLiteral("stepPart"))->setText(QStringLiteral("压缩机"));
        d.findChild<QCheckBox *>()->setChecked(true);
        d.findChild<QDateEdit *>(QStringLiteral("stepExpected"))->setDate(QDate(2026, 11, 25));
    });
    CHECK((*orders.findById(opened.id))->status == flow::OrderStatus::WaitingParts);
    CHECK(eventCount(db, opened.id) == 3);
    CHECK(timelineSteps(&form).contains(
        QStringLiteral("Waiting for parts — part: 压缩机; expected 2026-11-25")));
    CHECK(timelineSteps(&form).contains(QStringLiteral("Analysed — 压缩机异响")));
    CHECK(listRefreshes == 3);

    // Undo in the form: the wait is gone, from the order and from its events.
    form.findChild<QPushButton *>(QStringLiteral("undoStepButton"))->click();
    CHECK((*orders.findById(opened.id))->status == flow::OrderStatus::Open);
    CHECK(eventCount(db, opened.id) == 2);
    CHECK(form.findChild<QPushButton *>(QStringLiteral("waitPartsButton"))->isEnabled());
    CHECK(listRefreshes == 4);

    // Cancel leaves the order as it was opened.
    form.reject();
    const flow::ServiceOrder after = **orders.findById(opened.id);
    CHECK(after == opened);
    CHECK(eventCount(db, opened.id) == 0);
}

TEST_CASE("Closing asks about what is missing, reopening needs a reason, the timeline keeps the "
          "earlier closing",
          "[ui][orders][flow]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("关闭.servicelens")), clock);
    Database &db = wb->database();
    flow::OrderRepository orders(db);
    const flow::ServiceOrder o = newOrder(*wb, clock, QStringLiteral("SO-关闭-1"));
    ui::OrderDialog form(db, o.id);
    for (int i = 0; i < 5; ++i) // respond, analysed, solution, implemented, followed up
        takeStep(&form, "nextStageButton");
    QString warning;
    takeStep(&form, "nextStageButton", [&](ui::FlowStepDialog &d) {
        warning = d.findChild<QLabel *>(QStringLiteral("stepMissing"))->text();
    });
    CHECK(warning.contains(QStringLiteral("no customer")));
    CHECK(warning.contains(QStringLiteral("no technician")));
    CHECK(warning.contains(QStringLiteral("no fault description")));
    CHECK((*orders.findById(o.id))->status == flow::OrderStatus::Closed);

    // No reason, no reopening: the dialog says why and stays.
    clock.advance(3600 * 1000);
    takeStep(&form, "reopenButton", [](ui::FlowStepDialog &d) {
        d.accept();
        CHECK(d.isVisible());
        CHECK_FALSE(d.findChild<QLabel *>(QStringLiteral("stepProblem"))->isHidden());
        d.findChild<QLineEdit *>(QStringLiteral("stepReason"))
            ->setText(QStringLiteral("同一故障再次出现"));
    });
    const flow::ServiceOrder reopened = **orders.findById(o.id);
    CHECK(reopened.status == flow::OrderStatus::Open);
    CHECK(reopened.reopened == 1);
    CHECK_FALSE(reopened.times.closed.has_value());
    // The first repair and closing stay in the timeline, with the reason.
    const QStringList steps = timelineSteps(&form);
    CHECK(steps.contains(QStringLiteral("Closed")));
    CHECK(steps.contains(QStringLiteral("Implemented")));
    CHECK(steps.contains(QStringLiteral("Reopened — 同一故障再次出现")));
}

TEST_CASE("After Save the form's steps are one Edit ▸ Undo, and the list shows them at once",
          "[ui][orders][flow][undo]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("撤销步骤.servicelens"));
    flow::ServiceOrder o;
    {
        auto wb = createWorkbook(path, clock);
        o = newOrder(*wb, clock, QStringLiteral("SO-撤销-1"));
    }
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    Database &db = window.workbook()->database();
    flow::OrderRepository orders(db);
    ui::OrdersPage *page = window.ordersPage();
    window.showPage(ui::MainWindow::ServiceFlow);
    QApplication::processEvents();
    auto statusShown = [&] {
        auto *model = page->model();
        return model->data(model->index(0, ui::OrdersTableModel::Status), Qt::DisplayRole)
            .toString();
    };
    REQUIRE(statusShown() == QStringLiteral("Open"));

    QString shownDuringForm;
    QTimer::singleShot(0, [&] {
        auto *form = qobject_cast<ui::OrderDialog *>(QApplication::activeModalWidget());
        REQUIRE(form);
        takeStep(form, "nextStageButton");
        takeStep(form, "waitCustomerButton");
        shownDuringForm = statusShown(); // the list behind the form, already up to date
        form->accept();
    });
    page->openOrder(o.id);
    CHECK(shownDuringForm == QStringLiteral("Waiting for customer"));
    CHECK(statusShown() == QStringLiteral("Waiting for customer"));
    QUndoStack *undo = window.undoStack();
    REQUIRE(undo->canUndo());
    CHECK(undo->undoText() == QStringLiteral("Edit order SO-撤销-1"));
    undo->undo();
    CHECK(**orders.findById(o.id) == o);
    CHECK(eventCount(db, o.id) == 0);
    CHECK(statusShown() == QStringLiteral("Open"));
    undo->redo();
    CHECK((*orders.findById(o.id))->status == flow::OrderStatus::WaitingCustomer);
    CHECK(eventCount(db, o.id) == 2);

    // Opened and saved without a change (its times have seconds, the editors show minutes):
    // nothing is written, nothing is added to Undo.
    flow::ServiceOrder exact = newOrder(*window.workbook(), clock, QStringLiteral("SO-秒"));
    exact.times.received -= 23;
    exact.times.responded = exact.times.received + 97;
    REQUIRE(orders.update(exact).ok());
    const int undoCount = undo->count();
    const qint64 audits =
        SqlQuery(db, QStringLiteral("SELECT count(*) FROM audit_log")).scalar()->toLongLong();
    QTimer::singleShot(0, [] {
        auto *form = qobject_cast<ui::OrderDialog *>(QApplication::activeModalWidget());
        REQUIRE(form);
        form->accept();
    });
    page->openOrder(exact.id);
    CHECK(**orders.findById(exact.id) == exact);
    CHECK(undo->count() == undoCount);
    CHECK(SqlQuery(db, QStringLiteral("SELECT count(*) FROM audit_log")).scalar()->toLongLong() ==
          audits);
}
