// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceOrder.h"
#include "SlaPolicy.h"
#include "StageEvent.h"
#include "WorkingCalendar.h"
#include "common/LocalTime.h"

#include <QDate>

#include <optional>
#include <vector>

namespace servicelens::flow {

// An order's deadlines under its SLA policy and how much time is left.
struct SlaDeadlines {
    qint64 responseDue = 0;                  // received + target hours (calendar hours)
    std::optional<double> responseHoursLeft; // null once responded; negative when overdue
    bool responseMet = false;                // responded on time
    bool responseOverdue = false;            // not responded and past the deadline
    QDate resolutionDueDate;                 // last working day on which closing meets the target
    int resolutionWorkingDaysLeft = 0;       // working days from today to the due date; < 0 overdue
    int pausedWorkingDays = 0;               // added by waits, when the policy pauses the clock
    bool resolutionOverdue = false;          // open past the due date, or closed after it
    // The order's own deadline (its due_at), when it has one: then the resolution target is
    // that moment instead of the policy's working days, and resolutionDueDate its local date.
    std::optional<qint64> resolutionDueAt;
};

// Deadlines as KPI.md measures them: the response within the target in calendar hours; the
// resolution by the target-th working day after the day the order was received (closing on that
// day still meets it). When the policy pauses the resolution clock, every working day spent
// waiting for parts or for the customer moves the due date by one working day. An order with its
// own deadline (due_at, from an export) is due then instead (KPI.md).
class SlaClock final {
public:
    static SlaDeadlines compute(const ServiceOrder &order, const SlaPolicy &policy,
                                const WorkingCalendar &calendar, const LocalTime &local, qint64 now,
                                const std::vector<StageEvent> &events = {});
    // The working days an order spent waiting for parts or the customer up to `until`: for each
    // wait, the working days after the day it started up to the day it ended (or `until`).
    static int waitingWorkingDays(const std::vector<StageEvent> &events,
                                  const WorkingCalendar &calendar, const LocalTime &local,
                                  qint64 until);
};

} // namespace servicelens::flow
