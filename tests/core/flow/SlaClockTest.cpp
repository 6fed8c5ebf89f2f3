// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "flow/CalendarRepository.h"
#include "flow/SlaClock.h"

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::test;

namespace {

qint64 sh(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

WorkingCalendar calendar()
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("时限.servicelens")), clock);
    return *CalendarRepository(wb->database()).load();
}

SlaPolicy normal(bool pause = false)
{
    SlaPolicy p; // 24 h, 3 working days
    p.pauseWhileWaiting = pause;
    return p;
}

} // namespace

TEST_CASE("Deadlines of an open order, in working days across a holiday", "[flow][sla]")
{
    const WorkingCalendar cal = calendar();
    const LocalTime local(QTimeZone("Asia/Shanghai"));
    ServiceOrder o;
    o.times.received = sh(2025, 9, 30, 16, 0); // Tuesday before National Day

    // 2 October 10:00: not responded, 18 h into a 24 h target.
    SlaDeadlines d = SlaClock::compute(o, normal(), cal, local, sh(2025, 10, 1, 10, 0));
    CHECK(d.responseDue == sh(2025, 10, 1, 16, 0));
    CHECK(d.responseHoursLeft == 6.0);
    CHECK_FALSE(d.responseOverdue);
    // 1-8 October off: the 3rd working day after 30 September is Saturday 11 October (make-up).
    CHECK(d.resolutionDueDate == QDate(2025, 10, 11));
    CHECK(d.resolutionWorkingDaysLeft == 3); // from 1 October: 9, 10, 11 October
    CHECK_FALSE(d.resolutionOverdue);

    // Monday 13 October: responded in time, one working day late.
    o.times.responded = sh(2025, 9, 30, 18, 0);
    d = SlaClock::compute(o, normal(), cal, local, sh(2025, 10, 13, 9, 0));
    CHECK(d.responseMet);
    CHECK_FALSE(d.responseHoursLeft.has_value());
    CHECK(d.resolutionWorkingDaysLeft == -1);
    CHECK(d.resolutionOverdue);

    // Closed on the due date: met, whatever the time now.
    o.times.closed = sh(2025, 10, 11, 17, 0);
    d = SlaClock::compute(o, normal(), cal, local, sh(2026, 1, 1, 9, 0));
    CHECK_FALSE(d.resolutionOverdue);
    CHECK(d.resolutionWorkingDaysLeft == 0);
}

TEST_CASE("A pausing policy moves the due date by the working days spent waiting", "[flow][sla]")
{
    const WorkingCalendar cal = calendar();
    const LocalTime local(QTimeZone("Asia/Shanghai"));
    ServiceOrder o;
    o.times.received = sh(2026, 11, 2, 9, 0); // Monday
    StageEvent start;
    start.kind = StageEvent::Kind::WaitPartsStart;
    start.at = sh(2026, 11, 2, 15, 0);
    StageEvent end;
    end.kind = StageEvent::Kind::WaitPartsEnd;
    end.at = sh(2026, 11, 4, 9, 0); // Tuesday and Wednesday waited: 2 working days
    const std::vector<StageEvent> events{start, end};

    const qint64 now = sh(2026, 11, 5, 9, 0);
    CHECK(SlaClock::compute(o, normal(false), cal, local, now, events).resolutionDueDate ==
          QDate(2026, 11, 5));
    const SlaDeadlines paused = SlaClock::compute(o, normal(true), cal, local, now, events);
    CHECK(paused.pausedWorkingDays == 2);
    CHECK(paused.resolutionDueDate == QDate(2026, 11, 9)); // Thu 5 + 2 working days: Fri 6, Mon 9

    // A wait still going on counts up to today.
    const std::vector<StageEvent> ongoing{start};
    CHECK(SlaClock::compute(o, normal(true), cal, local, sh(2026, 11, 6, 9, 0), ongoing)
              .pausedWorkingDays == 4);
}
