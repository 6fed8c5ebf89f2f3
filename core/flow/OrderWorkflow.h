// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrderRepository.h"
#include "StageEvent.h"
#include "storage/Result.h"

#include <QCoreApplication>

#include <functional>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// What happens to an order in the application, step by step: respond, reach a stage, wait for
// parts or for the customer, reopen, close. Each step is one transaction that updates the order,
// records a stage event and leaves audit records; a step that would move a stage time backwards,
// or does not fit the order's state, is refused with a message saying why.
class OrderWorkflow final {
    Q_DECLARE_TR_FUNCTIONS(OrderWorkflow)

public:
    enum class Wait { Parts, Customer };

    // What one step did: the order before and after, and the event it recorded. Kept by the
    // caller to undo the step and redo it (Edit ▸ Undo in the order form).
    struct Step {
        ServiceOrder before;
        ServiceOrder after;
        StageEvent event;
    };

    explicit OrderWorkflow(Database &db);

    Status respond(qint64 orderId, qint64 at, std::optional<qint64> staffId = {});
    // analysed, solution, implemented, followed_up or closed.
    Status advance(qint64 orderId, Stage stage, qint64 at, std::optional<qint64> staffId = {},
                   const QString &note = {});
    Status close(qint64 orderId, qint64 at, std::optional<qint64> staffId = {})
    {
        return advance(orderId, Stage::Closed, at, staffId);
    }
    Status startWait(qint64 orderId, Wait wait, qint64 at, const QString &note = {});
    Status endWait(qint64 orderId, qint64 at, const QString &note = {});
    // A closed order comes back: the repair, callback and closing are cleared (they stay in
    // the history), the reopen count goes up and the order waits for a new repair.
    Status reopen(qint64 orderId, qint64 at, const QString &note);

    // The last step this object took successfully.
    const std::optional<Step> &lastStep() const { return m_last; }
    // Takes a step back: the order as it was before and its event removed, in one transaction,
    // both audited. Refused (Stale) when the order was changed since the step.
    Status undo(const Step &step);
    // Takes an undone step again: the order as after it, its event recorded anew.
    Status redo(Step &step);

private:
    Result<ServiceOrder> load(qint64 orderId);
    Status step(qint64 orderId, const std::function<Status(ServiceOrder &)> &change);
    Status record(qint64 orderId, StageEvent::Kind kind, const QString &stage, qint64 at,
                  std::optional<qint64> staffId, const QString &note);

    Database &m_db;
    OrderRepository m_orders;
    StageEventRepository m_events;
    std::optional<Step> m_last;
    StageEvent m_recorded; // the event the running step recorded
};

} // namespace servicelens::flow
