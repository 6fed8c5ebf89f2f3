// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderDetails.h"

#include "CalendarRepository.h"
#include "OrderRepository.h"
#include "org/Branch.h"
#include "storage/Clock.h"
#include "storage/Database.h"

#include <QTimeZone>

namespace servicelens::flow {

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
    auto events = StageEventRepository(db).forOrder(orderId);
    if (!events)
        return events.error();
    d.events = std::move(*events);
    auto history = AuditLog(db).entriesFor(QStringLiteral("service_order"), d.order.uid);
    if (!history)
        return history.error();
    d.history = std::move(*history);
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
