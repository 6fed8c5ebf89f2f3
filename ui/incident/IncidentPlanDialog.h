// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident/Incident.h"
#include "org/Staff.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// A contingency plan (应急预案): its scenario and name, the steps in order — what to do, who does
// it, within how many hours of the opening — and the script callers read to the customers an
// incident touched.
class IncidentPlanDialog final : public QDialog {
    Q_OBJECT

public:
    IncidentPlanDialog(Database &db, incident::IncidentPlan plan, QWidget *parent = nullptr);
    void accept() override;
    const incident::IncidentPlan &plan() const { return m_plan; }

    // Tests.
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *stepsTable() const { return m_steps; }
    void addStep(const QString &text = QString(), std::optional<qint64> owner = std::nullopt,
                 int withinHours = 24);

private:
    Database &m_db;
    incident::IncidentPlan m_plan;
    std::vector<org::StaffMember> m_staff;
    QComboBox *m_scenario;
    QLineEdit *m_name;
    QCheckBox *m_active;
    QPlainTextEdit *m_script;
    QTableWidget *m_steps;
    QLabel *m_error;
};

} // namespace servicelens::ui
