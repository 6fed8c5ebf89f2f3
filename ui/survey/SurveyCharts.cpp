// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyCharts.h"
#include "widgets/ChartViews.h"
#include "widgets/Palette.h"

#include "survey/Survey.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace servicelens::ui {

namespace {

QChartView *makeView(QWidget *parent, const QString &name)
{
    return charts::makeView(parent, name, 240);
}
using charts::reset;

QLineSeries *line(const QString &name, const QColor &colour, bool dashed = false)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(colour);
    pen.setWidthF(dashed ? 1.5 : 2.5);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    s->setPen(pen);
    s->setPointsVisible(!dashed);
    return s;
}

} // namespace

SurveyCharts::SurveyCharts(QWidget *parent)
    : QWidget(parent)
    , m_trend(makeView(this, QStringLiteral("surveyTrendChart")))
    , m_profile(makeView(this, QStringLiteral("dimensionChart")))
    , m_overall(makeView(this, QStringLiteral("overallDistributionChart")))
    , m_nps(makeView(this, QStringLiteral("npsDistributionChart")))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_trend, 0, 0);
    grid->addWidget(m_profile, 0, 1);
    grid->addWidget(m_overall, 1, 0);
    grid->addWidget(m_nps, 1, 1);
}

void SurveyCharts::showTrend(const std::vector<kpi::MonthKpis> &months, double csatTarget)
{
    const QLocale locale;
    std::vector<QDate> monthStarts;
    for (const kpi::MonthKpis &m : months)
        monthStarts.push_back(m.month);
    const QStringList labels = charts::monthLabels(monthStarts);
    const kpi::MonthKpis *latest = nullptr;
    for (const kpi::MonthKpis &m : months)
        if (m.surveys.csat)
            latest = &m;
    // CSAT (%) and NPS share the 0-100 axis; NPS can be negative.
    {
        QChart *chart =
            reset(m_trend, latest ? tr("CSAT %1 %, NPS %2 in %3")
                                        .arg(locale.toString(*latest->surveys.csat * 100, 'f', 1),
                                             latest->surveys.nps
                                                 ? locale.toString(*latest->surveys.nps, 'f', 0)
                                                 : QStringLiteral("—"),
                                             locale.toString(latest->month, tr("MMMM yyyy")))
                                  : tr("CSAT and NPS"));
        auto *csat = line(tr("CSAT %"), palette::csat);
        auto *nps = line(tr("NPS"), palette::nps);
        auto *target = line(tr("CSAT target"), palette::target, true);
        double low = 0;
        for (int i = 0; i < static_cast<int>(months.size()); ++i) {
            const kpi::SurveyKpis &s = months[static_cast<std::size_t>(i)].surveys;
            if (s.csat)
                csat->append(i, *s.csat * 100);
            if (s.nps) {
                nps->append(i, *s.nps);
                low = std::min(low, *s.nps);
            }
            target->append(i, csatTarget * 100);
        }
        chart->addSeries(target);
        chart->addSeries(csat);
        chart->addSeries(nps);
        auto *x = charts::categoryAxis(labels);
        charts::attachAxes(chart, x,
                           charts::valueAxis(low < 0 ? -100 : 0, 100, QStringLiteral("%.0f")));
    }
    // Dimensions of the latest month with answers: top-2-box share against the CSAT target,
    // as horizontal bars so every name reads in full.
    {
        QChart *chart = reset(m_profile, tr("Dimensions: share satisfied (4–5), target %1 %")
                                             .arg(locale.toString(csatTarget * 100, 'f', 0)));
        auto *met = new QBarSet(tr("Target met"));
        auto *missed = new QBarSet(tr("Below target"));
        met->setColor(palette::met);
        missed->setColor(palette::problem);
        QStringList names;
        if (latest)
            for (auto it = latest->surveys.dimensions.rbegin();
                 it != latest->surveys.dimensions.rend(); ++it) {
                names << survey::SurveyNames::dimensionLabel(it->code);
                const double v = it->top2 ? *it->top2 * 100 : 0;
                *met << (v >= csatTarget * 100 ? v : 0);
                *missed << (v < csatTarget * 100 ? v : 0);
            }
        auto *series = new QHorizontalStackedBarSeries;
        series->append(met);
        series->append(missed);
        chart->addSeries(series);
        // The target the title names, drawn across the bars.
        auto *target = line(tr("CSAT target"), palette::target, true);
        target->append(csatTarget * 100, -0.5);
        target->append(csatTarget * 100, names.size() - 0.5);
        chart->addSeries(target);
        auto *y = new QBarCategoryAxis;
        y->append(names);
        y->setTruncateLabels(false);
        auto *x = charts::valueAxis(0, 100, QStringLiteral("%.0f %%"));
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        charts::followTheme(chart);
        for (QAbstractSeries *s : chart->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        chart->legend()->hide();
    }
}

void SurveyCharts::showDistribution(const std::vector<survey::ResponseRecord> &records)
{
    std::array<int, 5> overall{};
    std::array<int, 11> nps{};
    for (const survey::ResponseRecord &r : records) {
        if (r.overall && *r.overall >= 1 && *r.overall <= 5)
            ++overall[static_cast<std::size_t>(*r.overall) - 1];
        if (r.nps && *r.nps >= 0 && *r.nps <= 10)
            ++nps[static_cast<std::size_t>(*r.nps)];
    }
    auto bars = [](QChartView *view, const QString &title, const int *counts, int size, int first,
                   auto colourOf) {
        QChart *chart = reset(view, title);
        // Stacked, each answer in one band only: one centred bar per answer, not three thin
        // ones side by side.
        auto *series = new QStackedBarSeries;
        QStringList labels;
        int top = 1;
        // One set per colour band keeps detractors red and promoters green.
        std::map<int, QBarSet *> sets;
        for (int i = 0; i < size; ++i) {
            labels << QString::number(first + i);
            top = std::max(top, counts[i]);
        }
        for (int band = 0; band < 3; ++band) {
            auto *set = new QBarSet(QString());
            set->setColor(band == 0   ? palette::problem
                          : band == 1 ? palette::passive
                                      : palette::met);
            for (int i = 0; i < size; ++i)
                *set << (colourOf(first + i) == band ? counts[i] : 0);
            series->append(set);
        }
        series->setBarWidth(0.9);
        chart->addSeries(series);
        auto *x = charts::categoryAxis(labels);
        auto *y = charts::valueAxis(0, top * 1.15, QStringLiteral("%.0f"));
        y->applyNiceNumbers();
        charts::attachAxes(chart, x, y);
        chart->legend()->hide();
    };
    bars(m_overall, tr("Overall satisfaction (1–5), answers"), overall.data(), 5, 1, [](int v) {
        return v <= 2 ? 0 : v == 3 ? 1 : 2;
    });
    bars(m_nps, tr("Recommendation (0–10): detractors, passives, promoters"), nps.data(), 11, 0,
         [](int v) { return v <= 6   ? 0
                            : v <= 8 ? 1
                                     : 2; });
}

DriverChart::DriverChart(QWidget *parent)
    : QWidget(parent)
    , m_view(makeView(this, QStringLiteral("driverChart")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void DriverChart::show(const std::vector<survey::Driver> &drivers)
{
    // Importance (correlation with overall) against performance (mean score): top left is
    // "important and weak" — fix first.
    const survey::Driver *first = nullptr;
    double meanImportance = 0, meanPerformance = 0;
    int n = 0;
    for (const survey::Driver &d : drivers)
        if (d.importance && d.performance) {
            meanImportance += *d.importance;
            meanPerformance += *d.performance;
            ++n;
        }
    if (n > 0) {
        meanImportance /= n;
        meanPerformance /= n;
    }
    for (const survey::Driver &d : drivers)
        if (d.importance && d.performance && *d.importance >= meanImportance &&
            *d.performance < meanPerformance && (!first || *d.importance > *first->importance))
            first = &d;
    QChart *chart =
        reset(m_view, first ? tr("Fix first: %1 (important, below average)")
                                  .arg(survey::SurveyNames::dimensionLabel(first->dimension))
                            : tr("What drives overall satisfaction"));
    double minP = 5, maxP = 1, minI = 1, maxI = 0;
    for (const survey::Driver &d : drivers) {
        if (!d.importance || !d.performance)
            continue;
        auto *point = new QScatterSeries;
        point->setName(survey::SurveyNames::dimensionLabel(d.dimension));
        point->setMarkerSize(14);
        point->append(*d.performance, *d.importance);
        point->setPointLabelsVisible(true);
        point->setPointLabelsFormat(survey::SurveyNames::dimensionLabel(d.dimension));
        point->setColor(&d == first ? palette::problem : palette::csat);
        chart->addSeries(point);
        minP = std::min(minP, *d.performance);
        maxP = std::max(maxP, *d.performance);
        minI = std::min(minI, *d.importance);
        maxI = std::max(maxI, *d.importance);
    }
    // Nice ticks (3.6, 3.8, 4.0; 0.2, 0.4, 0.6), and the average lines across the whole plot.
    auto *x = charts::valueAxis(std::max(1.0, minP - 0.2), std::min(5.0, maxP + 0.2),
                                QStringLiteral("%.1f"));
    x->applyNiceNumbers();
    x->setTitleText(tr("Performance: mean score (1–5)"));
    auto *y = charts::valueAxis(std::min(0.0, minI - 0.05), std::min(1.0, maxI + 0.05),
                                QStringLiteral("%.1f"));
    y->applyNiceNumbers();
    y->setTitleText(tr("Importance: correlation with overall"));
    auto *vertical = line(QString(), palette::target, true);
    vertical->append(meanPerformance, y->min());
    vertical->append(meanPerformance, y->max());
    auto *horizontal = line(QString(), palette::target, true);
    horizontal->append(x->min(), meanImportance);
    horizontal->append(x->max(), meanImportance);
    chart->addSeries(vertical);
    chart->addSeries(horizontal);
    // Each quadrant says what it means, in its outer corner, as an unmarked point's label.
    const double dx = (x->max() - x->min()) * 0.2;
    const double dy = (y->max() - y->min()) * 0.06;
    const struct {
        double px, py;
        QString text;
    } quadrants[] = {
        {x->min() + dx, y->max() - dy, tr("Important, weak: fix first")},
        {x->max() - dx, y->max() - dy, tr("Important, strong: keep")},
        {x->min() + dx, y->min() + dy, tr("Less important, weak")},
        {x->max() - dx, y->min() + dy, tr("Less important, strong")},
    };
    for (const auto &q : quadrants) {
        auto *corner = new QScatterSeries;
        corner->append(q.px, q.py);
        corner->setMarkerSize(1);
        corner->setColor(Qt::transparent);
        corner->setBorderColor(Qt::transparent);
        corner->setPointLabelsVisible(true);
        corner->setPointLabelsColor(palette::target);
        corner->setPointLabelsFormat(q.text);
        chart->addSeries(corner);
    }
    charts::attachAxes(chart, x, y);
    chart->legend()->hide();
}

} // namespace servicelens::ui
