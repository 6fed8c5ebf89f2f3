// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbook/AutomaticBackups.h"

#include <QDialog>

class QTableWidget;

namespace servicelens::ui {

// File ▸ Restore from Backup: the workbook's automatic backups, newest first, with when and why
// each was made; the one chosen replaces the workbook (the current file is kept aside).
class RestoreBackupDialog final : public QDialog {
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &workbookPath, QWidget *parent = nullptr);

    QString chosenBackup() const;
    QTableWidget *table() const { return m_table; }

private:
    std::vector<AutomaticBackups::Backup> m_backups;
    QTableWidget *m_table;
};

} // namespace servicelens::ui
