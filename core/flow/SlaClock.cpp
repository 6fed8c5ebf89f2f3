// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaClock.h"

namespace servicelens::flow {

int SlaClock::waitingWorkingDays(const std::vector<StageEvent> &events,
                                 const WorkingCalendar &calendar, const LocalTime &local,
                                 qint64 now)
{
    int days = 0;
    std::optional<qint64> openSince;
    for (const StageEvent &e : events) {
        switch (e.kind) {
        case StageEvent::Kind::WaitPartsStart:
        case StageEvent::Kind::WaitCustomerStart:
            if (!openSince)
                openSince = e.at;
            break;
        case StageEvent::Kind::WaitPartsEnd:
        case StageEvent::Kind::WaitCustomerEnd:
            if (openSince)
                days +=
                    calendar.workingDaysAfter(local.localDate(*openSince), local.localDate(e.at));
            openSince.reset();
            break;
        default:
            break;
        }
    }
    if (openSince)
        days += calendar.workingDaysAfter(local.localDate(*openSince), local.localDate(now));
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
