// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadOfficeActions.h"

#include "ConflictsDialog.h"

#include "network/PackMerger.h"
#include "network/PackWriter.h"
#include "widgets/ErrorMessage.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace servicelens::ui {

QString HeadOfficeActions::packFilter()
{
    return tr("ServiceLens packs (*.slpack);;All files (*)");
}

void HeadOfficeActions::addTo(QMenu *file)
{
    m_send = file->addAction(tr("Send to &Head Office…"), m_window, [this] {
        if (Workbook *wb = m_context.workbook())
            sendToHeadOffice(*wb);
    });
    m_send->setObjectName(QStringLiteral("sendToHeadOfficeAction"));
    m_send->setStatusTip(tr("Write a pack of what this branch changed since its last pack, "
                            "for head office."));
    m_merge = file->addAction(tr("&Merge Packs…"), m_window, [this] {
        if (Workbook *wb = m_context.workbook())
            mergePacks(*wb);
    });
    m_merge->setObjectName(QStringLiteral("mergePacksAction"));
    m_conflicts = file->addAction(tr("Con&flicts…"), m_window, [this] {
        if (Workbook *wb = m_context.workbook())
            showConflicts(*wb);
    });
    m_conflicts->setObjectName(QStringLiteral("conflictsAction"));
    updateFor(nullptr);
}

void HeadOfficeActions::updateFor(Workbook *workbook)
{
    const bool headOffice = workbook && workbook->isHeadOffice();
    m_send->setVisible(workbook && !headOffice);
    m_merge->setVisible(headOffice);
    m_conflicts->setVisible(headOffice);
}

bool HeadOfficeActions::sendToHeadOffice(Workbook &workbook, const QString &chosen)
{
    auto branch = m_context.branch();
    if (!branch) {
        showError(m_window, tr("Send to Head Office"), branch.error());
        return false;
    }
    QString target = chosen;
    if (target.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested = QDir(folder).filePath(
            QStringLiteral("%1-%2.slpack")
                .arg(branch->code,
                     QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
        // Never offered to replace a file: a pack never replaces one.
        target =
            QFileDialog::getSaveFileName(m_window, tr("Send to Head Office"), suggested,
                                         packFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
        if (target.isEmpty())
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = network::PackWriter(workbook.database()).write(target, *branch, false);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(m_window, tr("Send to Head Office"), written.error());
        return false;
    }
    qint64 orders = 0;
    if (const auto it = written->rows.find(QStringLiteral("service_order"));
        it != written->rows.end())
        orders = it->second;
    m_window->statusBar()->showMessage(
        tr("Pack %1 written: %n order(s) changed since the last pack. Send the file to head "
           "office (e-mail, USB stick); it is checked there before it is merged.",
           nullptr, static_cast<int>(orders))
            .arg(QDir::toNativeSeparators(target)),
        15000);
    return true;
}

bool HeadOfficeActions::mergePacks(Workbook &workbook, QStringList chosen)
{
    if (chosen.isEmpty())
        chosen = QFileDialog::getOpenFileNames(
            m_window, tr("Merge Packs"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), packFilter());
    if (chosen.isEmpty())
        return false;
    network::PackMerger merger(workbook.database());
    QStringList lines;
    qint64 conflicts = 0;
    bool merged = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QString &pack : chosen) {
        auto outcome = merger.merge(pack);
        if (!outcome) {
            QApplication::restoreOverrideCursor();
            showError(m_window, tr("Merge Packs"), outcome.error());
            QApplication::setOverrideCursor(Qt::WaitCursor);
            continue;
        }
        merged = true;
        conflicts += outcome->conflicts;
        lines << tr("%1 (branch %2, pack %3): %4 new, %5 updated, %6 unchanged, %7 conflicts")
                     .arg(QFileInfo(pack).fileName(), outcome->pack.branchCode)
                     .arg(outcome->pack.sequence)
                     .arg(outcome->inserted)
                     .arg(outcome->updated)
                     .arg(outcome->unchanged)
                     .arg(outcome->conflicts);
    }
    QApplication::restoreOverrideCursor();
    if (!merged)
        return false;
    m_context.setWorkbook(&workbook); // new branches
    m_context.notify(WorkbookContext::Change::Orders | WorkbookContext::Change::Inspections |
                     WorkbookContext::Change::Surveys | WorkbookContext::Change::Team);
    QMessageBox box(QMessageBox::Information, tr("Merge Packs"),
                    tr("Merged %n pack(s).", nullptr, static_cast<int>(lines.size())),
                    QMessageBox::Ok, m_window);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *review = nullptr;
    if (conflicts > 0)
        review = box.addButton(tr("Review Conflicts…"), QMessageBox::ActionRole);
    box.exec();
    if (review && box.clickedButton() == static_cast<QAbstractButton *>(review))
        showConflicts(workbook);
    return true;
}

void HeadOfficeActions::showConflicts(Workbook &workbook)
{
    ConflictsDialog dialog(workbook.database(), m_window);
    dialog.exec();
    if (dialog.resolvedAny())
        m_context.notify(WorkbookContext::Change::Orders | WorkbookContext::Change::Inspections |
                         WorkbookContext::Change::Surveys | WorkbookContext::Change::Team);
}

} // namespace servicelens::ui
