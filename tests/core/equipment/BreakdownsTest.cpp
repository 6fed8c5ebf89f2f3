// SPDX-License-Identifier: GPL-3.0-or-later
// Breakdowns (issue 22): a piece down until repaired, the orders that wait for it — a wait that
// pauses the SLA clock exactly as a wait for parts does, on the order's deadlines and in the
// month's figures — and the orders a failed calibration puts in doubt, against a hand query.
// October 2025: National Day holidays 1–8 October, Saturday 11 October a make-up working day.
#include "TestSupport.h"

#include "equipment/Breakdowns.h"
#include "equipment/Equipment.h"
#include "equipment/MaintenanceLog.h"
#include "flow/CalendarRepository.h"
#include "flow/OrderDetails.h"
#include "flow/OrderRepository.h"
#include "flow/SlaClock.h"
#include "flow/SlaPolicy.h"
#include "flow/StageEvent.h"
#include "kpi/KpiEngine.h"
#include "storage/SqlQuery.h"

using namespace servicelens;
using namespace servicelens::equipment;
using namespace servicelens::flow;
using namespace servicelens::test;

namespace {

qint64 at(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

Equipment piece(Database &db, const Branch &branch, const char *code, const char *name)
{
    Equipment e;
    e.branchId = branch.id;
    e.code = QString::fromUtf8(code);
    e.name = QString::fromUtf8(name);
    REQUIRE(EquipmentRegister(db).save(e).ok());
    return e;
}

ServiceOrder openOrder(Database &db, const Branch &branch, const char *no, qint64 received)
{
    ServiceOrder o;
    o.branchId = branch.id;
    o.orderNo = QString::fromUtf8(no);
    o.times.received = received;
    o.times.responded = received + 3600;
    REQUIRE(OrderRepository(db).insert(o).ok());
    return o;
}

void close(Database &db, ServiceOrder &o, qint64 closedAt)
{
    o.times.closed = closedAt;
    o.status = OrderStatus::Closed;
    REQUIRE(OrderRepository(db).update(o).ok());
}

} // namespace

TEST_CASE("A wait for a broken piece pauses the SLA clock exactly as a wait for parts does",
          "[equipment][breakdown][sla]")
{
    TempWorkbook t(QStringLiteral("设备停机.servicelens"));
    const Branch branch = *t.wb->defaultBranch();
    // Both received Monday 13 October 2025 and closed Monday 20 October: 5 working days.
    ServiceOrder parts = openOrder(t.db, branch, "等件-1", at(2025, 10, 13, 9));
    ServiceOrder bench = openOrder(t.db, branch, "等设备-1", at(2025, 10, 13, 9));
    // The first waits for parts from Tuesday 14 to Thursday 16 October.
    StageEventRepository events(t.db);
    for (auto [kind, when] : {std::pair{StageEvent::Kind::WaitPartsStart, at(2025, 10, 14, 10)},
                              {StageEvent::Kind::WaitPartsEnd, at(2025, 10, 16, 10)}}) {
        StageEvent e;
        e.orderId = parts.id;
        e.kind = kind;
        e.at = when;
        REQUIRE(events.add(e).ok());
    }
    // The second for the compressor test bench, down over the same two days.
    const Equipment t01 = piece(t.db, branch, "T-01", "压缩机测试台");
    Breakdowns breakdowns(t.db);
    BreakdownRecord b;
    b.equipmentId = t01.id;
    b.downAt = at(2025, 10, 14, 8);
    b.fault = QStringLiteral("真空泵不启动");
    REQUIRE(breakdowns.report(b).ok());
    CHECK((*EquipmentRegister(t.db).find(branch.id, QStringLiteral("T-01")))->down);
    REQUIRE(breakdowns.addWait(b.id, bench.id, at(2025, 10, 14, 10)).ok());
    // Repaired Thursday 16 October at 10:00: the wait ends then.
    REQUIRE(
        breakdowns.repair(b.id, at(2025, 10, 16, 10), QStringLiteral("更换真空泵电容"), {}).ok());
    CHECK_FALSE((*EquipmentRegister(t.db).find(branch.id, QStringLiteral("T-01")))->down);
    auto waits = breakdowns.waits(b.id);
    REQUIRE(waits.ok());
    REQUIRE(waits->size() == 1);
    CHECK(waits->front().orderNo == QStringLiteral("等设备-1"));
    CHECK(waits->front().endedAt == at(2025, 10, 16, 10));
    close(t.db, parts, at(2025, 10, 20, 10));
    close(t.db, bench, at(2025, 10, 20, 10));

    auto resolvedInTime = [&] {
        auto k = kpi::KpiEngine(t.db).compute(branch, QDate(2025, 10, 1));
        REQUIRE(k.ok());
        return *k->orders.resolutionWithinTargetRate;
    };
    // Normal: 3 working days, no pause: 5 > 3, both missed.
    CHECK(resolvedInTime() == 0.0);
    REQUIRE(SlaPolicyRepository(t.db)
                .replaceAll({[] {
                    SlaPolicy p;
                    p.priority = Priority::Normal;
                    p.responseHours = 24;
                    p.resolutionWorkingDays = 3;
                    p.pauseWhileWaiting = true;
                    return p;
                }()})
                .ok());
    // Paused: 3 + 2 (15 and 16 October) = 5 ≥ 5, both met.
    CHECK(resolvedInTime() == 1.0);
    for (const ServiceOrder &o : {parts, bench}) {
        INFO(o.orderNo.toStdString());
        auto d = OrderDetails::load(t.db, o.id);
        REQUIRE(d.ok());
        CHECK(d->deadlines.pausedWorkingDays == 2);
        CHECK(d->deadlines.resolutionDueDate == QDate(2025, 10, 20));
        CHECK_FALSE(d->deadlines.resolutionOverdue);
    }
    // The bench's wait is on the order's timeline, naming the piece.
    auto d = OrderDetails::load(t.db, bench.id);
    REQUIRE(d.ok());
    const auto waited = std::find_if(d->events.begin(), d->events.end(), [](const StageEvent &e) {
        return e.kind == StageEvent::Kind::WaitEquipmentStart;
    });
    REQUIRE(waited != d->events.end());
    CHECK(waited->note == QStringLiteral("T-01 压缩机测试台"));
}

TEST_CASE("Overlapping waits for parts and for equipment count their working days once",
          "[equipment][breakdown][sla]")
{
    TempWorkbook t(QStringLiteral("重叠.servicelens"));
    auto calendar = CalendarRepository(t.db).load();
    REQUIRE(calendar.ok());
    const LocalTime local = LocalTime::inZone(QStringLiteral("Asia/Shanghai"));
    const auto event = [](StageEvent::Kind kind, qint64 when) {
        StageEvent e;
        e.kind = kind;
        e.at = when;
        return e;
    };
    // Parts from Tuesday 14 to Thursday 16 October (15, 16); equipment from Wednesday 15 to
    // Monday 20 (16, 17, 20): together 15, 16, 17 and 20 — 4 working days, not 5.
    const std::vector<StageEvent> waits = {
        event(StageEvent::Kind::WaitPartsStart, at(2025, 10, 14, 10)),
        event(StageEvent::Kind::WaitEquipmentStart, at(2025, 10, 15, 9)),
        event(StageEvent::Kind::WaitPartsEnd, at(2025, 10, 16, 10)),
        event(StageEvent::Kind::WaitEquipmentEnd, at(2025, 10, 20, 9))};
    CHECK(SlaClock::waitingWorkingDays(waits, *calendar, local, at(2025, 10, 31, 0)) == 4);
    // Apart, each its own: the equipment wait alone is 3.
    CHECK(SlaClock::waitingWorkingDays({waits[1], waits[3]}, *calendar, local,
                                       at(2025, 10, 31, 0)) == 3);
    // Over the holidays and the make-up Saturday: down Tuesday 30 September to Monday 13
    // October counts 9 and 10 October, Saturday 11, and 13: 4 working days.
    CHECK(SlaClock::waitingWorkingDays(
              {event(StageEvent::Kind::WaitEquipmentStart, at(2025, 9, 30, 15)),
               event(StageEvent::Kind::WaitEquipmentEnd, at(2025, 10, 13, 11))},
              *calendar, local, at(2025, 10, 31, 0)) == 4);
}

TEST_CASE("A breakdown is refused for a piece already down or retired, and a repair or a wait "
          "out of order",
          "[equipment][breakdown]")
{
    TempWorkbook t(QStringLiteral("故障规则.servicelens"));
    const Branch branch = *t.wb->defaultBranch();
    Equipment old = piece(t.db, branch, "X-01", "旧诊断仪");
    old.retired = true;
    REQUIRE(EquipmentRegister(t.db).save(old).ok());
    const Equipment d01 = piece(t.db, branch, "D-01", "元征诊断仪");
    Breakdowns breakdowns(t.db);
    BreakdownRecord retired;
    retired.equipmentId = old.id;
    retired.downAt = at(2026, 11, 2, 9);
    CHECK_FALSE(breakdowns.report(retired).ok());
    BreakdownRecord b;
    b.equipmentId = d01.id;
    b.downAt = at(2026, 11, 2, 9);
    REQUIRE(breakdowns.report(b).ok());
    BreakdownRecord twice = b;
    twice.id = 0;
    CHECK_FALSE(breakdowns.report(twice).ok());
    // Down, it cannot be retired: its breakdown and the waits for it would never end.
    Equipment down = **EquipmentRegister(t.db).find(branch.id, QStringLiteral("D-01"));
    down.retired = true;
    CHECK(EquipmentRegister(t.db).save(down).error().message.contains(QStringLiteral("D-01")));
    // Ahead of the clock (22 November 2026), or before it broke down.
    BreakdownRecord later;
    later.equipmentId = old.id;
    later.downAt = at(2026, 12, 1, 9);
    CHECK_FALSE(breakdowns.report(later).ok());
    CHECK_FALSE(breakdowns.repair(b.id, at(2026, 11, 1, 9), {}, {}).ok());
    // An order received before the breakdown waits from the breakdown on, not before.
    ServiceOrder o = openOrder(t.db, branch, "SO-1", at(2026, 11, 1, 9));
    CHECK_FALSE(breakdowns.addWait(b.id, o.id, at(2026, 11, 1, 10)).ok());
    REQUIRE(breakdowns.addWait(b.id, o.id, at(2026, 11, 2, 10)).ok());
    CHECK(breakdowns.addWait(b.id, o.id, at(2026, 11, 2, 11)).error().kind == ErrorKind::Conflict);
    ServiceOrder closed = openOrder(t.db, branch, "SO-2", at(2026, 11, 1, 9));
    close(t.db, closed, at(2026, 11, 1, 17));
    CHECK_FALSE(breakdowns.addWait(b.id, closed.id, at(2026, 11, 2, 10)).ok());
    REQUIRE(breakdowns.repair(b.id, at(2026, 11, 3, 16), QStringLiteral("刷写固件"), {}).ok());
    CHECK_FALSE(breakdowns.repair(b.id, at(2026, 11, 4, 16), {}, {}).ok());
    CHECK_FALSE(breakdowns.addWait(b.id, o.id, at(2026, 11, 4, 10)).ok());
    auto list = breakdowns.forPiece(d01.id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->front().upAt == at(2026, 11, 3, 16));
    CHECK(list->front().repair == QStringLiteral("刷写固件"));
}

TEST_CASE("A failed calibration lists the orders diagnosed with the instrument since its last "
          "good calibration, as a hand query does",
          "[equipment][calibration]")
{
    TempWorkbook t(QStringLiteral("校准失败.servicelens"));
    const Branch branch = *t.wb->defaultBranch();
    const Equipment m01 = piece(t.db, branch, "M-01", "福禄克万用表");
    MaintenanceLog log(t.db);
    MaintenancePlan plan;
    plan.branchId = branch.id;
    plan.equipmentId = m01.id;
    plan.name = QStringLiteral("年度校准");
    plan.schedule = {Cadence::Calibration, 12};
    plan.since = QDate(2025, 1, 1);
    REQUIRE(log.savePlan(plan).ok());
    for (auto [day, passed] : {std::pair{QDate(2025, 3, 12), true},
                               {QDate(2026, 3, 10), true},
                               {QDate(2026, 9, 29), false}}) {
        MaintenanceRecord r;
        r.equipmentId = m01.id;
        r.planId = plan.id;
        r.doneOn = day;
        r.passed = passed;
        REQUIRE(log.saveRecord(r).ok());
    }
    // Orders diagnosed with it: before the last good calibration, on its day, between, on the
    // evening of the failure, and the day after.
    Breakdowns breakdowns(t.db);
    const std::pair<const char *, qint64> used[] = {{"A-0309", at(2026, 3, 9, 15)},
                                                    {"B-0310", at(2026, 3, 10, 8)},
                                                    {"C-0601", at(2026, 6, 1, 11)},
                                                    {"D-0929", at(2026, 9, 29, 21)},
                                                    {"E-0930", at(2026, 9, 30, 9)}};
    for (const auto &[no, when] : used) {
        const ServiceOrder o = openOrder(t.db, branch, no, when - 3600);
        REQUIRE(breakdowns.recordUse(o.id, m01.id, when).ok());
        REQUIRE(breakdowns.recordUse(o.id, m01.id, when + 60).ok()); // once per order
    }
    auto doubt = breakdowns.diagnosedSinceLastGoodCalibration(m01.id, QDate(2026, 9, 29));
    REQUIRE(doubt.ok());
    QStringList got;
    for (const DiagnosedOrder &o : *doubt)
        got << o.orderNo;
    // The hand query: used from the start of 10 March 2026 to the end of 29 September, Shanghai.
    SqlQuery hand(t.db, QStringLiteral("SELECT o.order_no FROM order_equipment u JOIN "
                                       "service_order o ON o.id = u.order_id WHERE u.used_at >= "
                                       ":from AND u.used_at < :to ORDER BY u.used_at"));
    hand.bind(QStringLiteral(":from"), at(2026, 3, 10, 0))
        .bind(QStringLiteral(":to"), at(2026, 9, 30, 0));
    QStringList expected;
    REQUIRE(hand.exec().ok());
    while (hand.next())
        expected << hand.value(0).toString();
    CHECK(expected == QStringList{QStringLiteral("B-0310"), QStringLiteral("C-0601"),
                                  QStringLiteral("D-0929")});
    CHECK(got == expected);
    // A failure on 10 March 2026 itself: back to the good calibration of 12 March 2025.
    auto earlier = breakdowns.diagnosedSinceLastGoodCalibration(m01.id, QDate(2026, 3, 10));
    REQUIRE(earlier.ok());
    REQUIRE(earlier->size() == 2);
    CHECK(earlier->front().orderNo == QStringLiteral("A-0309"));
    CHECK(earlier->back().orderNo == QStringLiteral("B-0310"));
}
