// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"

#include <optional>
#include <vector>

namespace servicelens::flow {
class WorkingCalendar;
}

namespace servicelens::equipment {

// A breakdown of a piece of equipment: down from `downAt` until repaired (`upAt`; none while it
// is still down).
struct Breakdown {
    qint64 downAt = 0; // UTC seconds
    std::optional<qint64> upAt;
};

// A period's reliability figures (issue 22; docs/kpi.md, Equipment), in working-day hours: every
// hour of the working days of the workbook's calendar, in the branch's time zone — a breakdown over
// a holiday delays no repair of the branch, and one over a make-up Saturday does.
struct Reliability {
    int failures = 0;           // breakdowns that began in the period
    int repairs = 0;            // breakdowns repaired in the period
    double downHours = 0;       // working-day hours down within the period
    double operatingHours = 0;  // the period's working-day hours less those down
    std::optional<double> mttr; // working-day hours from breakdown to repair, mean over the repairs
    std::optional<double> mtbf; // operating working-day hours per failure
    std::optional<double> mtbfUnits; // units of usage per failure, when the counter is known
    // `usage`: the counter's advance over the period, when read at both its ends.
    static Reliability compute(const std::vector<Breakdown> &breakdowns, qint64 from, qint64 to,
                               const flow::WorkingCalendar &calendar, const LocalTime &local,
                               std::optional<double> usage = std::nullopt);
    // The working-day hours between two instants.
    static double workingHours(qint64 from, qint64 to, const flow::WorkingCalendar &calendar,
                               const LocalTime &local);
};

} // namespace servicelens::equipment
