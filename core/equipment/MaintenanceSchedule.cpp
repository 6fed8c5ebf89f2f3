// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenanceSchedule.h"

#include "flow/WorkingCalendar.h"

#include <algorithm>

namespace servicelens::equipment {

namespace {

bool inCycle(const Schedule &s, int month)
{
    if (s.cadence == Cadence::Monthly)
        return true;
    return ((month - s.firstMonth) % 3 + 3) % 3 == 0;
}

// The occurrences of a Monthly or Quarterly plan around `day`: the last on or before it and the
// first after it.
std::pair<QDate, QDate> around(const Schedule &s, QDate day, const flow::WorkingCalendar &calendar)
{
    QDate before;
    QDate after;
    // Thirteen months either side hold at least one occurrence of any cycle each way.
    for (int offset = -13; offset <= 13; ++offset) {
        const QDate month = QDate(day.year(), day.month(), 1).addMonths(offset);
        const auto at = MaintenanceSchedule::occurrenceIn(s, month, calendar);
        if (!at)
            continue;
        if (*at <= day)
            before = *at;
        else if (!after.isValid())
            after = *at;
    }
    return {before, after};
}

QDate workingDayOnOrBefore(QDate day, const flow::WorkingCalendar &calendar)
{
    while (!calendar.isWorkingDay(day))
        day = day.addDays(-1);
    return day;
}

} // namespace

std::optional<QDate> MaintenanceSchedule::occurrenceIn(const Schedule &s, QDate month,
                                                       const flow::WorkingCalendar &calendar)
{
    if ((s.cadence != Cadence::Monthly && s.cadence != Cadence::Quarterly) ||
        !inCycle(s, month.month()))
        return std::nullopt;
    const QDate first(month.year(), month.month(), 1);
    const int day = std::clamp(s.dayOfMonth, 1, first.daysInMonth());
    return calendar.workingDayOnOrAfter(QDate(month.year(), month.month(), day));
}

std::optional<QDate> MaintenanceSchedule::nextDue(const Schedule &s, QDate last,
                                                  const flow::WorkingCalendar &calendar,
                                                  std::optional<QDate> expiry)
{
    if (!last.isValid())
        return std::nullopt;
    switch (s.cadence) {
    case Cadence::WorkingDays:
        if (s.every < 1)
            return std::nullopt;
        return calendar.addWorkingDays(last, s.every);
    case Cadence::Monthly:
    case Cadence::Quarterly: {
        // The occurrence the maintenance counts for is the nearer one; the plan is next due at the
        // one after it.
        const auto [before, after] = around(s, last, calendar);
        if (!after.isValid())
            return std::nullopt;
        const bool forTheNext = !before.isValid() || last.daysTo(after) < before.daysTo(last);
        if (!forTheNext)
            return after;
        return around(s, after, calendar).second;
    }
    case Cadence::Calibration: {
        if (!expiry && s.every < 1)
            return std::nullopt;
        // Valid through the day before the anniversary, unless the certificate says otherwise.
        const QDate lapses = expiry ? *expiry : last.addMonths(s.every).addDays(-1);
        return workingDayOnOrBefore(lapses, calendar);
    }
    case Cadence::Usage:
        break;
    }
    return std::nullopt;
}

std::optional<QDate> MaintenanceSchedule::usageDue(const Schedule &s, double lastReading,
                                                   const std::vector<UsageReading> &readings)
{
    if (s.cadence != Cadence::Usage || s.every <= 0)
        return std::nullopt;
    const double threshold = usageThreshold(s, lastReading);
    for (const UsageReading &r : readings)
        if (r.value >= threshold)
            return r.day;
    return std::nullopt;
}

} // namespace servicelens::equipment
