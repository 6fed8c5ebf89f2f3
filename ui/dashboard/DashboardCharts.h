// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/DashboardData.h"

#include <QWidget>

#include <functional>

class QChartView;

namespace servicelens::ui {

// Draws the dashboard's numbers (computed in core) with Qt Charts: a thin adapter, and the
// only file of the dashboard that includes Qt Charts, so a port away from it touches one place.
// Every chart reports clicks as "this month, orders received" or "closed" so the page can open
// the orders behind the point.
class DashboardCharts final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    void show(const kpi::DashboardData &data);

signals:
    void receivedClicked(QDate month);
    void closedClicked(QDate month);
    void complaintsClicked(QDate month);
    void slaClicked(QDate month);
    void firstTimeFixClicked(QDate month);
    // A bar of the backlog by age: 0-1, 2-3, 4-7, > 7 working days.
    void backlogClicked(int bucket);

private:
    QChartView *m_volume;
    QChartView *m_resolution;
    QChartView *m_rates;
    QChartView *m_complaints;
    QChartView *m_dwell;
    QChartView *m_backlog;
    std::vector<QDate> m_months;
};

} // namespace servicelens::ui
