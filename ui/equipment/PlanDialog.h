// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "equipment/Equipment.h"
#include "equipment/MaintenancePlan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// A maintenance plan (保养计划) for a piece, or for every piece of its kind: its name, cadence
// (every N working days, monthly or quarterly on a day, every N units of usage, a calibration
// valid N months), the day it starts, who carries it out, whether it is active.
class PlanDialog final : public QDialog {
    Q_OBJECT

public:
    PlanDialog(Database &db, const equipment::Equipment &piece, equipment::MaintenancePlan plan,
               QDate today, QWidget *parent = nullptr);
    void accept() override;
    const equipment::MaintenancePlan &plan() const { return m_plan; }

private:
    void cadenceChosen();

    Database &m_db;
    equipment::Equipment m_piece;
    equipment::MaintenancePlan m_plan;
    QLineEdit *m_name;
    QCheckBox *m_forKind;
    QComboBox *m_cadence;
    QSpinBox *m_every;
    QSpinBox *m_day;
    QSpinBox *m_firstMonth;
    QDateEdit *m_since;
    QComboBox *m_checklist;
    QComboBox *m_owner;
    QCheckBox *m_active;
    QLabel *m_error;
};

} // namespace servicelens::ui
