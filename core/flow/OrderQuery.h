// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlowTypes.h"
#include "SlaClock.h"
#include "SlaPolicy.h"
#include "org/Branch.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// What the orders table shows; every part is optional and they all apply together.
struct OrderFilter {
    std::optional<QDate> receivedMonth; // received in this month (branch time zone)
    std::optional<QDate> closedMonth;   // closed in this month
    std::optional<OrderStatus> status;
    std::optional<Stage> stage;
    std::optional<Priority> priority;
    std::optional<Channel> channel;
    std::optional<qint64> technicianId;
    std::optional<bool> complaint;
    bool openOnly = false;    // not closed
    bool overdueOnly = false; // open and past the resolution due date, by the SLA clock
    QString text; // part of the order id, the customer's name, the product or the description
    // Only these orders (a number clicked through: the orders on a path of the process map);
    // empty: no such limit.
    std::vector<qint64> orderIds;

    bool operator==(const OrderFilter &o) const;
};

enum class OrderSortKey {
    OrderNo,
    Received,
    Closed,
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
    Reopened
};

// One line of the orders table.
struct OrderRow {
    qint64 id = 0;
    QString orderNo;
    qint64 received = 0;
    std::optional<qint64> closed;
    OrderStatus status = OrderStatus::Open;
    Stage stage = Stage::Received;
    Priority priority = Priority::Normal;
    Channel channel = Channel::Phone;
    QString category;
    QString product;
    QString customer;
    QString technicianCode;
    QString technicianName;
    bool complaint = false;
    int visits = 0;
    int reopened = 0;
    std::optional<qint64> dueAt; // the order's own deadline, from its export
    SlaPolicy policy;            // the row of the SLA policies that sets its targets
    // An open order's deadlines now (the list's deadline column); none once closed.
    std::optional<SlaDeadlines> deadlines;
    QVariant sortValue; // the value of the sort key, for the next page's cursor
    qint64 sortTie = 0; // by customer: the customer's id (0 for none) between name and id
};

// Where a page ends: the sort key's value and the id of its last row (by customer, the
// customer's id between them: orders are sorted by name, customer, order).
struct OrderCursor {
    QVariant value;
    qint64 id = 0;
    qint64 tie = 0;
};

// Pages of orders fetched by key (never OFFSET, never the whole table), sorted and filtered by
// SQLite. Each page continues after the cursor of the previous one, so scrolling deep into a
// million orders costs the same as the first page.
class OrderQuery final {
    Q_DECLARE_TR_FUNCTIONS(OrderQuery)

public:
    OrderQuery(Database &db, Branch branch);

    Result<qint64> count(const OrderFilter &filter);
    Result<std::vector<OrderRow>> page(const OrderFilter &filter, OrderSortKey key,
                                       Qt::SortOrder order, const std::optional<OrderCursor> &after,
                                       int limit);
    static OrderCursor cursorOf(const OrderRow &row)
    {
        return {row.sortValue, row.id, row.sortTie};
    }
    // By customer, a selection of at least this many orders is paged by walking the customers in
    // name order (a page costs what it shows); a smaller one is joined and sorted whole (a walk
    // would pass many customers without a selected order). Changeable for tests.
    static constexpr qint64 customerWalkFrom = 20000;
    void setCustomerWalkFrom(qint64 orders) { m_customerWalkFrom = orders; }

private:
    Result<QString> innerByCustomer(const OrderFilter &filter, bool ascending, bool after);
    Status prepareOverdue();
    Status addDeadlines(std::vector<OrderRow> &rows);
    Status preparePicked(const std::vector<qint64> &ids);
    QString whereClause(const OrderFilter &filter) const;

    Database &m_db;
    Branch m_branch;
    qint64 m_customerWalkFrom = customerWalkFrom;
};

} // namespace servicelens::flow
