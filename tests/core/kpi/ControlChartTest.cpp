// SPDX-License-Identifier: GPL-3.0-or-later
// Control charts of defect trends (docs/kpi.md, Defects): limits from the twelve months before,
// and the three signals, on series computed by hand.
#include "TestSupport.h"

#include "kpi/ControlChart.h"

#include <cmath>

using namespace servicelens::kpi;
using Catch::Detail::Approx;

namespace {

// `counts` from January 2024 on, each over the same exposure.
std::vector<ChartInput> series(const std::vector<long long> &counts, double exposure)
{
    std::vector<ChartInput> in;
    for (std::size_t i = 0; i < counts.size(); ++i)
        in.push_back({ControlChart::addMonths(202401, int(i)), counts[i], exposure});
    return in;
}

// A stable count around 100 a month: wiggles of at most 0.7 σ (σ = √100 = 10 repairs).
std::vector<long long> stable(int months)
{
    static const int wiggle[] = {6, -4, 3, -7, 5, -2, 4, -6, 2, -3, 7, -5};
    std::vector<long long> counts;
    for (int i = 0; i < months; ++i)
        counts.push_back(100 + wiggle[i % 12]);
    return counts;
}

} // namespace

TEST_CASE("Months are added across years", "[kpi][defects]")
{
    CHECK(ControlChart::addMonths(202612, 1) == 202701);
    CHECK(ControlChart::addMonths(202601, -1) == 202512);
    CHECK(ControlChart::addMonths(202610, -23) == 202411);
    CHECK(ControlChart::addMonths(202610, 0) == 202610);
}

TEST_CASE("A u-chart's centre, limit and signals, by hand", "[kpi][defects]")
{
    // Twelve months of 10 repairs over 1,000 units (10 per 1,000), then 25.
    std::vector<long long> counts(12, 10);
    counts.push_back(25);
    const auto chart = ControlChart::compute(ChartKind::U, series(counts, 1000));
    REQUIRE(chart.size() == 13);
    // Fewer than six months before them: no limits, unknown, not zero.
    for (int i = 0; i < 6; ++i) {
        CHECK(chart[std::size_t(i)].rate == Approx(10));
        CHECK_FALSE(chart[std::size_t(i)].centre);
        CHECK_FALSE(chart[std::size_t(i)].signalled());
    }
    CHECK(chart[6].centre == Approx(10));
    const ChartMonth &last = chart.back();
    CHECK(last.rate == Approx(25));
    CHECK(last.centre == Approx(10));
    CHECK(last.sigma == Approx(std::sqrt(10.0)));          // √(ū / n), n = 1 thousand units
    CHECK(last.upper == Approx(10 + 3 * std::sqrt(10.0))); // 19.49
    CHECK(last.aboveUpper);
    CHECK(last.cusum == Approx(15 / std::sqrt(10.0) - 0.5)); // 4.24: above h = 4
    CHECK(last.cusumSignal);
    CHECK_FALSE(last.runOf8);
}

TEST_CASE("A p-chart's centre and limit, by hand", "[kpi][defects]")
{
    // 20 of 200 a month (10 %), then 35 of 200.
    std::vector<long long> counts(12, 20);
    counts.push_back(35);
    const auto chart = ControlChart::compute(ChartKind::P, series(counts, 200));
    const ChartMonth &last = chart.back();
    CHECK(last.rate == Approx(0.175));
    CHECK(last.centre == Approx(0.1));
    CHECK(last.upper == Approx(0.1 + 3 * std::sqrt(0.1 * 0.9 / 200))); // 0.1636
    CHECK(last.aboveUpper);
    // A month without exposure has no rate and breaks nothing.
    auto gap = series(counts, 200);
    gap[5].exposure.reset();
    const auto withGap = ControlChart::compute(ChartKind::P, gap);
    CHECK_FALSE(withGap[5].rate);
    CHECK(withGap.back().centre == Approx(0.1)); // eleven known months, pooled
}

TEST_CASE("A stable series of 36 months gives no signal", "[kpi][defects]")
{
    const auto chart = ControlChart::compute(ChartKind::U, series(stable(36), 20000));
    REQUIRE(chart.size() == 36);
    for (const ChartMonth &m : chart) {
        INFO(m.month);
        CHECK_FALSE(m.aboveUpper);
        CHECK_FALSE(m.runOf8);
        CHECK_FALSE(m.cusumSignal);
    }
    CHECK(chart.back().centre == Approx(5.0));
}

TEST_CASE("A planted rise signals at the month of the rise and not before", "[kpi][defects]")
{
    // From month 30 on, 40 more repairs a month: four σ.
    auto counts = stable(36);
    for (std::size_t i = 29; i < counts.size(); ++i)
        counts[i] += 40;
    const auto chart = ControlChart::compute(ChartKind::U, series(counts, 20000));
    for (std::size_t i = 0; i < 29; ++i) {
        INFO(chart[i].month);
        CHECK_FALSE(chart[i].signalled());
    }
    CHECK(chart[29].month == 202606);
    CHECK(chart[29].aboveUpper);
    CHECK(chart[29].cusum == Approx(3.3).margin(0.01)); // (138 − 100) / 10 − 0.5: not yet h
    CHECK(chart[30].cusumSignal);
    CHECK_FALSE(chart[31].cusumSignal); // started again after the signal
    CHECK(chart[32].cusumSignal);
}

TEST_CASE("A sustained rise below the limit is caught by the run of eight and the CUSUM",
          "[kpi][defects]")
{
    // 1.5 σ more from month 25 on (15 repairs): never above the limit, each month judged against
    // the year before it (which takes the rise in, a twelfth a month). The figures of every
    // month were computed independently (a few lines of Python over the same definitions).
    auto small = stable(36);
    for (std::size_t i = 24; i < small.size(); ++i)
        small[i] += 15;
    const auto slow = ControlChart::compute(ChartKind::U, series(small, 20000));
    for (std::size_t i = 0; i < 36; ++i) {
        INFO(slow[i].month);
        CHECK_FALSE(slow[i].aboveUpper);
        CHECK(slow[i].runOf8 == (i >= 31 && i <= 34));      // from the eighth month
        CHECK(slow[i].cusumSignal == (i == 29)); // crossing h in the sixth month, then reset
    }
    // By the twelfth month the year before has taken the rise in: the signals stop.
    CHECK(slow[28].cusum == Approx(3.98).margin(0.01));
    CHECK(slow[29].cusum == Approx(4.14).margin(0.01));

    // Two σ more: the CUSUM crosses h in the third month of the rise, never before.
    auto moderate = stable(36);
    for (std::size_t i = 24; i < moderate.size(); ++i)
        moderate[i] += 20;
    const auto chart = ControlChart::compute(ChartKind::U, series(moderate, 20000));
    for (std::size_t i = 0; i < 36; ++i) {
        INFO(chart[i].month);
        CHECK(chart[i].cusumSignal == (i == 26));
    }
}
