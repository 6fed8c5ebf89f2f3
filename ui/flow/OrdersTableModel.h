// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderQuery.h"

#include <QAbstractTableModel>

#include <memory>

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The orders table over core's keyset pages: it holds only the rows scrolled to so far and
// fetches the next page when the view asks for more (canFetchMore/fetchMore). Sorting and
// filtering reset it and are done by SQLite; the model never loads the whole table.
class OrdersTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        OrderNo,
        Received,
        Status,
        Stage,
        Priority,
        Channel,
        Category,
        Product,
        Customer,
        Technician,
        Complaint,
        Visits,
        Reopened,
        Closed,
        Target,   // the order's targets and the policy row they come from
        Deadline, // an open order's resolution deadline: time left, or how late it is
        ColumnCount
    };
    static constexpr int pageSize = 200;
    enum Roles { OrderIdRole = Qt::UserRole + 1 };

    explicit OrdersTableModel(QObject *parent = nullptr);
    ~OrdersTableModel() override;

    // No workbook: an empty table.
    void setSource(Database *db, const Branch &branch);
    void setFilter(const flow::OrderFilter &filter);
    const flow::OrderFilter &filter() const { return m_filter; }
    // All orders the filter matches (not only those fetched so far); -1 before the first count.
    qint64 totalCount() const { return m_total; }
    qint64 orderId(int row) const;
    // Re-reads from the first page, keeping filter and sort (after an edit).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // The Deadline column (short) and its tooltip (full); empty for a closed order.
    static QString deadlineText(const flow::OrderRow &r, bool full);

signals:
    void totalCountChanged(qint64 total);
    // A page could not be read; the message is for the user.
    void failed(const QString &message);

private:
    static flow::OrderSortKey sortKeyFor(int column);
    // The targets as the Target column shows them (short) or its tooltip says them (full).
    template <typename TimeText>
    static QString targetText(const flow::OrderRow &r, bool full, TimeText time);
    static bool overdue(const flow::OrderRow &r);

    std::unique_ptr<flow::OrderQuery> m_query;
    flow::OrderFilter m_filter;
    flow::OrderSortKey m_sortKey = flow::OrderSortKey::Received;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    std::vector<flow::OrderRow> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
    qint64 m_total = -1;
    QString m_timeZone;
};

} // namespace servicelens::ui
