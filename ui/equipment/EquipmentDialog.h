// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "equipment/Equipment.h"

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

// A piece of equipment's form (设备台账): code, name, kind, location, serial, purchase date,
// owner, usage counter, retired, note. Whether it is down is its breakdowns' business.
class EquipmentDialog final : public QDialog {
    Q_OBJECT

public:
    EquipmentDialog(Database &db, equipment::Equipment piece, QWidget *parent = nullptr);
    void accept() override;
    const equipment::Equipment &piece() const { return m_piece; }

private:
    Database &m_db;
    equipment::Equipment m_piece;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_location;
    QLineEdit *m_serial;
    QCheckBox *m_hasPurchase;
    QDateEdit *m_purchased;
    QComboBox *m_owner;
    QComboBox *m_unit;
    QCheckBox *m_retired;
    QLineEdit *m_note;
    QLabel *m_error;
};

} // namespace servicelens::ui
