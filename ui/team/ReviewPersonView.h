// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReviewReport.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// One person of a review cycle (issue 23), below the cycle's results: each competency's others'
// mean beside the previous cycle's and the gap to their own; what the orders and surveys
// measured over the period reviewed; the plan written after this cycle (goals, competency,
// actions, due dates) to edit; the previous cycle's plan, to say how each goal went; and the
// individual report to print.
class ReviewPersonView final : public QWidget {
    Q_OBJECT

public:
    explicit ReviewPersonView(QWidget *parent = nullptr);

    // The person's part of a cycle's data (none: an empty panel).
    void show(Database *db, std::shared_ptr<const report::ReviewCycleData> cycle, qint64 staffId);
    const report::ReviewReport *shown() const { return m_report ? &*m_report : nullptr; }

    // The buttons' work, for tests to drive.
    void addGoal();
    void savePlan();
    void saveReviews();
    QTableWidget *planTable() const { return m_plan; }
    QTableWidget *previousTable() const { return m_previous; }
    QTableWidget *trendTable() const { return m_trend; }
    QLabel *measuredLabel() const { return m_measured; }

private:
    void fill();
    void fillTrend();
    void fillPlan();
    void fillPrevious();
    void printReport();

    Database *m_db = nullptr;
    std::shared_ptr<const report::ReviewCycleData> m_cycle;
    qint64 m_staffId = 0;
    std::optional<report::ReviewReport> m_report;
    QLabel *m_heading;
    QLabel *m_measured;
    QTableWidget *m_trend;
    QTableWidget *m_plan;
    QTableWidget *m_previous;
    QLabel *m_previousLabel;
    std::vector<QPushButton *> m_planButtons;
    QPushButton *m_saveReviews;
    QPushButton *m_print;
};

} // namespace servicelens::ui
