// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookSafetyActions.h"

#include "BackgroundTask.h"
#include "io/OutputFile.h"
#include "widgets/ErrorMessage.h"
#include "workbook/TrainingCopy.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookCheck.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include <memory>

namespace servicelens::ui {

WorkbookSafetyActions::WorkbookSafetyActions(QMainWindow *window)
    : m_window(window)
{}

QString WorkbookSafetyActions::fileFilter()
{
    return tr("ServiceLens workbooks (*.servicelens);;All files (*)");
}

void WorkbookSafetyActions::backUp(Workbook &workbook)
{
    const QFileInfo info(workbook.path());
    const QString suggested = info.absoluteDir().filePath(
        QStringLiteral("%1-%2.servicelens")
            .arg(info.completeBaseName(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    // The dialog does not offer to replace a file: a backup never replaces one (it might be
    // the workbook itself, another branch's workbook or an earlier backup).
    const QString target =
        QFileDialog::getSaveFileName(m_window, tr("Back Up Workbook"), suggested, fileFilter(),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == info.absoluteFilePath()) {
        showError(m_window, tr("Back Up Workbook"),
                  makeError(ErrorKind::InvalidInput,
                            tr("The backup cannot replace the workbook itself.")));
        return;
    }
    if (QFileInfo::exists(target)) {
        showError(m_window, tr("Back Up Workbook"),
                  makeError(ErrorKind::Conflict,
                            tr("“%1” already exists; a backup never replaces a file. Choose a "
                               "new name.")
                                .arg(QDir::toNativeSeparators(target))));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = workbook.database().backupTo(target);
    QApplication::restoreOverrideCursor();
    if (!s) {
        showError(m_window, tr("Back Up Workbook"), s.error());
        return;
    }
    m_window->statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)),
                                       10000);
}

bool WorkbookSafetyActions::exportTrainingCopy(Workbook &workbook, const QString &chosen)
{
    const QFileInfo info(workbook.path());
    QString target = chosen;
    if (target.isEmpty()) {
        const QString suggested =
            info.dir().filePath(tr("%1-training-copy.servicelens").arg(info.completeBaseName()));
        // A copy is a database, and an export never replaces one: the dialog does not offer.
        target =
            QFileDialog::getSaveFileName(m_window, tr("Export Copy for Training"), suggested,
                                         fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
        if (target.isEmpty())
            return false;
    }
    if (auto s = io::OutputFile::checkTarget(target); !s) {
        showError(m_window, tr("Export Copy for Training"), s.error());
        return false;
    }
    const QString source = workbook.path();
    auto warnings = std::make_shared<QStringList>();
    const Status s = runInBackground<Status>(
        m_window, QStringLiteral("trainingCopyProgress"), tr("Export Copy for Training"),
        tr("Copying the workbook and replacing customers' names and phone numbers…"), tr("Cancel"),
        [source, target, warnings](const TaskProgress &progress) {
            return TrainingCopy::write(source, target, progress, warnings.get());
        });
    if (!s) {
        if (s.error().kind != ErrorKind::Cancelled)
            showError(m_window, tr("Export Copy for Training"), s.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Training copy written to %1; customers' names and phone numbers "
           "are pseudonyms in it.")
            .arg(QDir::toNativeSeparators(target)),
        15000);
    if (!warnings->isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Export Copy for Training"),
                        warnings->join(QStringLiteral("\n\n")), QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("trainingCopyWarnings"));
        box.exec();
    }
    return true;
}

bool WorkbookSafetyActions::verify(Workbook &workbook)
{
    struct Outcome {
        QStringList problems;
        std::optional<AuditChain::Finding> chain;
        qint64 sealedInspections = 0;
        std::optional<Error> error;
    };
    const QString path = workbook.path();
    const Outcome outcome =
        runInBackground<Outcome>(m_window, QStringLiteral("verifyProgress"), tr("Verify Workbook"),
                                 // No Cancel: SQLite's integrity check runs to its end.
                                 tr("Checking every page of the workbook and its audit trail…"),
                                 QString(), [path](const TaskProgress &progress) {
                                     Outcome o;
                                     const auto shown = [&progress](double share) {
                                         progress(static_cast<qint64>(share * 1000), 1000);
                                     };
                                     auto verified = WorkbookCheck::verify(path, shown);
                                     if (!verified) {
                                         o.error = verified.error();
                                         return o;
                                     }
                                     o.problems = verified->problems;
                                     if (o.problems.isEmpty()) {
                                         auto business = WorkbookCheck::runOnFile(path, shown);
                                         if (!business) {
                                             o.error = business.error();
                                             return o;
                                         }
                                         o.problems = *business;
                                     }
                                     o.chain = verified->chain;
                                     o.sealedInspections = verified->seals.sealed;
                                     return o;
                                 });
    if (outcome.error) {
        showError(m_window, tr("Verify Workbook"), *outcome.error);
        return false;
    }
    const bool sound = outcome.problems.isEmpty();
    QString text;
    if (sound) {
        text = tr("<p><b>The workbook is sound.</b></p><p>Integrity check: ok. References "
                  "between records: ok.</p>");
        if (outcome.chain && outcome.chain->intact())
            text += tr("<p>Audit trail: %n record(s), the hash chain is intact — no record was "
                       "changed or removed outside ServiceLens.</p>",
                       nullptr, static_cast<int>(outcome.chain->records));
        else if (outcome.chain)
            text += QStringLiteral("<p>%1</p>").arg(outcome.chain->message.toHtmlEscaped());
        text += tr("<p>Inspections: %n completed, every seal matches its content.</p>", nullptr,
                   static_cast<int>(outcome.sealedInspections));
    } else {
        text = tr("<p><b>The workbook did not pass the check.</b></p>");
        text += QStringLiteral("<ul>");
        for (const QString &p : outcome.problems)
            text += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        text += QStringLiteral("</ul>");
        text += tr("<p>Keep a copy of the file as it is. Backups made by ServiceLens are in the "
                   "folder beside the workbook.</p>");
    }
    QMessageBox box(sound ? QMessageBox::Information : QMessageBox::Warning, tr("Verify Workbook"),
                    text, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("verifyResult"));
    box.setTextFormat(Qt::RichText);
    box.exec();
    return sound;
}

} // namespace servicelens::ui
