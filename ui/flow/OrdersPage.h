// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace servicelens::ui {

class DeferredShow;

class WorkbookContext;

class OrdersTableModel;
class ProcessMapPanel;

// Service flow: every order of the branch in a table that stays fast on a million orders, with
// a filter bar above and the count of what it shows below. Double-click opens the order.
class OrdersPage final : public QWidget {
    Q_OBJECT

public:
    explicit OrdersPage(WorkbookContext &context, QWidget *parent = nullptr);

    // Where order edits are pushed so Edit ▸ Undo reverses them.
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    // Shows exactly these orders (used when a dashboard tile or chart is clicked).
    void showFiltered(const flow::OrderFilter &filter);
    // Only these orders (a number of the process map), named in the drill-down label.
    void showOrders(const std::vector<qint64> &orderIds, const QString &what);
    OrdersTableModel *model() const { return m_model; }
    flow::OrderFilter currentFilter() const;
    void openOrder(qint64 orderId);
    // The selected order in a print preview; false when none is selected.
    bool printSelected();
    void newOrder();

private:
    // The context's workbook or branch changed: everything shown afresh.
    void showWorkbook();
    void applyFilter();
    void updateFilterNote();
    void updateCount(qint64 total);
    void fillMonthAndTechnicians();

    WorkbookContext &m_context;
    DeferredShow *m_workbookShown = nullptr; // showWorkbook(), held back while hidden
    QUndoStack *m_undo = nullptr;
    OrdersTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_month;
    QComboBox *m_status;
    QComboBox *m_stage;
    QComboBox *m_priority;
    QComboBox *m_channel;
    QComboBox *m_technician;
    QComboBox *m_complaint;
    QCheckBox *m_overdue;
    QCheckBox *m_openOnly;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_drillDown;
    QLabel *m_filterNote;
    // A filter given by showFiltered() that the bar cannot express (e.g. closed in a month).
    std::optional<QDate> m_closedMonth;
    std::vector<qint64> m_orderIds; // the orders a process map number opened
    QTabWidget *m_tabs = nullptr;
    ProcessMapPanel *m_processMap = nullptr;
    bool m_updating = false;
};

} // namespace servicelens::ui
