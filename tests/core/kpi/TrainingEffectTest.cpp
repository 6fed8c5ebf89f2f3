// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "kpi/TrainingEffect.h"
#include "org/Staff.h"
#include "team/Training.h"

using namespace servicelens;
using namespace servicelens::team;
using namespace servicelens::kpi;
using namespace servicelens::org;
using namespace servicelens::test;

TEST_CASE("The two-proportion test against known values", "[team][training]")
{
    // 45 % against 60 % of 100 each: z = 0.15 / 0.0706 = 2.12 > 1.96.
    CHECK(TrainingEffect::differs({45, 100}, {60, 100}));
    // 45 % against 55 %: z = 1.42, within chance.
    CHECK_FALSE(TrainingEffect::differs({45, 100}, {55, 100}));
    // Nothing to compare.
    CHECK_FALSE(TrainingEffect::differs({0, 0}, {5, 10}));
    CHECK_FALSE(TrainingEffect::differs({10, 10}, {20, 20})); // both 100 %: no variance
}

TEST_CASE("A training's effect: before and after for attendees against the others",
          "[team][training]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("培训效果.servicelens")), clock);
    Database &db = wb->database();
    const Branch branch = *wb->defaultBranch();
    auto person = [&](const char *code, QDate hired) {
        StaffMember m;
        m.code = QString::fromLatin1(code);
        m.name = m.code;
        m.role = Role::TechnicalSupport;
        m.hireDate = hired;
        REQUIRE(StaffRepository(db).create(m).ok());
        return m.id;
    };
    const qint64 t1 = person("T01", QDate(2020, 1, 1));
    const qint64 t2 = person("T02", QDate(2020, 1, 1));
    const qint64 newcomer = person("T09", QDate(2026, 9, 20)); // joined inside the window
    auto order = [&](qint64 tech, QDate day, int visits) {
        static int n = 0;
        flow::ServiceOrder o;
        o.branchId = branch.id;
        o.orderNo = QStringLiteral("W%1").arg(++n);
        o.technicianId = tech;
        o.times.received =
            QDateTime(day, QTime(9, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
        o.times.closed = o.times.received + 3 * 3600;
        o.status = flow::OrderStatus::Closed;
        o.visits = visits;
        REQUIRE(flow::OrderRepository(db).insert(o).ok());
    };
    // The session is on 1 October 2026, a National Day holiday. Windows of 30 days:
    // before = 1-30 September, after = 2-31 October (the day itself in neither).
    for (int i = 0; i < 20; ++i) {
        order(t1, QDate(2026, 9, 1 + i), i < 10 ? 1 : 2);  // before: 10 of 20 first-time fixes
        order(t1, QDate(2026, 10, 2 + i), i < 19 ? 1 : 2); // after: 19 of 20
        order(t2, QDate(2026, 9, 1 + i), i < 12 ? 1 : 2);  // 12 of 20 before
        order(t2, QDate(2026, 10, 2 + i), i < 12 ? 1 : 2); // 12 of 20 after
        order(newcomer, QDate(2026, 10, 2 + i), 1);
    }
    order(t1, QDate(2026, 10, 1), 2); // on the training day: in neither window

    TrainingRepository training(db);
    Course c{0, {}, QStringLiteral("DIAG"), QStringLiteral("故障诊断"), SkillArea::FaultDiagnosis,
             0};
    REQUIRE(training.saveCourse(c).ok());
    Session s;
    s.courseId = c.id;
    s.branchId = branch.id;
    s.day = QDate(2026, 10, 1);
    s.attendance = {{t1, {}, {}, 50.0, 80.0}};
    REQUIRE(training.saveSession(s).ok());

    auto r = TrainingEffect::compute(db, branch, s.id, 30);
    REQUIRE(r.ok());
    CHECK(r->attendees == 1);
    CHECK(r->others == 1); // T02; the newcomer has no "before"
    CHECK(*r->meanGain == 30.0);
    const MeasureChange &ftf = r->measures.front();
    CHECK(ftf.measure == QStringLiteral("first_time_fix"));
    CHECK(ftf.attendeesBefore.hits == 10);
    CHECK(ftf.attendeesBefore.n == 20);
    CHECK(ftf.attendeesAfter.hits == 19);
    CHECK(ftf.attendeesAfter.n == 20);
    CHECK(ftf.attendeesChanged); // 50 % -> 95 %: z = 3.3
    CHECK(ftf.othersBefore.hits == 12);
    CHECK(ftf.othersAfter.hits == 12);
    CHECK_FALSE(ftf.othersChanged);
    // No surveys: CSAT has nothing to compare.
    CHECK(r->measures.back().measure == QStringLiteral("csat"));
    CHECK(r->measures.back().attendeesBefore.n == 0);
    CHECK_FALSE(r->measures.back().attendeesChanged);
}
