// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchTrendChart.h"

#include "widgets/ChartViews.h"
#include "widgets/Palette.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace servicelens::ui {

namespace {

// Distinct, quiet line colours for the branches (the network's line is the target colour).
const QColor &branchColour(std::size_t i)
{
    static const QColor colours[] = {palette::received, palette::firstTimeFix, palette::resolution,
                                     palette::open,     palette::met,          palette::closed};
    return colours[i % std::size(colours)];
}

} // namespace

QChartView *BranchTrendChart::makeView(QWidget *parent)
{
    return charts::makeView(parent, QStringLiteral("branchTrendChart"), 300);
}

void BranchTrendChart::show(QChartView *view, const network::NetworkTrend &trend,
                            const std::set<qint64> &chosenBranches)
{
    // Past a few branches, lines of every branch are a tangle no one can follow: with none
    // chosen, only the network's is drawn, and the title says how to add branches.
    const auto branchLines = static_cast<std::size_t>(std::count_if(
        trend.lines.begin(), trend.lines.end(),
        [](const network::NetworkTrend::Line &l) { return !l.branch.code.isEmpty(); }));
    const bool networkOnly = chosenBranches.empty() && branchLines > maxBranchesUnchosen;
    const QString rate = kpi::KpiCatalogue::label(*trend.kpi);
    QChart *chart = charts::reset(
        view, networkOnly ? tr("%1, month by month: the network (choose branches in the table to "
                               "draw theirs)")
                                .arg(rate)
                          : tr("%1, month by month").arg(rate));
    double low = 1, high = 0;
    std::size_t drawn = 0;
    for (const network::NetworkTrend::Line &line : trend.lines) {
        const bool network = line.branch.code.isEmpty();
        if (!network &&
            (networkOnly || (!chosenBranches.empty() && !chosenBranches.count(line.branch.id))))
            continue;
        auto *series = new QLineSeries(chart);
        series->setName(network ? tr("Network")
                                : line.branch.code + QLatin1Char(' ') + line.branch.name);
        QPen pen(network ? palette::target : branchColour(drawn++));
        pen.setWidthF(network ? 3.0 : 1.6);
        series->setPen(pen);
        series->setPointsVisible(!network);
        for (std::size_t i = 0; i < line.values.size(); ++i)
            if (const auto v = line.values[i]) {
                series->append(static_cast<double>(i), *v * 100);
                low = std::min(low, *v);
                high = std::max(high, *v);
            }
        chart->addSeries(series);
    }
    if (high < low) {
        low = 0;
        high = 1;
    }
    const double span = std::max(0.05, high - low);
    auto *x = charts::categoryAxis(charts::monthLabels(trend.months));
    QValueAxis *y =
        charts::valueAxis(std::max(0.0, low - span * 0.2) * 100,
                          std::min(1.0, high + span * 0.2) * 100, QStringLiteral("%.0f %%"));
    y->applyNiceNumbers();
    charts::attachAxes(chart, x, y);
}

} // namespace servicelens::ui
