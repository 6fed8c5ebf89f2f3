// SPDX-License-Identifier: GPL-3.0-or-later
// Defect trends read from a workbook (kpi/DefectTrends, `defects --json`): two models computed by
// hand, one on a u-chart (installed base known), one on a p-chart (share of its category).
#include "DefectFixture.h"
#include "TestSupport.h"

#include "kpi/DefectTrends.h"

#include <QJsonArray>

#include <cmath>

using namespace servicelens;
using namespace servicelens::kpi;
using namespace servicelens::test;
using Catch::Detail::Approx;

TEST_CASE("Defect trends of two models equal a hand computation", "[kpi][defects]")
{
    TempWorkbook t(QStringLiteral("缺陷.servicelens"));
    plantTwoModels(t);

    auto report = DefectReport::read(t.db, 202610);
    REQUIRE(report.ok());
    REQUIRE(report->models.size() == 2);

    // XQB80: 11 repairs over 2 thousand units = 5.5 per 1,000; centre 96 / 24 = 2.0;
    // σ = √(2 / 2) = 1; upper 5.0. CUSUM: (5.5 − 2) / 1 − 0.5 = 3.0, under h.
    const DefectModel &washer = report->models[1];
    CHECK(washer.model == QStringLiteral("XQB80"));
    CHECK(washer.kind == ChartKind::U);
    CHECK(washer.base == 2000);
    CHECK(washer.monthsInService == 21);
    CHECK(washer.month().count == 11);
    CHECK(washer.month().rate == Approx(5.5));
    CHECK(washer.month().centre == Approx(2.0));
    CHECK(washer.month().upper == Approx(5.0));
    CHECK(washer.month().cusum == Approx(3.0));
    CHECK(washer.alarms() == QStringList{QStringLiteral("above_upper")});
    CHECK(washer.withoutCode == 2);
    REQUIRE(washer.faults.size() == 2);
    // R01: 7 / 2 = 3.5 per 1,000; centre 24 / 24 = 1; upper 1 + 3√(1/2) = 3.12.
    CHECK(washer.faults[0].code == QStringLiteral("R01"));
    CHECK(washer.faults[0].n == 7);
    CHECK(washer.faults[0].alarms == QStringList{QStringLiteral("above_upper")});
    CHECK(washer.faults[1].code == QStringLiteral("W02"));
    CHECK(washer.faults[1].n == 2);
    CHECK(washer.faults[1].alarms.isEmpty());

    // KFR-35GW: 3 of the category's 6 repairs = 0.5; centre 36 / 144 = 0.25;
    // upper 0.25 + 3√(0.25 × 0.75 / 6) = 0.78: no signal of its own.
    const DefectModel &ac = report->models[0];
    CHECK(ac.model == QStringLiteral("KFR-35GW"));
    CHECK(ac.kind == ChartKind::P);
    CHECK_FALSE(ac.base);
    CHECK_FALSE(ac.monthsInService);
    CHECK(ac.month().count == 3);
    CHECK(ac.month().rate == Approx(0.5));
    CHECK(ac.month().centre == Approx(0.25));
    CHECK(ac.month().upper == Approx(0.25 + 3 * std::sqrt(0.25 * 0.75 / 6)));
    CHECK(ac.alarms().isEmpty());
    CHECK(ac.withoutCode == 0);
    // Its R01: 3 / 6 = 0.5 against 12 / 144 = 0.083: upper 0.083 + 3√(0.083 × 0.917 / 6) = 0.42.
    REQUIRE(ac.faults.size() == 1);
    CHECK(ac.faults[0].alarms == QStringList{QStringLiteral("above_upper")});

    // Both signal; the stronger first: KFR-35GW's R01 is (0.5 − 0.083) / 0.113 = 3.69 σ above
    // its centre, XQB80's strongest (its R01) (3.5 − 1) / 0.707 = 3.54 σ.
    CHECK(ac.strength() == Approx((0.5 - 1.0 / 12) / std::sqrt(1.0 / 12 * 11.0 / 12 / 6)));
    CHECK(washer.strength() == Approx(2.5 / std::sqrt(0.5)));

    // Each count clicks through to its orders: every spelling of the model, by code or none.
    auto all = DefectReport::orderIds(t.db, QStringLiteral("XQB80"), 202610);
    REQUIRE(all.ok());
    CHECK(all->size() == 11);
    CHECK(DefectReport::orderIds(t.db, QStringLiteral("XQB80"), 202610, QStringLiteral("R01"))
              ->size() == 7);
    CHECK(DefectReport::orderIds(t.db, QStringLiteral("XQB80"), 202610, QStringLiteral("W02"))
              ->size() == 2); // written 海尔XQB80洗衣机
    CHECK(DefectReport::orderIds(t.db, QStringLiteral("XQB80"), 202610, {}, true)->size() == 2);
    CHECK(washer.faults[0].series.back().count == 7);
    CHECK(washer.faults[0].series.size() == washer.series.size());

    // The JSON of `defects --json`.
    const QJsonObject json = report->toJson();
    CHECK(json.value(QStringLiteral("month")).toString() == QStringLiteral("2026-10"));
    const QJsonArray models = json.value(QStringLiteral("models")).toArray();
    REQUIRE(models.size() == 2);
    const QJsonObject first = models[1].toObject();
    CHECK(first.value(QStringLiteral("model")).toString() == QStringLiteral("XQB80"));
    CHECK(first.value(QStringLiteral("chart")).toString() == QStringLiteral("u"));
    CHECK(first.value(QStringLiteral("repairs")).toInt() == 11);
    CHECK(first.value(QStringLiteral("base")).toInt() == 2000);
    CHECK(first.value(QStringLiteral("rate")).toDouble() == Approx(5.5));
    CHECK(first.value(QStringLiteral("centre")).toDouble() == Approx(2.0));
    CHECK(first.value(QStringLiteral("upper")).toDouble() == Approx(5.0));
    CHECK(first.value(QStringLiteral("signals")).toArray() ==
          QJsonArray{QStringLiteral("above_upper")});
    CHECK(first.value(QStringLiteral("faults"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("n"))
              .toInt() == 7);
    const QJsonObject second = models[0].toObject();
    CHECK(second.value(QStringLiteral("base")).isNull()); // unknown: a p-chart, not zero
    CHECK(second.value(QStringLiteral("chart")).toString() == QStringLiteral("p"));
    CHECK(second.value(QStringLiteral("months_in_service")).isNull());
}
