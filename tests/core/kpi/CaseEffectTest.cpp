// SPDX-License-Identifier: GPL-3.0-or-later
// Does the case library help (docs/kpi.md, Knowledge)? Orders with a case used against those
// without, before and after the case's approval, the fault codes without a case by the working
// days they cost, and the phrases of uncoded orders no case holds — every figure by hand.
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "knowledge/CaseLibrary.h"
#include "kpi/CaseEffect.h"

#include <QTimeZone>

using namespace servicelens;
using namespace servicelens::kpi;
using namespace servicelens::test;
using Catch::Detail::Approx;

namespace {

qint64 at(int y, int m, int d, int hour = 10)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

struct Orders {
    TempWorkbook &t;
    int next = 0;
    qint64 add(const char *code, qint64 received, qint64 closed, int visits, int reopened,
               const char *description = "")
    {
        flow::ServiceOrder o;
        o.branchId = t.wb->defaultBranch()->id;
        o.orderNo = QStringLiteral("K%1").arg(++next);
        o.faultCode = QString::fromLatin1(code);
        o.description = QString::fromUtf8(description);
        o.times.received = received;
        o.times.closed = closed;
        o.status = flow::OrderStatus::Closed;
        o.visits = visits;
        o.reopened = reopened;
        REQUIRE(flow::OrderRepository(t.db).insert(o).ok());
        return o.id;
    }
};

} // namespace

TEST_CASE("The library's effect, its gaps and the phrases no case holds, by hand",
          "[kpi][knowledge]")
{
    TempWorkbook t(QStringLiteral("知识.servicelens"));
    knowledge::CaseLibrary library(t.db);
    // R01's case, approved on 1 March 2026.
    t.clock.set(at(2026, 3, 1) * 1000);
    knowledge::ServiceCase compressor;
    compressor.title = QStringLiteral("压缩机不启动：启动电容失效");
    compressor.faultCode = QStringLiteral("R01");
    compressor.status = knowledge::CaseStatus::Approved;
    REQUIRE(*library.save(compressor));
    t.clock.set(referenceNowMsecs());

    Orders orders{t};
    // Before the case (February, before the period too): 2 working days, fixed the first time.
    orders.add("R01", at(2026, 2, 2), at(2026, 2, 4), 1, 0);
    // In March: two with the case (1 and 2 working days; the second needed two visits), two
    // without (4 days, two visits and a reopening; 2 days, fixed the first time).
    const qint64 o2 = orders.add("R01", at(2026, 3, 9), at(2026, 3, 10), 1, 0);
    const qint64 o3 = orders.add("R01", at(2026, 3, 9), at(2026, 3, 11), 2, 0);
    orders.add("R01", at(2026, 3, 9), at(2026, 3, 13), 2, 1);
    orders.add("R01", at(2026, 3, 16), at(2026, 3, 18), 1, 0);
    // After the period: not counted.
    orders.add("R01", at(2026, 5, 11), at(2026, 5, 12), 1, 0);
    REQUIRE(library.recordUse(o2, compressor.id).ok());
    REQUIRE(library.recordUse(o3, compressor.id).ok());
    // W02 has no case: 3 + 1 working days.
    orders.add("W02", at(2026, 3, 9), at(2026, 3, 12), 1, 0);
    orders.add("W02", at(2026, 4, 13), at(2026, 4, 14), 1, 0);
    // Without a code: the same complaint four times.
    for (int i = 0; i < 4; ++i)
        orders.add("", at(2026, 4, 14 + i), at(2026, 4, 15 + i), 1, 0,
                   i < 3 ? "门封条脱落，冷气外漏" : "门封条脱落");

    auto report = KnowledgeReport::compute(t.db, QDate(2026, 3, 1), QDate(2026, 4, 1));
    REQUIRE(report.ok());
    CHECK(report->to == QDate(2026, 4, 30));
    REQUIRE(report->effects.size() == 1);
    const CaseEffectRow &r01 = report->effects.front();
    CHECK(r01.faultCode == QStringLiteral("R01"));
    CHECK(r01.caseTitle == compressor.title);
    CHECK(r01.approved == QDate(2026, 3, 1));
    CHECK(r01.withCase.orders == 2);
    CHECK(r01.withCase.resolutionMean() == Approx(1.5));
    CHECK(r01.withCase.firstTimeFix.hits == 1);
    CHECK(r01.withCase.firstTimeFix.n == 2);
    CHECK(r01.withCase.reopened.hits == 0);
    CHECK(r01.withoutCase.orders == 2);
    CHECK(r01.withoutCase.resolutionMean() == Approx(3.0));
    CHECK(r01.withoutCase.firstTimeFix.hits == 1);
    CHECK(r01.withoutCase.reopened.hits == 1);
    CHECK(r01.before.orders == 1);
    CHECK(r01.before.resolutionMean() == Approx(2.0));
    CHECK(r01.after.orders == 4);
    CHECK(r01.after.resolutionMean() == Approx(2.25));
    // Two orders a side: no difference beyond chance.
    CHECK_FALSE(r01.firstTimeFixDiffers);
    CHECK_FALSE(r01.reopenDiffers);

    REQUIRE(report->gaps.size() == 1);
    CHECK(report->gaps.front().faultCode == QStringLiteral("W02"));
    CHECK(report->gaps.front().orders == 2);
    CHECK(report->gaps.front().workingDays == 4);
    CHECK(report->gaps.front().resolutionMean == Approx(2.0));

    CHECK(report->ordersWithoutCode == 4);
    CHECK(report->descriptionsRead == 4);
    REQUIRE_FALSE(report->phrases.empty());
    CHECK(report->phrases.front().orders >= 3);
    CHECK(QStringLiteral("门封条脱落，冷气外漏").contains(report->phrases.front().phrase));

    // A case that holds the phrase closes that gap.
    knowledge::ServiceCase seal;
    seal.title = QStringLiteral("门封条脱落：卡槽变形，冷气外漏");
    seal.status = knowledge::CaseStatus::Approved;
    REQUIRE(*library.save(seal));
    auto after = KnowledgeReport::compute(t.db, QDate(2026, 3, 1), QDate(2026, 4, 1));
    REQUIRE(after.ok());
    for (const PhraseGap &p : after->phrases)
        CHECK_FALSE(seal.title.contains(p.phrase));
}
