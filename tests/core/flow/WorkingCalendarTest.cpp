// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoRandom.h"
#include "flow/CalendarRepository.h"

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::test;

namespace {

WorkingCalendar shippedCalendar(const QString &folder)
{
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(folder + QStringLiteral("/日历.servicelens"), clock);
    auto calendar = CalendarRepository(wb->database()).load();
    REQUIRE(calendar.ok());
    return *calendar;
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

TEST_CASE("The official 2025-2026 calendar is installed in every new workbook", "[flow][calendar]")
{
    TempFolder dir;
    const WorkingCalendar cal = shippedCalendar(dir.path());
    CHECK(cal.specialDays().size() == 72);
    CHECK(cal.covers(2025));
    CHECK(cal.covers(2026));
    CHECK_FALSE(cal.covers(2027));
    REQUIRE(cal.specialDay(d(2025, 10, 1)).has_value());
    // The name holds its comma: the shipped file quotes it.
    CHECK(cal.specialDay(d(2025, 10, 1))->name ==
          QStringLiteral("国庆节、中秋节 National Day, Mid-Autumn"));
    CHECK_FALSE(cal.isWorkingDay(d(2025, 10, 1)));  // National Day, a Wednesday
    CHECK(cal.isWorkingDay(d(2025, 9, 28)));        // make-up Sunday
    CHECK(cal.isWorkingDay(d(2026, 2, 14)));        // make-up Saturday
    CHECK_FALSE(cal.isWorkingDay(d(2026, 2, 21)));  // Spring Festival, a Saturday
    CHECK(cal.isWorkingDay(d(2026, 11, 20)));       // an ordinary Friday
    CHECK_FALSE(cal.isWorkingDay(d(2026, 11, 22))); // an ordinary Sunday
}

TEST_CASE("Working days between two dates follow holidays and make-up days", "[flow][calendar]")
{
    TempFolder dir;
    const WorkingCalendar cal = shippedCalendar(dir.path());

    // d with from < d <= to, counted by hand on the 2025 and 2026 calendars.
    CHECK(cal.workingDaysAfter(d(2025, 9, 30), d(2025, 10, 9)) == 1); // 1-8 Oct off, 9 Oct works
    CHECK(cal.workingDaysAfter(d(2025, 9, 26), d(2025, 9, 29)) == 2); // Sun 28 Sep make-up, Mon 29
    CHECK(cal.workingDaysAfter(d(2025, 10, 10), d(2025, 10, 13)) ==
          2);                                                         // Sat 11 Oct make-up, Mon 13
    CHECK(cal.workingDaysAfter(d(2026, 2, 13), d(2026, 2, 24)) == 2); // Sat 14 Feb, Tue 24 Feb
    CHECK(cal.workingDaysAfter(d(2025, 12, 31), d(2026, 1, 5)) ==
          2); // 1-3 Jan off, Sun 4 make-up, Mon 5
    CHECK(cal.workingDaysAfter(d(2026, 11, 20), d(2026, 11, 20)) == 0); // closed the same day
    CHECK(cal.workingDaysAfter(d(2026, 11, 20), d(2026, 11, 19)) == 0); // never negative
    CHECK(cal.workingDaysAfter(d(2026, 11, 20), d(2026, 11, 22)) == 0); // only the weekend
    // A year the calendar does not know: Monday to Friday only.
    CHECK(cal.workingDaysAfter(d(2027, 3, 1), d(2027, 3, 15)) == 10);

    CHECK(cal.addWorkingDays(d(2025, 9, 30), 1) == d(2025, 10, 9));
    CHECK(cal.addWorkingDays(d(2025, 10, 10), 1) == d(2025, 10, 11));
    CHECK(cal.addWorkingDays(d(2026, 11, 20), 0) == d(2026, 11, 20));
    CHECK(cal.workingDayOnOrAfter(d(2025, 10, 1)) == d(2025, 10, 9));
    CHECK(cal.workingDayOnOrAfter(d(2025, 10, 9)) == d(2025, 10, 9));
}

TEST_CASE("The closed-form count agrees with counting day by day", "[flow][calendar]")
{
    TempFolder dir;
    const WorkingCalendar cal = shippedCalendar(dir.path());
    demo::DemoRandom random(7);
    const QDate base(2024, 12, 1);
    for (int i = 0; i < 3000; ++i) {
        const QDate from = base.addDays(random.between(0, 800));
        const QDate to = from.addDays(random.between(-3, 120));
        int naive = 0;
        for (QDate x = from.addDays(1); x <= to; x = x.addDays(1))
            naive += cal.isWorkingDay(x) ? 1 : 0;
        INFO(from.toString(Qt::ISODate).toStdString() + " .. " +
             to.toString(Qt::ISODate).toStdString());
        REQUIRE(cal.workingDaysAfter(from, to) == naive);
    }
}

TEST_CASE("Calendar edits are stored and audited", "[flow][calendar]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("编辑.servicelens")), clock);
    CalendarRepository repo(wb->database());
    REQUIRE(
        repo.setDay(d(2026, 12, 24), WorkingCalendar::DayKind::Holiday, QStringLiteral("公司年会"))
            .ok());
    REQUIRE(
        repo.setDay(d(2026, 12, 24), WorkingCalendar::DayKind::Workday, QStringLiteral("改为上班"))
            .ok());
    REQUIRE(repo.clearDay(d(2025, 10, 1)).ok());
    auto cal = repo.load();
    REQUIRE(cal.ok());
    CHECK(cal->specialDay(d(2026, 12, 24))->kind == WorkingCalendar::DayKind::Workday);
    CHECK(cal->isWorkingDay(d(2025, 10, 1))); // an ordinary Wednesday now
    CHECK(cal->specialDays().size() == 72);   // one added, one removed
}
