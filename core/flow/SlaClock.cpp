// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaClock.h"

#include <algorithm>

namespace servicelens::flow {

int SlaClock::waitingWorkingDays(const std::vector<StageEvent> &events,
                                 const WorkingCalendar &calendar, const LocalTime &local,
                                 qint64 now)
{
    // Each reason's waits (for parts, the customer, a piece of equipment) as periods of local
    // days; a second start of a reason already waiting is the same wait.
    enum Reason { Parts, Customer, Equipment, Reasons };
    std::optional<qint64> openSince[Reasons];
    std::vector<std::pair<QDate, QDate>> periods; // (day it started, day it ended)
    const auto start = [&](Reason r, qint64 at) {
        if (!openSince[r])
            openSince[r] = at;
    };
    const auto end = [&](Reason r, qint64 at) {
        if (openSince[r])
            periods.emplace_back(local.localDate(*openSince[r]), local.localDate(at));
        openSince[r].reset();
    };
    for (const StageEvent &e : events) {
        switch (e.kind) {
        case StageEvent::Kind::WaitPartsStart:
            start(Parts, e.at);
            break;
        case StageEvent::Kind::WaitCustomerStart:
            start(Customer, e.at);
            break;
        case StageEvent::Kind::WaitEquipmentStart:
            start(Equipment, e.at);
            break;
        case StageEvent::Kind::WaitPartsEnd:
            end(Parts, e.at);
            break;
        case StageEvent::Kind::WaitCustomerEnd:
            end(Customer, e.at);
            break;
        case StageEvent::Kind::WaitEquipmentEnd:
            end(Equipment, e.at);
            break;
        default:
            break;
        }
    }
    for (int r = 0; r < Reasons; ++r)
        end(Reason(r), now);
    // A wait counts the working days after the day it started up to the day it ended; waits
    // that overlap (parts and a broken test bench at once) count their days once.
    std::sort(periods.begin(), periods.end());
    int days = 0;
    std::optional<std::pair<QDate, QDate>> merged;
    for (const auto &p : periods) {
        if (merged && p.first < merged->second) {
            merged->second = std::max(merged->second, p.second);
            continue;
        }
        if (merged)
            days += calendar.workingDaysAfter(merged->first, merged->second);
        merged = p;
    }
    if (merged)
        days += calendar.workingDaysAfter(merged->first, merged->second);
    return days;
}

SlaDeadlines SlaClock::compute(const ServiceOrder &order, const SlaPolicy &policy,
                               const WorkingCalendar &calendar, const LocalTime &local, qint64 now,
                               const std::vector<StageEvent> &events)
{
    SlaDeadlines d;
    const qint64 received = order.times.received;
    const double targetSeconds = policy.responseHours * 3600.0;
    d.responseDue = received + static_cast<qint64>(targetSeconds);
    if (order.times.responded) {
        d.responseMet = static_cast<double>(*order.times.responded - received) <= targetSeconds;
    } else {
        d.responseHoursLeft = static_cast<double>(d.responseDue - now) / 3600.0;
        d.responseOverdue = now > d.responseDue;
    }

    if (order.dueAt) {
        // The order's own deadline: met when closed by then (KPI.md).
        const qint64 reference = order.times.closed.value_or(now);
        d.resolutionDueAt = order.dueAt;
        d.resolutionDueDate = local.localDate(*order.dueAt);
        const QDate today = local.localDate(reference);
        d.resolutionWorkingDaysLeft = today <= d.resolutionDueDate
                                          ? calendar.workingDaysAfter(today, d.resolutionDueDate)
                                          : -calendar.workingDaysAfter(d.resolutionDueDate, today);
        d.resolutionOverdue = reference > *order.dueAt;
        return d;
    }
    if (policy.pauseWhileWaiting)
        d.pausedWorkingDays =
            waitingWorkingDays(events, calendar, local, order.times.closed.value_or(now));
    d.resolutionDueDate = calendar.addWorkingDays(
        local.localDate(received), policy.resolutionWorkingDays + d.pausedWorkingDays);
    const QDate reference = local.localDate(order.times.closed.value_or(now));
    d.resolutionWorkingDaysLeft = reference <= d.resolutionDueDate
                                      ? calendar.workingDaysAfter(reference, d.resolutionDueDate)
                                      : -calendar.workingDaysAfter(d.resolutionDueDate, reference);
    d.resolutionOverdue = reference > d.resolutionDueDate;
    return d;
}

} // namespace servicelens::flow
