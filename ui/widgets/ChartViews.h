// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>

#include <vector>

class QAbstractAxis;
class QChart;
class QChartView;
class QValueAxis;
class QWidget;

namespace servicelens::ui::charts {

// A chart view made with its chart, which it owns for its whole life. (QChartView's own
// constructor makes a chart too, and setChart() then only releases that one, so a view given a
// chart later leaks the first.) Antialiased, small margins, legend below.
QChartView *makeView(QWidget *parent, const QString &objectName, int minimumHeight);

// Empties the view's chart for new series (axes too) and sets its title; returns the chart.
QChart *reset(QChartView *view, const QString &title);

// A value axis from `min` to `max` with labels in `format` ("%.0f %%").
QValueAxis *valueAxis(double min, double max, const QString &format);
// Categories along the bottom (month labels), in the given order.
QAbstractAxis *categoryAxis(const QStringList &categories);
// Short month labels for a year of months: the number alone, but the first month and every
// January carry the year ("25/12" in Chinese, "12/25" otherwise), so the axis says which year.
QStringList monthLabels(const std::vector<QDate> &months);
// On a dark chart, target lines in a grey that shows on it (attachAxes does it).
void followTheme(QChart *chart);
// `x` along the bottom and `y` on the left of the chart, every series of it attached to both.
void attachAxes(QChart *chart, QAbstractAxis *x, QAbstractAxis *y);

} // namespace servicelens::ui::charts
