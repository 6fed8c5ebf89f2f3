// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderDetails.h"

#include "CalendarRepository.h"
#include "EquipmentWaits.h"
#include "OrderRepository.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QTimeZone>

#include <algorithm>
#include <set>

namespace servicelens::flow {

namespace {

// What the history needs besides its records: the batch that created an order without an
// insert record of its own, and the names behind the technician and customer ids it shows.
Status loadHistoryContext(Database &db, OrderDetails &d)
{
    const bool inserted =
        std::any_of(d.history.begin(), d.history.end(),
                    [](const AuditLog::Entry &e) { return e.action == AuditLog::Action::Insert; });
    if (!inserted) {
        // The batch naming the order's id among those it inserted; in records written before
        // batches named their ids, the first batch at or after the order's creation.
        SqlQuery q(db, QStringLiteral(
                           "SELECT a.id, a.at, a.actor, a.action, a.before_json, a.after_json, "
                           "a.entity FROM audit_log a, service_order o WHERE o.id = :order AND "
                           "a.entity IN ('service_order', 'order_event') AND a.action = 'bulk' "
                           "AND ((json_extract(a.after_json, '$.first_order_id') <= o.id AND "
                           "json_extract(a.after_json, '$.last_order_id') >= o.id) OR "
                           "(json_extract(a.after_json, '$.first_order_id') IS NULL AND "
                           "a.at >= o.created_at AND (a.entity = 'service_order' OR "
                           "json_extract(a.after_json, '$.orders_created') > 0))) ORDER BY "
                           "json_extract(a.after_json, '$.first_order_id') IS NULL, a.id LIMIT 1"));
        q.bind(QStringLiteral(":order"), d.order.id);
        if (auto s = q.exec(); !s)
            return s;
        if (q.next())
            d.origin = AuditLog::readEntry(q, q.value(6).toString());
    }
    auto staff = org::StaffRepository(db).list();
    if (!staff)
        return staff.error();
    for (const org::StaffMember &m : *staff)
        d.staffNames[m.id] = m.code + QLatin1Char(' ') + m.name;
    std::set<qint64> customers;
    for (const AuditLog::Entry &e : d.history)
        for (const QJsonObject *row : {&e.before, &e.after})
            if (const QJsonValue v = row->value(QStringLiteral("customer_id")); v.isDouble())
                customers.insert(static_cast<qint64>(v.toDouble()));
    for (qint64 id : customers) {
        auto customer = CustomerRepository(db).findById(id);
        if (!customer)
            return customer.error();
        if (customer->has_value())
            d.customerNames[id] = (*customer)->name;
    }
    return {};
}

} // namespace

Result<OrderDetails> OrderDetails::load(Database &db, qint64 orderId)
{
    OrderDetails d;
    auto order = OrderRepository(db).findById(orderId);
    if (!order)
        return order.error();
    if (!order->has_value())
        return makeError(ErrorKind::NotFound, OrderRepository::tr("The order no longer exists."));
    d.order = **order;
    if (d.order.customerId) {
        auto customer = CustomerRepository(db).findById(*d.order.customerId);
        if (!customer)
            return customer.error();
        d.customer = *customer;
    }
    auto own = StageEventRepository(db).forOrder(orderId);
    if (!own)
        return own.error();
    // Its waits for broken equipment beside its own: shown on its timeline, and pausing its SLA
    // clock as a wait for parts does.
    auto events = EquipmentWaits::withEquipment(db, orderId, std::move(*own));
    if (!events)
        return events.error();
    d.events = std::move(*events);
    auto history = AuditLog(db).entriesFor(QStringLiteral("service_order"), d.order.uid);
    if (!history)
        return history.error();
    d.history = std::move(*history);
    if (auto s = loadHistoryContext(db, d); !s)
        return s.error();
    auto branch = BranchRepository(db).findById(d.order.branchId);
    if (!branch)
        return branch.error();
    d.timeZone =
        branch->has_value() ? (*branch)->timeZone : QString::fromLatin1(Branch::defaultTimeZone);
    auto policies = SlaPolicyRepository(db).load();
    if (!policies)
        return policies.error();
    d.policy = policies->forOrder(d.order.priority, d.order.category);
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    const LocalTime local = LocalTime::inZone(d.timeZone);
    d.deadlines = SlaClock::compute(d.order, d.policy, *calendar, local,
                                    db.clock().nowSecsSinceEpoch(), d.events);
    return d;
}

} // namespace servicelens::flow
