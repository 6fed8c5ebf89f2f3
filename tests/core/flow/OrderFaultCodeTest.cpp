// SPDX-License-Identifier: GPL-3.0-or-later
// An order's fault code (FORMATS.md `import orders`, fault_code): a code of the workbook's list,
// written by its code in any case and width or by its name; anything else is an error naming
// line and column; a re-import without the column keeps it.
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "org/FaultCodes.h"
#include "storage/SqlQuery.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::test;

namespace {

QString faultOf(Database &db, const QString &orderNo)
{
    SqlQuery q(db, QStringLiteral("SELECT fault_code FROM service_order WHERE order_no = :no"));
    q.bind(QStringLiteral(":no"), orderNo);
    return q.scalar()->toString();
}

void importFaults(TempWorkbook &t)
{
    const QString faults = t.dir.file(QStringLiteral("故障代码.csv"));
    writeFile(faults, QByteArray("故障代码,故障名称,故障大类,英文名称\n"
                                 "R01,压缩机不启动,制冷系统,Compressor does not start\n"
                                 "W02,排水不畅,排水系统,Slow drain\n"));
    REQUIRE(Importers::run(ImportKind::Faults, t.db, faults, {})->committed);
}

} // namespace

TEST_CASE("A fault code's index reads a code in any case and width, or a name in either language",
          "[org][faults]")
{
    org::FaultCodeList list;
    list.codes = {{0,
                   {},
                   QStringLiteral("R01"),
                   QStringLiteral("压缩机不启动"),
                   QStringLiteral("Compressor does not start"),
                   QStringLiteral("制冷系统")},
                  {0, {}, QStringLiteral("W02"), QStringLiteral("排水不畅"), {}, {}}};
    const org::FaultCodeIndex index(list);
    CHECK(index.codeOf(QStringLiteral("R01")) == QStringLiteral("R01"));
    CHECK(index.codeOf(QStringLiteral("ｒ０１ ")) == QStringLiteral("R01"));
    CHECK(index.codeOf(QStringLiteral("压缩机不启动")) == QStringLiteral("R01"));
    CHECK(index.codeOf(QStringLiteral("compressor does not start")) == QStringLiteral("R01"));
    CHECK(index.codeOf(QStringLiteral("排水不畅")) == QStringLiteral("W02"));
    CHECK(index.codeOf(QStringLiteral("R02")).isEmpty());
    CHECK(index.codeOf(QStringLiteral("压缩机")).isEmpty()); // a part of a name is not the name
    REQUIRE(list.find(QStringLiteral("W02")));
    CHECK(list.find(QStringLiteral("W02"))->name == QStringLiteral("排水不畅"));
    CHECK_FALSE(list.find(QStringLiteral("W03")));
}

TEST_CASE("Orders import their fault codes from the workbook's list and keep them when a later "
          "file lacks the column",
          "[flow][import][faults]")
{
    TempWorkbook t(QStringLiteral("故障工单.servicelens"));
    const QString file = t.dir.file(QStringLiteral("工单.csv"));
    writeFile(file, QByteArray("工单号,受理时间,故障描述,故障代码\n"
                               "SO1,2026-10-01 09:00,不制冷,R01\n"
                               "SO2,2026-10-02 09:00,漏水,排水不畅\n"
                               "SO3,2026-10-03 09:00,异响,\n"));

    SECTION("A workbook without the list says to import it first")
    {
        auto refused = Importers::run(ImportKind::Orders, t.db, file, {});
        REQUIRE(refused.ok());
        CHECK(refused->failed());
        REQUIRE(refused->issues.size() == 2);
        CHECK(refused->issues[0].line == 2);
        CHECK(refused->issues[0].column == QStringLiteral("故障代码"));
        CHECK(refused->issues[0].message.contains(QStringLiteral("import faults")));
    }

    SECTION("Codes and names become codes; a later file without the column keeps them")
    {
        importFaults(t);
        auto imported = Importers::run(ImportKind::Orders, t.db, file, {});
        REQUIRE(imported.ok());
        REQUIRE(imported->committed);
        CHECK(faultOf(t.db, QStringLiteral("SO1")) == QStringLiteral("R01"));
        CHECK(faultOf(t.db, QStringLiteral("SO2")) == QStringLiteral("W02"));
        CHECK(faultOf(t.db, QStringLiteral("SO3")).isEmpty());

        writeFile(file, QByteArray("工单号,受理时间,故障描述\nSO1,2026-10-01 09:00,不制冷了\n"));
        auto later = Importers::run(ImportKind::Orders, t.db, file, {});
        REQUIRE(later.ok());
        CHECK(later->updated == 1);
        CHECK(faultOf(t.db, QStringLiteral("SO1")) == QStringLiteral("R01"));

        // A code the list does not have: named, and nothing of the file is written.
        writeFile(file, QByteArray("order_id,received_at,fault_code\n"
                                   "SO1,2026-10-01 09:00,W02\n"
                                   "SO4,2026-10-04 09:00,Z99\n"));
        auto bad = Importers::run(ImportKind::Orders, t.db, file, {});
        REQUIRE(bad.ok());
        CHECK(bad->failed());
        REQUIRE(bad->issues.size() == 1);
        CHECK(bad->issues[0].line == 3);
        CHECK(bad->issues[0].value == QStringLiteral("Z99"));
        CHECK(faultOf(t.db, QStringLiteral("SO1")) == QStringLiteral("R01"));

        // The order read back carries its code, and its audit record names it.
        flow::OrderRepository orders(t.db);
        auto id = orders.idByOrderNo(t.wb->defaultBranch()->id, QStringLiteral("SO2"));
        REQUIRE(id.ok());
        auto order = orders.findById(**id);
        REQUIRE(order.ok());
        CHECK((*order)->faultCode == QStringLiteral("W02"));
        CHECK((*order)->toJson().value(QStringLiteral("fault_code")).toString() ==
              QStringLiteral("W02"));
    }
}
