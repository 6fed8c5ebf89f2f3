// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderDialog.h"

#include "common/LocalTime.h"
#include "flow/OrderRepository.h"
#include "flow/OrderWorkflow.h"
#include "inspection/ActionDialog.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/ErrorMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace flow;

namespace {

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QString hours(double h)
{
    if (h < 48)
        return OrderDialog::tr("%1 h").arg(QLocale().toString(h, 'f', 1));
    return OrderDialog::tr("%1 days").arg(QLocale().toString(h / 24.0, 'f', 1));
}

} // namespace

OrderDialog::OrderDialog(Database &db, qint64 orderId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("orderDialog"));
    auto details = OrderDetails::load(db, orderId);
    if (!details) {
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(details.error().message, this));
        return;
    }
    m_details = std::move(*details);
    m_loaded = true;
    setWindowTitle(tr("Order %1").arg(m_details.order.orderNo));
    build();
}

OrderDialog::OrderDialog(Database &db, const ServiceOrder &draft, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("orderDialog"));
    m_details.order = draft;
    m_details.timeZone = QString::fromLatin1(Branch::defaultTimeZone);
    if (auto branch = BranchRepository(db).findById(draft.branchId); branch && branch->has_value())
        m_details.timeZone = (*branch)->timeZone;
    for (const SlaPolicy &p : SlaPolicy::defaults())
        if (p.priority == draft.priority)
            m_details.policy = p;
    m_loaded = true;
    m_isNew = true;
    setWindowTitle(tr("New Order"));
    build();
}

void OrderDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    auto *orderTab = new QWidget(m_tabs);
    auto *timelineTab = new QWidget(m_tabs);
    auto *historyTab = new QWidget(m_tabs);
    buildOrderTab(orderTab);
    buildTimelineTab(timelineTab);
    buildHistoryTab(historyTab);
    m_tabs->addTab(orderTab, tr("&Order"));
    m_tabs->addTab(timelineTab, tr("&Timeline and deadlines"));
    m_tabs->addTab(historyTab, tr("&History"));
    m_tabs->setTabEnabled(1, !m_isNew);
    m_tabs->setTabEnabled(2, !m_isNew);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(760, 640);
    fill();
}

void OrderDialog::buildActions(QWidget *tab, QLayout *layout)
{
    // Steps of the flow, saved at once, each a transaction with its stage event and audit.
    m_actions = new QWidget(tab);
    auto *row = new QHBoxLayout(m_actions);
    row->setContentsMargins(0, 0, 0, 0);
    const qint64 orderId = m_details.order.id;
    auto now = [this] {
        return m_db.clock().nowSecsSinceEpoch();
    };
    auto add = [&](const QString &name, const QString &text, std::function<Status()> action) {
        auto *b = new QPushButton(text, m_actions);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, action] { runAction(action); });
        row->addWidget(b);
        return b;
    };
    add(QStringLiteral("nextStageButton"), tr("Next stage now"), [this, orderId, now]() -> Status {
        const StageTimes &t = m_details.order.times;
        OrderWorkflow flow(m_db);
        if (!t.responded)
            return flow.respond(orderId, now());
        const Stage next = t.stage() == Stage::Received      ? Stage::Analysed
                           : t.stage() == Stage::Analysed    ? Stage::Solution
                           : t.stage() == Stage::Solution    ? Stage::Implemented
                           : t.stage() == Stage::Implemented ? Stage::FollowedUp
                                                             : Stage::Closed;
        return flow.advance(orderId, next, now());
    });
    add(QStringLiteral("waitPartsButton"), tr("Wait for parts"), [this, orderId, now] {
        return OrderWorkflow(m_db).startWait(orderId, OrderWorkflow::Wait::Parts, now());
    });
    add(QStringLiteral("waitCustomerButton"), tr("Wait for customer"), [this, orderId, now] {
        return OrderWorkflow(m_db).startWait(orderId, OrderWorkflow::Wait::Customer, now());
    });
    add(QStringLiteral("endWaitButton"), tr("End wait"),
        [this, orderId, now] { return OrderWorkflow(m_db).endWait(orderId, now()); });
    add(QStringLiteral("reopenButton"), tr("Reopen"), [this, orderId, now] {
        return OrderWorkflow(m_db).reopen(orderId, now(), tr("Reopened in the order form"));
    });
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
    layout->addWidget(m_actions);
}

void OrderDialog::runAction(const std::function<Status()> &action)
{
    if (auto s = action(); !s)
        return showError(this, windowTitle(), s.error());
    auto details = OrderDetails::load(m_db, m_details.order.id);
    if (!details)
        return showError(this, windowTitle(), details.error());
    m_details = std::move(*details);
    fill();
}

void OrderDialog::buildOrderTab(QWidget *tab)
{
    m_orderNo = new QLineEdit(tab);
    m_orderNo->setObjectName(QStringLiteral("orderNoEdit"));
    m_orderNoProblem = problemLabel(tab, QStringLiteral("orderNoProblem"));
    m_channel = new QComboBox(tab);
    for (Channel c : allChannels)
        m_channel->addItem(FlowNames::label(c), static_cast<int>(c));
    m_priority = new QComboBox(tab);
    for (Priority p : allPriorities)
        m_priority->addItem(FlowNames::label(p), static_cast<int>(p));
    m_category = new QLineEdit(tab);
    m_product = new QLineEdit(tab);
    m_complaint = new QCheckBox(tr("The customer complained"), tab);
    m_technician = new QComboBox(tab);
    m_technician->addItem(tr("(none)"), QVariant());
    if (auto staff = org::StaffRepository(m_db).list())
        for (const org::StaffMember &m : *staff)
            if (m.role == org::Role::TechnicalSupport &&
                (m.active || m.id == m_details.order.technicianId.value_or(0)))
                m_technician->addItem(m.code + QLatin1Char(' ') + m.name, m.id);
    m_customer = new QLabel(tab);
    m_visits = new QSpinBox(tab);
    m_visits->setRange(0, 99);
    m_reopened = new QSpinBox(tab);
    m_reopened->setRange(0, 99);
    m_description = new QPlainTextEdit(tab);
    m_description->setMaximumHeight(60);

    auto *form = new QFormLayout;
    auto *orderNoBox = new QVBoxLayout;
    orderNoBox->addWidget(m_orderNo);
    orderNoBox->addWidget(m_orderNoProblem);
    auto *orderNoLabel = new QLabel(tr("Order &id:"), tab);
    orderNoLabel->setBuddy(m_orderNo); // addRow(QString, QLayout*) would make a label without one
    form->addRow(orderNoLabel, orderNoBox);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("Pro&duct:"), m_product);
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Te&chnician:"), m_technician);
    form->addRow(QString(), m_complaint);
    auto *counts = new QHBoxLayout;
    counts->addWidget(new QLabel(tr("Visits:"), tab));
    counts->addWidget(m_visits);
    counts->addSpacing(16);
    counts->addWidget(new QLabel(tr("Reopened:"), tab));
    counts->addWidget(m_reopened);
    counts->addStretch();
    form->addRow(QString(), counts);
    form->addRow(tr("Fa&ult:"), m_description);

    auto *times = new QGroupBox(tr("Stage times"), tab);
    auto *grid = new QGridLayout(times);
    const QString names[7] = {tr("Received"),        tr("Responded"),   tr("Analysed"),
                              tr("Solution agreed"), tr("Implemented"), tr("Followed up"),
                              tr("Closed")};
    for (int i = 0; i < 7; ++i) {
        m_timeSet[static_cast<std::size_t>(i)] = new QCheckBox(names[i], times);
        auto *edit = new QDateTimeEdit(times);
        // Qt 6.4's editor has no time zone: it shows the branch's wall-clock time as if UTC,
        // and LocalTime converts both ways.
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        m_times[static_cast<std::size_t>(i)] = edit;
        edit->setObjectName(QStringLiteral("timeEdit%1").arg(i));
        m_timeSet[static_cast<std::size_t>(i)]->setObjectName(QStringLiteral("timeSet%1").arg(i));
        grid->addWidget(m_timeSet[static_cast<std::size_t>(i)], i / 2, (i % 2) * 2);
        grid->addWidget(edit, i / 2, (i % 2) * 2 + 1);
        connect(m_timeSet[static_cast<std::size_t>(i)], &QCheckBox::toggled, edit,
                &QWidget::setEnabled);
    }
    m_timeSet[0]->setEnabled(false); // every order has been received
    m_stageProblem = problemLabel(times, QStringLiteral("stageProblem"));
    grid->addWidget(m_stageProblem, 4, 0, 1, 4);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(times);
    layout->addStretch();
}

void OrderDialog::buildTimelineTab(QWidget *tab)
{
    m_timeline = new QTableWidget(0, 3, tab);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHorizontalHeaderLabels({tr("Step"), tr("Time"), tr("Since the previous step")});
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlines = new QLabel(tab);
    m_deadlines->setObjectName(QStringLiteral("deadlines"));
    m_deadlines->setWordWrap(true);
    m_deadlines->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_deadlines);
    if (!m_isNew)
        buildActions(tab, layout);
    layout->addWidget(m_timeline);
}

void OrderDialog::buildHistoryTab(QWidget *tab)
{
    m_history = new QTableWidget(0, 4, tab);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(true);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_history);
}

void OrderDialog::fill()
{
    const ServiceOrder &o = m_details.order;
    const QTimeZone zone(m_details.timeZone.toUtf8());
    const QLocale locale;
    auto timeText = [&](qint64 secs) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(secs, zone),
                               QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    m_orderNo->setText(o.orderNo);
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(o.channel)));
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(o.priority)));
    m_category->setText(o.category);
    m_product->setText(o.product);
    m_complaint->setChecked(o.complaint);
    m_technician->setCurrentIndex(o.technicianId ? qMax(0, m_technician->findData(*o.technicianId))
                                                 : 0);
    m_customer->setText(m_details.customer ? m_details.customer->name + QStringLiteral("  ") +
                                                 Customer::maskPhone(m_details.customer->phone)
                                           : tr("(none)"));
    m_visits->setValue(o.visits);
    m_reopened->setValue(o.reopened);
    m_description->setPlainText(o.description);

    const std::optional<qint64> values[7] = {
        o.times.received,    o.times.responded,  o.times.analysed, o.times.solution,
        o.times.implemented, o.times.followedUp, o.times.closed};
    for (int i = 0; i < 7; ++i) {
        const auto idx = static_cast<std::size_t>(i);
        const qint64 t = values[i].value_or(m_db.clock().nowSecsSinceEpoch());
        const QDateTime wall = LocalTime(zone).localDateTime(t);
        m_times[idx]->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
        m_timeSet[idx]->setChecked(values[i].has_value());
        m_times[idx]->setEnabled(values[i].has_value());
    }

    // Timeline: stage times and events in time order, each with the time since the step before.
    struct Step {
        qint64 at;
        QString what;
    };
    std::vector<Step> steps;
    const QString labels[7] = {tr("Received"),        tr("Responded"),   tr("Analysed"),
                               tr("Solution agreed"), tr("Implemented"), tr("Followed up"),
                               tr("Closed")};
    for (int i = 0; i < 7; ++i)
        if (values[i])
            steps.push_back({*values[i], labels[i]});
    for (const StageEvent &e : m_details.events) {
        QString what;
        switch (e.kind) {
        case StageEvent::Kind::WaitPartsStart:
            what = tr("Waiting for parts");
            break;
        case StageEvent::Kind::WaitPartsEnd:
            what = tr("Parts arrived");
            break;
        case StageEvent::Kind::WaitCustomerStart:
            what = tr("Waiting for the customer");
            break;
        case StageEvent::Kind::WaitCustomerEnd:
            what = tr("Customer replied");
            break;
        case StageEvent::Kind::Reopen:
            what = tr("Reopened");
            break;
        case StageEvent::Kind::Correction:
            what = tr("Corrected");
            break;
        case StageEvent::Kind::Stage:
            continue; // already listed from the stage times
        }
        if (!e.note.isEmpty())
            what += QStringLiteral(" — ") + e.note;
        steps.push_back({e.at, what});
    }
    std::stable_sort(steps.begin(), steps.end(),
                     [](const Step &a, const Step &b) { return a.at < b.at; });
    m_timeline->setRowCount(static_cast<int>(steps.size()));
    for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
        const Step &s = steps[static_cast<std::size_t>(i)];
        m_timeline->setItem(i, 0, new QTableWidgetItem(s.what));
        m_timeline->setItem(i, 1, new QTableWidgetItem(timeText(s.at)));
        m_timeline->setItem(
            i, 2,
            new QTableWidgetItem(
                i == 0 ? QString()
                       : hours((s.at - steps[static_cast<std::size_t>(i) - 1].at) / 3600.0)));
    }
    m_timeline->resizeColumnsToContents();

    if (m_actions) {
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
    if (m_isNew)
        return;
    const SlaDeadlines &d = m_details.deadlines;
    QString response;
    if (o.times.responded)
        response = d.responseMet
                       ? tr("responded within the %1 h target").arg(m_details.policy.responseHours)
                       : tr("<b style='color:#b00020'>responded after the %1 h target</b>")
                             .arg(m_details.policy.responseHours);
    else if (d.responseOverdue)
        response = tr("<b style='color:#b00020'>not responded, %1 overdue</b>")
                       .arg(hours(-*d.responseHoursLeft));
    else
        response = tr("due %1, %2 left").arg(timeText(d.responseDue), hours(*d.responseHoursLeft));
    QString resolution;
    const QString due = locale.toString(d.resolutionDueDate, QLocale::ShortFormat);
    if (o.times.closed)
        resolution = d.resolutionOverdue
                         ? tr("<b style='color:#b00020'>closed after the due date %1</b>").arg(due)
                         : tr("closed within the target (due %1)").arg(due);
    else if (d.resolutionOverdue)
        resolution = tr("<b style='color:#b00020'>due %1, %n working day(s) overdue</b>", nullptr,
                        -d.resolutionWorkingDaysLeft)
                         .arg(due);
    else
        resolution =
            tr("due %1, %n working day(s) left", nullptr, d.resolutionWorkingDaysLeft).arg(due);
    QString text =
        tr("<p><b>Response</b> (%1): %2</p><p><b>Resolution</b> (%3 working days): %4</p>")
            .arg(FlowNames::label(o.priority), response)
            .arg(m_details.policy.resolutionWorkingDays)
            .arg(resolution);
    if (d.pausedWorkingDays > 0)
        text += tr("<p>The clock was paused for %n working day(s) of waiting.</p>", nullptr,
                   d.pausedWorkingDays);
    m_deadlines->setText(text);

    m_history->setRowCount(static_cast<int>(m_details.history.size()));
    for (int i = 0; i < static_cast<int>(m_details.history.size()); ++i) {
        const AuditLog::Entry &e = m_details.history[static_cast<std::size_t>(i)];
        QStringList changes;
        for (auto it = e.after.begin(); it != e.after.end(); ++it)
            if (e.before.isEmpty() || e.before.value(it.key()) != it.value())
                changes << it.key() + QStringLiteral(": ") +
                               (e.before.isEmpty()
                                    ? QString()
                                    : e.before.value(it.key()).toVariant().toString() +
                                          QStringLiteral(" → ")) +
                               it.value().toVariant().toString();
        QString action;
        switch (e.action) {
        case AuditLog::Action::Insert:
            action = tr("Created");
            break;
        case AuditLog::Action::Update:
            action = tr("Changed");
            break;
        case AuditLog::Action::Delete:
            action = tr("Deleted");
            break;
        case AuditLog::Action::Bulk:
            action = tr("Imported");
            break;
        }
        m_history->setItem(i, 0, new QTableWidgetItem(timeText(e.at)));
        m_history->setItem(i, 1, new QTableWidgetItem(e.actor));
        m_history->setItem(i, 2, new QTableWidgetItem(action));
        m_history->setItem(i, 3, new QTableWidgetItem(changes.join(QStringLiteral("; "))));
    }
    m_history->resizeColumnsToContents();
}

ServiceOrder OrderDialog::edited() const
{
    ServiceOrder o = m_details.order;
    o.orderNo = m_orderNo->text().trimmed();
    o.channel = static_cast<Channel>(m_channel->currentData().toInt());
    o.priority = static_cast<Priority>(m_priority->currentData().toInt());
    o.category = m_category->text().trimmed();
    o.product = m_product->text().trimmed();
    o.complaint = m_complaint->isChecked();
    o.technicianId = m_technician->currentData().isValid()
                         ? std::optional<qint64>(m_technician->currentData().toLongLong())
                         : std::nullopt;
    o.visits = m_visits->value();
    o.reopened = m_reopened->value();
    o.description = m_description->toPlainText().trimmed();
    std::optional<qint64> *targets[7] = {
        nullptr,           &o.times.responded,   &o.times.analysed,
        &o.times.solution, &o.times.implemented, &o.times.followedUp,
        &o.times.closed};
    const LocalTime local = LocalTime::inZone(m_details.timeZone);
    auto utc = [&](const QDateTimeEdit *edit) {
        const QDateTime wall = edit->dateTime();
        return local.toUtc(wall.date(), wall.time());
    };
    o.times.received = utc(m_times[0]);
    for (int i = 1; i < 7; ++i) {
        const auto idx = static_cast<std::size_t>(i);
        *targets[i] =
            m_timeSet[idx]->isChecked() ? std::optional<qint64>(utc(m_times[idx])) : std::nullopt;
    }
    if (o.times.closed)
        o.status = OrderStatus::Closed;
    else if (o.status == OrderStatus::Closed)
        o.status = OrderStatus::Open;
    return o;
}

QString OrderDialog::stageProblem() const
{
    return m_stageProblem && !m_stageProblem->isHidden() ? m_stageProblem->text() : QString();
}

void OrderDialog::accept()
{
    if (!m_loaded) {
        QDialog::reject();
        return;
    }
    const ServiceOrder o = edited();
    m_orderNoProblem->hide();
    m_stageProblem->hide();
    if (o.orderNo.isEmpty()) {
        m_orderNoProblem->setText(tr("An order needs an order id."));
        m_orderNoProblem->show();
        m_tabs->setCurrentIndex(0);
        m_orderNo->setFocus();
        return;
    }
    // Core says what is wrong with the stage times; show it where they are.
    if (auto s = OrderRepository::validate(o); !s) {
        m_stageProblem->setText(s.error().message);
        m_stageProblem->show();
        m_tabs->setCurrentIndex(0);
        return;
    }
    ServiceOrder saved = o;
    if (auto s = m_isNew ? OrderRepository(m_db).insert(saved)
                         : OrderRepository(m_db).update(o, m_details.order);
        !s) {
        if (s.error().kind == ErrorKind::Conflict) {
            m_orderNoProblem->setText(s.error().message);
            m_orderNoProblem->show();
            m_tabs->setCurrentIndex(0);
            return;
        }
        showError(this, tr("Save Order"), s.error());
        return;
    }
    m_saved = saved;
    QDialog::accept();
}

} // namespace servicelens::ui
