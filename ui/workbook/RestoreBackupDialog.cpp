// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreBackupDialog.h"
#include "widgets/DateText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace servicelens::ui {

RestoreBackupDialog::RestoreBackupDialog(const QString &workbookPath, QWidget *parent)
    : QDialog(parent)
    , m_backups(AutomaticBackups::list(workbookPath))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Restore from Backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    auto *intro = new QLabel(
        tr("ServiceLens copies the workbook every day it is opened (the last %1 days are kept) "
           "and before every upgrade. The backup you choose replaces the workbook; the current "
           "file is kept in <code>%2</code>.")
            .arg(AutomaticBackups::dailyKept)
            .arg(QDir::toNativeSeparators(AutomaticBackups::folderFor(workbookPath))
                     .toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(static_cast<int>(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto &b = m_backups[static_cast<std::size_t>(row)];
        const QString why = b.kind == AutomaticBackups::Backup::Kind::Daily ? tr("Daily")
                            : b.kind == AutomaticBackups::Backup::Kind::BeforeUpgrade
                                ? tr("Before an upgrade")
                                : tr("Replaced by a restore");
        m_table->setItem(row, 0, new QTableWidgetItem(DateText::of(b.made)));
        m_table->setItem(row, 1, new QTableWidgetItem(why));
        m_table->setItem(row, 2, new QTableWidgetItem(locale.formattedDataSize(b.bytes)));
    }
    m_table->resizeColumnsToContents();
    // The newest copy ServiceLens made is proposed, not a file a restore put aside (that one
    // may be the damaged file); it stays in the list for undoing a restore.
    const auto proposed = std::find_if(m_backups.begin(), m_backups.end(), [](const auto &b) {
        return b.kind != AutomaticBackups::Backup::Kind::Replaced;
    });
    if (!m_backups.empty())
        m_table->selectRow(
            proposed != m_backups.end() ? static_cast<int>(proposed - m_backups.begin()) : 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!m_backups.empty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (m_backups.empty())
        layout->addWidget(new QLabel(tr("There is no backup of this workbook yet."), this));
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 380);
}

QString RestoreBackupDialog::chosenBackup() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < static_cast<int>(m_backups.size())
               ? m_backups[static_cast<std::size_t>(row)].path
               : QString();
}

} // namespace servicelens::ui
