// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartViews.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace servicelens::ui::charts {

QChartView *makeView(QWidget *parent, const QString &objectName, int minimumHeight)
{
    auto *chart = new QChart;
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

} // namespace servicelens::ui::charts
