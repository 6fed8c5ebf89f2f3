// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbook/WorkbookSearch.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace servicelens::ui {

// Find in Workbook (Ctrl+K): one box over the branch's orders, customers, inspections,
// corrective actions and survey comments, the matches grouped by kind, newest first, found as
// the user types. Enter or a double-click goes to the match (chosen()).
class SearchDialog final : public QDialog {
    Q_OBJECT

public:
    SearchDialog(Database &db, qint64 branchId, QWidget *parent = nullptr);

    void search(const QString &text);
    std::optional<WorkbookSearch::Hit> chosen() const { return m_chosen; }
    static QString kindLabel(WorkbookSearch::Kind kind);

private:
    void choose(QTreeWidgetItem *item);

    WorkbookSearch m_search;
    QLineEdit *m_text;
    QTreeWidget *m_results;
    QLabel *m_summary;
    QTimer *m_pause;
    std::vector<WorkbookSearch::Hit> m_hits;
    std::optional<WorkbookSearch::Hit> m_chosen;
};

} // namespace servicelens::ui
