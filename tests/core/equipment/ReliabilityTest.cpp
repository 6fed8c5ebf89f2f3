// SPDX-License-Identifier: GPL-3.0-or-later
// Downtime, MTTR and MTBF in working hours (equipment/Reliability, issue 22), by hand over October
// 2026 in Shanghai: 1–7 October off, Saturday 10 October worked.
#include "TestSupport.h"

#include "equipment/Reliability.h"
#include "flow/WorkingCalendar.h"

using namespace servicelens;
using namespace servicelens::equipment;
using Catch::Detail::Approx;
using flow::WorkingCalendar;

TEST_CASE("Downtime, MTTR and MTBF count the working days' hours only", "[equipment]")
{
    WorkingCalendar c;
    c.addCoveredYear(2026);
    for (int d = 1; d <= 7; ++d)
        c.setDay(QDate(2026, 10, d), WorkingCalendar::DayKind::Holiday, QStringLiteral("国庆节"));
    c.setDay(QDate(2026, 10, 10), WorkingCalendar::DayKind::Workday, QStringLiteral("调休"));
    const LocalTime local = LocalTime::inZone(QStringLiteral("Asia/Shanghai"));
    const auto at = [&local](int month, int day, int hour) {
        return local.toUtc(QDate(2026, month, day), QTime(hour, 0));
    };
    const qint64 from = at(10, 1, 0);
    const qint64 to = at(11, 1, 0);
    // October: 22 weekdays, 5 of them in the holiday, plus the make-up Saturday: 18 working days.
    CHECK(Reliability::workingHours(from, to, c, local) == Approx(18 * 24));

    const std::vector<Breakdown> breakdowns = {
        // A: down Wed 30 September 15:00, repaired Fri 9 October 10:00 — in October the 8th
        // (24 h) and 10 h of the 9th; in all 9 h of 30 September more: 43 h.
        {at(9, 30, 15), at(10, 9, 10)},
        // B: down Sat 10 October (worked) 09:00, repaired Mon 12th 09:00: 15 h + 9 h = 24 h.
        {at(10, 10, 9), at(10, 12, 9)},
        // C: down Fri 30 October 20:00, not repaired: 4 h in October (the 31st is a Saturday).
        {at(10, 30, 20), std::nullopt},
    };
    const Reliability r = Reliability::compute(breakdowns, from, to, c, local, 300.0);
    CHECK(r.failures == 2); // B and C began in October
    CHECK(r.repairs == 2);  // A and B were repaired in it
    CHECK(r.downHours == Approx(34 + 24 + 4));
    CHECK(r.operatingHours == Approx(432 - 62));
    CHECK(r.mttr == Approx((43 + 24) / 2.0));
    CHECK(r.mtbf == Approx(370 / 2.0));
    CHECK(r.mtbfUnits == Approx(150));

    // November without a breakdown after C's repair: no failure, so no MTBF — unknown, not
    // infinite; C's repair on Mon 2 November 08:00 gives the MTTR: 4 h + 8 h = 12 h.
    const std::vector<Breakdown> repaired = {{at(10, 30, 20), at(11, 2, 8)}};
    const Reliability november =
        Reliability::compute(repaired, to, at(12, 1, 0), c, local, std::nullopt);
    CHECK(november.failures == 0);
    CHECK_FALSE(november.mtbf);
    CHECK_FALSE(november.mtbfUnits);
    CHECK(november.mttr == Approx(12));
    CHECK(november.downHours == Approx(8));
}
