// SPDX-License-Identifier: GPL-3.0-or-later
// The report's product quality and case library section (issue 21): the models whose month
// signals, for R&D; whether the case library helped the month's orders; the fault codes that
// still lack a case.
#include "ReportDocument.h"

#include "report/ReportFormat.h"

namespace servicelens::ui {

using report::ReportFormat;

void ReportDocument::quality()
{
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "7. Product quality and the case library")));
    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Models that signal this month")));
    PageFlow::Table d;
    d.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Model")), 1.9},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Repairs")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Rate")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Centre")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Upper limit")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Signals")), 1.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Fault codes")), 2.2}};
    d.whenEmpty = m_tx(QT_TRANSLATE_NOOP(
        "Report", "No model signals this month (or no model of the product list was repaired)."));
    for (const report::ReportDefect &x : m_report.defects) {
        // Per 1,000 units in the field, or a share of the category's repairs.
        const auto shown = [&x](const std::optional<double> &v) {
            return x.perUnits ? ReportFormat::number(v, 2) : ReportFormat::rate(v);
        };
        d.rows.push_back({x.model, ReportFormat::count(x.repairs), shown(x.rate), shown(x.centre),
                          shown(x.upper), x.alarms.isEmpty() ? QStringLiteral("—") : x.alarms,
                          x.faults});
    }
    m_flow.table(d);
    if (!m_report.defects.empty())
        m_flow.note(m_tx(QT_TRANSLATE_NOOP(
            "Report",
            "Rates per 1,000 units in the field where the installed base is known, "
            "else the model's share of its category's repairs; each month against the "
            "twelve before it (centre, centre + 3σ). The Defects page shows every model.")));

    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Does the case library help?")));
    PageFlow::Table e;
    e.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Fault code")), 1.6},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "With a case")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Resolution, wd")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Without")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Resolution, wd")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "First-time fix with")), 1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Without")), 0.9, true}};
    e.whenEmpty =
        m_tx(QT_TRANSLATE_NOOP("Report", "No order closed this month has a fault code with an "
                                         "approved case."));
    for (const report::ReportCaseEffect &x : m_report.caseEffects)
        e.rows.push_back({x.fault, ReportFormat::count(x.withOrders),
                          ReportFormat::number(x.withDays, 1), ReportFormat::count(x.withoutOrders),
                          ReportFormat::number(x.withoutDays, 1),
                          ReportFormat::rate(x.withFirstTimeFix) +
                              (x.firstTimeFixDiffers ? QStringLiteral(" *") : QString()),
                          ReportFormat::rate(x.withoutFirstTimeFix)});
    m_flow.table(e);
    if (!m_report.caseEffects.empty())
        m_flow.note(m_tx(QT_TRANSLATE_NOOP(
            "Report", "Orders closed this month per fault code with an approved case: those a "
                      "case was used on against the others. * a difference beyond chance "
                      "(two-proportion test, 95 %).")));

    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Fault codes without a case")));
    PageFlow::Table g;
    g.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Fault code")), 2.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Orders")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Working days spent")), 1.2, true}};
    g.whenEmpty = m_tx(QT_TRANSLATE_NOOP(
        "Report", "Every fault code of the month's orders has an approved case."));
    for (const report::ReportCaseGap &x : m_report.caseGaps)
        g.rows.push_back(
            {x.fault, ReportFormat::count(x.orders), ReportFormat::count(x.workingDays)});
    m_flow.table(g);
}

} // namespace servicelens::ui
