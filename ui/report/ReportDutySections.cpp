// SPDX-License-Identifier: GPL-3.0-or-later
// The report's section on the branch's own duties (issue 22): its equipment kept fit — the
// maintenance due list at the month's end and the month's breakdowns with the orders that
// waited — and its incidents, drills marked.
#include "ReportDocument.h"

#include "report/ReportFormat.h"
#include "widgets/Palette.h"

namespace servicelens::ui {

using report::ReportFormat;

void ReportDocument::duties()
{
    const LocalTime local = LocalTime::inZone(m_report.timeZone);
    const auto when = [&local](qint64 utc) {
        return local.localDateTime(utc).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "8. Equipment and incidents")));

    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Maintenance due at the month's end")));
    PageFlow::Table d;
    d.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Equipment")), 2.8},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Plan")), 1.4},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Due")), 1.0},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Days overdue")), 0.9, true}};
    d.whenEmpty = m_tx(QT_TRANSLATE_NOOP(
        "Report", "Nothing was overdue at the month's end, nor due in the week after."));
    for (const report::ReportMaintenanceDue &x : m_report.maintenanceDue)
        d.rows.push_back(
            {QStringLiteral("%1 %2").arg(x.equipment, x.name), x.plan, x.due.toString(Qt::ISODate),
             x.overdueDays > 0 ? QString::number(x.overdueDays) : ReportFormat::dash()});
    d.ink = [this](std::size_t row, std::size_t) {
        return m_report.maintenanceDue[row].overdueDays > 0 ? palette::problem : QColor();
    };
    m_flow.table(d);

    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Breakdowns")));
    PageFlow::Table b;
    b.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Equipment")), 1.6},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Down")), 1.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Back")), 1.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Hours down")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Orders waited")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Fault")), 1.8}};
    b.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No equipment was down this month."));
    for (const report::ReportBreakdown &x : m_report.breakdowns)
        b.rows.push_back({QStringLiteral("%1 %2").arg(x.equipment, x.name), when(x.downAt),
                          x.upAt ? when(*x.upAt) : m_tx(QT_TRANSLATE_NOOP("Report", "still down")),
                          ReportFormat::number(x.hoursInMonth, 1),
                          ReportFormat::count(x.ordersWaited), x.fault});
    m_flow.table(b);
    if (!m_report.breakdowns.empty())
        m_flow.note(m_tx(QT_TRANSLATE_NOOP(
            "Report", "Hours down: hours of the calendar's working days within the month. The "
                      "orders that waited had their SLA clock paused as for parts where the "
                      "policy pauses.")));

    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Incidents")));
    PageFlow::Table n;
    n.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Incident no.")), 0.8},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Incident")), 2.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Severity")), 1.0},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Opened")), 1.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Closed on")), 1.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Customers reached")), 0.9, true}};
    n.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No incident this month."));
    for (const report::ReportIncident &x : m_report.incidents)
        n.rows.push_back(
            {x.code,
             QStringLiteral("%1%2 · %3")
                 .arg(x.drill ? m_tx(QT_TRANSLATE_NOOP("Report", "[drill] ")) : QString(), x.title,
                      x.scenario),
             x.severity, when(x.openedAt),
             x.closedAt ? when(*x.closedAt) : m_tx(QT_TRANSLATE_NOOP("Report", "open")),
             x.listed ? QStringLiteral("%1 / %2").arg(x.reached).arg(x.listed)
                      : ReportFormat::dash()});
    n.ink = [this](std::size_t row, std::size_t) {
        return m_report.incidents[row].drill ? palette::print::mutedText : QColor();
    };
    m_flow.table(n);
    if (!m_report.incidents.empty())
        m_flow.note(m_tx(QT_TRANSLATE_NOOP(
            "Report", "Incidents opened in the month or still open during it. Drills are listed "
                      "in grey and counted in no figure; each incident's situation report is on "
                      "the Incidents page.")));
}

} // namespace servicelens::ui
