// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's equipment (issue 22) on the reference clock (22 November 2026; the demo's year is
// November 2025 – October 2026): a dozen pieces with their plans and a year of maintenance kept
// up, the compressor bench's breakdown that delayed the compressor repairs waiting for it, and
// the multimeter whose failed calibration puts the orders diagnosed with it in doubt.
#include "DemoFixture.h"

#include "equipment/Breakdowns.h"
#include "equipment/EquipmentDue.h"
#include "flow/CalendarRepository.h"
#include "storage/SqlQuery.h"

using namespace servicelens;
using namespace servicelens::test;

namespace {

QVariant value(Database &db, const char *sql)
{
    SqlQuery q(db, QString::fromUtf8(sql));
    auto v = q.scalar();
    REQUIRE(v.ok());
    return *v;
}

} // namespace

TEST_CASE("The demo's equipment has a year of maintenance, a breakdown that delayed orders and a "
          "failed calibration",
          "[demo][equipment]")
{
    DemoWorkbook demo(QStringLiteral("设备演示.servicelens"), 3000);
    Database &db = demo.wb->database();
    CHECK(value(db, "SELECT count(*) FROM equipment").toInt() == 12);
    CHECK(value(db, "SELECT count(*) FROM maintenance_plan").toInt() == 5);
    // The weekly checks kept up through the year: each within 5 + 2 working days of the one
    // before, the Spring Festival and National Day breaks skipped.
    auto calendar = flow::CalendarRepository(db).load();
    REQUIRE(calendar.ok());
    SqlQuery weekly(db, QStringLiteral("SELECT r.equipment_id, r.done_on FROM maintenance_record r "
                                       "JOIN maintenance_plan p ON p.id = r.plan_id WHERE p.name "
                                       "= '周检' ORDER BY r.equipment_id, r.done_on"));
    REQUIRE(weekly.exec().ok());
    int checks = 0;
    int widest = 0;
    std::pair<qint64, QDate> previous;
    while (weekly.next()) {
        const std::pair<qint64, QDate> current{
            weekly.value(0).toLongLong(),
            QDate::fromString(weekly.value(1).toString(), Qt::ISODate)};
        if (current.first == previous.first)
            widest = std::max(widest, calendar->workingDaysAfter(previous.second, current.second));
        previous = current;
        ++checks;
    }
    CHECK(checks > 3 * 45);
    CHECK(widest == 7);
    // Nothing done after the last month.
    CHECK(value(db, "SELECT max(done_on) FROM maintenance_record").toString() < "2026-11-01");
    // Due on 22 November: what fell due since the last month began, nothing left from before.
    auto due = equipment::EquipmentDue::compute(db, QDate(2026, 11, 22));
    REQUIRE(due.ok());
    CHECK_FALSE(due->empty());
    for (const equipment::DueItem &i : *due)
        CHECK(i.due >= QDate(2026, 10, 1));

    // The bench was down from a Tuesday in July to its repair three working days later; the
    // compressor repairs received in the days before waited for it.
    CHECK(value(db, "SELECT count(*) FROM equipment_breakdown").toInt() == 1);
    CHECK(value(db, "SELECT e.code FROM equipment_breakdown b JOIN equipment e ON e.id = "
                    "b.equipment_id WHERE b.up_at IS NOT NULL")
              .toString() == QStringLiteral("T-01"));
    const int waited = value(db, "SELECT count(*) FROM equipment_wait").toInt();
    CHECK(waited >= 2);
    CHECK(value(db, "SELECT count(*) FROM equipment_wait w JOIN service_order o ON o.id = "
                    "w.order_id JOIN equipment_breakdown b ON b.id = w.breakdown_id WHERE "
                    "o.fault_code IN ('AC-01', 'RF-01') AND w.ended_at = b.up_at AND "
                    "w.started_at >= o.received_at AND (o.closed_at IS NULL OR o.closed_at > "
                    "b.up_at)")
              .toInt() == waited);

    // M-01 failed its calibration: the orders diagnosed with it since the one before are listed.
    const QDate failed = QDate::fromString(
        value(db, "SELECT r.done_on FROM maintenance_record r JOIN equipment e ON e.id = "
                  "r.equipment_id WHERE e.code = 'M-01' AND r.result = 'fail'")
            .toString(),
        Qt::ISODate);
    REQUIRE(failed.isValid());
    const qint64 m01 = value(db, "SELECT id FROM equipment WHERE code = 'M-01'").toLongLong();
    auto doubt = equipment::Breakdowns(db).diagnosedSinceLastGoodCalibration(m01, failed);
    REQUIRE(doubt.ok());
    CHECK(doubt->size() >= 3);

    // The vans: read weekly, serviced once past 5,000 km.
    CHECK(value(db, "SELECT count(*) FROM equipment_reading").toInt() >= 2 * 45);
    CHECK(value(db, "SELECT count(*) FROM maintenance_record r JOIN maintenance_plan p ON p.id = "
                    "r.plan_id WHERE p.name = '车辆保养' AND r.reading IS NOT NULL")
              .toInt() >= 4);
}
