// SPDX-License-Identifier: GPL-3.0-or-later
// A branch's duties in its monthly figures (issue 22; docs/kpi.md, "Equipment", "Incidents"),
// November 2026 by hand: maintenance done, the due list at the month's end, the breakdowns'
// working-day hours and MTTR, the orders that waited, and the incidents opened, closed and open
// with drills kept apart. Not in `kpi --json`, which keeps KPI.md's keys.
#include "TestSupport.h"

#include "equipment/Breakdowns.h"
#include "equipment/Equipment.h"
#include "flow/OrderRepository.h"
#include "incident/Incidents.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::test;

namespace {

qint64 at(int mo, int d, int h)
{
    return QDateTime(QDate(2026, mo, d), QTime(h, 0), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

void importCsv(TempWorkbook &t, ImportKind kind, const QByteArray &csv)
{
    const QString file = t.dir.file(QStringLiteral("职责.csv"));
    writeFile(file, csv);
    auto done = Importers::run(kind, t.db, file, {});
    REQUIRE(done.ok());
    REQUIRE(done->committed);
}

qint64 pieceId(Database &db, qint64 branch, const char *code)
{
    auto piece = equipment::EquipmentRegister(db).find(branch, QString::fromLatin1(code));
    REQUIRE(piece.ok());
    REQUIRE(piece->has_value());
    return (*piece)->id;
}

void openIncident(Database &db, qint64 branch, const char *title, qint64 opened, bool drill,
                  std::optional<qint64> closed = std::nullopt)
{
    incident::Incident i;
    i.branchId = branch;
    i.title = QString::fromUtf8(title);
    i.openedAt = opened;
    i.drill = drill;
    REQUIRE(incident::Incidents(db).open(i, std::nullopt).ok());
    if (closed)
        REQUIRE(incident::Incidents(db)
                    .close(i.id, QStringLiteral("复盘完成"), *closed, std::nullopt)
                    .ok());
}

} // namespace

TEST_CASE("A branch's equipment and incidents in its month's figures, by hand",
          "[kpi][equipment][incident]")
{
    TempWorkbook t(QStringLiteral("网点职责.servicelens"));
    t.clock.set(at(12, 5, 10) * 1000); // Saturday 5 December 2026
    const Branch branch = *t.wb->defaultBranch();
    importCsv(t, ImportKind::Equipment,
              "设备编号,设备名称,设备类别\n"
              "D-01,元征诊断仪,诊断仪\n"
              "M-01,福禄克万用表,测量仪器\n"
              "T-01,压缩机测试台,测试台\n"
              "V-01,服务车,车辆\n");
    importCsv(t, ImportKind::MaintenancePlans,
              "设备编号,保养项目,周期类型,周期,开始日期\n"
              "D-01,周检,工作日,5,2026-10-01\n"
              "M-01,年度校准,校准,12,2025-01-01\n");
    importCsv(t, ImportKind::Maintenance,
              "设备编号,保养项目,日期,结果\n"
              "D-01,周检,2026-10-30,合格\n"
              "D-01,周检,2026-11-02,合格\n"
              "D-01,周检,2026-11-09,合格\n"
              "M-01,年度校准,2025-12-03,合格\n");
    // T-01 down Monday 9 November 10:00 to Wednesday 11 November 16:00: 14 + 24 + 16 = 54
    // working-day hours, with an order waiting for it. V-01 down Friday 27 November 18:00 and
    // not back by the month's end: 6 h on the Friday, none on the weekend, 24 h on Monday 30.
    equipment::Breakdowns breakdowns(t.db);
    equipment::BreakdownRecord bench;
    bench.equipmentId = pieceId(t.db, branch.id, "T-01");
    bench.downAt = at(11, 9, 10);
    REQUIRE(breakdowns.report(bench).ok());
    flow::ServiceOrder order;
    order.branchId = branch.id;
    order.orderNo = QStringLiteral("SO-等台架");
    order.times.received = at(11, 9, 9);
    REQUIRE(flow::OrderRepository(t.db).insert(order).ok());
    REQUIRE(breakdowns.addWait(bench.id, order.id, at(11, 9, 11)).ok());
    REQUIRE(
        breakdowns.repair(bench.id, at(11, 11, 16), QStringLiteral("更换阀门"), std::nullopt).ok());
    equipment::BreakdownRecord van;
    van.equipmentId = pieceId(t.db, branch.id, "V-01");
    van.downAt = at(11, 27, 18);
    REQUIRE(breakdowns.report(van).ok());

    // Incidents: one opened in October and still open, one opened in October and closed on 5
    // November, one opened in November, and a drill in November.
    openIncident(t.db, branch.id, "十月批量投诉", at(10, 20, 9), false);
    openIncident(t.db, branch.id, "十月系统故障", at(10, 28, 9), false, at(11, 5, 12));
    openIncident(t.db, branch.id, "十一月召回", at(11, 16, 9), false);
    openIncident(t.db, branch.id, "十一月演练", at(11, 18, 14), true);

    kpi::KpiEngine engine(t.db);
    auto k =
        engine.compute(branch, QDate(2026, 11, 1), kpi::KpiEngine::All | kpi::KpiEngine::Duties);
    REQUIRE(k.ok());
    REQUIRE(k->equipment);
    const kpi::EquipmentKpis &e = *k->equipment;
    CHECK(e.maintenanceDone == 2); // D-01 on 2 and 9 November
    // On Monday 30 November: D-01 due the fifth working day after 9 November, Monday 16
    // (overdue 14 days); M-01 calibrated 3 December 2025, valid through 2 December 2026 (due in
    // 2 days).
    CHECK(e.overdueEnd == 1);
    CHECK(e.dueSoonEnd == 1);
    CHECK(e.failures == 2);
    CHECK(e.downtimeHours == Approx(54 + 30));
    REQUIRE(e.mttrHours);
    CHECK(*e.mttrHours == Approx(54));
    CHECK(e.ordersWaited == 1);
    REQUIRE(k->incidents);
    CHECK(k->incidents->opened == 1);
    CHECK(k->incidents->closed == 1);
    CHECK(k->incidents->openEnd == 2);
    CHECK(k->incidents->drills == 1);

    // In October: D-01 once, no breakdown (MTTR unknown, not 0), two incidents opened.
    auto october = engine.compute(branch, QDate(2026, 10, 1), kpi::KpiEngine::Duties);
    REQUIRE(october.ok());
    CHECK(october->equipment->maintenanceDone == 1);
    CHECK(october->equipment->failures == 0);
    CHECK_FALSE(october->equipment->mttrHours);
    CHECK(october->incidents->opened == 2);
    CHECK(october->incidents->openEnd == 2);

    // Not asked for, or not a whole month: unknown, and `kpi --json` never has them.
    auto plain = engine.compute(branch, QDate(2026, 11, 1));
    REQUIRE(plain.ok());
    CHECK_FALSE(plain->equipment);
    CHECK_FALSE(kpi::KpiCatalogue::at("incidents.opened").value(*plain));
    auto period = engine.computePeriod(branch, QDate(2026, 11, 2), QDate(2026, 11, 30),
                                       kpi::KpiEngine::All | kpi::KpiEngine::Duties);
    REQUIRE(period.ok());
    CHECK_FALSE(period->incidents);
    CHECK_FALSE(kpi::KpiEngine::toJson(*k).contains(QStringLiteral("incidents")));
}
