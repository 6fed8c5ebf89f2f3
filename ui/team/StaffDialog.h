// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/Staff.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// A staff member's form: code, name, role, team, hire date, active. People with history are
// deactivated, never deleted.
class StaffDialog final : public QDialog {
    Q_OBJECT

public:
    StaffDialog(Database &db, org::StaffMember member, QWidget *parent = nullptr);
    void accept() override;
    const org::StaffMember &member() const { return m_member; }

private:
    Database &m_db;
    org::StaffMember m_member;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_team;
    QCheckBox *m_hasHireDate;
    QDateEdit *m_hireDate;
    QCheckBox *m_active;
    QLabel *m_error;
};

} // namespace servicelens::ui
