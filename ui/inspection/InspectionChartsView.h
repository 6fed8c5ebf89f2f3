// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChartView;
class QComboBox;

namespace servicelens::ui {

class WorkbookContext;

// The inspection charts of a template over the last twelve months: the score trend overall and
// per section against the pass score, the pass rate, the corrective actions open and overdue at
// each month end, and the items most often found failing. Numbers from core
// (InspectionAnalysis); this only draws them.
class InspectionChartsView final : public QWidget {
    Q_OBJECT

public:
    explicit InspectionChartsView(WorkbookContext &context, QWidget *parent = nullptr);

public slots:
    void refresh();

private:
    // The context's workbook or branch changed: everything shown afresh.
    void showWorkbook();
    WorkbookContext &m_context;
    QComboBox *m_template;
    QChartView *m_scores;
    QChartView *m_passRate;
    QChartView *m_actions;
    QChartView *m_failed;
};

} // namespace servicelens::ui
