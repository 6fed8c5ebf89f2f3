// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartViews.h"
#include "Palette.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace servicelens::ui::charts {

QChartView *makeView(QWidget *parent, const QString &objectName, int minimumHeight)
{
    auto *chart = new QChart;
    // A dark desktop gets dark charts: a white card on a dark window glares.
    if (palette::isDark())
        chart->setTheme(QChart::ChartThemeDark);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    return view;
}

QChart *reset(QChartView *view, const QString &title)
{
    QChart *chart = view->chart();
    chart->removeAllSeries(); // deletes them
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // releases it: ours to delete
        delete axis;
    }
    chart->setTitle(title);
    return chart;
}

QValueAxis *valueAxis(double min, double max, const QString &format)
{
    auto *y = new QValueAxis;
    y->setRange(min, max);
    y->setLabelFormat(format);
    return y;
}

QAbstractAxis *categoryAxis(const QStringList &categories)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false); // "25/12" is worth a little overlap; "25..." says nothing
    return x;
}

QStringList monthLabels(const std::vector<QDate> &months)
{
    QStringList labels;
    const QLocale locale;
    const QString withYear =
        locale.language() == QLocale::Chinese ? QStringLiteral("yy/M") : QStringLiteral("M/yy");
    for (const QDate &m : months)
        labels << (m.month() == 1 || labels.isEmpty() ? locale.toString(m, withYear)
                                                      : QString::number(m.month()));
    return labels;
}

void followTheme(QChart *chart)
{
    if (chart->theme() != QChart::ChartThemeDark)
        return;
    for (QAbstractSeries *s : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s);
            line && line->pen().color() == palette::target) {
            QPen pen = line->pen();
            pen.setColor(palette::targetOnDark);
            line->setPen(pen);
        }
}

void attachAxes(QChart *chart, QAbstractAxis *x, QAbstractAxis *y)
{
    followTheme(chart);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace servicelens::ui::charts
