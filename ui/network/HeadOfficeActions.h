// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace servicelens {
class Workbook;
}

namespace servicelens::ui {

class WorkbookContext;

// The head office's work from the window's File menu (docs/head-office.md): at a branch,
// File ▸ Send to Head Office… writes a pack of what changed since the last one; at head office,
// File ▸ Merge Packs… merges the packs the branches sent and File ▸ Conflicts… lists what two
// places changed. The outcome shows in the status bar or a message; errors as core words them.
class HeadOfficeActions final {
    Q_DECLARE_TR_FUNCTIONS(HeadOfficeActions)

public:
    HeadOfficeActions(QMainWindow *window, WorkbookContext &context)
        : m_window(window)
        , m_context(context)
    {}

    // To `chosen`, or a file the user picks when empty; false when nothing was written.
    bool sendToHeadOffice(Workbook &workbook, const QString &chosen = {});
    // The packs given, or those the user picks when empty; false when none merged.
    bool mergePacks(Workbook &workbook, QStringList chosen = {});
    void showConflicts(Workbook &workbook);
    // Head office's own records for its branches (File ▸ Send to Branches…).
    bool sendToBranches(Workbook &workbook, const QString &chosen = {});
    // At a branch, head office's pack (File ▸ Receive from Head Office…).
    bool receiveFromHeadOffice(Workbook &workbook, const QString &chosen = {});

    static QString packFilter();

    // File ▸ Connect to Head Office Store…: asks for the server and opens its store with
    // `open` (the window's way of opening a workbook); false when nothing was opened.
    bool connectToStore();
    void setOpener(std::function<bool(const QString &)> open) { m_open = std::move(open); }

    // Adds the entries to the File menu, acting on the context's workbook.
    void addTo(QMenu *file);
    // A branch's workbook offers Send; a head office's store Merge and Conflicts.
    void updateFor(Workbook *workbook);

private:
    QMainWindow *m_window;
    WorkbookContext &m_context;
    QAction *m_send = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_sendToBranches = nullptr;
    QAction *m_receive = nullptr;
    QAction *m_connect = nullptr;
    std::function<bool(const QString &)> m_open;
};

} // namespace servicelens::ui
