// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/Kpi.h"
#include "kpi/ScorecardExtras.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace servicelens::ui {

class ReviewsView;
class TrainingMatrixView;

class WorkbookContext;

// Team & training. It opens on the scorecard: every technician of the period with the
// measures of KPI.md and more, sortable, small samples greyed so nobody is ranked on three
// surveys, and each team's figures below; then the staff list and form, the training sessions
// with their assessment gains, and the training matrix.
class TeamPage final : public QWidget {
    Q_OBJECT

public:
    explicit TeamPage(WorkbookContext &context, QWidget *parent = nullptr);

    QTableWidget *scorecard() const { return m_scorecard; }
    QTableWidget *staffTable() const { return m_staff; }
    QTableWidget *matrix() const;
    TrainingMatrixView *matrixView() const { return m_matrix; }
    ReviewsView *reviews() const { return m_reviews; }

public slots:
    void refresh();

private:
    void refreshScorecard();
    void refreshStaff();
    void refreshTraining();
    void fillFigures(QTableWidget *table, const std::vector<kpi::TechnicianKpis> &rows, bool people,
                     const std::map<QString, kpi::ScorecardExtra> &extras);
    void editStaff(bool create);

    WorkbookContext &m_context;
    std::vector<qint64> m_staffIds;
    std::vector<kpi::TechnicianKpis> m_periodFigures; // the scorecard's rows
    QDate m_periodEnd;
    QTabWidget *m_tabs;
    ReviewsView *m_reviews;
    QComboBox *m_period;
    QLabel *m_periodLabel;
    QTableWidget *m_scorecard;
    QTableWidget *m_teams;
    QTableWidget *m_staff;
    QTableWidget *m_sessions;
    TrainingMatrixView *m_matrix;
};

} // namespace servicelens::ui
