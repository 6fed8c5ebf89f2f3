// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Customer.h"
#include "ServiceOrder.h"
#include "SlaClock.h"
#include "StageEvent.h"
#include "storage/AuditLog.h"
#include "storage/Result.h"

#include <map>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// Everything the order form shows about one order, gathered in one call: the order, its
// customer, its stage events, its audit history (with the names it refers to), and its
// deadlines now.
struct OrderDetails {
    ServiceOrder order;
    std::optional<Customer> customer;
    std::vector<StageEvent> events;
    std::vector<AuditLog::Entry> history;
    // The import or demo batch that created the order, when it has no record of its own.
    std::optional<AuditLog::Entry> origin;
    // Who the history's ids name: staff (technicians) and customers, by id.
    std::map<qint64, QString> staffNames;
    std::map<qint64, QString> customerNames;
    SlaPolicy policy;
    SlaDeadlines deadlines;
    QString timeZone;

    static Result<OrderDetails> load(Database &db, qint64 orderId);
};

} // namespace servicelens::flow
