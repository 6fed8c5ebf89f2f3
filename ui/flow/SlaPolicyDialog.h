// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/SlaPolicy.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// Service time limits per priority: response in hours, resolution in working days, and whether
// the resolution clock pauses while waiting for parts or the customer.
class SlaPolicyDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SlaPolicyDialog(Database &db, QWidget *parent = nullptr);
    void accept() override;

private:
    Database &m_db;
    std::vector<flow::SlaPolicy> m_policies;
    std::vector<QDoubleSpinBox *> m_response;
    std::vector<QSpinBox *> m_resolution;
    std::vector<QCheckBox *> m_pause;
};

} // namespace servicelens::ui
