// SPDX-License-Identifier: GPL-3.0-or-later
// The installed base (issue 21, FORMATS.md `import installed`): units in the field per model and
// month, imported through the import pipeline with the model in any spelling the product list
// knows, updated by (model, month), bad rows named by line and column with nothing imported.
#include "TestSupport.h"

#include "org/InstalledBase.h"
#include "org/InstalledImporter.h"
#include "storage/AuditLog.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::org;
using namespace servicelens::test;

TEST_CASE("A month cell is read in the spellings spreadsheets use", "[org][installed]")
{
    CHECK(InstalledImporter::parseMonth(QStringLiteral("2026-10")) == 202610);
    CHECK(InstalledImporter::parseMonth(QStringLiteral("2026/3")) == 202603);
    CHECK(InstalledImporter::parseMonth(QStringLiteral("202603")) == 202603);
    CHECK(InstalledImporter::parseMonth(QStringLiteral("2026年3月")) == 202603);
    CHECK(InstalledImporter::parseMonth(QStringLiteral(" 2026-03-01 ")) == 202603);
    CHECK_FALSE(InstalledImporter::parseMonth(QStringLiteral("2026-13")));
    CHECK_FALSE(InstalledImporter::parseMonth(QStringLiteral("2026")));
    CHECK_FALSE(InstalledImporter::parseMonth(QStringLiteral("三月")));
    CHECK_FALSE(InstalledImporter::parseMonth(QStringLiteral("20260")));
}

TEST_CASE("import installed sets each model's units per month by any spelling of the model, "
          "updates by model and month, and refuses a bad file whole",
          "[org][installed][import]")
{
    TempWorkbook t(QStringLiteral("保有量.servicelens"));
    const QString products = t.dir.file(QStringLiteral("型号.csv"));
    writeFile(products, QByteArray("型号,名称,品类,别名\n"
                                   "XQB80,波轮洗衣机 8kg,洗衣机,海尔80\n"
                                   "KFR-35GW,挂机,空调,\n"));
    REQUIRE(Importers::run(ImportKind::Products, t.db, products, {})->committed);

    const QString file = t.dir.file(QStringLiteral("保有量.csv"));
    writeFile(file, QByteArray("型号,月份,保有量\n"
                               "XQB80,2026-09,12000\n"
                               "海尔80,2026年10月,\"12,500\"\n"
                               "ｋｆｒ35gw,202610,8000\n"));
    auto first = Importers::run(ImportKind::Installed, t.db, file, {});
    REQUIRE(first.ok());
    REQUIRE(first->committed);
    CHECK(first->inserted == 3);
    InstalledBase base(t.db);
    CHECK(*base.units(QStringLiteral("XQB80"), 202609) == 12000);
    CHECK(*base.units(QStringLiteral("XQB80"), 202610) == 12500);
    CHECK(*base.units(QStringLiteral("KFR-35GW"), 202610) == 8000);
    CHECK_FALSE(base.units(QStringLiteral("KFR-35GW"), 202609)->has_value()); // unknown, not 0
    auto table = base.load(202610, 202610);
    REQUIRE(table.ok());
    CHECK(table->size() == 2);
    CHECK(table->value(QStringLiteral("XQB80")).at(202610) == 12500);

    // Again: nothing changes and nothing is audited; one changed figure is one update.
    const auto audited = *AuditLog(t.db).count();
    auto again = Importers::run(ImportKind::Installed, t.db, file, {});
    REQUIRE(again.ok());
    CHECK(again->unchanged == 3);
    CHECK(*AuditLog(t.db).count() == audited);
    writeFile(file, QByteArray("model,month,units\nXQB80,2026-10,12600\n"));
    auto corrected = Importers::run(ImportKind::Installed, t.db, file, {});
    REQUIRE(corrected.ok());
    CHECK(corrected->updated == 1);
    CHECK(*base.units(QStringLiteral("XQB80"), 202610) == 12600);
    CHECK(*AuditLog(t.db).count() == audited + 1);

    writeFile(file, QByteArray("型号,月份,保有量\n"
                               "XQB80,2026-11,13000\n"
                               "未知型号,2026-11,10\n"
                               "XQB80,2026-11,13100\n"
                               "KFR-35GW,十一月,10\n"
                               "KFR-35GW,2026-12,-5\n"
                               ",2026-12,5\n"));
    auto bad = Importers::run(ImportKind::Installed, t.db, file, {});
    REQUIRE(bad.ok());
    CHECK(bad->failed());
    REQUIRE(bad->issues.size() == 5);
    CHECK(bad->issues[0].line == 3);
    CHECK(bad->issues[0].column == QStringLiteral("型号"));
    CHECK(bad->issues[1].line == 4);
    CHECK(bad->issues[1].message.contains(QStringLiteral("earlier")));
    CHECK(bad->issues[2].line == 5);
    CHECK(bad->issues[2].column == QStringLiteral("月份"));
    CHECK(bad->issues[3].line == 6);
    CHECK(bad->issues[3].column == QStringLiteral("保有量"));
    CHECK(bad->issues[4].line == 7);
    CHECK_FALSE(base.units(QStringLiteral("XQB80"), 202611)->has_value());
}

TEST_CASE("A head office's store imports the installed base, its own list",
          "[org][installed][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    NewWorkbook spec;
    spec.headOffice = true;
    Database::Options o;
    o.clock = &clock;
    auto ho = Workbook::create(dir.file(QStringLiteral("总部.servicelens")), spec, o);
    REQUIRE(ho.ok());
    Database &db = (*ho)->database();
    const QString products = dir.file(QStringLiteral("型号.csv"));
    writeFile(products, QByteArray("model\nXQB80\n"));
    REQUIRE(Importers::run(ImportKind::Products, db, products, {})->committed);
    const QString file = dir.file(QStringLiteral("保有量.csv"));
    writeFile(file, QByteArray("model,month,units\nXQB80,2026-10,100\n"));
    auto imported = Importers::run(ImportKind::Installed, db, file, {});
    REQUIRE(imported.ok());
    CHECK(imported->inserted == 1);
}
