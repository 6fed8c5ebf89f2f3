// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "incident/Incident.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

class IncidentScopeEditor;

// Opens an incident: under which contingency plan (whose steps it then runs), what happened,
// how severe, whether it is a drill, who leads it, since when, and what it touched.
class IncidentDialog final : public QDialog {
    Q_OBJECT

public:
    IncidentDialog(Database &db, qint64 branchId, const LocalTime &local, qint64 now,
                   QWidget *parent = nullptr);
    void accept() override;
    const incident::Incident &incident() const { return m_incident; }

    // Tests.
    QComboBox *planCombo() const { return m_plan; }
    QLineEdit *titleEdit() const { return m_title; }
    QCheckBox *drillBox() const { return m_drill; }
    IncidentScopeEditor *scopeEditor() const { return m_scope; }

private:
    Database &m_db;
    LocalTime m_local;
    incident::Incident m_incident;
    QComboBox *m_plan;
    QComboBox *m_scenario;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QCheckBox *m_drill;
    QComboBox *m_owner;
    QDateTimeEdit *m_opened;
    QPlainTextEdit *m_description;
    IncidentScopeEditor *m_scope;
    QLabel *m_error;
};

} // namespace servicelens::ui
