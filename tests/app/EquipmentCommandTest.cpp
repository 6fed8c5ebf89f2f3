// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens equipment import|due with the real binary (issue 22, docs/formats.md "Equipment"):
// the register, plans and records told apart by their headers (a GB18030 file among them), the
// due list's JSON in the documented shape, a read command that never changes the file, and the
// usage errors.
#include "ServicelensProcess.h"
#include "TestSupport.h"

#include <QStringDecoder>
#include <QStringEncoder>

using namespace servicelens;
using namespace servicelens::test;

namespace {

Run equipment(const QStringList &arguments)
{
    return runServicelens(QStringList{QStringLiteral("equipment")} + arguments);
}

} // namespace

TEST_CASE("equipment import tells the register, plans and records apart and equipment due prints "
          "the documented JSON",
          "[cli][equipment]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("网点 设备.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);

    const QString reg = dir.file(QStringLiteral("设备台账.csv"));
    // Written as a spreadsheet on a Chinese Windows saves it.
    QStringEncoder gb("GB18030");
    writeFile(reg, gb.encode(QStringLiteral("设备编号,设备名称,设备类别,计数单位\n"
                                            "D-01,元征诊断仪,诊断仪,小时\n"
                                            "V-01,服务车 沪A·12345,车辆,公里\n")));
    const QString plans = dir.file(QStringLiteral("保养计划.csv"));
    writeFile(plans, "设备编号,设备类别,保养项目,周期类型,周期,开始日期\n"
                     ",诊断仪,周检,工作日,5,2026-09-01\n"
                     "V-01,,车辆保养,使用量,5000,2026-01-01\n");
    const QString records = dir.file(QStringLiteral("保养记录.csv"));
    writeFile(records, "设备编号,保养项目,日期,读数,结果\n"
                       "D-01,周检,2026-09-29,,合格\n"
                       "V-01,车辆保养,2026-01-10,54500,合格\n"
                       "V-01,,2026-09-30,59600,\n");
    for (const QString &file : {reg, plans, records}) {
        const Run r = equipment(
            {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), file});
        INFO(file.toStdString() << ": " << r.err.toStdString());
        CHECK(r.status == 0);
        CHECK(r.out.contains(QStringLiteral(" inserted")));
    }

    const QByteArray before = fileHash(db);
    const Run due =
        equipment({QStringLiteral("due"), QStringLiteral("--db"), db, QStringLiteral("--date"),
                   QStringLiteral("2026-10-09"), QStringLiteral("--json")});
    INFO(due.err.toStdString());
    REQUIRE(due.status == 0);
    // V-01 reached 54500 + 5000 on 30 September; D-01's fifth working day after 29 September is
    // Monday 12 October (the break, then the make-up Saturday).
    CHECK(due.out.trimmed() ==
          QStringLiteral(R"({"date":"2026-10-09","due":[)"
                         R"({"equipment":"V-01","plan":"车辆保养","due":"2026-09-30",)"
                         R"("overdue_days":9,"branch":"SH01"},)"
                         R"({"equipment":"D-01","plan":"周检","due":"2026-10-12",)"
                         R"("overdue_days":-3,"branch":"SH01"}]})"));
    const Run table = equipment({QStringLiteral("due"), QStringLiteral("--db"), db,
                                 QStringLiteral("--date"), QStringLiteral("2026-10-09")});
    CHECK(table.status == 0);
    CHECK(table.out.contains(QStringLiteral("车辆保养\t2026-09-30")));
    CHECK(fileHash(db) == before);

    // A file that is none of the three: invalid data, naming what each needs; nothing written.
    const QString other = dir.file(QStringLiteral("别的.csv"));
    writeFile(other, "工单编号,客户\nSO-1,张三\n");
    const Run refused = equipment(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), other});
    CHECK(refused.status == 3);
    CHECK(refused.err.contains(QStringLiteral("设备编号")));
    CHECK(fileHash(db) == before);

    // Usage errors.
    CHECK(equipment({}).status == 2);
    CHECK(equipment({QStringLiteral("list"), QStringLiteral("--db"), db}).status == 2);
    CHECK(equipment({QStringLiteral("due")}).status == 2);
    CHECK(equipment({QStringLiteral("due"), QStringLiteral("--db"), db, QStringLiteral("--date"),
                     QStringLiteral("2026-10-32")})
              .status == 2);
    CHECK(equipment({QStringLiteral("import"), QStringLiteral("--db"), db}).status == 2);
}
