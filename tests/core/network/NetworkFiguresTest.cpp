// SPDX-License-Identifier: GPL-3.0-or-later
// The network view (KPI.md, "Several branches"): pooled figures are ratios of sums over every
// branch's orders, funnel limits by hand, a branch called different only beyond 99.8 %, and a
// month provisional while a branch's data stops short of its end.
#include "DemoFixture.h"
#include "HeadOfficeStore.h"
#include "TestSupport.h"

#include "common/Statistics.h"
#include "demo/DemoGenerator.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "network/NetworkFigures.h"
#include "network/PackMerger.h"
#include "network/PackWriter.h"
#include "workbook/Workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace servicelens;
using namespace servicelens::network;
using namespace servicelens::test;
using servicelens::kpi::KpiEngine;

TEST_CASE("Funnel limits are p ± z·sqrt(p(1−p)/n), clamped to 0–1", "[network][statistics]")
{
    // p = 0.5, n = 100: standard error 0.05.
    const auto f = stats::funnelLimits(0.5, 100);
    CHECK(f.lower95 == Approx(0.402));
    CHECK(f.upper95 == Approx(0.598));
    CHECK(f.lower998 == Approx(0.3455));
    CHECK(f.upper998 == Approx(0.6545));
    // p = 0.02, n = 10: se = 0.04427; the lower limits would be negative.
    const auto small = stats::funnelLimits(0.02, 10);
    CHECK(small.lower95 == 0.0);
    CHECK(small.lower998 == 0.0);
    CHECK(small.upper95 == Approx(0.02 + 1.96 * std::sqrt(0.02 * 0.98 / 10)));
    CHECK(small.upper998 == Approx(0.02 + 3.09 * std::sqrt(0.02 * 0.98 / 10)));
    // The limits narrow as the volume grows.
    CHECK(stats::funnelLimits(0.5, 400).upper998 < f.upper998);
    // No orders, no limits to be outside of.
    const auto none = stats::funnelLimits(0.3, 0);
    CHECK(none.lower998 == 0.0);
    CHECK(none.upper998 == 1.0);
}

TEST_CASE("The network month: pooled ratios of sums, a branch flagged only beyond its 99.8 % "
          "limit, provisional until every branch's data reaches the month's end",
          "[network]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs()); // 2026-11-22
    auto ho = createHeadOfficeStore(dir, QStringLiteral("总部"), clock, false);
    Database &store = ho->database();
    const std::pair<const char *, const char *> branches[] = {{"HZ02", "Asia/Shanghai"},
                                                              {"URC1", "Asia/Urumqi"}};
    std::uint64_t seed = 5;
    for (const auto &[code, zone] : branches)
        REQUIRE(PackMerger(store)
                    .merge(packedDemoBranch(dir, code, zone, seed++, 900, clock).pack)
                    .ok());

    const QDate october(2026, 10, 1);
    auto month = NetworkFigures(store).compute(october, KpiEngine::Orders);
    REQUIRE(month.ok());
    REQUIRE(month->branches.size() == 2);
    CHECK_FALSE(month->provisional); // packs written on 22 November cover October
    const kpi::OrderKpis &a = month->branches[0].kpis.orders;
    const kpi::OrderKpis &b = month->branches[1].kpis.orders;
    const kpi::OrderKpis &all = month->pooled.orders;
    CHECK(all.received == a.received + b.received);
    CHECK(all.closed == a.closed + b.closed);
    CHECK(all.backlogEnd == a.backlogEnd + b.backlogEnd);
    // Ratios of sums, not the mean of the two rates.
    const auto met = [](const kpi::OrderKpis &k) {
        return std::llround(*k.slaMetRate * static_cast<double>(k.closedResponseKnown));
    };
    CHECK(*all.slaMetRate ==
          Approx(static_cast<double>(met(a) + met(b)) /
                 static_cast<double>(a.closedResponseKnown + b.closedResponseKnown)));
    CHECK(*all.complaintRate == Approx(static_cast<double>(a.complaints + b.complaints) /
                                       static_cast<double>(a.received + b.received)));
    CHECK(*all.resolutionWdMedian >= std::min(*a.resolutionWdMedian, *b.resolutionWdMedian));
    CHECK(*all.resolutionWdMedian <= std::max(*a.resolutionWdMedian, *b.resolutionWdMedian));
    // Demo branches differ by chance only: nothing beyond 99.8 % on most rates is expected,
    // and every limit is the pooled rate's funnel for that branch's n.
    for (const BranchMonth &bm : month->branches)
        for (const RateStanding &r : bm.rates) {
            if (!r.rate)
                continue;
            const auto pooled = r.kpi->value(month->pooled);
            const auto expected = stats::funnelLimits(*pooled, r.n);
            CHECK(r.limits.upper998 == Approx(expected.upper998));
            CHECK(r.beyond998 == (*r.rate < expected.lower998   ? -1
                                  : *r.rate > expected.upper998 ? 1
                                                                : 0));
        }

    // One branch reopens every order it closed in October: far beyond chance, and flagged.
    const Status edited = store.execScript(
        "UPDATE service_order SET reopened = 1 WHERE closed_month = 202610 AND branch_id = "
        "(SELECT id FROM branch WHERE code = 'URC1')");
    REQUIRE(edited.ok());
    month = NetworkFigures(store).compute(october, KpiEngine::Orders);
    REQUIRE(month.ok());
    CHECK(
        month->branches[1].flags().contains(QStringLiteral("reopen_rate above the 99.8 % limit")));
    CHECK(
        month->branches[0].flags().contains(QStringLiteral("reopen_rate below the 99.8 % limit")));
    const QJsonObject json =
        QJsonDocument::fromJson(NetworkFigures::toJson(*month).toUtf8()).object();
    CHECK(json[QStringLiteral("month")].toString() == QStringLiteral("2026-10"));
    const QJsonArray list = json[QStringLiteral("branches")].toArray();
    REQUIRE(list.size() == 2);
    CHECK(list[1][QStringLiteral("code")].toString() == QStringLiteral("URC1"));
    CHECK(list[1][QStringLiteral("kpi")][QStringLiteral("reopen_rate")].toDouble() == 1.0);
    CHECK(list[1][QStringLiteral("flags")].toArray().contains(
        QStringLiteral("reopen_rate above the 99.8 % limit")));
    CHECK(json[QStringLiteral("network")][QStringLiteral("received")].toInt() ==
          a.received + b.received);

    // Twelve months of a rate per branch and for the network, the same as month by month.
    const kpi::KpiDefinition &sla = kpi::KpiCatalogue::at("orders.sla_met_rate");
    auto trend = NetworkFigures(store).trend(sla, october, 12);
    REQUIRE(trend.ok());
    REQUIRE(trend->months.size() == 12);
    CHECK(trend->months.back() == october);
    REQUIRE(trend->lines.size() == 3);
    CHECK(trend->lines[0].branch.code == QStringLiteral("HZ02"));
    CHECK(trend->lines[2].branch.code.isEmpty()); // the network
    CHECK(trend->lines[0].values.back() == month->branches[0].kpis.orders.slaMetRate);
    CHECK(trend->lines[2].values.back() == month->pooled.orders.slaMetRate);
    CHECK(trend->lines[1].values.back() == month->branches[1].kpis.orders.slaMetRate);

    // November is not over when the packs were written: provisional.
    auto november = NetworkFigures(store).compute(QDate(2026, 11, 1), KpiEngine::Orders);
    REQUIRE(november.ok());
    CHECK(november->provisional);
    CHECK_FALSE(november->branches[0].complete);
    REQUIRE(november->branches[0].dataUntil);
    CHECK(*november->branches[0].dataUntil == referenceNowMsecs() / 1000);
}

TEST_CASE("Branches read together, a statement per time zone, give each branch the figures it "
          "has alone, in the order asked, and the network their sums",
          "[network]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs()); // 2026-11-22
    auto ho = createHeadOfficeStore(dir, QStringLiteral("总部"), clock, false);
    Database &store = ho->database();
    const std::pair<const char *, const char *> made[] = {
        {"HZ02", "Asia/Shanghai"}, {"URC1", "Asia/Urumqi"}, {"CD01", "Asia/Shanghai"}};
    std::uint64_t seed = 11;
    for (const auto &[code, zone] : made)
        REQUIRE(PackMerger(store)
                    .merge(packedDemoBranch(dir, code, zone, seed++, 600, clock).pack)
                    .ok());
    auto listed = BranchRepository(store).list();
    REQUIRE(listed.ok());
    const auto byCode = [&](const char *code) {
        for (const Branch &b : *listed)
            if (b.code == QLatin1String(code))
                return b;
        FAIL("no branch " << code);
        return Branch{};
    };
    // Urumqi first, then the two Shanghai branches: the zones' statements run Shanghai first.
    const std::vector<Branch> asked = {byCode("URC1"), byCode("CD01"), byCode("HZ02")};

    KpiEngine engine(store);
    for (const QDate month : {QDate(2026, 10, 1), QDate(2026, 3, 1)}) {
        INFO(month.toString(Qt::ISODate).toStdString());
        auto network = engine.computeNetwork(asked, month);
        REQUIRE(network.ok());
        REQUIRE(network->branches.size() == 3);
        qint64 received = 0, responses = 0, completed = 0;
        for (std::size_t i = 0; i < asked.size(); ++i) {
            INFO(asked[i].code.toStdString());
            auto alone = engine.compute(asked[i], month);
            REQUIRE(alone.ok());
            CHECK(network->branches[i].branchCode == asked[i].code);
            CHECK(KpiEngine::toJson(network->branches[i]).toStdString() ==
                  KpiEngine::toJson(*alone).toStdString());
            received += alone->orders.received;
            responses += alone->surveys.responses;
            completed += alone->inspections.completed;
        }
        CHECK(received > 0);
        CHECK(network->pooled.orders.received == received);
        CHECK(network->pooled.surveys.responses == responses);
        CHECK(network->pooled.inspections.completed == completed);
        CHECK(network->pooled.technicians.empty());
    }
}
