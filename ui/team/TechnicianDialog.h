// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/Kpi.h"

#include <QDate>
#include <QDialog>

class QChartView;
class QComboBox;
class QLabel;

namespace servicelens::ui {

class WorkbookContext;

// One technician on one page: a measure's twelve months beside their team's and the branch's,
// where they stand among all technicians of the period (the distribution, their bar marked),
// and the trainings they attended.
class TechnicianDialog final : public QDialog {
    Q_OBJECT

public:
    TechnicianDialog(WorkbookContext &context, QString code,
                     std::vector<kpi::TechnicianKpis> period, QDate lastMonth,
                     QWidget *parent = nullptr);

    // For tests: the value of the measure shown, per month (nullopt: no data).
    const std::vector<std::optional<double>> &trend() const { return m_trendValues; }
    void showMeasure(int index);

private:
    void load();

    WorkbookContext &m_context;
    QString m_code;
    QString m_name; // the code when the staff list has no name
    std::vector<kpi::TechnicianKpis> m_period;
    QDate m_lastMonth;
    std::vector<kpi::MonthKpis> m_months;
    std::vector<std::optional<double>> m_trendValues;
    QComboBox *m_measure;
    QLabel *m_trainings;
    QChartView *m_trend;
    QChartView *m_distribution;
};

} // namespace servicelens::ui
