// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survey/CallbackWorkflow.h"
#include "survey/SurveyAnalysis.h"
#include "survey/SurveySettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

class DriverChart;
class IncidentCallsView;
class SurveyCharts;

// The Surveys area. It opens on the callback list (回访清单): who to call next, made due from the
// orders followed up or closed. Then the analysis: figures by month, technician, channel,
// category, product or customer segment with sample sizes and margins of error (differences
// marked only when beyond chance), the key drivers, the themes of the comments, and the charts.
// Beside the survey calls, the calls an open incident asks for (IncidentCallsView).
class SurveysPage final : public QWidget {
    Q_OBJECT

public:
    explicit SurveysPage(WorkbookContext &context, QWidget *parent = nullptr);

    QTableWidget *callbackTable() const { return m_calls; }
    QTableWidget *groupTable() const { return m_groups; }
    void startCalls();
    IncidentCallsView *incidentCalls() const { return m_incidentCalls; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void refresh();

protected:
    // Orders closed elsewhere since the last look are due now: the list is made fresh on show.
    void showEvent(QShowEvent *event) override;

private:
    void refreshCalls();
    void refreshIncidentCalls();
    void refreshAnalysis();
    void showGroups();
    void showThemes();
    void showThemeComments();
    void editSettings();
    void editQuestionnaire();

    WorkbookContext &m_context;
    std::vector<survey::CallbackRow> m_callRows;
    std::vector<survey::ResponseRecord> m_records;
    std::vector<survey::Theme> m_themeRows;
    QTabWidget *m_tabs;
    QLabel *m_callTitle;
    QTableWidget *m_calls;
    QComboBox *m_period;
    QComboBox *m_breakdown;
    QLabel *m_summary;
    QTableWidget *m_groups;
    DriverChart *m_driverChart;
    QTableWidget *m_drivers;
    QCheckBox *m_detractors;
    QListWidget *m_themes;
    QListWidget *m_comments;
    SurveyCharts *m_charts;
    IncidentCallsView *m_incidentCalls;
    QWidget *m_analysisPage = nullptr;
};

} // namespace servicelens::ui
