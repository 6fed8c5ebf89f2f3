// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/Training.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace servicelens::ui {

// The training matrix: when each person was last trained in each skill area, red expired,
// amber expiring within 30 days, grey never; narrowed to a team or a role (a trainer plans the
// technicians, not the parts clerks).
class TrainingMatrixView final : public QWidget {
    Q_OBJECT

public:
    explicit TrainingMatrixView(QWidget *parent = nullptr);

    void showRows(std::vector<team::MatrixRow> rows);
    QTableWidget *table() const { return m_table; }
    QComboBox *teamFilter() const { return m_team; }
    QComboBox *roleFilter() const { return m_role; }

private:
    void fillTable();

    std::vector<team::MatrixRow> m_rows;
    QComboBox *m_team;
    QComboBox *m_role;
    QTableWidget *m_table;
};

} // namespace servicelens::ui
