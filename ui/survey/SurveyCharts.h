// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/Kpi.h"
#include "survey/SurveyAnalysis.h"

#include <QWidget>

class QChartView;

namespace servicelens::ui {

// Draws the survey figures computed in core: CSAT and NPS over twelve months, each dimension's
// top-2-box share against the CSAT target, the distribution of overall and recommendation
// scores, and the key-driver quadrant (importance against performance).
class SurveyCharts final : public QWidget {
    Q_OBJECT

public:
    explicit SurveyCharts(QWidget *parent = nullptr);

    void showTrend(const std::vector<kpi::MonthKpis> &months, double csatTarget);
    void showDistribution(const std::vector<survey::ResponseRecord> &records);

private:
    QChartView *m_trend;
    QChartView *m_profile;
    QChartView *m_overall;
    QChartView *m_nps;
};

// The driver quadrant alone (it has its own tab).
class DriverChart final : public QWidget {
    Q_OBJECT

public:
    explicit DriverChart(QWidget *parent = nullptr);
    void show(const std::vector<survey::Driver> &drivers);

private:
    QChartView *m_view;
};

} // namespace servicelens::ui
