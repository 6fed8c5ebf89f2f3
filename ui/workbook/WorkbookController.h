// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"
#include "workbook/Importers.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

class QWidget;

namespace servicelens {
class Workbook;
}

namespace servicelens::ui {

class RecentFiles;

// The open workbook's life in the window: opening (offering the latest automatic backup when
// the file is damaged), creating, the demo workbook, today's automatic backup on a worker
// thread, restoring a backup, letting go of the file while a worker imports, and the list of
// recent files. Pages hear of a change through workbookChanged; they never own the workbook.
class WorkbookController final : public QObject {
    Q_OBJECT

public:
    // `window` parents the dialogs.
    explicit WorkbookController(QWidget *window);
    ~WorkbookController() override;

    Workbook *workbook() const { return m_workbook.get(); }
    RecentFiles &recent() const { return *m_recent; }

    // Each reports failures to the user and returns whether a workbook is now open.
    bool open(const QString &path);
    bool openDemo();
    // The last workbook used, or the demo workbook on the very first start.
    bool openStartup();
    // File ▸ New… and File ▸ Open…: the dialogs.
    void createWithDialog();
    void openWithDialog();
    // File ▸ Restore from Backup…: the dialog, then the workbook opened again.
    void restoreWithDialog();
    // Replaces the workbook file by a backup (closing it first when it is the one open); the
    // caller opens it again.
    bool restoreBackup(const QString &backup, const QString &workbookPath);
    // Runs an import (or dry run) on a worker thread, the workbook closed meanwhile and opened
    // again afterwards (fresh figures on every page).
    Result<io::ImportSummary> importHandedOver(QWidget *parent, ImportKind kind,
                                               const QString &csvPath,
                                               const io::ImportOptions &options);
    // Waits for today's automatic backup when one is being made (tests, restore, close).
    void waitForDailyBackup();

    static QString demoWorkbookPath();

signals:
    // The workbook is about to close: whoever holds a pointer to it lets go now.
    void workbookClosing();
    // A workbook is open, or none (nullptr).
    void workbookChanged(servicelens::Workbook *workbook);
    void recentFilesChanged();
    // For the status bar; `unlessBusy`: only when no other message is showing.
    void message(const QString &text, int timeoutMs, bool unlessBusy = false);

private:
    void setWorkbook(std::unique_ptr<Workbook> workbook);
    bool createDemoAt(const QString &path);
    bool openStore(const QString &url);
    // After a failed open: when the file is damaged and an automatic backup exists, offers to
    // restore the latest one. Shows the error either way; returns whether it restored.
    bool offerLatestBackup(const QString &path, const Error &error);
    void startDailyBackup(const QString &path);
    void launchDailyBackup();
    void startIntegrityCheck(const QString &path);
    void integrityChecked();

    QWidget *m_window;
    std::unique_ptr<Workbook> m_workbook;
    std::unique_ptr<RecentFiles> m_recent;
    QFutureWatcher<QString> m_dailyBackup; // the backup's path, "" or "!" + a problem
    QTimer m_backupDelay;                  // startDailyBackup() to launchDailyBackup()
    QString m_backupPath;
    // The whole-file check of the workbook just opened, in the background: its problems, or
    // "!" + why it could not run; and which file it was for.
    QFutureWatcher<QStringList> m_integrity;
    QString m_checking;
};

} // namespace servicelens::ui
