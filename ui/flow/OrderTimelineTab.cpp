// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderTimelineTab.h"
#include "widgets/DateText.h"

#include "common/LocalTime.h"
#include "flow/FlowTypes.h"
#include "flow/OrderWorkflow.h"
#include "inspection/ActionDialog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace servicelens::ui {

using namespace flow;

QString OrderTimelineTab::hours(double h)
{
    if (h < 48)
        return tr("%1 h").arg(QLocale().toString(h, 'f', 1));
    return tr("%1 days").arg(QLocale().toString(h / 24.0, 'f', 1));
}

QString OrderTimelineTab::eventLabel(StageEvent::Kind kind)
{
    switch (kind) {
    case StageEvent::Kind::WaitPartsStart:
        return tr("Waiting for parts");
    case StageEvent::Kind::WaitPartsEnd:
        return tr("Parts arrived");
    case StageEvent::Kind::WaitCustomerStart:
        return tr("Waiting for the customer");
    case StageEvent::Kind::WaitCustomerEnd:
        return tr("Customer replied");
    case StageEvent::Kind::WaitEquipmentStart:
        return tr("Waiting for equipment");
    case StageEvent::Kind::WaitEquipmentEnd:
        return tr("Equipment back in service");
    case StageEvent::Kind::Reopen:
        return tr("Reopened");
    case StageEvent::Kind::Correction:
        return tr("Corrected");
    case StageEvent::Kind::Stage:
        break;
    }
    return {};
}

OrderTimelineTab::OrderTimelineTab(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_timeline(new QTableWidget(0, 3, this))
    , m_deadlines(new QLabel(this))
{
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHorizontalHeaderLabels({tr("Step"), tr("Time"), tr("Since the previous step")});
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlines->setObjectName(QStringLiteral("deadlines"));
    m_deadlines->setWordWrap(true);
    m_deadlines->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_deadlines);
    layout->addWidget(buildActions());
    layout->addWidget(m_timeline);
}

QWidget *OrderTimelineTab::buildActions()
{
    // Steps of the flow: each asks when it happened (and why, where it matters), then is saved
    // at once, a transaction with its stage event and audit record, undoable from the form.
    m_actions = new QWidget(this);
    m_actionRow = new QHBoxLayout(m_actions);
    QHBoxLayout *row = m_actionRow;
    row->setContentsMargins(0, 0, 0, 0);
    using Kind = FlowStepDialog::Kind;
    auto add = [&](const QString &name, const QString &text, Kind kind) {
        auto *b = new QPushButton(text, m_actions);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, kind] { takeStep(kind); });
        row->addWidget(b);
    };
    add(QStringLiteral("nextStageButton"), tr("Next stage…"), Kind::Advance);
    add(QStringLiteral("waitPartsButton"), tr("Wait for parts…"), Kind::WaitParts);
    add(QStringLiteral("waitCustomerButton"), tr("Wait for customer…"), Kind::WaitCustomer);
    add(QStringLiteral("endWaitButton"), tr("End wait…"), Kind::EndWait);
    add(QStringLiteral("reopenButton"), tr("Reopen…"), Kind::Reopen);
    row->addStretch();
    // A complaint is put right with a corrective action, tracked with the inspections' ones.
    auto *action = new QPushButton(tr("Corrective action…"), m_actions);
    action->setObjectName(QStringLiteral("correctiveActionButton"));
    action->setToolTip(tr("Record what must change because of this complaint, with an owner and "
                          "a due date"));
    connect(action, &QPushButton::clicked, this, [this] {
        const ServiceOrder &o = m_details.order;
        inspection::CorrectiveAction a;
        a.branchId = o.branchId;
        a.source = inspection::ActionSource::Complaint;
        a.orderId = o.id;
        a.ownerId = o.technicianId;
        a.priority = o.priority;
        a.description = tr("Complaint on order %1: ").arg(o.orderNo);
        a.due = LocalTime::inZone(m_details.timeZone)
                    .localDate(m_db.clock().nowSecsSinceEpoch())
                    .addDays(7);
        ActionDialog dialog(m_db, a, this);
        dialog.exec();
    });
    row->addWidget(action);
    return m_actions;
}

void OrderTimelineTab::addUndoButton(QUndoStack *steps)
{
    // A short fixed label (the stack's text names the order and the step: in the tooltip).
    auto *b = new QPushButton(tr("Undo step"), m_actions);
    b->setObjectName(QStringLiteral("undoStepButton"));
    b->setEnabled(steps->canUndo());
    b->setToolTip(steps->undoText());
    connect(b, &QPushButton::clicked, steps, &QUndoStack::undo);
    connect(steps, &QUndoStack::canUndoChanged, b, &QWidget::setEnabled);
    connect(steps, &QUndoStack::undoTextChanged, b, &QWidget::setToolTip);
    m_actionRow->insertWidget(5, b);
}

Stage OrderTimelineTab::nextStage() const
{
    const StageTimes &t = m_details.order.times;
    switch (t.stage()) {
    case Stage::Received:
        return Stage::Analysed;
    case Stage::Analysed:
        return Stage::Solution;
    case Stage::Solution:
        return Stage::Implemented;
    case Stage::Implemented:
        return Stage::FollowedUp;
    case Stage::FollowedUp:
    case Stage::Closed:
        break;
    }
    return Stage::Closed;
}

void OrderTimelineTab::takeStep(FlowStepDialog::Kind kind)
{
    using Kind = FlowStepDialog::Kind;
    const qint64 orderId = m_details.order.id;
    // An order not yet responded to is responded to first: the next stage is the response.
    if (kind == Kind::Advance && !m_details.order.times.responded &&
        m_details.order.knows(ServiceOrder::ResponseUnknown))
        kind = Kind::Respond;
    const Stage stage = nextStage();
    FlowStepDialog dialog(kind, stage, m_details, m_db.clock().nowSecsSinceEpoch(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    OrderWorkflow flow(m_db);
    const qint64 at = dialog.at();
    const QString note = dialog.note();
    Status s;
    switch (kind) {
    case Kind::Respond:
        s = flow.respond(orderId, at);
        break;
    case Kind::Advance:
        s = flow.advance(orderId, stage, at, {}, note);
        break;
    case Kind::WaitParts:
        s = flow.startWait(orderId, OrderWorkflow::Wait::Parts, at, note);
        break;
    case Kind::WaitCustomer:
        s = flow.startWait(orderId, OrderWorkflow::Wait::Customer, at, note);
        break;
    case Kind::EndWait:
        s = flow.endWait(orderId, at, note);
        break;
    case Kind::Reopen:
        s = flow.reopen(orderId, at, note);
        break;
    }
    if (!s)
        return showError(this, window()->windowTitle(), s.error());
    emit stepTaken(*flow.lastStep(), FlowStepDialog::title(kind, stage));
}

std::vector<OrderTimelineTab::TimelineStep> OrderTimelineTab::timeline(const OrderDetails &details)
{
    const ServiceOrder &o = details.order;
    const std::optional<qint64> values[7] = {
        o.times.received,    o.times.responded,  o.times.analysed, o.times.solution,
        o.times.implemented, o.times.followedUp, o.times.closed};
    const char *codes[7] = {"received",    "responded",   "analysed", "solution",
                            "implemented", "followed_up", "closed"};
    std::vector<TimelineStep> steps;
    const QString labels[7] = {tr("Received"),        tr("Responded"),   tr("Analysed"),
                               tr("Solution agreed"), tr("Implemented"), tr("Followed up"),
                               tr("Closed")};
    auto stageLabel = [&](const QString &code) {
        for (int i = 0; i < 7; ++i)
            if (code == QLatin1String(codes[i]))
                return labels[i];
        return code;
    };
    std::set<std::pair<QString, qint64>> recorded;
    for (const StageEvent &e : details.events) {
        QString what = e.kind == StageEvent::Kind::Stage ? stageLabel(e.stage) : eventLabel(e.kind);
        if (e.kind == StageEvent::Kind::Stage)
            recorded.insert({e.stage, e.at});
        if (!e.note.isEmpty())
            what += QStringLiteral(" — ") + e.note;
        steps.push_back({e.at, what});
    }
    for (int i = 0; i < 7; ++i)
        if (values[i] && !recorded.count({QLatin1String(codes[i]), *values[i]}))
            steps.push_back({*values[i], labels[i]});
    std::stable_sort(steps.begin(), steps.end(),
                     [](const TimelineStep &a, const TimelineStep &b) { return a.at < b.at; });
    return steps;
}

void OrderTimelineTab::show(const OrderDetails &details)
{
    m_details = details;
    const ServiceOrder &o = m_details.order;
    const QTimeZone zone(m_details.timeZone.toUtf8());
    auto timeText = [&](qint64 secs) {
        return DateText::of(QDateTime::fromSecsSinceEpoch(secs, zone));
    };
    // Each step with the time since the one before.
    const std::vector<TimelineStep> steps = timeline(m_details);
    m_timeline->setRowCount(static_cast<int>(steps.size()));
    for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
        const TimelineStep &s = steps[static_cast<std::size_t>(i)];
        m_timeline->setItem(i, 0, new QTableWidgetItem(s.what));
        m_timeline->setItem(i, 1, new QTableWidgetItem(timeText(s.at)));
        m_timeline->setItem(
            i, 2,
            new QTableWidgetItem(
                i == 0 ? QString()
                       : hours((s.at - steps[static_cast<std::size_t>(i) - 1].at) / 3600.0)));
    }
    m_timeline->resizeColumnsToContents();

    {
        const bool closed = o.status == OrderStatus::Closed;
        const bool waiting =
            o.status == OrderStatus::WaitingParts || o.status == OrderStatus::WaitingCustomer;
        m_actions->findChild<QPushButton *>(QStringLiteral("nextStageButton"))
            ->setEnabled(!closed && !waiting);
        m_actions->findChild<QPushButton *>(QStringLiteral("waitPartsButton"))
            ->setEnabled(!closed && !waiting);
        m_actions->findChild<QPushButton *>(QStringLiteral("waitCustomerButton"))
            ->setEnabled(!closed && !waiting);
        m_actions->findChild<QPushButton *>(QStringLiteral("endWaitButton"))->setEnabled(waiting);
        m_actions->findChild<QPushButton *>(QStringLiteral("reopenButton"))->setEnabled(closed);
        m_actions->findChild<QPushButton *>(QStringLiteral("correctiveActionButton"))
            ->setVisible(o.complaint);
    }
    const SlaDeadlines &d = m_details.deadlines;
    QString response;
    if (!o.knows(ServiceOrder::ResponseUnknown))
        response = tr("not in the data: the file this order came from had no response times");
    else if (o.times.responded)
        response =
            d.responseMet
                ? tr("responded within the %1 h target").arg(m_details.policy.responseHours)
                : palette::problemHtml(
                      tr("responded after the %1 h target").arg(m_details.policy.responseHours));
    else if (d.responseOverdue)
        response =
            palette::problemHtml(tr("not responded, %1 overdue").arg(hours(-*d.responseHoursLeft)));
    else
        response = tr("due %1, %2 left").arg(timeText(d.responseDue), hours(*d.responseHoursLeft));
    QString resolution;
    const QString due = DateText::of(d.resolutionDueDate);
    if (o.times.closed)
        resolution = d.resolutionOverdue
                         ? palette::problemHtml(tr("closed after the due date %1").arg(due))
                         : tr("closed within the target (due %1)").arg(due);
    else if (d.resolutionOverdue)
        resolution = palette::problemHtml(
            d.resolutionWorkingDaysLeft < 0
                ? tr("due %1, %n working day(s) overdue", nullptr, -d.resolutionWorkingDaysLeft)
                      .arg(due)
                : tr("due %1, overdue by less than a working day").arg(due));
    else
        resolution =
            tr("due %1, %n working day(s) left", nullptr, d.resolutionWorkingDaysLeft).arg(due);
    // The order's own deadline (from its export) is named as the target it is.
    QString text =
        d.resolutionDueAt
            ? tr("<p><b>Response</b> (%1): %2</p><p><b>Resolution</b> (the order's own deadline, "
                 "%3): %4</p>")
                  .arg(FlowNames::label(o.priority), response, timeText(*d.resolutionDueAt),
                       resolution)
            : tr("<p><b>Response</b> (%1): %2</p><p><b>Resolution</b> (%3 working days): %4</p>")
                  .arg(FlowNames::label(o.priority), response)
                  .arg(m_details.policy.resolutionWorkingDays)
                  .arg(resolution);
    // Which policy row set the targets (FORMATS.md: the most specific one matching the order).
    text += tr("<p>Targets from: %1</p>").arg(m_details.policy.scopeText().toHtmlEscaped());
    if (d.pausedWorkingDays > 0)
        text += tr("<p>The clock was paused for %n working day(s) of waiting.</p>", nullptr,
                   d.pausedWorkingDays);
    m_deadlines->setText(text);
}

} // namespace servicelens::ui
