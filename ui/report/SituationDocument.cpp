// SPDX-License-Identifier: GPL-3.0-or-later
#include "SituationDocument.h"

#include "ReportPdf.h"
#include "report/ReportFormat.h"
#include "widgets/Palette.h"

#include <QPainter>

namespace servicelens::ui {

using namespace incident;
using report::ReportFormat;

namespace {

const char *const context = "IncidentNames";

} // namespace

SituationDocument::SituationDocument(const report::SituationReport &report)
    : m_report(report)
    , m_tx(report.language)
{
    m_flow.newPage();
    m_flow.title(title());
    m_flow.paragraph(QStringLiteral("%1 · %2").arg(
        m_report.branchName,
        m_tx(QT_TRANSLATE_NOOP("Report", "written %1"))
            .arg(m_report.writtenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
    if (m_report.incident.drill)
        m_flow.lead(m_tx(QT_TRANSLATE_NOOP(
            "Report", "This was a drill, not a real incident: it is kept out of every figure "
                      "and called no customer.")));
    facts();
    stillOpen();
    contacts();
    steps();
    timeline();
    if (!m_report.incident.isOpen()) {
        m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "Lessons learnt")), 60);
        m_flow.paragraph(m_report.incident.lessons);
    }
}

QString SituationDocument::title() const
{
    return QStringLiteral("%1 %2 %3")
        .arg(m_tx(QT_TRANSLATE_NOOP("Report", "Situation report")), m_report.incident.code,
             m_report.incident.title);
}

QString SituationDocument::when(qint64 utc) const
{
    return m_report.wall(utc).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString SituationDocument::names(const char *source) const
{
    return m_tx.translate(context, source);
}

void SituationDocument::facts()
{
    const Incident &i = m_report.incident;
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "What happened")), 120);
    PageFlow::Table t;
    t.columns = {{QString(), 1.2}, {QString(), 3.8}};
    const QString dash = ReportFormat::dash();
    const qint64 end = i.closedAt.value_or(m_report.now);
    const qint64 hours = (end - i.openedAt) / 3600;
    // Up to two days in hours, then in days.
    const QString lasted = hours < 48
                               ? m_tx(QT_TRANSLATE_NOOP("Report", "%1 hours")).arg(hours)
                               : m_tx(QT_TRANSLATE_NOOP("Report", "%1 days")).arg(hours / 24);
    t.rows = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "Scenario")),
         names(IncidentNames::labelSource(i.scenario))},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Severity")),
         names(IncidentNames::labelSource(i.severity))},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Opened")), when(i.openedAt)},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Status")),
         i.closedAt ? m_tx(QT_TRANSLATE_NOOP("Report", "closed %1, after %2"))
                          .arg(when(*i.closedAt), lasted)
                    : m_tx(QT_TRANSLATE_NOOP("Report", "open for %1")).arg(lasted)},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Led by")),
         m_report.leadName.isEmpty() ? dash : m_report.leadName},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Contingency plan")),
         m_report.planName.isEmpty() ? dash : m_report.planName},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Scope")),
         m_report.scope.isEmpty() ? m_tx(QT_TRANSLATE_NOOP("Report", "none stated"))
                                  : m_report.scope},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Orders touched")),
         m_tx(QT_TRANSLATE_NOOP("Report", "%1 (%2 still open), of %3 customers"))
             .arg(m_report.affectedOrders)
             .arg(m_report.affectedOpenOrders)
             .arg(m_report.affectedCustomers)},
    };
    m_flow.table(t);
    if (!i.description.isEmpty())
        m_flow.paragraph(i.description);
}

void SituationDocument::stillOpen()
{
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "What is still open")), 80);
    const int steps = m_report.stepsOpen();
    const int actions = m_report.actionsOpen();
    const int calls = m_report.calls.pending;
    if (steps == 0 && actions == 0 && calls == 0) {
        m_flow.paragraph(m_tx(QT_TRANSLATE_NOOP(
            "Report", "Nothing: every step is done, every action finished and every listed "
                      "customer called.")));
    } else {
        m_flow.paragraph(
            m_tx(QT_TRANSLATE_NOOP("Report", "%1 steps of the plan, %2 corrective actions, %3 "
                                             "customers still to call."))
                .arg(steps)
                .arg(actions)
                .arg(calls));
    }
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Corrective action")), 3.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Owner")), 1.0},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Due")), 1.0},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Status")), 1.0}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No corrective action was raised."));
    const QDate today = m_report.writtenAt.date();
    for (const inspection::ActionListRow &a : m_report.actions)
        t.rows.push_back({a.action.description,
                          a.ownerName.isEmpty() ? ReportFormat::dash() : a.ownerName,
                          a.action.due.toString(Qt::ISODate), m_tx.translate("ActionNames", [&] {
                              switch (a.action.status) {
                              case inspection::ActionStatus::Open:
                                  return "Open";
                              case inspection::ActionStatus::InProgress:
                                  return "In progress";
                              case inspection::ActionStatus::Done:
                                  return "Done";
                              case inspection::ActionStatus::Verified:
                                  break;
                              }
                              return "Verified";
                          }())});
    t.ink = [this, today](std::size_t row, std::size_t) {
        return m_report.actions[row].action.overdueOn(today) ? palette::problem : QColor();
    };
    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Corrective actions")));
    m_flow.table(t);
}

void SituationDocument::contacts()
{
    const ContactTally &c = m_report.calls;
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "Who was contacted")), 80);
    if (m_report.incident.drill)
        m_flow.paragraph(m_tx(QT_TRANSLATE_NOOP("Report", "A drill calls no customer.")));
    else if (c.listed == 0)
        m_flow.paragraph(
            m_tx(QT_TRANSLATE_NOOP("Report", "No callback list was drawn: no customer was "
                                             "called about this incident.")));
    else
        m_flow.paragraph(
            m_tx(QT_TRANSLATE_NOOP("Report", "%1 customers listed: %2 reached, %3 refused, %4 "
                                             "unreachable after three attempts, %5 still to "
                                             "call."))
                .arg(c.listed)
                .arg(c.reached)
                .arg(c.refused)
                .arg(c.unreachable)
                .arg(c.pending));
    // The customers who need more than a call: those who refused, or could not be reached.
    std::vector<const IncidentCall *> attention;
    for (const IncidentCall &k : m_report.contacts)
        if (k.status == ContactStatus::Refused ||
            (k.status == ContactStatus::NoAnswer && k.attempts >= IncidentContacts::maxAttempts))
            attention.push_back(&k);
    if (attention.empty())
        return;
    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Refused, or not reached after three "
                                                       "attempts")));
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Customer")), 1.3},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Phone")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Order")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Call")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Attempts")), 0.7, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Last call")), 1.3}};
    for (const IncidentCall *k : attention)
        t.rows.push_back({k->customerName, k->phone, k->orderNo,
                          names(IncidentNames::labelSource(k->status)),
                          QString::number(k->attempts),
                          k->calledAt ? when(*k->calledAt) : ReportFormat::dash()});
    m_flow.table(t);
}

void SituationDocument::steps()
{
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "The plan's steps")), 80);
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Step")), 3.0},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Owner")), 1.0},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Due")), 1.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Done")), 1.2}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "The incident was opened without a plan."));
    for (const IncidentStep &s : m_report.steps)
        t.rows.push_back({QStringLiteral("%1. %2").arg(s.position).arg(s.text),
                          s.ownerName.isEmpty() ? ReportFormat::dash() : s.ownerName, when(s.dueAt),
                          s.doneAt ? when(*s.doneAt) : ReportFormat::dash()});
    const bool open = m_report.incident.isOpen();
    t.ink = [this, open](std::size_t row, std::size_t) {
        return open && m_report.steps[row].overdueAt(m_report.now) ? palette::problem : QColor();
    };
    m_flow.table(t);
}

void SituationDocument::timeline()
{
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "Timeline")), 80);
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "When")), 1.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "What")), 4.0},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "By")), 0.9}};
    const auto translate = [this](const char *source) {
        return names(source);
    };
    for (const IncidentEvent &e : m_report.timeline)
        t.rows.push_back({when(e.at), IncidentNames::describe(e, translate),
                          e.staffName.isEmpty() ? ReportFormat::dash() : e.staffName});
    m_flow.table(t);
}

Status SituationDocument::writePdf(const report::SituationReport &report, const QString &path)
{
    const SituationDocument document(report);
    return ReportPdf::writePages({document.title(), document.pageCount(),
                                  [&document](QPainter &p, int page) {
                                      document.paintPage(p, page);
                                  }},
                                 path);
}

void SituationDocument::paintPage(QPainter &p, int index) const
{
    p.save();
    m_flow.paint(p, index);
    m_flow.paintFrame(
        p,
        QStringLiteral("%1 · %2").arg(m_report.branchName,
                                      m_tx(QT_TRANSLATE_NOOP("Report", "Situation report"))),
        m_report.incident.code,
        m_tx(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")).arg(index + 1).arg(pageCount()));
    p.restore();
}

} // namespace servicelens::ui
