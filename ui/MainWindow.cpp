// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "dashboard/DashboardPage.h"
#include "dashboard/GettingStartedPanel.h"
#include "defects/DefectsPage.h"
#include "equipment/EquipmentPage.h"
#include "flow/OrdersPage.h"
#include "incident/IncidentsPage.h"
#include "inspection/InspectionsPage.h"
#include "knowledge/KnowledgePage.h"
#include "network/NetworkPage.h"
#include "report/ReportsPage.h"
#include "settings/PreferencesDialog.h"
#include "settings/ProductListsDialog.h"
#include "settings/UserGuideDialog.h"
#include "storage/Clock.h"
#include "survey/SurveysPage.h"
#include "team/TeamPage.h"
#include "widgets/DateText.h"
#include "widgets/NavigationList.h"
#include "workbook/ImportDialog.h"
#include "workbook/SearchDialog.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"
#include "workbook/WorkbookController.h"
#include "workbook/WorkbookSafetyActions.h"
#include "workbook/WorkbookSchema.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace servicelens::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workbooks(new WorkbookController(this))
    , m_context(new WorkbookContext(this))
    , m_headOffice(this, *m_context)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_workbookLabel(new QLabel(this))
    , m_branchLabel(new QLabel(this))
    , m_periodLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_workbookLabel->setObjectName(QStringLiteral("workbookLabel"));
    m_branchLabel->setObjectName(QStringLiteral("branchLabel"));
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));

    m_undo = new QUndoStack(this);
    createPages();
    createActions();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_workbookLabel);
    statusBar()->addWidget(m_branchLabel);
    statusBar()->addPermanentWidget(m_periodLabel);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // The first window fits the screen whatever its scaling (1180×760 at 200 % is taller
        // than a 1440-pixel screen), and is centred on it.
        const QRect screen = this->screen()->availableGeometry();
        resize(QSize(1180, 760).boundedTo(screen.size() * 0.92));
        move(screen.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    showPage(static_cast<Page>(
        qBound(0, settings.value(QStringLiteral("mainWindow/page")).toInt(), PageCount - 1)));
    connect(m_workbooks, &WorkbookController::workbookClosing, this, &MainWindow::workbookClosing);
    connect(m_workbooks, &WorkbookController::workbookChanged, this, &MainWindow::workbookChanged);
    connect(m_context, &WorkbookContext::workbookChanged, this, &MainWindow::updateTitleAndStatus);
    connect(m_workbooks, &WorkbookController::recentFilesChanged, this,
            &MainWindow::rebuildRecentMenu);
    connect(m_workbooks, &WorkbookController::message, this,
            [this](const QString &text, int timeoutMs, bool unlessBusy) {
                if (!unlessBusy || statusBar()->currentMessage().isEmpty())
                    statusBar()->showMessage(text, timeoutMs);
            });
    // A message takes the status bar's left side while it shows; the workbook and branch
    // labels step aside rather than being written over.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        m_workbookLabel->setVisible(text.isEmpty());
        m_branchLabel->setVisible(text.isEmpty());
    });
    updateTitleAndStatus();
}

Workbook *MainWindow::workbook() const
{
    return m_workbooks->workbook();
}

MainWindow::~MainWindow()
{
    m_workbooks->waitForDailyBackup();
}

void MainWindow::createPages()
{
    navigation::fill(m_navigation, {
                                       {tr("Dashboard"), "dashboard"},
                                       {tr("Service flow"), "flow"},
                                       {tr("Inspections"), "inspection"},
                                       {tr("Surveys"), "survey"},
                                       {tr("Team & training"), "team"},
                                       {tr("Reports"), "report"},
                                       {tr("Network"), "network"},
                                       {tr("Defects"), "defects"},
                                       {tr("Knowledge"), "knowledge"},
                                       {tr("Equipment"), "equipment"},
                                       {tr("Incidents"), "incidents"},
                                   });

    m_dashboard = new DashboardPage(*m_context, m_pages);
    m_pages->addWidget(m_dashboard);

    m_orders = new OrdersPage(*m_context, m_pages);
    m_orders->setUndoStack(m_undo);
    m_pages->addWidget(m_orders);
    connect(m_dashboard, &DashboardPage::drillDown, this, [this](const flow::OrderFilter &filter) {
        m_orders->showFiltered(filter);
        showPage(ServiceFlow);
    });
    // The status bar names the month the dashboard shows, whichever way it was chosen.
    connect(m_dashboard, &DashboardPage::monthChanged, this, &MainWindow::showPeriod);
    connect(m_dashboard, &DashboardPage::showEquipment, this, [this] { showPage(Equipment); });
    connect(m_dashboard, &DashboardPage::drillDownTo, this,
            [this](const std::vector<qint64> &ids, const QString &what) {
                m_orders->showOrders(ids, what);
                showPage(ServiceFlow);
            });
    GettingStartedPanel *start = m_dashboard->gettingStarted();
    connect(start, &GettingStartedPanel::createWorkbook, m_workbooks,
            &WorkbookController::createWithDialog);
    connect(start, &GettingStartedPanel::openWorkbook, m_workbooks,
            &WorkbookController::openWithDialog);
    connect(start, &GettingStartedPanel::importOrders, this, [this] { importFile(); });
    connect(start, &GettingStartedPanel::newOrder, this, [this] {
        showPage(ServiceFlow);
        m_orders->newOrder();
    });
    connect(start, &GettingStartedPanel::openGuide, this, &MainWindow::showUserGuide);
    m_inspections = new InspectionsPage(*m_context, m_pages);
    m_pages->addWidget(m_inspections);
    m_surveys = new SurveysPage(*m_context, m_pages);
    m_pages->addWidget(m_surveys);
    m_team = new TeamPage(*m_context, m_pages);
    m_pages->addWidget(m_team);
    m_reports = new ReportsPage(*m_context, m_pages);
    m_pages->addWidget(m_reports);
    m_network = new NetworkPage(*m_context, m_pages);
    m_pages->addWidget(m_network);
    connect(m_network, &NetworkPage::openBranch, this, [this](qint64 branchId) {
        m_context->chooseBranch(branchId);
        showPage(ServiceFlow);
    });
    auto *defects = new DefectsPage(*m_context, m_pages);
    m_pages->addWidget(defects);
    connect(defects, &DefectsPage::showOrders, this,
            [this](const std::vector<qint64> &ids, const QString &what) {
                m_orders->showOrders(ids, what);
                showPage(ServiceFlow);
            });
    m_pages->addWidget(new KnowledgePage(*m_context, m_pages));
    auto *equipment = new EquipmentPage(*m_context, m_pages);
    m_pages->addWidget(equipment);
    connect(equipment, &EquipmentPage::showOrders, this,
            [this](const std::vector<qint64> &ids, const QString &what) {
                m_orders->showOrders(ids, what);
                showPage(ServiceFlow);
            });
    auto *incidents = new IncidentsPage(*m_context, m_pages);
    m_pages->addWidget(incidents);
    connect(incidents, &IncidentsPage::showOrders, this,
            [this](const std::vector<qint64> &ids, const QString &what) {
                m_orders->showOrders(ids, what);
                showPage(ServiceFlow);
            });

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [](int row) { QSettings().setValue(QStringLiteral("mainWindow/page"), row); });
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

// Pages let go of the workbook before it closes and take the new one (or none) after.
void MainWindow::workbookClosing()
{
    // Commands refer to the workbook they changed: they end with it.
    m_undo->clear();
    m_context->setWorkbook(nullptr);
}

void MainWindow::workbookChanged(Workbook *workbook)
{
    m_context->setWorkbook(workbook); // the status bar follows through the context
}

void MainWindow::updateTitleAndStatus()
{
    const bool onFile = workbook() && !workbook()->database().isPostgres();
    m_backupAction->setEnabled(onFile);
    m_headOffice.updateFor(workbook());
    // The network is a head office's page, or that of a workbook holding several branches.
    m_navigation->item(Network)->setHidden(
        !workbook() || (!workbook()->isHeadOffice() && m_context->branches().size() < 2));
    // The page last shown (remembered across workbooks) may be one this workbook lacks.
    if (m_navigation->item(Network)->isHidden() && currentPage() == Network)
        showPage(Dashboard);
    for (QAction *a : m_workbookActions)
        a->setEnabled(a->property("fileOnly").toBool() ? onFile : workbook() != nullptr);
    if (!workbook()) {
        setWindowTitle(tr("ServiceLens"));
        m_workbookLabel->setText(tr("No workbook open"));
        m_branchLabel->clear();
        m_periodLabel->clear();
        return;
    }
    const QFileInfo info(workbook()->path());
    // A store on a server is named by its URL (without its password).
    const QString name = onFile ? info.fileName() : workbook()->path();
    setWindowFilePath(onFile ? workbook()->path() : QString());
    setWindowTitle(tr("%1 — ServiceLens").arg(name));
    m_workbookLabel->setText(name);
    m_workbookLabel->setToolTip(onFile ? QDir::toNativeSeparators(info.absoluteFilePath()) : name);
    auto branch = m_context->branch();
    if (!branch) {
        m_branchLabel->setText(branch.error().message);
        m_periodLabel->clear();
        return;
    }
    m_branchLabel->setText(tr("Branch: %1 (%2)").arg(branch->name, branch->code));
    // The period pages show by default: the last complete month in the branch's time zone.
    const QDate today = m_context->today();
    const QDate period = QDate(today.year(), today.month(), 1).addMonths(-1);
    showPeriod(m_dashboard->month().isValid() ? m_dashboard->month() : period);
}

void MainWindow::showPeriod(QDate month)
{
    m_periodLabel->setText(tr("Period: %1").arg(DateText::month(month)));
}

Result<io::ImportSummary> MainWindow::importWithWorkbookHandedOver(QWidget *parent, ImportKind kind,
                                                                   const QString &csvPath,
                                                                   const io::ImportOptions &options)
{
    const int page = m_pages->currentIndex();
    auto result = m_workbooks->importHandedOver(parent, kind, csvPath, options);
    m_pages->setCurrentIndex(page);
    return result;
}

void MainWindow::importFile(const QString &path)
{
    if (!workbook())
        return;
    ImportDialog dialog(
        [this, &dialog](ImportKind kind, const QString &csv, const io::ImportOptions &o) {
            return importWithWorkbookHandedOver(&dialog, kind, csv, o);
        },
        this);
    connect(&dialog, &ImportDialog::imported, this, [this](const io::ImportSummary &s) {
        QString message = tr("Imported %L1 rows: %L2 new, %L3 updated, %L4 unchanged, %L5 skipped.")
                              .arg(s.read)
                              .arg(s.inserted)
                              .arg(s.updated)
                              .arg(s.unchanged)
                              .arg(s.rejected);
        const auto added = std::count_if(s.unknownPeople.begin(), s.unknownPeople.end(),
                                         [](const io::UnknownPerson &p) { return p.created; });
        if (added > 0)
            message += QLatin1Char(' ') +
                       tr("%n people added to the staff list.", nullptr, static_cast<int>(added));
        statusBar()->showMessage(message, 15000);
    });
    if (!path.isEmpty()) {
        dialog.setFile(path);
    } else {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Import"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)"));
        if (chosen.isEmpty())
            return;
        dialog.setFile(chosen);
    }
    dialog.exec();
}

void MainWindow::showProductLists()
{
    // Importing takes the workbook over: the dialog closes for it and opens again after.
    while (workbook()) {
        ProductListsDialog dialog(workbook()->database(), this);
        if (dialog.exec() != ProductListsDialog::ImportRequested)
            return;
        importFile();
    }
}

void MainWindow::backUpWorkbook()
{
    if (workbook())
        m_safety.backUp(*workbook());
}

bool MainWindow::exportTrainingCopy(const QString &chosen)
{
    return workbook() && m_safety.exportTrainingCopy(*workbook(), chosen);
}

bool MainWindow::verifyWorkbook()
{
    return workbook() && m_safety.verify(*workbook());
}

void MainWindow::findInWorkbook()
{
    auto branch = m_context->branch();
    if (!workbook() || !branch)
        return;
    SearchDialog dialog(workbook()->database(), branch->id, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen())
        openFound(*dialog.chosen());
}

void MainWindow::openFound(const WorkbookSearch::Hit &hit)
{
    switch (hit.kind) {
    case WorkbookSearch::Kind::Order:
    case WorkbookSearch::Kind::Comment:
        if (!hit.order)
            return showPage(Surveys);
        showPage(ServiceFlow);
        m_orders->showOrders({*hit.order}, tr("Found: %1").arg(hit.title));
        m_orders->openOrder(*hit.order);
        return;
    case WorkbookSearch::Kind::Customer: {
        flow::OrderFilter filter;
        filter.text = hit.ordersSearch;
        showPage(ServiceFlow);
        m_orders->showFiltered(filter);
        return;
    }
    case WorkbookSearch::Kind::Inspection:
        showPage(Inspections);
        m_inspections->openInspection(hit.id);
        return;
    case WorkbookSearch::Kind::Action:
        showPage(Inspections);
        m_inspections->showAction(hit.id);
        return;
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(workbook() ? &workbook()->database() : nullptr, this);
    dialog.exec();
}

void MainWindow::printCurrent()
{
    const int page = m_pages->currentIndex();
    if (page == Reports) {
        m_reports->printReport();
        return;
    }
    if ((page == ServiceFlow && m_orders->printSelected()) ||
        (page == Inspections && m_inspections->printSelected()))
        return;
    statusBar()->showMessage(tr("To print, select an order or an inspection, or open the "
                                "Reports page."),
                             8000);
}

void MainWindow::showUserGuide()
{
    UserGuideDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ServiceLens"),
        tr("<h3>ServiceLens %1</h3>"
           "<p>Service flows, branch inspections, satisfaction surveys, the team and its "
           "training for after-sales service centres, in one local workbook file.</p>"
           "<p>Workbook format %2 · Qt %3</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion())
            .arg(WorkbookSchema::latestVersion())
            .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace servicelens::ui
