// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QMainWindow;

namespace servicelens {
class Workbook;
}

namespace servicelens::ui {

// What keeps a workbook safe, from the window's menus: File ▸ Back Up Workbook… (a checked
// copy that never replaces a file), File ▸ Export Copy for Training… (customers pseudonymised,
// in a background task) and Help ▸ Verify Workbook (the whole check, in a background task).
// Dialogs open over the window; the outcome shows in its status bar.
class WorkbookSafetyActions final {
    Q_DECLARE_TR_FUNCTIONS(WorkbookSafetyActions)

public:
    explicit WorkbookSafetyActions(QMainWindow *window);

    void backUp(Workbook &workbook);
    // To `chosen`, or to a file the user picks when it is empty; false when nothing was written.
    bool exportTrainingCopy(Workbook &workbook, const QString &chosen);
    // True when the workbook passed every check.
    bool verify(Workbook &workbook);

    // The file dialogs' filter for workbooks.
    static QString fileFilter();

private:
    QMainWindow *m_window;
};

} // namespace servicelens::ui
