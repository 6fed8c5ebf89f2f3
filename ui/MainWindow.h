// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbook/Importers.h"
#include "workbook/WorkbookSafetyActions.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace servicelens {
class Workbook;
}

namespace servicelens::ui {

class DashboardPage;
class OrdersPage;
class InspectionsPage;
class SurveysPage;
class TeamPage;
class ReportsPage;
class RecentFiles;

// The shell: a navigation list of the six areas on the left, the area's page on the right, the
// workbook's name, branch and period in the status bar. It owns the open workbook and hands it
// to the pages; it holds no business logic and no SQL.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum Page { Dashboard, ServiceFlow, Inspections, Surveys, Team, Reports, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each reports failures to the user and returns whether a workbook is now open.
    bool openWorkbook(const QString &path);
    bool openDemoWorkbook();
    // The last workbook used, or the demo workbook on the very first start.
    bool openStartupWorkbook();

    Workbook *workbook() const { return m_workbook.get(); }
    OrdersPage *ordersPage() const { return m_orders; }
    QUndoStack *undoStack() const { return m_undo; }
    void showPage(Page page);
    Page currentPage() const;

    static QString demoWorkbookPath();

    // File ▸ Import…: the dialog, with the file given or chosen.
    void importFile(const QString &path = {});
    // Runs an import (or dry run) on a worker thread, the workbook handed over meanwhile.
    Result<io::ImportSummary> importWithWorkbookHandedOver(QWidget *parent, ImportKind kind,
                                                           const QString &csvPath,
                                                           const io::ImportOptions &options);

    // Help ▸ Verify Workbook: the full integrity and reference check and the audit trail's hash
    // chain, on a worker thread with its own read-only connection; the result in a message box.
    // Returns whether the workbook passed.
    bool verifyWorkbook();
    // File ▸ Export Copy for Training: asks for the file unless given one; on a worker thread.
    bool exportTrainingCopy(const QString &target = QString());
    // Replaces the workbook file by a backup (closing it first when it is the one open); the
    // caller opens it again.
    bool restoreBackup(const QString &backup, const QString &workbookPath);
    // Waits for today's automatic backup when one is being made (tests, restore, close).
    void waitForDailyBackup();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPages();
    void setWorkbook(std::unique_ptr<Workbook> workbook);
    void updateTitleAndStatus();
    void rebuildRecentMenu();
    bool createDemoWorkbookAt(const QString &path);

    void newWorkbook();
    void openWorkbookDialog();
    void backUpWorkbook();
    void showPreferences();
    // After a failed open: when the file is damaged and an automatic backup exists, offers to
    // restore the latest one. Shows the error either way; returns whether it restored.
    bool offerLatestBackup(const QString &path, const Error &error);
    void restoreFromBackupDialog();
    void startDailyBackup(const QString &path);
    void showAbout();

    std::unique_ptr<Workbook> m_workbook;
    WorkbookSafetyActions m_safety{this};
    QFutureWatcher<QString> m_dailyBackup; // the backup's path, "" or "!" + a problem
    std::unique_ptr<RecentFiles> m_recent;
    QUndoStack *m_undo = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    OrdersPage *m_orders = nullptr;
    InspectionsPage *m_inspections = nullptr;
    SurveysPage *m_surveys = nullptr;
    TeamPage *m_team = nullptr;
    ReportsPage *m_reports = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QList<QAction *> m_workbookActions; // enabled only with a workbook open
    QLabel *m_workbookLabel = nullptr;
    QLabel *m_branchLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
};

} // namespace servicelens::ui
