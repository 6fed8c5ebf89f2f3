// SPDX-License-Identifier: GPL-3.0-or-later
// When maintenance comes due (equipment/MaintenanceSchedule, issue 22), computed by hand on the
// 2025 and 2026 National Day holidays with their make-up working days, as the official calendars
// give them (written out here, not read from the shipped file).
#include "TestSupport.h"

#include "equipment/MaintenanceSchedule.h"
#include "flow/WorkingCalendar.h"

using namespace servicelens;
using namespace servicelens::equipment;
using flow::WorkingCalendar;

namespace {

WorkingCalendar nationalDays()
{
    WorkingCalendar c;
    c.addCoveredYear(2025);
    c.addCoveredYear(2026);
    // 2025: 1–8 October off; Sunday 28 September and Saturday 11 October worked.
    for (int d = 1; d <= 8; ++d)
        c.setDay(QDate(2025, 10, d), WorkingCalendar::DayKind::Holiday, QStringLiteral("国庆节"));
    c.setDay(QDate(2025, 9, 28), WorkingCalendar::DayKind::Workday, QStringLiteral("调休"));
    c.setDay(QDate(2025, 10, 11), WorkingCalendar::DayKind::Workday, QStringLiteral("调休"));
    // 2026: 25–27 September (Mid-Autumn) and 1–7 October off; Sunday 20 September and Saturday
    // 10 October worked.
    for (int d = 25; d <= 27; ++d)
        c.setDay(QDate(2026, 9, d), WorkingCalendar::DayKind::Holiday, QStringLiteral("中秋节"));
    for (int d = 1; d <= 7; ++d)
        c.setDay(QDate(2026, 10, d), WorkingCalendar::DayKind::Holiday, QStringLiteral("国庆节"));
    c.setDay(QDate(2026, 9, 20), WorkingCalendar::DayKind::Workday, QStringLiteral("调休"));
    c.setDay(QDate(2026, 10, 10), WorkingCalendar::DayKind::Workday, QStringLiteral("调休"));
    return c;
}

} // namespace

TEST_CASE("Every N working days skips the holidays and counts the make-up days", "[equipment]")
{
    const WorkingCalendar c = nationalDays();
    const Schedule every5{Cadence::WorkingDays, 5};
    // Done Friday 26 September 2025: Sun 28 (make-up) 1, Mon 29 2, Tue 30 3, then 1–8 October off,
    // Thu 9 4, Fri 10 5.
    CHECK(MaintenanceSchedule::nextDue(every5, QDate(2025, 9, 26), c) == QDate(2025, 10, 10));
    // Done Friday 10 October: Sat 11 (make-up) 1, Mon 13 2, Tue 14 3, Wed 15 4, Thu 16 5.
    CHECK(MaintenanceSchedule::nextDue(every5, QDate(2025, 10, 10), c) == QDate(2025, 10, 16));
    // 2026, every 10: done Friday 18 September: Sun 20 (make-up) 1, Mon 21–Thu 24 2–5, then
    // 25–27 September off, Mon 28 6, Tue 29 7, Wed 30 8, 1–7 October off, Thu 8 9, Fri 9 10.
    const Schedule every10{Cadence::WorkingDays, 10};
    CHECK(MaintenanceSchedule::nextDue(every10, QDate(2026, 9, 18), c) == QDate(2026, 10, 9));
    // A plan without a period is never due.
    CHECK_FALSE(
        MaintenanceSchedule::nextDue(Schedule{Cadence::WorkingDays, 0}, QDate(2026, 9, 18), c));
}

TEST_CASE("A monthly day on a holiday moves to the next working day, and early work counts for it",
          "[equipment]")
{
    const WorkingCalendar c = nationalDays();
    const Schedule on5th{Cadence::Monthly, 0, 5};
    // 5 October 2025 is a holiday: that month's date is Thursday 9 October (the 9th is worked).
    CHECK(MaintenanceSchedule::occurrenceIn(on5th, QDate(2025, 10, 1), c) == QDate(2025, 10, 9));
    // 5 October 2026 too: Thursday 8 October. 5 September 2026 is a Saturday: Monday 7th.
    CHECK(MaintenanceSchedule::occurrenceIn(on5th, QDate(2026, 10, 1), c) == QDate(2026, 10, 8));
    CHECK(MaintenanceSchedule::occurrenceIn(on5th, QDate(2026, 9, 1), c) == QDate(2026, 9, 7));
    // Done on the day (7 September 2026): next due 8 October.
    CHECK(MaintenanceSchedule::nextDue(on5th, QDate(2026, 9, 7), c) == QDate(2026, 10, 8));
    // Done before the National Day break, on 30 September 2026 (8 days before the 8 October
    // date, 23 after the 7 September one): it counts for October; next due 5 November (Thu).
    CHECK(MaintenanceSchedule::nextDue(on5th, QDate(2026, 9, 30), c) == QDate(2026, 11, 5));
    // Done late, on 20 September 2026 (13 after the 7th, 18 before the 8 October date): it is
    // September's; October's date stands.
    CHECK(MaintenanceSchedule::nextDue(on5th, QDate(2026, 9, 20), c) == QDate(2026, 10, 8));
    // The 31st in a shorter month: its last day (30 September 2026, a Wednesday).
    const Schedule on31st{Cadence::Monthly, 0, 31};
    CHECK(MaintenanceSchedule::occurrenceIn(on31st, QDate(2026, 9, 1), c) == QDate(2026, 9, 30));
}

TEST_CASE("A quarterly plan runs in its months only", "[equipment]")
{
    const WorkingCalendar c = nationalDays();
    // On the 1st of January, April, July and October.
    const Schedule quarterly{Cadence::Quarterly, 0, 1, 1};
    CHECK_FALSE(MaintenanceSchedule::occurrenceIn(quarterly, QDate(2025, 9, 1), c));
    // 1 October 2025 is a holiday, through the 8th: Thursday 9 October.
    CHECK(MaintenanceSchedule::occurrenceIn(quarterly, QDate(2025, 10, 1), c) ==
          QDate(2025, 10, 9));
    // Done 1 July 2025 (a Tuesday, on the day): next due 9 October.
    CHECK(MaintenanceSchedule::nextDue(quarterly, QDate(2025, 7, 1), c) == QDate(2025, 10, 9));
    // Done 26 September 2025, 13 days before the October date: October's; next due Thursday
    // 1 January 2026 (this calendar lists no New Year holiday).
    CHECK(MaintenanceSchedule::nextDue(quarterly, QDate(2025, 9, 26), c) == QDate(2026, 1, 1));
    // Cycle from February: February, May, August, November.
    const Schedule fromFebruary{Cadence::Quarterly, 0, 15, 2};
    CHECK(MaintenanceSchedule::occurrenceIn(fromFebruary, QDate(2026, 11, 1), c) ==
          QDate(2026, 11, 16)); // the 15th is a Sunday
    CHECK_FALSE(MaintenanceSchedule::occurrenceIn(fromFebruary, QDate(2026, 10, 1), c));
}

TEST_CASE("A calibration is due on the last working day before it lapses", "[equipment]")
{
    const WorkingCalendar c = nationalDays();
    const Schedule yearly{Cadence::Calibration, 12};
    // Calibrated 8 October 2025: valid through 7 October 2026, in the National Day break (1–7
    // October off): the last working day before is Wednesday 30 September 2026.
    CHECK(MaintenanceSchedule::nextDue(yearly, QDate(2025, 10, 8), c) == QDate(2026, 9, 30));
    // The certificate's own expiry wins: Saturday 10 October 2026 is a make-up working day.
    CHECK(MaintenanceSchedule::nextDue(yearly, QDate(2025, 10, 8), c, QDate(2026, 10, 10)) ==
          QDate(2026, 10, 10));
}

TEST_CASE("A usage plan is due on the day its counter reaches the threshold", "[equipment]")
{
    const Schedule every500h{Cadence::Usage, 500};
    const std::vector<UsageReading> readings = {{QDate(2026, 9, 1), 1180},
                                                {QDate(2026, 9, 15), 1420},
                                                {QDate(2026, 10, 12), 1700},
                                                {QDate(2026, 10, 30), 1910}};
    // Last serviced at 1,200 hours: due at 1,700, reached on the reading of 12 October.
    CHECK(MaintenanceSchedule::usageThreshold(every500h, 1200) == 1700);
    CHECK(MaintenanceSchedule::usageDue(every500h, 1200, readings) == QDate(2026, 10, 12));
    // Last serviced at 1,500: due at 2,000, not reached yet.
    CHECK_FALSE(MaintenanceSchedule::usageDue(every500h, 1500, readings));
    // A date cadence has no usage due, and a usage plan no date.
    CHECK_FALSE(MaintenanceSchedule::usageDue(Schedule{Cadence::Monthly, 0, 5}, 0, readings));
    CHECK_FALSE(MaintenanceSchedule::nextDue(every500h, QDate(2026, 9, 1), nationalDays()));
    CHECK(MaintenanceSchedule::overdueDays(QDate(2026, 10, 12), QDate(2026, 10, 20)) == 8);
    CHECK(MaintenanceSchedule::overdueDays(QDate(2026, 10, 12), QDate(2026, 10, 5)) == -7);
}
