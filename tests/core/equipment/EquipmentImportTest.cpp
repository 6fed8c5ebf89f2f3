// SPDX-License-Identifier: GPL-3.0-or-later
// The equipment register, its plans and its records through the import pipeline (issue 22,
// docs/formats.md "Equipment"), and the due list read back from the workbook: a re-import
// changes only the columns a file has, a bad file is refused whole naming line and column, and
// what is due on Friday 9 October 2026 — the second working day after the 2026 National Day
// break, the day before its make-up Saturday — is computed by hand.
#include "TestSupport.h"

#include "equipment/Equipment.h"
#include "equipment/EquipmentDue.h"
#include "equipment/MaintenanceLog.h"
#include "storage/AuditLog.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::equipment;
using namespace servicelens::test;

namespace {

void importOk(TempWorkbook &t, ImportKind kind, const QString &name, const QByteArray &csv)
{
    const QString file = t.dir.file(name);
    writeFile(file, csv);
    auto done = Importers::run(kind, t.db, file, {});
    REQUIRE(done.ok());
    INFO((done->issues.empty() ? QString() : done->issues.front().toString()).toStdString());
    REQUIRE(done->committed);
}

const QByteArray
    registerCsv("设备编号,设备名称,设备类别,存放位置,序列号,购置日期,状态,计数单位,备注\n"
                "D-01,元征诊断仪,诊断仪,维修间,SN-001,2023-05-10,在用,小时,\n"
                "D-02,博世诊断仪,诊断仪,维修间,SN-002,2024-02-01,在用,,\n"
                "X-01,旧诊断仪,诊断仪,仓库,,2015-01-01,报废,,待处置\n"
                "M-01,福禄克万用表,测量仪器,工具柜,FL-17,2022-01-03,在用,,\n"
                "T-01,压缩机测试台,测试台,车间,,2021-08-01,在用,,\n");

} // namespace

TEST_CASE("equipment import keeps what a file lacks, changes nothing the second time and refuses "
          "a bad file whole",
          "[equipment][import]")
{
    TempWorkbook t(QStringLiteral("设备台账.servicelens"));
    importOk(t, ImportKind::Equipment, QStringLiteral("台账.csv"), registerCsv);
    EquipmentRegister reg(t.db);
    auto list = reg.list(1);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 5);
    const Equipment d1 = list->front();
    CHECK(d1.code == QStringLiteral("D-01"));
    CHECK(d1.kind == QStringLiteral("诊断仪"));
    CHECK(d1.purchasedOn == QDate(2023, 5, 10));
    CHECK(d1.usageUnit == UsageUnit::Hours);
    CHECK_FALSE(d1.down);
    CHECK((*list)[4].code == QStringLiteral("X-01"));
    CHECK((*list)[4].retired);

    // The same file again: nothing changed, no audit record.
    const auto audited = AuditLog(t.db).count();
    REQUIRE(audited.ok());
    const QString file = t.dir.file(QStringLiteral("台账.csv"));
    auto again = Importers::run(ImportKind::Equipment, t.db, file, {});
    REQUIRE(again.ok());
    CHECK(again->unchanged == 5);
    CHECK(*AuditLog(t.db).count() == *audited);

    // A file of codes, names and new locations: kinds, serials and dates stay.
    importOk(t, ImportKind::Equipment, QStringLiteral("位置.csv"),
             "设备编号,设备名称,存放位置\nD-01,元征诊断仪,二楼维修间\n");
    auto moved = reg.find(1, QStringLiteral("D-01"));
    REQUIRE(moved.ok());
    REQUIRE(moved->has_value());
    CHECK((*moved)->location == QStringLiteral("二楼维修间"));
    CHECK((*moved)->kind == QStringLiteral("诊断仪"));
    CHECK((*moved)->serial == QStringLiteral("SN-001"));
    CHECK((*moved)->purchasedOn == QDate(2023, 5, 10));
    CHECK((*moved)->usageUnit == UsageUnit::Hours);

    // Each problem named by line and column, and nothing imported.
    const QString bad = t.dir.file(QStringLiteral("错误.csv"));
    writeFile(bad, "设备编号,设备名称,状态,计数单位,当前读数,购置日期\n"
                   "N-01,新设备,在用,,,2026-01-01\n"
                   "N-02,坏了的设备,故障,,,\n"
                   "N-03,没有单位,在用,,120,\n"
                   "N-01,重复,在用,,,\n"
                   "N-04,,在用,光年,,2026-13-01\n");
    auto refused = Importers::run(ImportKind::Equipment, t.db, bad, {});
    REQUIRE(refused.ok());
    CHECK(refused->failed());
    QStringList where;
    for (const io::ImportIssue &i : refused->issues)
        where << QStringLiteral("%1 %2").arg(i.line).arg(i.column);
    CHECK(where == QStringList{QStringLiteral("3 状态"), QStringLiteral("4 当前读数"),
                               QStringLiteral("5 设备编号"), QStringLiteral("6 设备名称"),
                               QStringLiteral("6 购置日期"), QStringLiteral("6 计数单位")});
    auto after = reg.list(1);
    REQUIRE(after.ok());
    CHECK(after->size() == 5);
}

TEST_CASE("The due list read from the workbook on 9 October 2026 counts working days over the "
          "National Day break, kinds, usage and failed calibrations by hand",
          "[equipment][due]")
{
    TempWorkbook t(QStringLiteral("设备到期.servicelens"));
    importOk(t, ImportKind::Equipment, QStringLiteral("台账.csv"), registerCsv);
    importOk(t, ImportKind::MaintenancePlans, QStringLiteral("计划.csv"),
             "设备编号,设备类别,保养项目,周期类型,周期,保养日,开始日期\n"
             ",诊断仪,周检,工作日,5,,2026-09-01\n"
             "D-01,,500小时保养,使用量,500,,2026-01-01\n"
             "M-01,,年度校准,校准,12,,2025-01-01\n"
             "T-01,,月度保养,每月,,8,2026-01-01\n");
    importOk(t, ImportKind::Maintenance, QStringLiteral("记录.csv"),
             "设备编号,保养项目,日期,读数,结果,证书编号,有效期至,备注\n"
             "D-01,周检,2026-09-29,,合格,,,\n"
             "D-01,500小时保养,2026-06-01,1000,合格,,,\n"
             "D-01,,2026-09-01,1400,,,,\n"
             "D-01,,2026-10-08,1510,,,,\n"
             "M-01,年度校准,2025-09-30,,合格,JL-2025-031,,\n"
             "M-01,年度校准,2026-09-29,,不合格,,,示值超差\n"
             "T-01,月度保养,2026-09-08,,合格,,,\n");
    // A checklist must be a maintenance checklist.
    {
        const QString bad = t.dir.file(QStringLiteral("检查表.csv"));
        writeFile(bad, "设备编号,设备类别,保养项目,周期类型,保养日,检查表\n"
                       ",测试台,月度清洁,每月,5,branch-ops-monthly\n"
                       ",测试台,月度保养,每月,5,equipment-maintenance\n");
        auto refused = Importers::run(ImportKind::MaintenancePlans, t.db, bad, {});
        REQUIRE(refused.ok());
        CHECK(refused->failed());
        REQUIRE(refused->issues.size() == 1);
        CHECK(refused->issues.front().line == 2);
        CHECK(refused->issues.front().column == QStringLiteral("检查表"));
    }
    // The reading-only rows are counter readings, not maintenance.
    MaintenanceLog log(t.db);
    auto d1 = EquipmentRegister(t.db).find(1, QStringLiteral("D-01"));
    REQUIRE(d1.ok());
    REQUIRE(d1->has_value());
    auto records = log.records((*d1)->id);
    REQUIRE(records.ok());
    CHECK(records->size() == 2);
    auto readings = log.readings((*d1)->id);
    REQUIRE(readings.ok());
    CHECK(readings->size() == 3); // 1000 with its maintenance, 1400, 1510

    auto due = EquipmentDue::compute(t.db, QDate(2026, 10, 9));
    REQUIRE(due.ok());
    QStringList got;
    for (const DueItem &i : *due)
        got << QStringLiteral("%1 %2 %3 %4")
                   .arg(i.equipment, i.plan, i.due.toString(Qt::ISODate))
                   .arg(i.overdueDays);
    CHECK(got ==
          QStringList{// Never done since its start on 1 September: 38 days.
                      QStringLiteral("D-02 周检 2026-09-01 38"),
                      // Calibrated 30 September 2025 for 12 months: valid through 29 September
                      // 2026, a Tuesday; the failed calibration of that day does not renew it.
                      QStringLiteral("M-01 年度校准 2026-09-29 10"),
                      // 1000 h at its last service, 1510 h read on 8 October: 1500 reached then.
                      QStringLiteral("D-01 500小时保养 2026-10-08 1"),
                      // Monthly on the 8th: 8 October is the first working day after the break.
                      QStringLiteral("T-01 月度保养 2026-10-08 1"),
                      // Every 5 working days from Tuesday 29 September: 30 September, 8 and 9
                      // October, make-up Saturday 10 October, Monday 12 October.
                      QStringLiteral("D-01 周检 2026-10-12 -3")});
    // The retired X-01 is of the kind, and not listed.

    // Listed for one branch alone, the same.
    auto branch = EquipmentDue::compute(t.db, QDate(2026, 10, 9), 1);
    REQUIRE(branch.ok());
    CHECK(branch->size() == 5);
}
