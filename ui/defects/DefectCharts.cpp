// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefectCharts.h"

#include "widgets/ChartViews.h"
#include "widgets/DateText.h"
#include "widgets/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace servicelens::ui {

namespace {

QDate dateOf(int month)
{
    return QDate(month / 100, month % 100, 1);
}

// The value shown: a u-chart's rate per 1,000 units; a p-chart's share as a percentage.
double shown(kpi::ChartKind kind, double v)
{
    return kind == kpi::ChartKind::U ? v : v * 100;
}

} // namespace

QChartView *DefectCharts::makeControlView(QWidget *parent)
{
    return charts::makeView(parent, QStringLiteral("defectControlChart"), 260);
}

QChartView *DefectCharts::makeParetoView(QWidget *parent)
{
    return charts::makeView(parent, QStringLiteral("defectParetoChart"), 220);
}

void DefectCharts::clear(QChartView *view, const QString &title)
{
    charts::reset(view, title);
}

void DefectCharts::showControl(QChartView *view, const kpi::DefectModel &model,
                               const kpi::DefectFault *fault, Axis axis,
                               const std::vector<kpi::DefectModel> &all)
{
    const std::vector<kpi::ChartMonth> &all24 = fault ? fault->series : model.series;
    // The months before the workbook's first repair of the model say nothing: left out.
    auto start = std::find_if(all24.begin(), all24.end(),
                              [](const kpi::ChartMonth &m) { return m.count > 0 || m.rate; });
    if (start == all24.end())
        start = all24.end() - 1;
    const std::vector<kpi::ChartMonth> series(start, all24.end());
    const bool u = model.kind == kpi::ChartKind::U;
    const QString what = fault ? tr("%1, fault %2").arg(model.model, fault->code) : model.model;
    QChart *chart =
        charts::reset(view, u ? tr("%1: repairs per 1,000 units, against the year before").arg(what)
                              : tr("%1: share of its category, against the year before").arg(what));
    const bool inService = axis == Axis::InService && model.monthsInService;
    // x: the month's position (calendar) or the model's age in months (in service).
    const int last = int(series.size()) - 1;
    const auto xOf = [&](int i) {
        return inService ? double(*model.monthsInService - (last - i)) : double(i);
    };
    auto *rate = new QLineSeries(chart);
    rate->setName(u ? tr("Per 1,000 units") : tr("Share (%)"));
    QPen ratePen(palette::received);
    ratePen.setWidthF(2.2);
    rate->setPen(ratePen);
    rate->setPointsVisible(true);
    auto *centre = new QLineSeries(chart);
    centre->setName(tr("Centre"));
    QPen centrePen(palette::target);
    centrePen.setStyle(Qt::DashLine);
    centre->setPen(centrePen);
    auto *upper = new QLineSeries(chart);
    upper->setName(tr("Upper limit (3σ)"));
    QPen upperPen(palette::problem);
    upperPen.setStyle(Qt::DotLine);
    upperPen.setWidthF(1.6);
    upper->setPen(upperPen);
    auto *signalled = new QScatterSeries(chart);
    signalled->setName(tr("Signal"));
    signalled->setColor(palette::problem);
    signalled->setBorderColor(palette::problem);
    signalled->setMarkerSize(11);
    double high = 0;
    double xLow = xOf(0), xHigh = xOf(last);
    for (int i = 0; i <= last; ++i) {
        const kpi::ChartMonth &m = series[std::size_t(i)];
        const double x = xOf(i);
        if (m.rate) {
            rate->append(x, shown(model.kind, *m.rate));
            high = std::max(high, shown(model.kind, *m.rate));
            if (m.signalled())
                signalled->append(x, shown(model.kind, *m.rate));
        }
        if (m.centre)
            centre->append(x, shown(model.kind, *m.centre));
        if (m.upper) {
            upper->append(x, shown(model.kind, *m.upper));
            high = std::max(high, shown(model.kind, *m.upper));
        }
    }
    // Its elders at the same ages, quietly, when the axis is the age.
    if (inService && !fault)
        for (const kpi::DefectModel &other : all) {
            if (other.model == model.model || other.category != model.category ||
                other.kind != model.kind || !other.monthsInService)
                continue;
            auto *line = new QLineSeries(chart);
            line->setName(other.model);
            QPen pen(palette::reference);
            pen.setWidthF(1.2);
            line->setPen(pen);
            const int otherLast = int(other.series.size()) - 1;
            for (int i = 0; i <= otherLast; ++i)
                if (const auto r = other.series[std::size_t(i)].rate) {
                    const double age = double(*other.monthsInService - (otherLast - i));
                    line->append(age, shown(model.kind, *r));
                    high = std::max(high, shown(model.kind, *r));
                    xLow = std::min(xLow, age);
                    xHigh = std::max(xHigh, age);
                }
            chart->addSeries(line);
        }
    chart->addSeries(upper);
    chart->addSeries(centre);
    chart->addSeries(rate);
    chart->addSeries(signalled);

    QAbstractAxis *x = nullptr;
    if (inService) {
        auto *age = charts::valueAxis(xLow, xHigh, QStringLiteral("%.0f"));
        age->setTitleText(tr("Months in service"));
        x = age;
    } else {
        std::vector<QDate> months;
        for (const kpi::ChartMonth &m : series)
            months.push_back(dateOf(m.month));
        x = charts::categoryAxis(charts::monthLabels(months));
    }
    QValueAxis *y = charts::valueAxis(0, high > 0 ? high * 1.15 : 1,
                                      u ? QStringLiteral("%.1f") : QStringLiteral("%.0f %%"));
    y->applyNiceNumbers();
    charts::attachAxes(chart, x, y);
}

void DefectCharts::showPareto(QChartView *view, const kpi::DefectModel &model)
{
    QChart *chart =
        charts::reset(view, tr("%1 in %2: repairs by fault code")
                                .arg(model.model, DateText::month(dateOf(model.month().month))));
    auto *bars = new QBarSet(tr("Repairs"), chart);
    bars->setColor(palette::received);
    QStringList labels;
    long long total = model.withoutCode;
    for (const kpi::DefectFault &f : model.faults)
        total += f.n;
    auto *cumulative = new QLineSeries(chart);
    cumulative->setName(tr("Cumulative share (%)"));
    QPen pen(palette::target);
    pen.setWidthF(1.6);
    cumulative->setPen(pen);
    cumulative->setPointsVisible(true);
    long long sum = 0;
    int i = 0;
    for (const kpi::DefectFault &f : model.faults) {
        bars->append(double(f.n));
        // The code alone fits under a bar; the list above and the chart's box name it.
        labels << f.code;
        sum += f.n;
        cumulative->append(i++, total > 0 ? 100.0 * double(sum) / double(total) : 0);
    }
    // Repairs without a code: unknown, shown apart at the end, never as a code.
    if (model.withoutCode > 0) {
        bars->append(double(model.withoutCode));
        labels << tr("No code");
        sum += model.withoutCode;
        cumulative->append(i++, total > 0 ? 100.0 * double(sum) / double(total) : 0);
    }
    auto *series = new QBarSeries(chart);
    series->append(bars);
    chart->addSeries(series);
    chart->addSeries(cumulative);
    auto *x = new QBarCategoryAxis(chart);
    x->append(labels);
    // Every code readable under the bars, however many.
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    const double most =
        model.faults.empty()
            ? double(model.withoutCode)
            : double(std::max<long long>(model.faults.front().n, model.withoutCode));
    QValueAxis *count = charts::valueAxis(0, std::max(1.0, most * 1.1), QStringLiteral("%.0f"));
    count->applyNiceNumbers();
    chart->addAxis(count, Qt::AlignLeft);
    QValueAxis *share = charts::valueAxis(0, 100, QStringLiteral("%.0f %%"));
    chart->addAxis(share, Qt::AlignRight);
    series->attachAxis(x);
    series->attachAxis(count);
    cumulative->attachAxis(x);
    cumulative->attachAxis(share);
    charts::followTheme(chart);
}

} // namespace servicelens::ui
