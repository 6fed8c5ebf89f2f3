// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "flow/CalendarCsv.h"
#include "flow/CalendarRepository.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::io;
using namespace servicelens::test;

TEST_CASE("A calendar CSV imports all or nothing and exports back", "[io][calendar]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("日历导入.servicelens")), clock);
    Database &db = wb->database();

    const QString good = dir.file(QStringLiteral("2027年日历.csv"));
    writeFile(good,
              "\xEF\xBB\xBF日期,类型,名称\n2027-01-01,假日,元旦\n2027/02/06,调休上班,\"春节调休, "
              "周六\"\n");
    auto summary = Importers::run(ImportKind::Calendar, db, good, {});
    REQUIRE(summary.ok());
    CHECK(summary->committed);
    CHECK(summary->inserted == 2);
    auto cal = flow::CalendarRepository(db).load();
    CHECK(cal->covers(2027));
    CHECK_FALSE(cal->isWorkingDay(QDate(2027, 1, 1)));
    CHECK(cal->isWorkingDay(QDate(2027, 2, 6)));
    CHECK(cal->specialDay(QDate(2027, 2, 6))->name == QStringLiteral("春节调休, 周六"));

    const QString bad = dir.file(QStringLiteral("坏.csv"));
    writeFile(bad, "date,kind,name\n2028-01-01,holiday,New Year\n2028-13-01,holiday,Nope\n");
    auto refused = Importers::run(ImportKind::Calendar, db, bad, {});
    REQUIRE(refused.ok());
    CHECK(refused->failed());
    REQUIRE(refused->issues.size() == 1);
    CHECK(refused->issues[0].toString().startsWith(QStringLiteral("Line 3, column “date”")));
    CHECK_FALSE(flow::CalendarRepository(db).load()->covers(2028)); // nothing written
    writeFile(bad, "date,kind\n2028-01-01,vacation\n");
    CHECK(Importers::run(ImportKind::Calendar, db, bad, {})
              ->issues.at(0)
              .toString()
              .startsWith(QStringLiteral("Line 2, column “kind”: “vacation”")));
    writeFile(bad, "day,type\n");
    CHECK(Importers::run(ImportKind::Calendar, db, bad, {})
              .error()
              .message.startsWith(QStringLiteral("Line 1")));

    const QString out = dir.file(QStringLiteral("导出.csv"));
    REQUIRE(CalendarCsv::exportFile(db, out).ok());
    auto other = createWorkbook(dir.file(QStringLiteral("另一个.servicelens")), clock);
    REQUIRE(Importers::run(ImportKind::Calendar, other->database(), out, {}).ok());
    auto a = flow::CalendarRepository(db).load();
    auto b = flow::CalendarRepository(other->database()).load();
    REQUIRE(a->specialDays().size() == b->specialDays().size());
    for (const auto &[day, special] : a->specialDays()) {
        INFO(day.toString(Qt::ISODate).toStdString());
        REQUIRE(b->specialDay(day).has_value());
        CHECK(b->specialDay(day)->kind == special.kind);
        CHECK(b->specialDay(day)->name == special.name);
    }
}
