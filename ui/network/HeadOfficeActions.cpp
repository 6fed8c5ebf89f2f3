// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadOfficeActions.h"

#include "ConflictsDialog.h"
#include "ConnectStoreDialog.h"

#include "network/HeadOfficeReceiver.h"
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

bool HeadOfficeActions::connectToStore()
{
    ConnectStoreDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted || !m_open)
        return false;
    dialog.remember();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool opened = m_open(dialog.url());
    QApplication::restoreOverrideCursor();
    return opened;
}

void HeadOfficeActions::addTo(QMenu *file)
{
    m_connect = file->addAction(tr("Co&nnect to Head Office Store…"), m_window,
                                [this] { connectToStore(); });
    m_connect->setObjectName(QStringLiteral("connectStoreAction"));
    m_connect->setStatusTip(tr("Open a network's store on a PostgreSQL server."));
    m_send = file->addAction(tr("Send to &Head Office…"), m_window, [this] {
        if (Workbook *wb = m_context.workbook())
            sendToHeadOffice(*wb);
    });
    m_send->setObjectName(QStringLiteral("sendToHeadOfficeAction"));
    m_send->setStatusTip(tr("Write a pack of what this branch changed since its last pack, "
                            "for head office."));
    m_receive = file->addAction(tr("&Receive from Head Office…"), m_window, [this] {
        if (Workbook *wb = m_context.workbook())
            receiveFromHeadOffice(*wb);
    });
    m_receive->setObjectName(QStringLiteral("receiveFromHeadOfficeAction"));
    m_receive->setStatusTip(tr("Take head office's calendar, SLA policies, targets, templates "
                               "and courses from the pack it sent."));
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
    m_sendToBranches = file->addAction(tr("Send to &Branches…"), m_window, [this] {
        if (Workbook *wb = m_context.workbook())
            sendToBranches(*wb);
    });
    m_sendToBranches->setObjectName(QStringLiteral("sendToBranchesAction"));
    m_sendToBranches->setStatusTip(tr("Write a pack of head office's calendar, SLA policies, "
                                      "targets, templates and courses for every branch."));
    updateFor(nullptr);
}

void HeadOfficeActions::updateFor(Workbook *workbook)
{
    const bool headOffice = workbook && workbook->isHeadOffice();
    m_send->setVisible(workbook && !headOffice);
    m_receive->setVisible(workbook && !headOffice);
    m_merge->setVisible(headOffice);
    m_conflicts->setVisible(headOffice);
    m_sendToBranches->setVisible(headOffice);
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

bool HeadOfficeActions::sendToBranches(Workbook &workbook, const QString &chosen)
{
    QString target = chosen;
    if (target.isEmpty()) {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("head-office-%1.slpack")
                              .arg(QDateTime::currentDateTime().toString(
                                  QStringLiteral("yyyyMMdd-HHmm"))));
        target =
            QFileDialog::getSaveFileName(m_window, tr("Send to Branches"), suggested, packFilter(),
                                         nullptr, QFileDialog::DontConfirmOverwrite);
        if (target.isEmpty())
            return false;
    }
    auto written = network::PackWriter(workbook.database()).writeHeadOffice(target);
    if (!written) {
        showError(m_window, tr("Send to Branches"), written.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Pack %1 written for the branches: each receives it with File ▸ Receive from Head "
           "Office….")
            .arg(QDir::toNativeSeparators(target)),
        15000);
    return true;
}

bool HeadOfficeActions::receiveFromHeadOffice(Workbook &workbook, const QString &chosen)
{
    QString pack = chosen;
    if (pack.isEmpty())
        pack = QFileDialog::getOpenFileName(
            m_window, tr("Receive from Head Office"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), packFilter());
    if (pack.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto received = network::HeadOfficeReceiver(workbook.database()).receive(pack);
    QApplication::restoreOverrideCursor();
    if (!received) {
        showError(m_window, tr("Receive from Head Office"), received.error());
        return false;
    }
    m_context.notify(WorkbookContext::Change::Calendar | WorkbookContext::Change::Policies |
                     WorkbookContext::Change::Targets | WorkbookContext::Change::Inspections |
                     WorkbookContext::Change::Surveys | WorkbookContext::Change::Team);
    m_window->statusBar()->showMessage(
        tr("Head office's pack %1 received: %2 added, %3 changed, %4 as they were.")
            .arg(QFileInfo(pack).fileName())
            .arg(received->inserted)
            .arg(received->updated)
            .arg(received->unchanged),
        15000);
    return true;
}

} // namespace servicelens::ui
