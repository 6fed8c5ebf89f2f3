// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceOrder.h"
#include "common/LocalTime.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
struct Branch;
class SqlQuery;
class FastQuery;
} // namespace servicelens

namespace servicelens::flow {

// Service orders in the workbook. Every write is validated (stage times never go backwards),
// runs in a transaction and leaves an audit record. The UI and the importer both use it.
class OrderRepository final {
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    // Bulk writers (demo generation, imports) audit the batch as a whole instead of each row.
    enum class Audit { EachRow, Caller };

    explicit OrderRepository(Database &db);
    ~OrderRepository();

    // Branches the caller has read already (an import): their local time is not read again.
    void knowBranches(const std::vector<Branch> &branches);
    Status insert(ServiceOrder &order, Audit audit = Audit::EachRow);

    // Many inserts in one transaction (imports, the demo): the trigger that keeps the monthly
    // counts (schema step 3) is set aside until endBulk(), which adds the counts of the rows
    // inserted meanwhile and puts the trigger back, in the same transaction. Per row the
    // trigger cost a third of an insert and a statement journal. Call both inside the caller's
    // WriteTransaction; a rollback undoes the pair like everything else.
    Status beginBulk();
    Status endBulk();
    // The ids of the orders the last bulk inserted, first and last (none inserted: nullopt).
    // A transaction serialises writers, so every id between them is one of that batch's; the
    // batch's audit record names them (batchRange) and an order's history finds its batch.
    std::optional<std::pair<qint64, qint64>> lastBulkIds() const { return m_lastBulkIds; }
    // Adds the fields naming those ids (first_order_id, last_order_id) to a batch record.
    void addBatchRange(QJsonObject &batch) const;
    // Writes `order` over the stored one. With `readBefore` (the order as the caller read it
    // before editing), the write happens only if the stored order is still that one; otherwise
    // it is a Stale error and nothing is written: two windows or programs editing the same
    // order never silently overwrite each other.
    Status update(const ServiceOrder &order,
                  const std::optional<ServiceOrder> &readBefore = std::nullopt);
    // Writes `order` over the stored one inside the caller's transaction, without an audit
    // record of its own: for bulk writers that audit the batch (an event log's import).
    Status updateInBatch(const ServiceOrder &order);
    Status remove(qint64 id);

    Result<std::optional<ServiceOrder>> findById(qint64 id) const;
    // The months (first days) in which the branch received or closed orders, newest first:
    // one read of the monthly counts, whatever the number of orders.
    Result<std::vector<QDate>> monthsWithOrders(qint64 branchId) const;
    Result<std::optional<ServiceOrder>> findByOrderNo(qint64 branchId,
                                                      const QString &orderNo) const;
    Result<qint64> count() const;
    // The categories the orders use, most orders first (the SLA dialog offers them).
    Result<QStringList> categories(int limit = 200) const;
    // The next free order id of the form SO<yyyyMMdd><nnnn> for a day, as the demo and most
    // helpdesks number them.
    Result<QString> nextOrderNo(qint64 branchId, QDate day) const;

    // Recomputes the stored month keys of a branch's orders after its time zone changed, so
    // months (and the monthly counts behind the backlog) follow the new zone.
    Status recomputeMonthKeys(qint64 branchId, const QTimeZone &zone);

    // The row id of a branch's order with this order id, for importers matching rows: one
    // index seek per row, nothing held in memory.
    Result<std::optional<qint64>> idByOrderNo(qint64 branchId, const QString &orderNo);

    // Checks the order on its own: required fields, counts, and that each stage time present
    // is not earlier than the previous one present. The message names the offending stage.
    static Status validate(const ServiceOrder &order);

    // The local time of a branch, read once and kept: the importer converts its rows' times
    // with the same object that the repository stores them with.
    Result<const LocalTime *> localTimeOf(qint64 branchId);

private:
    void bindOrder(SqlQuery &q, const ServiceOrder &order, const LocalTime &local) const;
    void bindColumns(FastQuery &q, const ServiceOrder &order, const LocalTime &local) const;

    Database &m_db;
    std::map<qint64, LocalTime> m_localTimes;
    // Prepared once, reused by bulk writers and importers.
    std::unique_ptr<FastQuery> m_insert;
    std::unique_ptr<FastQuery> m_updateInBatch;
    struct Bulk {
        QByteArray triggerSql;
        std::map<std::pair<qint64, int>, std::pair<qint64, qint64>> counts; // received, closed
        std::optional<std::pair<qint64, qint64>> ids;
    };
    std::optional<Bulk> m_bulk;
    std::optional<std::pair<qint64, qint64>> m_lastBulkIds;
    std::unique_ptr<FastQuery> m_idByOrderNo;
    mutable std::unique_ptr<FastQuery> m_findById;
};

} // namespace servicelens::flow
