// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

// Did this training change results? For N = 30, 60 or 90 days: each measure before and after
// for the attendees, beside the same for colleagues who did not attend, with sample sizes and
// whether the change is beyond chance, and a chart of before and after for both groups; and the
// competencies the course builds as the 360-degree reviews before and after it rated them.
class TrainingEffectDialog final : public QDialog {
    Q_OBJECT

public:
    TrainingEffectDialog(WorkbookContext &context, qint64 sessionId, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QTableWidget *ratingsTable() const { return m_ratings; }

private:
    void refresh();
    // The 360-degree review cycles around the session, with their ratings as the outcome.
    void refreshRatings();

    WorkbookContext &m_context;
    qint64 m_session;
    QComboBox *m_days;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_ratingsSummary;
    QTableWidget *m_ratings;
    QChartView *m_chart;
};

} // namespace servicelens::ui
