// SPDX-License-Identifier: GPL-3.0-or-later
// Fault codes (issue 21, FORMATS.md `import faults`): a two-level list with names in both
// languages, imported through the import pipeline, updated by code, every change audited, bad
// rows named by line and column with nothing imported.
#include "TestSupport.h"

#include "org/FaultCodes.h"
#include "storage/AuditLog.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::org;
using namespace servicelens::test;

TEST_CASE("import faults adds and updates codes by code, their groups with them, keeps what a "
          "file lacks and refuses a bad file whole",
          "[org][faults][import]")
{
    TempWorkbook t(QStringLiteral("故障.servicelens"));
    const QString file = t.dir.file(QStringLiteral("故障代码.csv"));
    writeFile(file, QByteArray("故障代码,故障名称,故障大类,英文名称,大类英文名称\n"
                               "E1-01,压缩机不启动,制冷系统,Compressor does not start,"
                               "Refrigeration\n"
                               "E1-02,制冷剂泄漏,制冷系统,Refrigerant leak,\n"
                               "W2-01,排水不畅,排水系统,Slow drain,Drainage\n"
                               "X9,其他,,,\n"));
    auto first = Importers::run(ImportKind::Faults, t.db, file, {});
    REQUIRE(first.ok());
    REQUIRE(first->committed);
    CHECK(first->inserted == 4);
    auto list = FaultCatalogue(t.db).load();
    REQUIRE(list.ok());
    REQUIRE(list->codes.size() == 4);
    REQUIRE(list->groups.size() == 2);
    CHECK(list->groups[0].name == QStringLiteral("制冷系统")); // by name, as the list sorts
    CHECK(list->groups[0].nameEn == QStringLiteral("Refrigeration"));
    CHECK(list->codes[0].code == QStringLiteral("E1-01"));
    CHECK(list->codes[0].group == QStringLiteral("制冷系统"));
    CHECK(list->codes[0].nameEn == QStringLiteral("Compressor does not start"));
    CHECK(list->codes[3].group.isEmpty());

    // The same file again changes nothing, and writes no audit record.
    const auto audited = AuditLog(t.db).count();
    REQUIRE(audited.ok());
    auto again = Importers::run(ImportKind::Faults, t.db, file, {});
    REQUIRE(again.ok());
    CHECK(again->unchanged == 4);
    CHECK(*AuditLog(t.db).count() == *audited);

    // A file of codes and Chinese names only: groups and English names stay.
    writeFile(file, QByteArray("code,name\nE1-02,冷媒泄漏\n"));
    auto names = Importers::run(ImportKind::Faults, t.db, file, {});
    REQUIRE(names.ok());
    CHECK(names->updated == 1);
    list = FaultCatalogue(t.db).load();
    CHECK(list->codes[1].name == QStringLiteral("冷媒泄漏"));
    CHECK(list->codes[1].group == QStringLiteral("制冷系统"));
    CHECK(list->codes[1].nameEn == QStringLiteral("Refrigerant leak"));
    CHECK(*AuditLog(t.db).count() == *audited + 1);

    // Problems name their line and column; nothing of the file is written.
    writeFile(file, QByteArray("故障代码,故障名称,故障大类,大类英文名称\n"
                               "N1,新故障,新大类,\n"
                               ",无代码,,\n"
                               "N2,,,\n"
                               "N1,重复,,\n"
                               "N3,孤立英文,,Orphan\n"));
    auto bad = Importers::run(ImportKind::Faults, t.db, file, {});
    REQUIRE(bad.ok());
    CHECK(bad->failed());
    REQUIRE(bad->issues.size() == 4);
    CHECK(bad->issues[0].line == 3);
    CHECK(bad->issues[0].column == QStringLiteral("故障代码"));
    CHECK(bad->issues[1].line == 4);
    CHECK(bad->issues[1].column == QStringLiteral("故障名称"));
    CHECK(bad->issues[2].line == 5);
    CHECK(bad->issues[2].message.contains(QStringLiteral("earlier")));
    CHECK(bad->issues[3].line == 6);
    CHECK(bad->issues[3].column == QStringLiteral("大类英文名称"));
    list = FaultCatalogue(t.db).load();
    CHECK(list->codes.size() == 4);
    CHECK(list->groups.size() == 2);
}

TEST_CASE("A head office's store imports fault codes, its own list", "[org][faults][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    NewWorkbook spec;
    spec.headOffice = true;
    Database::Options o;
    o.clock = &clock;
    auto ho = Workbook::create(dir.file(QStringLiteral("总部.servicelens")), spec, o);
    REQUIRE(ho.ok());
    const QString file = dir.file(QStringLiteral("故障.csv"));
    writeFile(file, QByteArray("code,name,group\nE1-01,压缩机不启动,制冷系统\n"));
    auto imported = Importers::run(ImportKind::Faults, (*ho)->database(), file, {});
    REQUIRE(imported.ok());
    CHECK(imported->inserted == 1);
}
