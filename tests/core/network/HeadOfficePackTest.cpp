// SPDX-License-Identifier: GPL-3.0-or-later
// Head office's own records flow back to the branches in a head-office pack: the calendar of
// each year it lists, the SLA policies, the targets, and the lists (templates, surveys,
// courses) a branch lacks. Received twice, nothing changes; packs go only the way they are for.
#include "HeadOfficeStore.h"

#include "demo/DemoGenerator.h"
#include "knowledge/CaseLibrary.h"
#include "network/HeadOfficeReceiver.h"
#include "network/PackMerger.h"
#include "network/PackWriter.h"
#include "org/ProductLists.h"
#include "org/ProductMatcher.h"
#include "storage/FastQuery.h"
#include "workbook/Importers.h"
#include "workbook/Workbook.h"

using namespace servicelens;
using namespace servicelens::network;
using namespace servicelens::test;

namespace {

QString text(Database &db, const char *sql)
{
    FastQuery q(db, sql);
    return q.next() ? q.text(0) : QStringLiteral("(none)");
}

} // namespace

TEST_CASE("Head office's pack brings its calendar, SLA policies, targets and lists to a branch",
          "[network]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto ho = createHeadOfficeStore(dir, QStringLiteral("总部"), clock, false);
    Database &store = ho->database();
    // Head office tightens urgent orders, adds a company holiday, sets a target and a course.
    REQUIRE(store
                .execScript("UPDATE sla_policy SET response_hours = 2 WHERE priority = 'urgent';"
                            "INSERT INTO calendar_day (uid, day, kind, name) VALUES "
                            "('ho-day-1', '2026-12-24', 'holiday', '公司年会');"
                            "INSERT INTO setting (key, value) VALUES ('target.sla_met_rate', "
                            "'0.85');"
                            "INSERT INTO training_course (uid, code, title, skill_area, "
                            "created_at, updated_at) VALUES ('ho-course-1', 'HO-101', "
                            "'总部服务规范', 'service_standards', 1, 1);")
                .ok());
    const QString hoPack = dir.file(QStringLiteral("总部下发.slpack"));
    auto written = PackWriter(store).writeHeadOffice(hoPack);
    REQUIRE(written.ok());
    CHECK(written->kind == QStringLiteral("head_office"));
    CHECK(written->sequence == 1);
    CHECK(written->rows.at(QStringLiteral("sla_policy")) == 4);

    DemoOptions options;
    options.orders = 300;
    options.branchCode = QStringLiteral("HZ02");
    auto branch = DemoGenerator::createDemoWorkbook(dir.file(QStringLiteral("杭州.servicelens")),
                                                    options, &clock);
    REQUIRE(branch.ok());
    Database &db = (*branch)->database();
    CHECK(text(db, "SELECT response_hours FROM sla_policy WHERE priority = 'urgent'") ==
          QStringLiteral("4.0"));
    auto received = HeadOfficeReceiver(db).receive(hoPack);
    INFO((received ? QString() : received.error().message).toStdString());
    REQUIRE(received.ok());
    CHECK(received->inserted >= 3); // the day, the target, the course
    CHECK(received->updated >= 1);  // urgent's response target
    CHECK(text(db, "SELECT response_hours FROM sla_policy WHERE priority = 'urgent'") ==
          QStringLiteral("2.0"));
    CHECK(text(db, "SELECT name FROM calendar_day WHERE day = '2026-12-24'") ==
          QStringLiteral("公司年会"));
    CHECK(text(db, "SELECT value FROM setting WHERE key = 'target.sla_met_rate'") ==
          QStringLiteral("0.85"));
    CHECK(text(db, "SELECT title FROM training_course WHERE code = 'HO-101'") ==
          QStringLiteral("总部服务规范"));
    // The branch's own records are untouched.
    CHECK(text(db, "SELECT count(*) FROM service_order") == QStringLiteral("300"));

    // The same pack again changes nothing, and leaves no audit record.
    const QString audits = text(db, "SELECT count(*) FROM audit_log");
    auto again = HeadOfficeReceiver(db).receive(hoPack);
    REQUIRE(again.ok());
    CHECK(again->inserted == 0);
    CHECK(again->updated == 0);
    CHECK(text(db, "SELECT count(*) FROM audit_log") == audits);

    // Head office removes its holiday: the next pack takes it away from the branch's 2026.
    REQUIRE(store.execScript("DELETE FROM calendar_day WHERE day = '2026-12-24'").ok());
    const QString second = dir.file(QStringLiteral("总部下发2.slpack"));
    REQUIRE(PackWriter(store).writeHeadOffice(second).ok());
    auto removed = HeadOfficeReceiver(db).receive(second);
    REQUIRE(removed.ok());
    CHECK(removed->updated == 1);
    CHECK(text(db, "SELECT count(*) FROM calendar_day WHERE day = '2026-12-24'") ==
          QStringLiteral("0"));

    // Packs go only the way they are for.
    const QString branchPack = dir.file(QStringLiteral("网点.slpack"));
    REQUIRE(PackWriter(db).write(branchPack, *(*branch)->defaultBranch(), false).ok());
    auto wrongWay = HeadOfficeReceiver(db).receive(branchPack);
    REQUIRE_FALSE(wrongWay.ok());
    CHECK(wrongWay.error().message.contains(QStringLiteral("HZ02")));
    auto intoHeadOffice = PackMerger(store).merge(hoPack);
    REQUIRE_FALSE(intoHeadOffice.ok());
    CHECK(intoHeadOffice.error().kind == ErrorKind::InvalidInput);
}

TEST_CASE("Head office's product lists reach the branch: its entries and spellings win, what the "
          "branch added on its own stays",
          "[network][products]")
{
    using namespace servicelens::org;
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto ho = createHeadOfficeStore(dir, QStringLiteral("总部"), clock, false);
    Database &store = ho->database();
    const QString csv = dir.file(QStringLiteral("产品型号.csv"));
    writeFile(csv, QByteArray("型号,名称,品类,上市日期,别名\n"
                              "XQB80,波轮洗衣机 8kg,洗衣机,2023-03-01,海尔80\n"
                              "KFR-35GW,挂机,空调,,\n"));
    auto imported = Importers::run(ImportKind::Products, store, csv, {});
    REQUIRE(imported.ok());
    REQUIRE(imported->committed);
    ProductCatalogue hoLists(store);
    REQUIRE(hoLists.saveCategory({0, {}, QStringLiteral("洗衣机"), QStringLiteral("Washer")}).ok());
    REQUIRE(hoLists
                .remember(ProductList::Category, QStringLiteral("家用空调"), QStringLiteral("空调"),
                          true)
                .ok());

    DemoOptions options;
    options.orders = 200;
    options.branchCode = QStringLiteral("HZ02");
    auto branch = DemoGenerator::createDemoWorkbook(dir.file(QStringLiteral("杭州.servicelens")),
                                                    options, &clock);
    REQUIRE(branch.ok());
    Database &db = (*branch)->database();
    // The branch had listed a model of its own and spelt 海尔80 as it.
    ProductCatalogue mine(db);
    REQUIRE(mine.saveModel({0, {}, QStringLiteral("本地型号1"), {}, {}, {}}).ok());
    REQUIRE(mine.remember(ProductList::Model, QStringLiteral("海尔 80"),
                          QStringLiteral("本地型号1"), true)
                .ok());

    const QString pack = dir.file(QStringLiteral("总部下发.slpack"));
    auto written = PackWriter(store).writeHeadOffice(pack);
    REQUIRE(written.ok());
    CHECK(written->rows.at(QStringLiteral("product_model")) == 2);
    CHECK(written->rows.at(QStringLiteral("product_alias")) == 2);
    auto received = HeadOfficeReceiver(db).receive(pack);
    INFO((received ? QString() : received.error().message).toStdString());
    REQUIRE(received.ok());

    auto lists = mine.load();
    REQUIRE(lists.ok());
    // The demo's own list (25 models), its own model, and head office's two.
    REQUIRE(lists->models.size() == 28);
    const ProductMatcher matcher(*lists);
    CHECK(matcher.model(QStringLiteral("海尔80")).target ==
          QStringLiteral("XQB80"));                                           // head office's
    CHECK(matcher.model(QStringLiteral("本地型号1")).how == MatchHow::Exact); // the branch's own
    CHECK(matcher.category(QStringLiteral("washer")).target == QStringLiteral("洗衣机"));
    CHECK(matcher.category(QStringLiteral("家用空调")).target == QStringLiteral("空调"));

    // Again: nothing changes.
    auto again = HeadOfficeReceiver(db).receive(pack);
    REQUIRE(again.ok());
    CHECK(again->inserted == 0);
    CHECK(again->updated == 0);

    // Head office corrects a launch date: the next pack carries it.
    writeFile(csv, QByteArray("model,launched\nXQB80,2023-04-01\n"));
    REQUIRE(Importers::run(ImportKind::Products, store, csv, {})->committed);
    const QString second = dir.file(QStringLiteral("总部下发2.slpack"));
    REQUIRE(PackWriter(store).writeHeadOffice(second).ok());
    auto corrected = HeadOfficeReceiver(db).receive(second);
    REQUIRE(corrected.ok());
    CHECK(corrected->updated == 1);
    CHECK(text(db, "SELECT launched FROM product_model WHERE model = 'XQB80'") ==
          QStringLiteral("2023-04-01"));
}

TEST_CASE("Head office's fault codes and installed base reach the branch", "[network][faults]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto ho = createHeadOfficeStore(dir, QStringLiteral("总部"), clock, false);
    Database &store = ho->database();
    const QString csv = dir.file(QStringLiteral("清单.csv"));
    writeFile(csv, QByteArray("型号,品类\nXQB80,洗衣机\n"));
    REQUIRE(Importers::run(ImportKind::Products, store, csv, {})->committed);
    writeFile(csv, QByteArray("故障代码,故障名称,故障大类,大类英文名称\n"
                              "W02,排水不畅,排水系统,Drainage\nR01,压缩机不启动,制冷系统,\n"));
    REQUIRE(Importers::run(ImportKind::Faults, store, csv, {})->committed);
    writeFile(csv, QByteArray("型号,月份,保有量\nXQB80,2026-09,1000\nXQB80,2026-10,1100\n"));
    REQUIRE(Importers::run(ImportKind::Installed, store, csv, {})->committed);

    auto branch = Workbook::create(dir.file(QStringLiteral("杭州.servicelens")), NewWorkbook{});
    REQUIRE(branch.ok());
    Database &db = (*branch)->database();
    const QString pack = dir.file(QStringLiteral("总部下发.slpack"));
    auto written = PackWriter(store).writeHeadOffice(pack);
    REQUIRE(written.ok());
    CHECK(written->rows.at(QStringLiteral("fault_code")) == 2);
    CHECK(written->rows.at(QStringLiteral("installed_base")) == 2);
    auto received = HeadOfficeReceiver(db).receive(pack);
    INFO((received ? QString() : received.error().message).toStdString());
    REQUIRE(received.ok());
    CHECK(text(db, "SELECT group_concat(code || '=' || group_name, ';') FROM (SELECT * FROM "
                   "fault_code ORDER BY code)") == QStringLiteral("R01=制冷系统;W02=排水系统"));
    CHECK(text(db, "SELECT name_en FROM fault_group WHERE name = '排水系统'") ==
          QStringLiteral("Drainage"));
    CHECK(text(db, "SELECT sum(units) FROM installed_base WHERE model = 'XQB80'") ==
          QStringLiteral("2100"));

    // Head office corrects a month's figure: the next pack updates it, and only it.
    writeFile(csv, QByteArray("model,month,units\nXQB80,2026-10,1150\n"));
    REQUIRE(Importers::run(ImportKind::Installed, store, csv, {})->committed);
    const QString second = dir.file(QStringLiteral("总部下发2.slpack"));
    REQUIRE(PackWriter(store).writeHeadOffice(second).ok());
    auto again = HeadOfficeReceiver(db).receive(second);
    REQUIRE(again.ok());
    CHECK(again->inserted == 0);
    CHECK(again->updated == 1);
    CHECK(text(db, "SELECT units FROM installed_base WHERE month = 202610") ==
          QStringLiteral("1150"));
}

TEST_CASE("A head office's store takes no branch data by import, only its own lists", "[network]")
{
    TempFolder dir;
    NewWorkbook spec;
    spec.headOffice = true;
    auto ho = Workbook::create(dir.file(QStringLiteral("总部.servicelens")), spec);
    REQUIRE(ho.ok());
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    writeFile(csv, "order_id,received_at\nX1,2026-10-01 10:00\n");
    for (ImportKind kind : {ImportKind::Orders, ImportKind::Events, ImportKind::Staff,
                            ImportKind::Surveys, ImportKind::Training}) {
        auto refused = Importers::run(kind, (*ho)->database(), csv, {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("Send to Head Office")));
    }
    CHECK(text((*ho)->database(), "SELECT count(*) FROM service_order") == QStringLiteral("0"));
    // Its own calendar it imports as any workbook does.
    const QString calendar = dir.file(QStringLiteral("日历.csv"));
    writeFile(calendar, "date,kind,name\n2027-01-01,holiday,元旦\n");
    auto imported = Importers::run(ImportKind::Calendar, (*ho)->database(), calendar, {});
    INFO((imported ? QString() : imported.error().message).toStdString());
    CHECK(imported.ok());
}

TEST_CASE("Head office's approved cases reach the branch's library and follow its changes",
          "[network][cases]")
{
    for (const bool onPostgres : {false, true}) {
        INFO((onPostgres ? "store on PostgreSQL" : "store in a workbook"));
        TempFolder dir;
        FixedClock clock(referenceNowMsecs());
        auto ho = createHeadOfficeStore(dir, QStringLiteral("总部"), clock, onPostgres);
        knowledge::CaseLibrary published(ho->database());
        const QByteArray photo = QByteArray::fromHex("89504E470D0A1A0A00000000") + "排水管";
        knowledge::ServiceCase leak;
        leak.title = QStringLiteral("室内机漏水：排水管坡度不足");
        leak.symptom = QStringLiteral("开机半小时后室内机滴水");
        leak.fix = QStringLiteral("调整排水管坡度");
        leak.faultCode = QStringLiteral("AC-02");
        leak.models = {QStringLiteral("KFR-35GW")};
        leak.status = knowledge::CaseStatus::Approved;
        leak.photos = {{QStringLiteral("排水管"), photo}};
        REQUIRE(published.save(leak).ok());
        knowledge::ServiceCase draft;
        draft.title = QStringLiteral("漏水草稿：待总部确认");
        REQUIRE(published.save(draft).ok());

        auto branch = Workbook::create(dir.file(QStringLiteral("杭州.servicelens")), NewWorkbook{});
        REQUIRE(branch.ok());
        Database &db = (*branch)->database();
        knowledge::CaseLibrary library(db);
        const auto send = [&](const QString &name) {
            const QString pack = dir.file(name);
            auto written = PackWriter(ho->database()).writeHeadOffice(pack);
            INFO((written ? QString() : written.error().message).toStdString());
            REQUIRE(written.ok());
            CHECK(written->rows.at(QStringLiteral("service_case")) == 1); // not the draft
            auto received = HeadOfficeReceiver(db).receive(pack);
            INFO((received ? QString() : received.error().message).toStdString());
            REQUIRE(received.ok());
            return *received;
        };

        // The approved case arrives whole, searchable; the draft stays at head office.
        const ReceiveOutcome first = send(QStringLiteral("总部下发1.slpack"));
        CHECK(first.inserted >= 1);
        auto arrived = library.findByUid(leak.uid);
        REQUIRE(arrived.ok());
        REQUIRE(arrived->has_value());
        CHECK((*arrived)->status == knowledge::CaseStatus::Approved);
        CHECK((*arrived)->models == QStringList{QStringLiteral("KFR-35GW")});
        REQUIRE((*arrived)->photos.size() == 1);
        CHECK((*arrived)->photos.front().image == photo);
        CHECK((*arrived)->photos.front().caption == QStringLiteral("排水管"));
        CHECK_FALSE(library.findByUid(draft.uid)->has_value());
        auto hits = library.search(QStringLiteral("漏水"));
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        CHECK(hits->front().uid == leak.uid);

        // The same pack again changes nothing.
        auto again = HeadOfficeReceiver(db).receive(dir.file(QStringLiteral("总部下发1.slpack")));
        REQUIRE(again.ok());
        CHECK(again->inserted == 0);
        CHECK(again->updated == 0);

        // Head office improves the fix: the branch's copy follows, the one before in its
        // history; then it retires the case, and the branch's search leaves it out.
        leak.fix = QStringLiteral("调整排水管坡度\n清理接水盘");
        REQUIRE(published.save(leak).ok());
        const ReceiveOutcome second = send(QStringLiteral("总部下发2.slpack"));
        CHECK(second.inserted == 0);
        CHECK(second.updated == 1);
        const qint64 id = (*arrived)->id;
        CHECK((*library.find(id))->fix == leak.fix);
        CHECK(library.history(id)->size() == 1);
        leak.status = knowledge::CaseStatus::Retired;
        REQUIRE(published.save(leak).ok());
        CHECK(send(QStringLiteral("总部下发3.slpack")).updated == 1);
        CHECK((*library.find(id))->status == knowledge::CaseStatus::Retired);
        CHECK(library.search(QStringLiteral("漏水"))->empty());
    }
}
