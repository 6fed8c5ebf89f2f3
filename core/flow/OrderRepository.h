// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalTime.h"
#include "ServiceOrder.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <map>
#include <memory>
#include <optional>

namespace servicelens {
class Database;
class SqlQuery;
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

    Status insert(ServiceOrder &order, Audit audit = Audit::EachRow);
    Status update(const ServiceOrder &order);
    Status remove(qint64 id);

    Result<std::optional<ServiceOrder>> findById(qint64 id) const;
    Result<std::optional<ServiceOrder>> findByOrderNo(qint64 branchId,
                                                      const QString &orderNo) const;
    Result<qint64> count() const;
    // The next free order id of the form SO<yyyyMMdd><nnnn> for a day, as the demo and most
    // helpdesks number them.
    Result<QString> nextOrderNo(qint64 branchId, QDate day) const;

    // Recomputes the stored month keys of a branch's orders after its time zone changed, so
    // months (and the monthly counts behind the backlog) follow the new zone.
    Status recomputeMonthKeys(qint64 branchId, const QTimeZone &zone);

    // Order id -> row id of every order of a branch, for importers matching rows in bulk.
    Result<QHash<QString, qint64>> idsByOrderNo(qint64 branchId) const;

    // Checks the order on its own: required fields, counts, and that each stage time present
    // is not earlier than the previous one present. The message names the offending stage.
    static Status validate(const ServiceOrder &order);

private:
    Result<const LocalTime *> localTimeOf(qint64 branchId);
    void bindOrder(SqlQuery &q, const ServiceOrder &order, const LocalTime &local) const;

    Database &m_db;
    std::map<qint64, LocalTime> m_localTimes;
    std::unique_ptr<SqlQuery> m_insert; // prepared once, reused by bulk inserts
};

} // namespace servicelens::flow
