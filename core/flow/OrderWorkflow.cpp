// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderWorkflow.h"

#include "storage/Database.h"
#include "storage/WriteTransaction.h"

namespace servicelens::flow {

OrderWorkflow::OrderWorkflow(Database &db)
    : m_db(db)
    , m_orders(db)
    , m_events(db)
{}

Status OrderWorkflow::step(qint64 orderId, const std::function<Status(ServiceOrder &)> &change)
{
    // Every step: one transaction around reading the order, changing it and recording why.
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto order = load(orderId);
    if (!order)
        return order.error();
    const ServiceOrder before = *order;
    if (auto s = change(*order); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    // The order as stored (its updated_at and derived fields), for an undo to compare with.
    auto after = load(orderId);
    if (!after)
        return after.error();
    m_last = Step{before, *after, m_recorded};
    return {};
}

Status OrderWorkflow::undo(const Step &step)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto s = m_orders.update(step.before, step.after); !s)
        return s;
    if (auto s = m_events.remove(step.event); !s)
        return s;
    return tx.commit();
}

Status OrderWorkflow::redo(Step &step)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto s = m_orders.update(step.after, step.before); !s)
        return s;
    step.event.id = 0;
    if (auto s = m_events.add(step.event); !s)
        return s;
    return tx.commit();
}

Result<ServiceOrder> OrderWorkflow::load(qint64 orderId)
{
    auto found = m_orders.findById(orderId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorKind::NotFound, tr("The order no longer exists."));
    return **found;
}

Status OrderWorkflow::record(qint64 orderId, StageEvent::Kind kind, const QString &stage, qint64 at,
                             std::optional<qint64> staffId, const QString &note)
{
    StageEvent e;
    e.orderId = orderId;
    e.kind = kind;
    e.stage = stage;
    e.at = at;
    e.staffId = staffId;
    e.note = note;
    if (auto s = m_events.add(e); !s)
        return s;
    m_recorded = e;
    return {};
}

Status OrderWorkflow::respond(qint64 orderId, qint64 at, std::optional<qint64> staffId)
{
    return step(orderId, [&](ServiceOrder &order) -> Status {
        if (order.times.responded)
            return makeError(ErrorKind::InvalidInput,
                             tr("Order %1 has already been responded to.").arg(order.orderNo));
        order.times.responded = at;
        if (auto s = m_orders.update(order); !s)
            return s;
        if (auto s = record(orderId, StageEvent::Kind::Stage, QStringLiteral("responded"), at,
                            staffId, {});
            !s)
            return s;
        return {};
    });
}

Status OrderWorkflow::advance(qint64 orderId, Stage stage, qint64 at, std::optional<qint64> staffId,
                              const QString &note)
{
    return step(orderId, [&](ServiceOrder &order) -> Status {
        if (order.status == OrderStatus::Closed)
            return makeError(ErrorKind::InvalidInput,
                             tr("Order %1 is closed; reopen it first.").arg(order.orderNo));
        if (order.status != OrderStatus::Open)
            return makeError(ErrorKind::InvalidInput,
                             tr("Order %1 is waiting; end the wait first.").arg(order.orderNo));
        std::optional<qint64> *slot = nullptr;
        switch (stage) {
        case Stage::Received:
            return makeError(ErrorKind::InvalidInput, tr("An order is received only once."));
        case Stage::Analysed:
            slot = &order.times.analysed;
            break;
        case Stage::Solution:
            slot = &order.times.solution;
            break;
        case Stage::Implemented:
            slot = &order.times.implemented;
            break;
        case Stage::FollowedUp:
            slot = &order.times.followedUp;
            break;
        case Stage::Closed:
            slot = &order.times.closed;
            order.status = OrderStatus::Closed;
            break;
        }
        if (*slot)
            return makeError(ErrorKind::InvalidInput,
                             tr("Order %1 has already reached “%2”.")
                                 .arg(order.orderNo, FlowNames::label(stage)));
        *slot = at;
        // A later stage recorded before this one would put times out of order; validate() names it.
        if (auto s = m_orders.update(order); !s)
            return s;
        if (auto s =
                record(orderId, StageEvent::Kind::Stage, FlowNames::code(stage), at, staffId, note);
            !s)
            return s;
        return {};
    });
}

Status OrderWorkflow::startWait(qint64 orderId, Wait wait, qint64 at, const QString &note)
{
    return step(orderId, [&](ServiceOrder &order) -> Status {
        if (order.status != OrderStatus::Open)
            return makeError(ErrorKind::InvalidInput,
                             tr("Order %1 is closed or already waiting.").arg(order.orderNo));
        if (at < order.times.received)
            return makeError(ErrorKind::InvalidInput,
                             tr("Order %1: a wait cannot start before the order was received.")
                                 .arg(order.orderNo));
        order.status =
            wait == Wait::Parts ? OrderStatus::WaitingParts : OrderStatus::WaitingCustomer;
        if (auto s = m_orders.update(order); !s)
            return s;
        const auto kind = wait == Wait::Parts ? StageEvent::Kind::WaitPartsStart
                                              : StageEvent::Kind::WaitCustomerStart;
        if (auto s = record(orderId, kind, {}, at, {}, note); !s)
            return s;
        return {};
    });
}

Status OrderWorkflow::endWait(qint64 orderId, qint64 at, const QString &note)
{
    return step(orderId, [&](ServiceOrder &order) -> Status {
        const bool parts = order.status == OrderStatus::WaitingParts;
        if (!parts && order.status != OrderStatus::WaitingCustomer)
            return makeError(ErrorKind::InvalidInput,
                             tr("Order %1 is not waiting.").arg(order.orderNo));
        auto events = m_events.forOrder(orderId);
        if (!events)
            return events.error();
        const auto startKind =
            parts ? StageEvent::Kind::WaitPartsStart : StageEvent::Kind::WaitCustomerStart;
        qint64 started = order.times.received;
        for (const StageEvent &e : *events)
            if (e.kind == startKind)
                started = e.at;
        if (at < started)
            return makeError(
                ErrorKind::InvalidInput,
                tr("Order %1: the wait cannot end before it started.").arg(order.orderNo));
        order.status = OrderStatus::Open;
        if (auto s = m_orders.update(order); !s)
            return s;
        const auto kind =
            parts ? StageEvent::Kind::WaitPartsEnd : StageEvent::Kind::WaitCustomerEnd;
        if (auto s = record(orderId, kind, {}, at, {}, note); !s)
            return s;
        return {};
    });
}

Status OrderWorkflow::reopen(qint64 orderId, qint64 at, const QString &note)
{
    return step(orderId, [&](ServiceOrder &order) -> Status {
        if (order.status != OrderStatus::Closed)
            return makeError(ErrorKind::InvalidInput, tr("Only a closed order can be reopened."));
        if (at < *order.times.closed)
            return makeError(
                ErrorKind::InvalidInput,
                tr("Order %1: it cannot be reopened before it was closed.").arg(order.orderNo));
        order.times.implemented.reset();
        order.times.followedUp.reset();
        order.times.closed.reset();
        order.status = OrderStatus::Open;
        order.reopened += 1;
        if (auto s = m_orders.update(order); !s)
            return s;
        if (auto s = record(orderId, StageEvent::Kind::Reopen, {}, at, {}, note); !s)
            return s;
        return {};
    });
}

} // namespace servicelens::flow
