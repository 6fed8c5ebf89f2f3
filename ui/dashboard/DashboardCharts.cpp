// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardCharts.h"
#include "widgets/ChartViews.h"
#include "widgets/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace servicelens::ui {

namespace {

QChartView *makeView(QWidget *parent, const QString &name)
{
    return charts::makeView(parent, name, 230);
}
using charts::reset;

QStringList monthLabels(const std::vector<kpi::MonthKpis> &trend)
{
    std::vector<QDate> months;
    for (const kpi::MonthKpis &m : trend)
        months.push_back(m.month);
    return charts::monthLabels(months);
}

QLineSeries *line(const QString &name, const QColor &colour, bool dashed = false)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(2.0);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointsVisible(!dashed);
    return series;
}

// Categories on x (the months), values on y from 0.
void attachAxes(QChart *chart, const QStringList &categories, double maxY, const QString &format)
{
    auto *x = charts::categoryAxis(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    // Nothing to show still draws a readable axis (0 to 5), not "0 0 0 0 1".
    auto *y = charts::valueAxis(0, maxY > 0 ? maxY * 1.15 : 5, format);
    y->applyNiceNumbers();
    y->setLabelsFont(small);
    charts::attachAxes(chart, x, y);
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent)
    , m_volume(makeView(this, QStringLiteral("volumeChart")))
    , m_resolution(makeView(this, QStringLiteral("resolutionChart")))
    , m_rates(makeView(this, QStringLiteral("ratesChart")))
    , m_complaints(makeView(this, QStringLiteral("complaintChart")))
    , m_dwell(makeView(this, QStringLiteral("dwellChart")))
    , m_backlog(makeView(this, QStringLiteral("backlogChart")))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    // Two charts a row: twelve month labels need the width.
    grid->addWidget(m_volume, 0, 0);
    grid->addWidget(m_resolution, 0, 1);
    grid->addWidget(m_rates, 1, 0);
    grid->addWidget(m_complaints, 1, 1);
    grid->addWidget(m_dwell, 2, 0);
    grid->addWidget(m_backlog, 2, 1);
}

void DashboardCharts::show(const kpi::DashboardData &data)
{
    const auto &trend = data.trend;
    m_months.clear();
    for (const kpi::MonthKpis &m : trend)
        m_months.push_back(m.month);
    const QStringList labels = monthLabels(trend);
    const QLocale locale;
    auto monthAt = [this](double x) {
        const int i =
            std::clamp(static_cast<int>(std::lround(x)), 0, static_cast<int>(m_months.size()) - 1);
        return m_months.empty() ? QDate() : m_months[static_cast<std::size_t>(i)];
    };

    // Volume: received and closed per month.
    {
        const kpi::OrderKpis &now = data.month.orders;
        QChart *chart = reset(
            m_volume, tr("Orders: %L1 received, %L2 closed").arg(now.received).arg(now.closed));
        auto *in = new QBarSet(tr("Received"));
        auto *out = new QBarSet(tr("Closed"));
        in->setColor(palette::received);
        out->setColor(palette::closed);
        double maxY = 0;
        for (const kpi::MonthKpis &m : trend) {
            *in << m.orders.received;
            *out << m.orders.closed;
            maxY = std::max({maxY, double(m.orders.received), double(m.orders.closed)});
        }
        auto *series = new QBarSeries;
        series->append(in);
        series->append(out);
        chart->addSeries(series);
        attachAxes(chart, labels, maxY, QStringLiteral("%d"));
        connect(in, &QBarSet::clicked, this,
                [this, monthAt](int i) { emit receivedClicked(monthAt(i)); });
        connect(out, &QBarSet::clicked, this,
                [this, monthAt](int i) { emit closedClicked(monthAt(i)); });
    }

    // Mean resolution in working days against its target.
    {
        const auto &mean = data.month.orders.resolutionWdMean;
        const QString title = !mean ? tr("Resolution: no orders closed")
                              : *mean <= data.targets.resolutionWdMean
                                  ? tr("Resolution %1 working days, within the target of %2")
                                        .arg(locale.toString(*mean, 'f', 2),
                                             locale.toString(data.targets.resolutionWdMean))
                                  : tr("Resolution %1 working days, above the target of %2")
                                        .arg(locale.toString(*mean, 'f', 2),
                                             locale.toString(data.targets.resolutionWdMean));
        QChart *chart = reset(m_resolution, title);
        auto *values = line(tr("Mean resolution (working days)"), palette::resolution);
        auto *goal = line(tr("Target"), palette::target, true);
        double maxY = data.targets.resolutionWdMean;
        for (int i = 0; i < static_cast<int>(trend.size()); ++i) {
            if (const auto &v = trend[static_cast<std::size_t>(i)].orders.resolutionWdMean) {
                values->append(i, *v);
                maxY = std::max(maxY, *v);
            }
            goal->append(i, data.targets.resolutionWdMean);
        }
        chart->addSeries(values);
        chart->addSeries(goal);
        attachAxes(chart, labels, maxY, QStringLiteral("%.1f"));
        connect(values, &QLineSeries::clicked, this,
                [this, monthAt](const QPointF &p) { emit closedClicked(monthAt(p.x())); });
    }

    // SLA met and first-time fix, in per cent.
    {
        const auto &s = data.month.orders.slaMetRate;
        QChart *chart = reset(
            m_rates, s ? tr("SLA met %1 %, first-time fix %2 %")
                             .arg(locale.toString(*s * 100, 'f', 1),
                                  locale.toString(
                                      data.month.orders.firstTimeFixRate.value_or(0) * 100, 'f', 1))
                       : tr("SLA met and first-time fix"));
        auto *slaLine = line(tr("SLA met %"), palette::met);
        auto *ftfLine = line(tr("First-time fix %"), palette::firstTimeFix);
        for (int i = 0; i < static_cast<int>(trend.size()); ++i) {
            const kpi::OrderKpis &o = trend[static_cast<std::size_t>(i)].orders;
            if (o.slaMetRate)
                slaLine->append(i, *o.slaMetRate * 100);
            if (o.firstTimeFixRate)
                ftfLine->append(i, *o.firstTimeFixRate * 100);
        }
        chart->addSeries(slaLine);
        chart->addSeries(ftfLine);
        attachAxes(chart, labels, 100 / 1.15, QStringLiteral("%d %%"));
        connect(slaLine, &QLineSeries::clicked, this,
                [this, monthAt](const QPointF &p) { emit slaClicked(monthAt(p.x())); });
        connect(ftfLine, &QLineSeries::clicked, this,
                [this, monthAt](const QPointF &p) { emit firstTimeFixClicked(monthAt(p.x())); });
    }

    // Complaint rate against its target.
    {
        const auto &rate = data.month.orders.complaintRate;
        QChart *chart = reset(
            m_complaints, rate ? tr("Complaints %1 % of orders received (target %2 %)")
                                     .arg(locale.toString(*rate * 100, 'f', 1),
                                          locale.toString(data.targets.complaintRate * 100, 'f', 1))
                               : tr("Complaints: no orders received"));
        auto *values = line(tr("Complaint rate %"), palette::problem);
        auto *goal = line(tr("Target"), palette::target, true);
        double maxY = data.targets.complaintRate * 100;
        for (int i = 0; i < static_cast<int>(trend.size()); ++i) {
            if (const auto &v = trend[static_cast<std::size_t>(i)].orders.complaintRate) {
                values->append(i, *v * 100);
                maxY = std::max(maxY, *v * 100);
            }
            goal->append(i, data.targets.complaintRate * 100);
        }
        chart->addSeries(values);
        chart->addSeries(goal);
        attachAxes(chart, labels, maxY, QStringLiteral("%.1f %%"));
        connect(values, &QLineSeries::clicked, this,
                [this, monthAt](const QPointF &p) { emit complaintsClicked(monthAt(p.x())); });
    }

    // Median dwell per stage, the bottleneck in its own colour.
    {
        const kpi::OrderKpis &o = data.month.orders;
        const QStringList stages = {tr("Analysis"), tr("Solution"), tr("Implementation"),
                                    tr("Follow-up"), tr("Closing")};
        QChart *chart =
            reset(m_dwell,
                  o.bottleneckStage
                      ? tr("Slowest stage: %1 (median %2 h)")
                            .arg(stages[static_cast<int>(*o.bottleneckStage)],
                                 locale.toString(*o.stageDwellHoursMedian[static_cast<std::size_t>(
                                                     *o.bottleneckStage)],
                                                 'f', 1))
                      : tr("Median hours per stage: no data"));
        auto *normal = new QBarSet(tr("Median hours"));
        auto *slowest = new QBarSet(tr("Bottleneck"));
        normal->setColor(palette::received);
        slowest->setColor(palette::bottleneck);
        double maxY = 0;
        // Bottom to top, so the flow reads from the top down as it runs.
        QStringList categories;
        for (int s = kpi::dwellStageCount - 1; s >= 0; --s) {
            const double v = o.stageDwellHoursMedian[static_cast<std::size_t>(s)].value_or(0);
            const bool isBottleneck =
                o.bottleneckStage && static_cast<int>(*o.bottleneckStage) == s;
            *normal << (isBottleneck ? 0 : v);
            *slowest << (isBottleneck ? v : 0);
            maxY = std::max(maxY, v);
            categories << stages[s];
        }
        // Stacked, one of the two is zero: one centred bar per stage, not two thin ones.
        auto *series = new QHorizontalStackedBarSeries;
        series->append(normal);
        series->append(slowest);
        series->setBarWidth(0.7);
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(categories);
        auto *x = new QValueAxis;
        x->setRange(0, maxY > 0 ? maxY * 1.15 : 1);
        x->applyNiceNumbers(); // 0, 15, 30, 45, not 0, 14, 28, 42, 57
        x->setLabelFormat(QStringLiteral("%d"));
        x->setTitleText(tr("Median hours in the stage"));
        QFont titleFont = x->titleFont();
        titleFont.setBold(false);
        titleFont.setPointSizeF(x->labelsFont().pointSizeF());
        x->setTitleFont(titleFont);
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
        const QDate month = data.month.month;
        for (QBarSet *set : {normal, slowest})
            connect(set, &QBarSet::clicked, this,
                    [this, month](int) { emit closedClicked(month); });
    }

    // Backlog at the end of the month by age in working days.
    {
        const auto &ages = data.backlogByAge;
        const qint64 total = ages[0] + ages[1] + ages[2] + ages[3];
        QChart *chart =
            reset(m_backlog,
                  tr("Backlog %L1 orders, %L2 older than 7 working days").arg(total).arg(ages[3]));
        auto *set = new QBarSet(tr("Open orders"));
        set->setColor(palette::closed);
        for (qint64 n : ages)
            *set << n;
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        attachAxes(chart,
                   {tr("0–1 working days"), tr("2–3 working days"), tr("4–7 working days"),
                    tr("over 7 working days")},
                   double(*std::max_element(ages.begin(), ages.end())), QStringLiteral("%d"));
        chart->legend()->hide();
        connect(set, &QBarSet::clicked, this, [this](int bucket) { emit backlogClicked(bucket); });
    }
}

} // namespace servicelens::ui
