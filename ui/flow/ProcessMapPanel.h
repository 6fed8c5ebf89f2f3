// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProcessMapPainter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

// The process map of the service flow page: the real flow of the orders closed in a month
// (filterable by priority and category) as places and moves, and its distinct paths most common
// first; every number opens the orders it counts.
class ProcessMapPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ProcessMapPanel(WorkbookContext &context, QWidget *parent = nullptr);

    const kpi::ProcessMapData &data() const { return m_data; }
    // The orders behind a number, as a click would open them (tests call it too).
    void openEdge(int edgeIndex);
    void openNode(int node);
    void openVariant(int row);
    // The place names and move labels in the window's language (the report has its own).
    static ProcessMapPainter::Text screenText();

signals:
    void openOrders(const std::vector<qint64> &orderIds, const QString &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showWorkbook();
    void refresh();

    WorkbookContext &m_context;
    QComboBox *m_month = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_view = nullptr;
    QTableWidget *m_variants = nullptr;
    kpi::ProcessMapData m_data;
    bool m_updating = false;
    // The workbook changed while the tab was hidden: read when it is shown (its months and
    // categories walk every order — a second on a million — which opening must not wait for).
    bool m_stale = false;
};

} // namespace servicelens::ui
