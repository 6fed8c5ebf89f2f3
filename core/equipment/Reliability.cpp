// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reliability.h"

#include "flow/WorkingCalendar.h"

#include <algorithm>

namespace servicelens::equipment {

double Reliability::workingHours(qint64 from, qint64 to, const flow::WorkingCalendar &calendar,
                                 const LocalTime &local)
{
    if (to <= from)
        return 0;
    qint64 seconds = 0;
    for (QDate day = local.localDate(from); day.isValid(); day = day.addDays(1)) {
        const qint64 start = local.startOfDay(day);
        if (start >= to)
            break;
        if (!calendar.isWorkingDay(day))
            continue;
        const qint64 end = local.startOfDay(day.addDays(1));
        seconds += std::max<qint64>(0, std::min(end, to) - std::max(start, from));
    }
    return double(seconds) / 3600.0;
}

Reliability Reliability::compute(const std::vector<Breakdown> &breakdowns, qint64 from, qint64 to,
                                 const flow::WorkingCalendar &calendar, const LocalTime &local,
                                 std::optional<double> usage)
{
    Reliability r;
    double repairHours = 0;
    for (const Breakdown &b : breakdowns) {
        const qint64 up = b.upAt.value_or(to);
        r.downHours += workingHours(std::max(b.downAt, from), std::min(up, to), calendar, local);
        if (b.downAt >= from && b.downAt < to)
            ++r.failures;
        if (b.upAt && *b.upAt >= from && *b.upAt < to) {
            ++r.repairs;
            repairHours += workingHours(b.downAt, *b.upAt, calendar, local);
        }
    }
    r.operatingHours = std::max(0.0, workingHours(from, to, calendar, local) - r.downHours);
    if (r.repairs > 0)
        r.mttr = repairHours / r.repairs;
    // No failure: the time between failures is not known (not infinite, not zero).
    if (r.failures > 0) {
        r.mtbf = r.operatingHours / r.failures;
        if (usage)
            r.mtbfUnits = *usage / r.failures;
    }
    return r;
}

} // namespace servicelens::equipment
