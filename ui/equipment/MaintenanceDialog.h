// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "equipment/Equipment.h"
#include "equipment/MaintenancePlan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// A maintenance done on a piece (保养记录): under one of its plans (its own or its kind's) or
// outside any; the day, the counter read then, passed or failed, a calibration's certificate
// and expiry, who did it. The same piece, plan and day again corrects that record.
class MaintenanceDialog final : public QDialog {
    Q_OBJECT

public:
    MaintenanceDialog(Database &db, equipment::Equipment piece, QDate today,
                      std::optional<qint64> planId = std::nullopt, QWidget *parent = nullptr);
    void accept() override;
    void reject() override;
    const equipment::MaintenanceRecord &record() const { return m_record; }
    // Fills the chosen plan's checklist in the inspection form (the button's work).
    void fillChecklist();
    // Tests.
    QPushButton *checklistButton() const { return m_checklist; }

private:
    void planChosen();
    const equipment::MaintenancePlan *chosenPlan() const;

    Database &m_db;
    equipment::Equipment m_piece;
    std::vector<equipment::MaintenancePlan> m_plans;
    equipment::MaintenanceRecord m_record;
    QComboBox *m_plan;
    QDateEdit *m_day;
    QCheckBox *m_hasReading;
    QDoubleSpinBox *m_reading;
    QComboBox *m_result;
    QLineEdit *m_certificate;
    QCheckBox *m_hasExpiry;
    QDateEdit *m_expiry;
    QComboBox *m_by;
    QLineEdit *m_note;
    QPushButton *m_checklist;
    QLabel *m_checklistState;
    std::optional<qint64> m_inspectionId; // the checklist filled here
    QLabel *m_error;
};

} // namespace servicelens::ui
