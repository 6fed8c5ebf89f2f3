// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/SlaPolicy.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// Service time limits by priority and/or category, one row each: response in hours, resolution
// in working days, and whether the resolution clock pauses while waiting for parts or the
// customer. Saving replaces the workbook's policy table (as `import sla` does).
class SlaPolicyDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SlaPolicyDialog(Database &db, QWidget *parent = nullptr);
    void accept() override;

    // The rows as the table holds them now.
    std::vector<flow::SlaPolicy> policies() const;

private:
    void addRow(const flow::SlaPolicy &policy);
    void removeSelectedRows();

    Database &m_db;
    QStringList m_categories; // offered in each row's category box
    QTableWidget *m_table = nullptr;
};

} // namespace servicelens::ui
