// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentView.h"

#include "incident/IncidentContacts.h"
#include "incident/Incidents.h"
#include "inspection/CorrectiveAction.h"
#include "org/Staff.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace incident;

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    if (text.size() > 30)
        item->setToolTip(text); // a long step or note may be cut at the column's edge
    return item;
}

void stretchLast(QTableWidget *table)
{
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

IncidentView::IncidentView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_steps(makeListTable(this, QStringLiteral("incidentSteps"),
                            {tr("Step"), tr("Owner"), tr("Due"), tr("Done")}))
    , m_timeline(makeListTable(this, QStringLiteral("incidentTimeline"),
                               {tr("When"), tr("What"), tr("By")}))
    , m_affectedNote(new QLabel(this))
    , m_affected(makeListTable(
          this, QStringLiteral("incidentAffected"),
          {tr("Order"), tr("Received"), tr("Product"), tr("Customer"), tr("Phone"), tr("Status")}))
    , m_callsNote(new QLabel(this))
    , m_calls(makeListTable(this, QStringLiteral("incidentCalls"),
                            {tr("Customer"), tr("Phone"), tr("Order"), tr("Status"), tr("Attempts"),
                             tr("Last call"), tr("Note")}))
    , m_actions(makeListTable(this, QStringLiteral("incidentActions"),
                              {tr("Corrective action"), tr("Owner"), tr("Due"), tr("Status")}))
{
    m_summary->setObjectName(QStringLiteral("incidentSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QTableWidget *t : {m_steps, m_timeline, m_affected, m_calls, m_actions})
        stretchLast(t);
    // The words stretch; the times and names beside them keep their widths.
    for (QTableWidget *t : {m_steps, m_timeline, m_actions}) {
        t->horizontalHeader()->setStretchLastSection(false);
        t->horizontalHeader()->setSectionResizeMode(t == m_timeline ? 1 : 0, QHeaderView::Stretch);
    }
    m_steps->setToolTip(tr("Double-click a step to mark it done"));
    connect(m_steps, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < int(m_stepIds.size()))
            emit stepActivated(m_stepIds[std::size_t(row)]);
    });

    auto *affectedPane = new QWidget(m_tabs);
    auto *affectedLayout = new QVBoxLayout(affectedPane);
    auto *affectedTop = new QHBoxLayout;
    m_affectedNote->setObjectName(QStringLiteral("affectedNote"));
    m_affectedNote->setWordWrap(true);
    auto *open = new QPushButton(tr("Open in Service Flow"), affectedPane);
    open->setObjectName(QStringLiteral("openAffected"));
    connect(open, &QPushButton::clicked, this, [this] {
        std::vector<qint64> ids;
        for (const AffectedOrder &o : m_affectedOrders)
            ids.push_back(o.orderId);
        if (!ids.empty())
            emit showOrders(ids, tr("Orders touched by incident %1").arg(m_code));
    });
    affectedTop->addWidget(m_affectedNote, 1);
    affectedTop->addWidget(open);
    affectedLayout->addLayout(affectedTop);
    affectedLayout->addWidget(m_affected, 1);

    auto *callsPane = new QWidget(m_tabs);
    auto *callsLayout = new QVBoxLayout(callsPane);
    m_callsNote->setObjectName(QStringLiteral("callsNote"));
    m_callsNote->setWordWrap(true);
    callsLayout->addWidget(m_callsNote);
    callsLayout->addWidget(m_calls, 1);

    m_tabs->addTab(m_steps, tr("Steps"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(affectedPane, tr("Affected"));
    m_tabs->addTab(callsPane, tr("Calls"));
    m_tabs->addTab(m_actions, tr("Actions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
}

qint64 IncidentView::chosenStep() const
{
    const int row = m_steps->currentRow();
    return row >= 0 && row < int(m_stepIds.size()) ? m_stepIds[std::size_t(row)] : 0;
}

void IncidentView::show(Database *db, const std::optional<Incident> &incident,
                        const LocalTime &local, qint64 now)
{
    for (QTableWidget *t : {m_steps, m_timeline, m_affected, m_calls, m_actions})
        t->setRowCount(0);
    m_stepIds.clear();
    m_affectedOrders.clear();
    m_summary->clear();
    m_affectedNote->clear();
    m_callsNote->clear();
    m_code.clear();
    setEnabled(db && incident);
    if (!db || !incident)
        return;
    m_code = incident->code;
    fillSummary(*db, *incident, local);
    fillSteps(*db, *incident, local, now);
    fillTimeline(*db, *incident, local);
    fillAffected(*db, *incident, local);
    fillCalls(*db, *incident, local);
    fillActions(*db, *incident);
}

void IncidentView::fillSummary(Database &db, const Incident &i, const LocalTime &local)
{
    QString lead;
    if (i.ownerId)
        if (auto m = org::StaffRepository(db).findById(*i.ownerId); m && *m)
            lead = (*m)->name;
    QStringList facts{IncidentNames::label(i.scenario), IncidentNames::label(i.severity),
                      tr("opened %1").arg(DateText::of(local.localDateTime(i.openedAt)))};
    if (!lead.isEmpty())
        facts << tr("led by %1").arg(lead.toHtmlEscaped());
    facts << (i.closedAt ? tr("closed %1").arg(DateText::of(local.localDateTime(*i.closedAt)))
                         : tr("open"));
    QString html = QStringLiteral("<b>%1 %2</b>").arg(i.code, i.title.toHtmlEscaped());
    if (i.drill)
        html += QStringLiteral(" &nbsp;") + palette::problemHtml(tr("DRILL"));
    html += QStringLiteral("<br>") + facts.join(QStringLiteral(" · "));
    if (!i.description.isEmpty())
        html += QStringLiteral("<br>") + i.description.toHtmlEscaped();
    const QString scope = Incidents::describe(i.scope, local);
    html += QStringLiteral("<br>") +
            tr("Scope: %1").arg(scope.isEmpty() ? tr("none stated") : scope.toHtmlEscaped());
    if (i.closedAt)
        html += QStringLiteral("<br>") + tr("Lessons learnt: %1").arg(i.lessons.toHtmlEscaped());
    m_summary->setText(html);
}

void IncidentView::fillSteps(Database &db, const Incident &i, const LocalTime &local, qint64 now)
{
    auto steps = Incidents(db).steps(i.id);
    if (!steps)
        return showError(this, tr("Incidents"), steps.error());
    m_steps->setRowCount(int(steps->size()));
    int done = 0;
    for (int row = 0; row < int(steps->size()); ++row) {
        const IncidentStep &s = (*steps)[std::size_t(row)];
        m_stepIds.push_back(s.id);
        m_steps->setItem(row, 0, cell(QStringLiteral("%1. %2").arg(s.position).arg(s.text)));
        m_steps->setItem(row, 1, cell(s.ownerName));
        m_steps->setItem(row, 2, cell(DateText::of(local.localDateTime(s.dueAt))));
        m_steps->setItem(
            row, 3,
            cell(s.doneAt ? QStringLiteral("✓ %1").arg(DateText::of(local.localDateTime(*s.doneAt)))
                          : QString()));
        done += s.doneAt.has_value();
        // A step past its hour, not done while the incident runs: red.
        if (i.isOpen() && s.overdueAt(now))
            for (int c = 0; c < m_steps->columnCount(); ++c)
                m_steps->item(row, c)->setForeground(palette::problem);
    }
    m_tabs->setTabText(0, steps->empty() ? tr("Steps")
                                         : tr("Steps (%1/%2)").arg(done).arg(steps->size()));
}

void IncidentView::fillTimeline(Database &db, const Incident &i, const LocalTime &local)
{
    auto events = Incidents(db).timeline(i.id);
    if (!events)
        return showError(this, tr("Incidents"), events.error());
    m_timeline->setRowCount(int(events->size()));
    for (int row = 0; row < int(events->size()); ++row) {
        const IncidentEvent &e = (*events)[std::size_t(row)];
        m_timeline->setItem(row, 0, cell(DateText::of(local.localDateTime(e.at))));
        m_timeline->setItem(row, 1, cell(IncidentNames::describe(e)));
        m_timeline->setItem(row, 2, cell(e.staffName));
    }
}

void IncidentView::fillAffected(Database &db, const Incident &i, const LocalTime &local)
{
    auto orders = AffectedOrders(db).orders(i);
    if (!orders)
        return showError(this, tr("Incidents"), orders.error());
    m_affectedOrders = std::move(*orders);
    const auto customers = AffectedOrders::customers(m_affectedOrders);
    const auto open = std::count_if(m_affectedOrders.begin(), m_affectedOrders.end(),
                                    [](const AffectedOrder &o) { return !o.closed; });
    m_affectedNote->setText(
        i.scope.isEmpty()
            ? tr("No scope stated: the incident touches no order. Set its scope to find the "
                 "orders and customers.")
            : tr("%1 orders touched (%2 still open), %3 customers.")
                  .arg(m_affectedOrders.size())
                  .arg(open)
                  .arg(customers.size()));
    m_affected->setRowCount(int(m_affectedOrders.size()));
    for (int row = 0; row < int(m_affectedOrders.size()); ++row) {
        const AffectedOrder &o = m_affectedOrders[std::size_t(row)];
        m_affected->setItem(row, 0, cell(o.orderNo));
        m_affected->setItem(row, 1, cell(DateText::of(local.localDateTime(o.receivedAt))));
        m_affected->setItem(row, 2, cell(o.product));
        m_affected->setItem(row, 3, cell(o.customerName));
        m_affected->setItem(row, 4, cell(o.phone));
        m_affected->setItem(row, 5, cell(o.closed ? tr("Closed") : tr("Open")));
    }
    m_tabs->setTabText(2, tr("Affected (%1)").arg(m_affectedOrders.size()));
}

void IncidentView::fillCalls(Database &db, const Incident &i, const LocalTime &local)
{
    IncidentContacts contacts(db);
    auto calls = contacts.ofIncident(i.id);
    auto tally = contacts.tally(i.id);
    if (!calls || !tally)
        return showError(this, tr("Incidents"), !calls ? calls.error() : tally.error());
    m_calls->setRowCount(int(calls->size()));
    for (int row = 0; row < int(calls->size()); ++row) {
        const IncidentCall &c = (*calls)[std::size_t(row)];
        m_calls->setItem(row, 0, cell(c.customerName));
        m_calls->setItem(row, 1, cell(c.phone));
        m_calls->setItem(row, 2, cell(c.orderNo));
        m_calls->setItem(row, 3, cell(IncidentNames::label(c.status)));
        m_calls->setItem(row, 4, cell(QString::number(c.attempts)));
        m_calls->setItem(
            row, 5, cell(c.calledAt ? DateText::of(local.localDateTime(*c.calledAt)) : QString()));
        m_calls->setItem(row, 6, cell(c.note));
    }
    if (i.drill)
        m_callsNote->setText(tr("A drill calls nobody: its affected customers are counted, "
                                "never listed to call."));
    else if (tally->listed == 0)
        m_callsNote->setText(tr("No callback list yet: Call the Affected Customers puts them "
                                "on the Surveys page's incident calls."));
    else
        m_callsNote->setText(tr("%1 listed: %2 reached, %3 refused, %4 unreachable after "
                                "three attempts, %5 still to call.")
                                 .arg(tally->listed)
                                 .arg(tally->reached)
                                 .arg(tally->refused)
                                 .arg(tally->unreachable)
                                 .arg(tally->pending));
    m_tabs->setTabText(3, tally->listed ? tr("Calls (%1/%2)").arg(tally->reached).arg(tally->listed)
                                        : tr("Calls"));
}

void IncidentView::fillActions(Database &db, const Incident &i)
{
    inspection::ActionFilter filter;
    filter.branchId = i.branchId;
    filter.incidentId = i.id;
    auto actions = inspection::ActionRepository(db).list(filter);
    if (!actions)
        return showError(this, tr("Incidents"), actions.error());
    m_actions->setRowCount(int(actions->size()));
    for (int row = 0; row < int(actions->size()); ++row) {
        const inspection::ActionListRow &a = (*actions)[std::size_t(row)];
        m_actions->setItem(row, 0, cell(a.action.description));
        m_actions->setItem(row, 1, cell(a.ownerName));
        m_actions->setItem(row, 2, cell(DateText::of(a.action.due)));
        m_actions->setItem(row, 3, cell(inspection::ActionNames::label(a.action.status)));
    }
    m_tabs->setTabText(4,
                       actions->empty() ? tr("Actions") : tr("Actions (%1)").arg(actions->size()));
}

} // namespace servicelens::ui
