// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QChart;
class QChartView;
class QWidget;

namespace servicelens::ui::charts {

// A chart view made with its chart, which it owns for its whole life. (QChartView's own
// constructor makes a chart too, and setChart() then only releases that one, so a view given a
// chart later leaks the first.) Antialiased, small margins, legend below.
QChartView *makeView(QWidget *parent, const QString &objectName, int minimumHeight);

// Empties the view's chart for new series (axes too) and sets its title; returns the chart.
QChart *reset(QChartView *view, const QString &title);

} // namespace servicelens::ui::charts
