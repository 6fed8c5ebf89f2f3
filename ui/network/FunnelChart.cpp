// SPDX-License-Identifier: GPL-3.0-or-later
#include "FunnelChart.h"

#include "widgets/ChartViews.h"
#include "widgets/Palette.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace servicelens::ui {

QChartView *FunnelChart::makeView(QWidget *parent)
{
    return charts::makeView(parent, QStringLiteral("funnelChart"), 300);
}

void FunnelChart::show(QChartView *view, const network::NetworkMonth &month, std::size_t rateIndex)
{
    const auto rates = network::NetworkFigures::comparedRates();
    if (rateIndex >= rates.size())
        return;
    const kpi::KpiDefinition *kpi = rates[rateIndex];
    QChart *chart = charts::reset(
        view, tr("%1 by branch against its volume").arg(kpi::KpiCatalogue::label(*kpi)));
    const std::optional<double> pooled = kpi->value(month.pooled);
    qint64 largest = 1;
    for (const network::BranchMonth &b : month.branches)
        largest = std::max(largest, b.rates[rateIndex].n);
    const double right = static_cast<double>(largest) * 1.1 + 1;

    auto *inside = new QScatterSeries(chart);
    inside->setName(tr("Branch within the limits"));
    inside->setColor(palette::received);
    auto *better = new QScatterSeries(chart);
    better->setName(tr("Better beyond chance (99.8 %)"));
    better->setColor(palette::met);
    auto *worse = new QScatterSeries(chart);
    worse->setName(tr("Worse beyond chance (99.8 %)"));
    worse->setColor(palette::problem);
    for (QScatterSeries *s : {inside, better, worse})
        s->setMarkerSize(11);
    // Which branch a point is: its name on hover.
    auto names = std::make_shared<std::vector<std::pair<QPointF, QString>>>();
    for (QScatterSeries *s : {inside, better, worse})
        QObject::connect(s, &QScatterSeries::hovered, view, [names](const QPointF &p, bool on) {
            if (!on)
                return QToolTip::hideText();
            const auto nearest =
                std::min_element(names->begin(), names->end(), [&p](const auto &a, const auto &b) {
                    return QLineF(a.first, p).length() < QLineF(b.first, p).length();
                });
            if (nearest != names->end())
                QToolTip::showText(QCursor::pos(), nearest->second);
        });
    double low = 1, high = 0;
    for (const network::BranchMonth &b : month.branches) {
        const network::RateStanding &r = b.rates[rateIndex];
        if (!r.rate)
            continue;
        const double y = *r.rate * 100;
        low = std::min(low, *r.rate);
        high = std::max(high, *r.rate);
        const bool higherIsBetter = kpi->better == kpi::Better::Higher;
        QScatterSeries *into = r.beyond998 == 0                      ? inside
                               : (r.beyond998 > 0) == higherIsBetter ? better
                                                                     : worse;
        into->append(static_cast<double>(r.n), y);
        names->emplace_back(QPointF(static_cast<double>(r.n), y),
                            tr("%1 %2: %3 % of %n order(s)", nullptr, static_cast<int>(r.n))
                                .arg(b.branch.code, b.branch.name, QString::number(y, 'f', 1)));
    }
    for (QScatterSeries *s : {inside, better, worse})
        chart->addSeries(s);

    if (pooled) {
        low = std::min(low, *pooled);
        high = std::max(high, *pooled);
        auto *centre = new QLineSeries(chart);
        centre->setName(
            tr("Network %1").arg(QString::number(*pooled * 100, 'f', 1) + QStringLiteral(" %")));
        centre->setPen(QPen(palette::target, 2));
        centre->append(0, *pooled * 100);
        centre->append(right, *pooled * 100);
        chart->addSeries(centre);
        // The limits, drawn from a volume of a few orders up to the largest branch's.
        const auto limitLine = [&](const QString &name, Qt::PenStyle style, bool upper,
                                   bool outer) {
            auto *line = new QLineSeries(chart);
            line->setName(name);
            line->setPen(QPen(palette::muted, 1.5, style));
            for (int i = 0; i <= 60; ++i) {
                const double n = std::max(3.0, right * std::pow(i / 60.0, 2.0));
                const auto f = stats::funnelLimits(*pooled, static_cast<qint64>(std::lround(n)));
                const double v =
                    outer ? (upper ? f.upper998 : f.lower998) : (upper ? f.upper95 : f.lower95);
                line->append(n, v * 100);
            }
            chart->addSeries(line);
            return line;
        };
        limitLine(tr("95 % limits"), Qt::DashLine, true, false);
        limitLine(QString(), Qt::DashLine, false, false);
        limitLine(tr("99.8 % limits"), Qt::SolidLine, true, true);
        limitLine(QString(), Qt::SolidLine, false, true);
        // Unnamed halves of a pair: one legend entry per pair.
        for (QLegendMarker *m : chart->legend()->markers())
            if (m->label().isEmpty())
                m->setVisible(false);
    }
    if (high < low) { // nothing to draw: the whole scale
        low = 0;
        high = 1;
    }
    // The plot around the points and the network's rate, not the whole 0–100 %.
    const double span = std::max(0.05, high - low);
    const double bottom = std::max(0.0, std::floor((low - span * 0.6) * 20) / 20);
    const double top = std::min(1.0, std::ceil((high + span * 0.6) * 20) / 20);
    auto *x = new QValueAxis(chart);
    x->setRange(0, right);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("Orders the rate counts (n)"));
    x->applyNiceNumbers();
    QValueAxis *y = charts::valueAxis(bottom * 100, top * 100, QStringLiteral("%.0f %%"));
    y->applyNiceNumbers();
    charts::attachAxes(chart, x, y);
    // A kind of point no branch is: no legend entry for it.
    for (QScatterSeries *s : {inside, better, worse})
        if (s->count() == 0)
            for (QLegendMarker *m : chart->legend()->markers(s))
                m->setVisible(false);
}

} // namespace servicelens::ui
