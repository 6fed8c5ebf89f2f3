// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <optional>
#include <vector>

namespace servicelens::flow {
class WorkingCalendar;
}

namespace servicelens::equipment {

// How often a maintenance plan comes due (issue 22; docs/kpi.md, Equipment):
// - WorkingDays: every N working days of the workbook's calendar after the last maintenance
//   (holidays skipped, make-up working days counted);
// - Monthly / Quarterly: on a day of the month (the month's last day when it is shorter), in every
//   month or every third month from `firstMonth`; a date that falls on a day off moves to the next
//   working day. A maintenance counts for the occurrence nearest to it — done a few days early, it
//   is that month's — and the plan is next due at the occurrence after;
// - Usage: every N units of the equipment's counter (hours, cycles, km) after the reading at the
//   last maintenance; due on the day of the first reading that reaches it;
// - Calibration: valid N months from the last calibration, or to the certificate's expiry when
//   it gives one; due on the last working day before it lapses.
enum class Cadence { WorkingDays, Monthly, Quarterly, Usage, Calibration };

struct Schedule {
    Cadence cadence = Cadence::WorkingDays;
    int every = 0;      // working days, units of usage, or months a calibration is valid
    int dayOfMonth = 1; // Monthly, Quarterly: 1–31
    int firstMonth = 1; // Quarterly: a month of the quarters' cycle (1 for Jan, Apr, Jul, Oct)
};

// A reading of an equipment's usage counter.
struct UsageReading {
    QDate day;
    double value = 0;
};

class MaintenanceSchedule final {
public:
    // The date a plan is next due after the maintenance done on `last`; none for Usage (see
    // usageDue) or a plan without a period. `expiry`: a calibration certificate's own date.
    static std::optional<QDate> nextDue(const Schedule &schedule, QDate last,
                                        const flow::WorkingCalendar &calendar,
                                        std::optional<QDate> expiry = std::nullopt);
    // Usage: the day of the first reading (oldest first) at or over the reading at the last
    // maintenance plus `every`; none while the counter has not reached it.
    static std::optional<QDate> usageDue(const Schedule &schedule, double lastReading,
                                         const std::vector<UsageReading> &readings);
    // The counter's value at which a Usage plan comes due.
    static double usageThreshold(const Schedule &schedule, double lastReading)
    {
        return lastReading + schedule.every;
    }
    // The scheduled date of a Monthly or Quarterly plan in the month of `month`, moved to the next
    // working day; none in a month outside a quarterly cycle.
    static std::optional<QDate> occurrenceIn(const Schedule &schedule, QDate month,
                                             const flow::WorkingCalendar &calendar);
    // Days from `due` to `today` when past it (0 on the day, negative before): calendar days.
    static int overdueDays(QDate due, QDate today) { return int(due.daysTo(today)); }
};

} // namespace servicelens::equipment
