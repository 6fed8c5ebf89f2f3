// SPDX-License-Identifier: GPL-3.0-or-later
// The case library (issue 21): Chinese search by phrase (two-character words found, their
// characters apart not), ranking by where the word is, versions, suggestions for an order, and
// the cases used on an order — on a workbook and on a PostgreSQL store.
#include "HeadOfficeStore.h"
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "knowledge/CaseLibrary.h"
#include "knowledge/CaseText.h"
#include "storage/AuditLog.h"

using namespace servicelens;
using namespace servicelens::knowledge;
using namespace servicelens::test;

namespace {

ServiceCase makeCase(const char *title, const char *symptom, const char *cause, const char *fix,
                     CaseStatus status = CaseStatus::Approved)
{
    ServiceCase c;
    c.title = QString::fromUtf8(title);
    c.symptom = QString::fromUtf8(symptom);
    c.cause = QString::fromUtf8(cause);
    c.fix = QString::fromUtf8(fix);
    c.status = status;
    return c;
}

// The hand-written library, by title.
std::map<QString, qint64> writeLibrary(CaseLibrary &library)
{
    std::vector<ServiceCase> cases = {
        makeCase("室内机漏水：排水管坡度不足", "空调开机半小时后室内机滴水",
                 "排水管安装坡度不够，冷凝水倒流", "调整排水管坡度\n清理接水盘"),
        makeCase("空调不制冷：冷媒泄漏", "开机后出风不凉，外机结霜", "铜管焊点漏氟",
                 "检漏补焊\n抽真空加注冷媒"),
        makeCase("洗衣机脱水异响", "脱水时有异响和震动", "轴承磨损", "更换轴承"),
        makeCase("冰箱压缩机异响", "夜间压缩机嗡嗡响", "压缩机减震垫老化", "更换减震垫"),
        makeCase("热水器接头潮湿", "水管漏了一点，接头处潮湿", "接头密封圈老化", "更换密封圈"),
        makeCase("Dishwasher shows E4", "The water leak sensor triggered", "Water in the base tray",
                 "Dry the base tray; replace the inlet hose"),
        makeCase("净水器漏水报警", "机器报警并停止制水", "滤芯座密封不严", "重新安装滤芯"),
        makeCase("燃气灶打不着火", "点火针有火花但不着", "喷嘴堵塞，清洗后发现底座有漏水痕迹",
                 "清洗喷嘴"),
        makeCase("旧版：漏水处理", "室内机漏水", "未知", "已停用的做法", CaseStatus::Retired),
    };
    cases[3].tags = QStringList{QStringLiteral("压缩机"), QStringLiteral("噪音")};
    std::map<QString, qint64> ids;
    for (ServiceCase &c : cases) {
        auto saved = library.save(c);
        INFO(c.title.toStdString());
        INFO((saved ? QString() : saved.error().message + saved.error().detail).toStdString());
        REQUIRE(saved.ok());
        REQUIRE(*saved);
        ids[c.title] = c.id;
    }
    return ids;
}

QStringList titles(const Result<std::vector<CaseHit>> &hits)
{
    REQUIRE(hits.ok());
    QStringList t;
    for (const CaseHit &h : *hits)
        t << h.title;
    return t;
}

} // namespace

TEST_CASE("Case text: Chinese one character a token, a query's Chinese a phrase of them",
          "[knowledge][search]")
{
    CHECK(CaseText::indexed(QStringLiteral("室内机漏水E30")) ==
          QStringLiteral(" 室  内  机  漏  水 E30"));
    CHECK(CaseText::indexed(QStringLiteral("ＸＱＢ８０")) == QStringLiteral("XQB80"));
    CHECK(CaseText::matchExpression(QStringLiteral("漏水 不制冷")) ==
          QStringLiteral("\"漏 水\" AND \"不 制 冷\""));
    CHECK(CaseText::matchExpression(QStringLiteral("E30故障，compress"), false) ==
          QStringLiteral("\"e30 故 障\" OR \"compress\"*"));
    CHECK(CaseText::matchExpression(QStringLiteral("\" * - ，。")).isEmpty());
    CHECK(CaseText::matchExpression(QStringLiteral("\"OR\"")) == QStringLiteral("\"or\"*"));
    CHECK(CaseText::looseTerms(QStringLiteral("室内机漏水了 E30")) ==
          QStringList{QStringLiteral("室内"), QStringLiteral("内机"), QStringLiteral("机漏"),
                      QStringLiteral("漏水"), QStringLiteral("水了"), QStringLiteral("E30")});
    CHECK(CaseText::tsQuery(QStringLiteral("漏水 E4")) ==
          QStringLiteral("('漏' <-> '水') & 'e4':*"));
}

TEST_CASE("The case library finds each word of two characters and more, never its characters "
          "apart, the case with it in the title first",
          "[knowledge][search]")
{
    const bool onPostgres = GENERATE(false, true);
    INFO((onPostgres ? "PostgreSQL" : "SQLite"));
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto store = createHeadOfficeStore(dir, QStringLiteral("案例"), clock, onPostgres);
    CaseLibrary library(store->database());
    const auto ids = writeLibrary(library);

    // 漏水: the cases with the word, the one with it in its title first; 热水器接头潮湿 has
    // 水…漏 apart ("水管漏了") and is not found; the retired case is left out.
    const QStringList leak = titles(library.search(QStringLiteral("漏水")));
    REQUIRE(leak.size() == 3);
    CHECK(leak.contains(QStringLiteral("室内机漏水：排水管坡度不足")));
    CHECK(leak.contains(QStringLiteral("净水器漏水报警")));
    CHECK(leak.back() == QStringLiteral("燃气灶打不着火")); // only in its cause: last
    CHECK_FALSE(leak.contains(QStringLiteral("热水器接头潮湿")));
    CHECK(titles(library.search(QStringLiteral("漏水"), 20, true)).size() == 4);

    CHECK(titles(library.search(QStringLiteral("不制冷"))) ==
          QStringList{QStringLiteral("空调不制冷：冷媒泄漏")});
    const QStringList noise = titles(library.search(QStringLiteral("异响")));
    CHECK(noise.size() == 2);
    // 压缩机 in the title and the tags outranks it in the text alone.
    CHECK(titles(library.search(QStringLiteral("压缩机"))).front() ==
          QStringLiteral("冰箱压缩机异响"));
    CHECK(titles(library.search(QStringLiteral("冷媒"))) ==
          QStringList{QStringLiteral("空调不制冷：冷媒泄漏")});
    CHECK(titles(library.search(QStringLiteral("轴承"))) ==
          QStringList{QStringLiteral("洗衣机脱水异响")});
    // Every term must be there: 空调 漏水 is the air conditioner's leak alone.
    CHECK(titles(library.search(QStringLiteral("空调 漏水"))) ==
          QStringList{QStringLiteral("室内机漏水：排水管坡度不足")});
    // Characters apart or reversed are not the word.
    CHECK(titles(library.search(QStringLiteral("水漏"))).isEmpty());
    CHECK(titles(library.search(QStringLiteral("机漏"))) ==
          QStringList{QStringLiteral("室内机漏水：排水管坡度不足")});
    // English and codes, in any case, a word by its start.
    CHECK(titles(library.search(QStringLiteral("e4"))) ==
          QStringList{QStringLiteral("Dishwasher shows E4")});
    CHECK(titles(library.search(QStringLiteral("LEAK sens"))) ==
          QStringList{QStringLiteral("Dishwasher shows E4")});
    // Nothing to look for: nothing found, no error.
    CHECK(titles(library.search(QStringLiteral("  ，。 "))).isEmpty());
    // (Held in a variable: a range over *library.search(…) would outlive its Result.)
    const auto scored = library.search(QStringLiteral("漏水"));
    REQUIRE(scored.ok());
    for (const CaseHit &h : *scored)
        CHECK(h.score > 0);
}

TEST_CASE("A case keeps its versions, and an order at diagnosis is offered the approved cases "
          "that fit it",
          "[knowledge]")
{
    TempWorkbook t(QStringLiteral("案例库.servicelens"));
    CaseLibrary library(t.db);
    ServiceCase leak = makeCase("室内机漏水", "室内机滴水", "排水管坡度不足", "调整坡度");
    leak.faultCode = QStringLiteral("AC-02");
    leak.models = {QStringLiteral("KFR-35GW"), QStringLiteral(" KFR-35GW ")};
    REQUIRE(*library.save(leak));
    CHECK(leak.version == 1);
    CHECK(leak.models == QStringList{QStringLiteral("KFR-35GW")});

    // Saved unchanged: no new version, no audit record.
    const auto audited = *AuditLog(t.db).count();
    CHECK_FALSE(*library.save(leak));
    CHECK(*AuditLog(t.db).count() == audited);
    // Changed: version 2, the first kept.
    leak.fix = QStringLiteral("调整排水管坡度\n清理接水盘");
    REQUIRE(*library.save(leak));
    CHECK(leak.version == 2);
    auto history = library.history(leak.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->front().value(QStringLiteral("fix")).toString() == QStringLiteral("调整坡度"));
    CHECK((*library.find(leak.id))->fix == QStringLiteral("调整排水管坡度\n清理接水盘"));
    // The index follows the change.
    CHECK(library.search(QStringLiteral("接水盘"))->size() == 1);

    ServiceCase other = makeCase("外机噪音大", "外机嗡嗡响", "风扇叶片松动", "紧固风扇");
    other.models = {QStringLiteral("KFR-35GW")};
    REQUIRE(*library.save(other));
    ServiceCase words = makeCase("漏水的通用检查", "各类漏水", "", "逐段检查");
    REQUIRE(*library.save(words));
    ServiceCase draft = makeCase("草稿：漏水", "室内机漏水", "", "", CaseStatus::Draft);
    draft.faultCode = QStringLiteral("AC-02");
    REQUIRE(*library.save(draft));

    // Fault code (+3) and model (+2) first, then the words of the description; no drafts.
    auto offered = library.suggest(
        {QStringLiteral("KFR-35GW"), QStringLiteral("AC-02"), QStringLiteral("室内机漏水了")});
    REQUIRE(offered.ok());
    QStringList order;
    for (const CaseHit &h : *offered)
        order << h.title;
    CHECK(order == QStringList{QStringLiteral("室内机漏水"), QStringLiteral("外机噪音大"),
                               QStringLiteral("漏水的通用检查")});

    // Used on an order: once, however often recorded.
    flow::ServiceOrder o;
    o.branchId = t.wb->defaultBranch()->id;
    o.orderNo = QStringLiteral("SO-案例-1");
    o.times.received = t.clock.nowSecsSinceEpoch() - 3600;
    REQUIRE(flow::OrderRepository(t.db).insert(o).ok());
    REQUIRE(library.recordUse(o.id, leak.id).ok());
    REQUIRE(library.recordUse(o.id, leak.id).ok());
    CHECK(*library.casesUsedOn(o.id) == std::vector<qint64>{leak.id});

    ServiceCase untitled;
    CHECK_FALSE(library.save(untitled).ok());
}
