// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/MergeConflicts.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// File ▸ Conflicts…: the rows two places changed (network::MergeConflicts), one at a time with
// the fields where the two versions differ side by side; the user keeps head office's version
// or takes the branch's. Nothing is decided for them.
class ConflictsDialog final : public QDialog {
    Q_OBJECT

public:
    ConflictsDialog(Database &db, QWidget *parent = nullptr);

    bool resolvedAny() const { return m_resolvedAny; }
    QTableWidget *conflictTable() const { return m_list; }
    QTableWidget *differenceTable() const { return m_differences; }

    // "Service order", "Staff member"… for a table name.
    static QString entityName(const QString &entity);
    // "Description", "Visits"… for a column (or a kind of child row).
    static QString fieldName(const QString &column);

private:
    void reload();
    void showSelected();
    void resolve(network::MergeConflicts::Choice choice);

    network::MergeConflicts m_conflicts;
    std::vector<network::MergeConflict> m_open;
    QTableWidget *m_list;
    QTableWidget *m_differences;
    QLabel *m_summary;
    QPushButton *m_keep;
    QPushButton *m_take;
    bool m_resolvedAny = false;
};

} // namespace servicelens::ui
