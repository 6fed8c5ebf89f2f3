// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident/Incident.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The branch's contingency plans (应急预案): each scenario's plan with its steps and owners and
// its callback script; new plans, edits, and the suggested plans to start from.
class IncidentPlansView final : public QWidget {
    Q_OBJECT

public:
    explicit IncidentPlansView(QWidget *parent = nullptr);

    void show(Database *db, qint64 branchId);
    // The buttons' work, for tests to drive without the dialogs' event loops.
    void editPlan(std::optional<incident::IncidentPlan> plan);
    void addSuggested();
    std::optional<incident::IncidentPlan> chosenPlan() const;

    QTableWidget *plansTable() const { return m_plans; }
    QTableWidget *stepsTable() const { return m_steps; }

signals:
    void changed();

private:
    void fillSteps();

    Database *m_db = nullptr;
    qint64 m_branchId = 0;
    std::vector<incident::IncidentPlan> m_list;
    QTableWidget *m_plans;
    QTableWidget *m_steps;
    QLabel *m_script;
};

} // namespace servicelens::ui
