// SPDX-License-Identifier: GPL-3.0-or-later
// The network report's own sections (report --all-branches): the branches side by side with
// their funnel standing, then an appendix of each branch's figures.
#include "ReportDocument.h"

#include "kpi/KpiCatalogue.h"
#include "report/ReportFormat.h"
#include "widgets/Palette.h"

namespace servicelens::ui {

using report::ReportBranchRow;
using report::ReportFormat;

void ReportDocument::networkLayout()
{
    summary();
    branchesSideBySide();
    appendix();
}

void ReportDocument::branchesSideBySide()
{
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "2. Branches side by side")));
    if (m_report.provisional)
        m_flow.paragraph(m_tx(QT_TRANSLATE_NOOP(
            "Report", "Provisional: the data of some branches does not reach the end of the "
                      "month yet (their “data until” is marked), so these figures may change.")));
    PageFlow::Table t;
    const auto kpiLabel = [this](const char *key) {
        return m_tx.translate("Kpi", kpi::KpiCatalogue::at(key).label);
    };
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Branch")), 2.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Data until")), 1.7},
                 {kpiLabel("orders.received"), 1, true},
                 {kpiLabel("orders.closed"), 1, true}};
    for (const QString &label : m_report.rateLabels)
        t.columns.push_back({label, 1.25, true});
    for (const ReportBranchRow &b : m_report.branches) {
        QStringList cells = {b.code + QLatin1Char(' ') + b.name,
                             b.dataUntil ? b.dataUntil->toString(Qt::ISODate) +
                                               (b.complete ? QString() : QStringLiteral(" *"))
                                         : m_tx(QT_TRANSLATE_NOOP("Report", "no pack")),
                             QString::number(b.received), QString::number(b.closed)};
        for (std::size_t i = 0; i < b.rates.size(); ++i)
            cells << ReportFormat::rate(b.rates[i]) + (b.beyond[i] > 0   ? QStringLiteral(" ▲")
                                                       : b.beyond[i] < 0 ? QStringLiteral(" ▼")
                                                                         : QString());
        t.rows.push_back(cells);
    }
    QStringList pooled = {m_tx(QT_TRANSLATE_NOOP("Report", "Network (all branches)")), QString(),
                          QString::number(m_report.kpis.orders.received),
                          QString::number(m_report.kpis.orders.closed)};
    for (const std::optional<double> &rate : m_report.pooledRates)
        pooled << ReportFormat::rate(rate);
    t.rows.push_back(pooled);
    t.ink = [this](std::size_t row, std::size_t column) {
        if (row >= m_report.branches.size() || column < 4)
            return QColor();
        const std::size_t i = column - 4;
        const int beyond = m_report.branches[row].beyond[i];
        if (beyond == 0)
            return QColor();
        const bool good = (beyond > 0) == (m_report.rateBetter[i] == kpi::Better::Higher);
        return good ? palette::met : palette::problem;
    };
    m_flow.table(t);
    m_flow.note(m_tx(QT_TRANSLATE_NOOP(
        "Report", "Figures of all branches are computed over all their orders, each branch's in "
                  "its own time zone. ▲/▼: beyond the 99.8 % funnel limits around the network's "
                  "rate for that branch's number of orders; inside them a difference is not "
                  "called one. * the branch's data stops before the month's end.")));
}

void ReportDocument::appendix()
{
    int n = 0;
    for (const report::MonthlyReport &b : m_report.appendix) {
        m_flow.newPage();
        m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "Appendix %1. %2 (%3)"))
                           .arg(++n)
                           .arg(b.branchName, b.branchCode));
        figureTable(b.figures);
    }
}

} // namespace servicelens::ui
