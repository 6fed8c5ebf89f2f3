// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceOrder.h"
#include "StageEvent.h"

#include <vector>

namespace servicelens::flow {

// A state an order's event log names, once its own states are mapped (FORMATS.md, `import
// events`: Awaiting Vendor → waiting_parts, Resolved → implemented, and so on).
enum class LoggedState {
    Received,
    Analysed,
    Solution,
    Implemented,
    FollowedUp,
    Closed,
    WaitingParts,
    WaitingCustomer
};

// One row of the log: the order entered `state` at `at` (Unix seconds UTC).
struct LoggedEvent {
    qint64 at = 0;
    LoggedState state = LoggedState::Received;
};

// What a state history says about an order.
struct DerivedHistory {
    StageTimes times;              // received: the earliest event; responded is not derived
    int reopened = 0;              // moves back from implemented, followed up or closed
    std::vector<StageEvent> waits; // wait starts and ends, in time order
    OrderStatus status = OrderStatus::Open;
};

// The order as its event log tells it (FORMATS.md, `import events`): a stage's time is when the
// order last entered it after its last reopening (entering a stage forgets the later stages'
// times, so they never run backwards); a move from implemented, followed up or closed back to an
// earlier stage is a reopening; a wait lasts from its event to the next event of another state
// (so the SLA clock's pause applies); the order is waiting when its last event is a wait. Events
// at the same moment keep the log's order.
class OrderHistory final {
public:
    static DerivedHistory derive(std::vector<LoggedEvent> events);
};

} // namespace servicelens::flow
