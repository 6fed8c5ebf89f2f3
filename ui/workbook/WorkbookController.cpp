// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookController.h"
#include "widgets/DateText.h"

#include "DemoWorkbookTask.h"
#include "ImportTask.h"
#include "NewWorkbookDialog.h"
#include "RecentFiles.h"
#include "RestoreBackupDialog.h"
#include "WorkbookSafetyActions.h"
#include "storage/Clock.h"
#include "storage/StoreUrl.h"
#include "widgets/ErrorMessage.h"
#include "workbook/AutomaticBackups.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace servicelens::ui {

WorkbookController::WorkbookController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_recent(std::make_unique<RecentFiles>())
{
    connect(&m_integrity, &QFutureWatcher<QStringList>::finished, this,
            &WorkbookController::integrityChecked);
    m_backupDelay.setSingleShot(true);
    m_backupDelay.setInterval(2000);
    connect(&m_backupDelay, &QTimer::timeout, this, &WorkbookController::launchDailyBackup);
    connect(&m_dailyBackup, &QFutureWatcher<QString>::finished, this, [this] {
        const QString outcome = m_dailyBackup.result();
        if (outcome.startsWith(QLatin1Char('!')))
            emit message(tr("Today's automatic backup could not be made: %1").arg(outcome.mid(1)),
                         15000);
        else if (!outcome.isEmpty())
            // Short: the file's name; the folder is the workbook's own .backups (File ▸ Restore).
            emit message(tr("Today's backup made: %1").arg(QFileInfo(outcome).fileName()), 8000,
                         true);
    });
}

WorkbookController::~WorkbookController()
{
    m_integrity.waitForFinished();
    waitForDailyBackup();
}

QString WorkbookController::demoWorkbookPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.servicelens"));
}

bool WorkbookController::open(const QString &path)
{
    if (StoreUrl::isPostgres(path))
        return openStore(path);
    // The whole-file check runs in the background (startIntegrityCheck): a large workbook shows
    // at once, and damage found is reported with the offer to restore a backup.
    Database::Options options;
    options.quickCheck = false;
    auto workbook = Workbook::open(path, options);
    if (!workbook) {
        if (offerLatestBackup(path, workbook.error()))
            return open(path);
        if (workbook.error().kind == ErrorKind::NotFound) {
            m_recent->remove(path);
            emit recentFilesChanged();
        }
        return false;
    }
    const QString migrationBackup = (*workbook)->database().migrationBackupPath();
    setWorkbook(std::move(*workbook));
    startIntegrityCheck(path);
    startDailyBackup(path);
    // After the status labels are filled: a label updated later would show through the message.
    if (!migrationBackup.isEmpty())
        emit message(tr("The workbook was upgraded; a copy of the old version is in %1")
                         .arg(QDir::toNativeSeparators(migrationBackup)),
                     15000);
    m_recent->add(path);
    emit recentFilesChanged();
    return true;
}

bool WorkbookController::openStore(const QString &url)
{
    // A store on a PostgreSQL server: the server checks and backs up its own data, and the
    // URL (which may carry a password) stays out of the recent files.
    auto store = Workbook::open(url);
    if (!store) {
        showError(m_window, tr("Connect to Head Office Store"), store.error());
        return false;
    }
    setWorkbook(std::move(*store));
    return true;
}

void WorkbookController::startDailyBackup(const QString &path)
{
    // Today's automatic copy (the first open of the day), on a worker thread with a connection
    // of its own: a large workbook takes seconds to check and copy. It starts a moment after
    // the workbook shows: on two cores, checking and copying 700 MB beside the first paint
    // made the dashboard appear after 1.4-3.5 s instead of 0.3 s (servicelens_bench_gui).
    waitForDailyBackup();
    m_backupPath = path;
    m_backupDelay.start();
}

void WorkbookController::launchDailyBackup()
{
    m_backupDelay.stop();
    const QString path = m_backupPath;
    m_dailyBackup.setFuture(QtConcurrent::run([path] {
        auto made = AutomaticBackups::makeDaily(path, SystemClock::instance());
        return made ? *made : QStringLiteral("!") + made.error().message;
    }));
}

void WorkbookController::startIntegrityCheck(const QString &path)
{
    m_integrity.waitForFinished();
    m_checking = path;
    m_integrity.setFuture(QtConcurrent::run([path] {
        auto problems = Workbook::checkStructure(path);
        return problems ? *problems : QStringList{QStringLiteral("!") + problems.error().message};
    }));
}

void WorkbookController::integrityChecked()
{
    const QStringList problems = m_integrity.result();
    // Only for the workbook still open: another may have been opened meanwhile.
    if (!m_workbook || m_workbook->path() != m_checking || problems.isEmpty())
        return;
    if (problems.front().startsWith(QLatin1Char('!'))) {
        emit message(tr("The workbook could not be checked: %1").arg(problems.front().mid(1)),
                     15000);
        return;
    }
    const QString path = m_checking;
    const Error damaged = makeError(
        ErrorKind::Damaged,
        tr("“%1” is damaged. Keep working only after restoring a backup: what is read from it may "
           "be wrong.")
            .arg(QDir::toNativeSeparators(path)),
        problems.mid(0, 10).join(QLatin1Char('\n')));
    // Closed first: a backup is restored over a file no connection holds (and today's copy,
    // if it is being made, finished first).
    waitForDailyBackup();
    setWorkbook(nullptr);
    if (offerLatestBackup(path, damaged))
        open(path);
}

void WorkbookController::waitForDailyBackup()
{
    if (m_backupDelay.isActive())
        launchDailyBackup(); // waited for: made now
    m_dailyBackup.waitForFinished();
}

bool WorkbookController::offerLatestBackup(const QString &path, const Error &error)
{
    // Only for a file that is there but cannot be used: damaged, not a workbook, truncated.
    const bool unusable = error.kind == ErrorKind::Damaged || error.kind == ErrorKind::NotAWorkbook;
    const auto backups = AutomaticBackups::list(path);
    if (!unusable || backups.empty()) {
        showError(m_window, tr("Open Workbook"), error);
        return false;
    }
    const auto &latest = backups.front();
    QMessageBox box(QMessageBox::Warning, tr("Open Workbook"),
                    tr("<p>%1</p><p>ServiceLens has an automatic backup of this workbook from "
                       "<b>%2</b>. Restore it? The file that cannot be opened is kept in the "
                       "backup folder, untouched.</p>")
                        .arg(error.message.toHtmlEscaped(), DateText::of(latest.made)),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("restoreOffer"));
    box.setTextFormat(Qt::RichText);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    QPushButton *restore = box.addButton(tr("&Restore the Backup"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    return restoreBackup(latest.path, path);
}

bool WorkbookController::restoreBackup(const QString &backup, const QString &workbookPath)
{
    waitForDailyBackup(); // it may be reading the file about to be moved
    // The workbook is closed first: its file is about to be moved aside.
    if (m_workbook && QFileInfo(m_workbook->path()) == QFileInfo(workbookPath))
        setWorkbook(nullptr);
    auto replaced = AutomaticBackups::restore(backup, workbookPath, SystemClock::instance());
    if (!replaced) {
        showError(m_window, tr("Restore from Backup"), replaced.error());
        return false;
    }
    emit message(replaced->isEmpty() ? tr("Restored the backup.")
                                     : tr("Restored the backup; the previous file is kept as %1")
                                           .arg(QDir::toNativeSeparators(*replaced)),
                 15000);
    return true;
}

void WorkbookController::restoreWithDialog()
{
    if (!m_workbook)
        return;
    const QString path = m_workbook->path();
    RestoreBackupDialog dialog(path, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    if (restoreBackup(dialog.chosenBackup(), path))
        open(path);
}

bool WorkbookController::createDemoAt(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (auto s = DemoWorkbookTask::run(m_window, path, DemoOptions{}); !s) {
        showError(m_window, tr("Demo Workbook"), s.error());
        return false;
    }
    return true;
}

bool WorkbookController::openDemo()
{
    const QString path = demoWorkbookPath();
    if (!QFileInfo::exists(path) && !createDemoAt(path))
        return false;
    return open(path);
}

bool WorkbookController::openStartup()
{
    const QStringList recent = m_recent->files();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
        return open(recent.first());
    return openDemo();
}

void WorkbookController::setWorkbook(std::unique_ptr<Workbook> workbook)
{
    emit workbookClosing();
    m_workbook = std::move(workbook);
    emit workbookChanged(m_workbook.get());
}

void WorkbookController::createWithDialog()
{
    NewWorkbookDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto workbook = Workbook::create(dialog.path(), dialog.spec());
    if (!workbook) {
        showError(m_window, tr("New Workbook"), workbook.error());
        return;
    }
    setWorkbook(std::move(*workbook));
    m_recent->add(dialog.path());
    emit recentFilesChanged();
}

void WorkbookController::openWithDialog()
{
    const QString start = m_workbook
                              ? QFileInfo(m_workbook->path()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Workbook"), start,
                                                      WorkbookSafetyActions::fileFilter());
    if (!path.isEmpty())
        open(path);
}

Result<io::ImportSummary> WorkbookController::importHandedOver(QWidget *parent, ImportKind kind,
                                                               const QString &csvPath,
                                                               const io::ImportOptions &options)
{
    if (!m_workbook)
        return makeError(ErrorKind::InvalidInput, tr("No workbook is open."));
    // One connection writes at a time: the window lets go of the workbook while the worker
    // thread imports, and opens it again afterwards.
    // A store's whole URL (with its password), never shown.
    const QString path = m_workbook->database().location();
    setWorkbook(nullptr);
    auto result = ImportTask::run(parent, path, kind, csvPath, options);
    auto reopened = Workbook::open(path);
    if (!reopened) {
        showError(m_window, tr("Open Workbook"), reopened.error());
        return result;
    }
    setWorkbook(std::move(*reopened));
    return result;
}

} // namespace servicelens::ui
