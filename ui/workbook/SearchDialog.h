// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbook/WorkbookSearch.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace servicelens::ui {

// Find in Workbook (Ctrl+K): one box over the branch's orders, customers, inspections,
// corrective actions and survey comments, the matches grouped by kind, newest first, found as
// the user types. Enter or a double-click goes to the match (chosen()). The search runs on a
// worker thread over its own read-only connection: on a million orders it takes most of a
// second, and typing never waits for it.
class SearchDialog final : public QDialog {
    Q_OBJECT

public:
    SearchDialog(Database &db, qint64 branchId, QWidget *parent = nullptr);
    ~SearchDialog() override;

    // Starts looking for `text`; the results replace the list when found (the newest text
    // wins: one typed while a search runs is looked for next).
    void search(const QString &text);
    // For tests: until the search under way, if any, has shown its results.
    void waitForResults();
    std::optional<WorkbookSearch::Hit> chosen() const { return m_chosen; }
    static QString kindLabel(WorkbookSearch::Kind kind);

private:
    void choose(QTreeWidgetItem *item);
    void showResults(const QString &text, const Result<std::vector<WorkbookSearch::Hit>> &found);

    QString m_path;
    qint64 m_branchId;
    QFutureWatcher<Result<std::vector<WorkbookSearch::Hit>>> m_watcher;
    QString m_running;             // the text looked for last
    bool m_busy = false;           // until its results are shown
    std::optional<QString> m_next; // typed meanwhile: looked for when the search ends
    bool m_openFirst = false;      // Enter came before the results
    QLineEdit *m_text;
    QTreeWidget *m_results;
    QLabel *m_summary;
    QTimer *m_pause;
    std::vector<WorkbookSearch::Hit> m_hits;
    std::optional<WorkbookSearch::Hit> m_chosen;
};

} // namespace servicelens::ui
