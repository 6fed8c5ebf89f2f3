// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/HeadOfficeActions.h"
#include "workbook/Importers.h"
#include "workbook/WorkbookSafetyActions.h"

#include "workbook/WorkbookSearch.h"

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
class NetworkPage;
class ReportsPage;
class WorkbookContext;
class WorkbookController;

// The shell: a navigation list of the six areas on the left, the area's page on the right, the
// workbook's name, branch and period in the status bar, the menus. The workbook's life (open,
// create, back up, restore) is the WorkbookController's; the window hands the open workbook to
// the pages. It holds no business logic and no SQL.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum Page {
        Dashboard,
        ServiceFlow,
        Inspections,
        Surveys,
        Team,
        Reports,
        Network,
        Defects,
        Knowledge,
        Equipment,
        Incidents,
        PageCount
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkbookController &workbooks() const { return *m_workbooks; }
    Workbook *workbook() const;
    OrdersPage *ordersPage() const { return m_orders; }
    QUndoStack *undoStack() const { return m_undo; }
    HeadOfficeActions &headOffice() { return m_headOffice; }
    void showPage(Page page);
    Page currentPage() const;

    // File ▸ Import…: the dialog, with the file given or chosen.
    void showProductLists();
    void importFile(const QString &path = {});
    // Runs an import (or dry run) on a worker thread, the workbook handed over meanwhile.
    Result<io::ImportSummary> importWithWorkbookHandedOver(QWidget *parent, ImportKind kind,
                                                           const QString &csvPath,
                                                           const io::ImportOptions &options);

    // Help ▸ Verify Workbook: the full integrity and reference check and the audit trail's hash
    // chain, on a worker thread with its own read-only connection; the result in a message box.
    // Returns whether the workbook passed.
    bool verifyWorkbook();
    // Find in Workbook (Ctrl+K): the search dialog, then the page of the match chosen.
    void findInWorkbook();
    void openFound(const WorkbookSearch::Hit &hit);
    // File ▸ Export Copy for Training: asks for the file unless given one; on a worker thread.
    bool exportTrainingCopy(const QString &target = QString());

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPages();
    void workbookClosing();
    void workbookChanged(Workbook *workbook);
    void updateTitleAndStatus();
    void rebuildRecentMenu();
    void backUpWorkbook();
    void showPreferences();
    void showPeriod(QDate month);
    void showAbout();
    void showUserGuide();
    // File ▸ Print…: what the page shows — the report, the selected order or inspection.
    void printCurrent();

    WorkbookController *m_workbooks;
    WorkbookContext *m_context;
    WorkbookSafetyActions m_safety{this};
    HeadOfficeActions m_headOffice;
    QUndoStack *m_undo = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    OrdersPage *m_orders = nullptr;
    InspectionsPage *m_inspections = nullptr;
    SurveysPage *m_surveys = nullptr;
    TeamPage *m_team = nullptr;
    ReportsPage *m_reports = nullptr;
    NetworkPage *m_network = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QList<QAction *> m_workbookActions; // enabled only with a workbook open
    QLabel *m_workbookLabel = nullptr;
    QLabel *m_branchLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
};

} // namespace servicelens::ui
