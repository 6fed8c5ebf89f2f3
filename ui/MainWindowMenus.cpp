// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus: File, Edit, View, Settings and Help, and the recent workbooks.
#include "MainWindow.h"

#include "flow/CalendarDialog.h"
#include "flow/SlaPolicyDialog.h"
#include "storage/Clock.h"
#include "workbook/RecentFiles.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"
#include "workbook/WorkbookController.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QMenuBar>
#include <QUndoStack>

namespace servicelens::ui {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction =
        file->addAction(tr("&New…"), m_workbooks, &WorkbookController::createWithDialog);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        file->addAction(tr("&Open…"), m_workbooks, &WorkbookController::openWithDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(tr("Open &Demo Workbook"), this, [this] { m_workbooks->openDemo(); });
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import…"), this, [this] { importFile(); });
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_workbookActions << importAction;
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printCurrent);
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    m_workbookActions << print;
    m_backupAction = file->addAction(tr("&Back Up…"), this, &MainWindow::backUpWorkbook);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    QAction *restoreAction = file->addAction(tr("&Restore from Backup…"), m_workbooks,
                                             &WorkbookController::restoreWithDialog);
    restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_workbookActions << restoreAction;
    QAction *trainingCopy =
        file->addAction(tr("Export Copy for &Training…"), this, [this] { exportTrainingCopy(); });
    trainingCopy->setObjectName(QStringLiteral("trainingCopyAction"));
    trainingCopy->setStatusTip(tr("A copy of the workbook with customers' names and phone "
                                  "numbers replaced by pseudonyms, for trainers."));
    m_workbookActions << trainingCopy;
    file->addSeparator();
    m_headOffice.addTo(file);
    m_headOffice.setOpener([this](const QString &url) { return m_workbooks->open(url); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Workbook…"), this, &MainWindow::findInWorkbook);
    find->setObjectName(QStringLiteral("findInWorkbookAction"));
    // Ctrl+K as in the tools people know; Ctrl+Shift+F as "find in files".
    find->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    m_workbookActions << find;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->text(), this,
                                      [this, i] { showPage(static_cast<Page>(i)); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth, as the digit row runs.
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        else if (i == 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_workbookActions << settings->addAction(tr("Working-day &Calendar…"), this, [this] {
        if (!workbook())
            return;
        const QDate today = workbook()->database().clock().nowUtc().date();
        CalendarDialog dialog(workbook()->database(), today.year(), m_undo, this);
        connect(&dialog, &CalendarDialog::calendarChanged, this,
                [this] { m_context->notify(WorkbookContext::Change::Calendar); });
        dialog.exec();
    });
    m_workbookActions << settings->addAction(tr("&SLA Policies…"), this, [this] {
        if (!workbook())
            return;
        SlaPolicyDialog dialog(workbook()->database(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_context->notify(WorkbookContext::Change::Policies);
    });
    QAction *products =
        settings->addAction(tr("&Products and Categories…"), this, &MainWindow::showProductLists);
    products->setObjectName(QStringLiteral("productListsAction"));
    m_workbookActions << products;
    settings->addSeparator();
    QAction *prefs = settings->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    // Most Linux desktops define no standard key for Preferences; Ctrl+, is what users try.
    prefs->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty()
                           ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                           : QKeySequence(QKeySequence::Preferences));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("User &Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *verify = help->addAction(tr("&Verify Workbook…"), this, [this] { verifyWorkbook(); });
    verify->setObjectName(QStringLiteral("verifyAction"));
    m_workbookActions << verify;
    // What needs the workbook's file: not offered on a head-office store on PostgreSQL.
    for (QAction *a : {restoreAction, trainingCopy, verify})
        a->setProperty("fileOnly", true);
    help->addSeparator();
    help->addAction(tr("&About ServiceLens"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_workbooks->recent().files();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                             [this, path] { m_workbooks->open(path); });
        a->setToolTip(path);
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workbooks"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            m_workbooks->recent().clear();
            rebuildRecentMenu();
        });
    }
}

} // namespace servicelens::ui
