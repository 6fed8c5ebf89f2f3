// SPDX-License-Identifier: GPL-3.0-or-later
// A month's tally written for head office's month tallies and read back gives the same
// figures to the last digit; anything else is refused.
#include "TestSupport.h"

#include "kpi/KpiEngine.h"
#include "kpi/TallyCodec.h"

using namespace servicelens;
using namespace servicelens::kpi;

namespace {

BranchTally sample()
{
    BranchTally t;
    OrderTally &o = t.orders;
    o.detailed = true;
    o.received = 41;
    o.complaints = 3;
    o.responseKnown = 40;
    o.responded = 39;
    o.responseSeconds = 39 * 5000 + 17;
    o.responseWithinTarget = 35;
    o.closed = 7;
    o.resolution = {3, 0, 12, 3, 5, 1, 2};
    o.dwell[0] = {1.0 / 3600, 7201.0 / 3600, -60.0 / 3600, 26.5};
    o.dwell[2] = {0.1}; // not a whole number of seconds: kept as written
    o.resolutionMet = 5;
    o.slaMet = 4;
    o.firstTimeFixes = 6;
    o.reopened = 1;
    o.closedResponseKnown = 6;
    o.firstTimeFixKnown = 7;
    o.reopenKnown = 7;
    o.backlogEnd = 1234567890123;
    SurveyTally &s = t.surveys;
    s.invitations = 9;
    s.invitationsAnswered = 4;
    s.responses = 4;
    s.csatN = 4;
    s.csatHigh = 3;
    s.npsN = 2;
    s.promoters = 1;
    s.detractors = 1;
    s.dimensionValues = {{5, 4, 4, 1}, {}, {2.5}};
    s.dimensionTop2 = {3, 0, 0};
    InspectionTally &i = t.inspections;
    i.completed = 2;
    i.scored = 2;
    i.scoreTotal = 171.25;
    i.failed = 1;
    i.actionsOpenEnd = 3;
    i.actionsOverdueEnd = 1;
    i.actionsDue = 2;
    i.actionsOnTime = 1;
    TechnicianTally &who = t.technicians[17];
    who.closed = 3;
    who.resolution = {4, 1, 9};
    who.csatAnswers = 2;
    who.csatSatisfied = 1;
    who.npsAnswers = 1;
    who.detractors = 1;
    t.technicians[-2].complaints = 1; // received in the month, nothing closed
    return t;
}

MonthKpis figures(const BranchTally &t)
{
    MonthKpis k;
    k.surveys.dimensions = {DimensionKpis{QStringLiteral("a"), {}, {}, 0},
                            DimensionKpis{QStringLiteral("b"), {}, {}, 0},
                            DimensionKpis{QStringLiteral("c"), {}, {}, 0}};
    t.orders.finish(k.orders);
    t.surveys.finish(k.surveys);
    t.inspections.finish(k.inspections);
    return k;
}

} // namespace

TEST_CASE("A tally written and read back gives the same figures to the last digit", "[kpi]")
{
    const BranchTally original = sample();
    const QByteArray text = TallyCodec::encode(original);
    auto read = TallyCodec::decode(text);
    REQUIRE(read.has_value());
    CHECK(KpiEngine::toJson(figures(*read)).toStdString() ==
          KpiEngine::toJson(figures(original)).toStdString());
    // Lists come back as multisets: the same values, sorted where they are whole numbers.
    CHECK(read->orders.resolution == std::vector<double>{0, 1, 2, 3, 3, 5, 12});
    CHECK(read->orders.dwell[0] ==
          std::vector<double>{-60.0 / 3600, 1.0 / 3600, 7201.0 / 3600, 26.5});
    CHECK(read->orders.dwell[2] == std::vector<double>{0.1});
    CHECK(read->orders.backlogEnd == 1234567890123);
    CHECK(read->orders.responseSeconds == original.orders.responseSeconds);
    CHECK(read->surveys.dimensionValues[2] == std::vector<double>{2.5});
    CHECK(read->inspections.scoreTotal == 171.25);
    REQUIRE(read->technicians.size() == 2);
    CHECK(read->technicians.at(17).resolution == std::vector<double>{1, 4, 9});
    CHECK(read->technicians.at(17).detractors == 1);
    CHECK(read->technicians.at(-2).complaints == 1);
    // Pooling two tallies read back equals pooling the originals.
    OrderTally pooledRead = read->orders, pooled = original.orders;
    pooledRead.add(read->orders);
    pooled.add(original.orders);
    OrderKpis a, b;
    pooledRead.finish(a);
    pooled.finish(b);
    CHECK(a.resolutionWdMedian == b.resolutionWdMedian);
    CHECK(a.resolutionWdP90 == b.resolutionWdP90);
    CHECK(a.responseHoursMean == b.responseHoursMean);
    CHECK(a.stageDwellHoursMedian == b.stageDwellHoursMedian);
}

TEST_CASE("Text the codec did not write, or cut short, is not read as a tally", "[kpi]")
{
    const QByteArray text = TallyCodec::encode(sample());
    CHECK_FALSE(TallyCodec::decode(QByteArray()).has_value());
    CHECK_FALSE(TallyCodec::decode("not a tally").has_value());
    // The same content, cut short before it is compressed.
    QByteArray raw = qUncompress(QByteArray::fromBase64(text));
    REQUIRE(raw.size() > 10);
    CHECK_FALSE(TallyCodec::decode(qCompress(raw.left(raw.size() - 3)).toBase64()).has_value());
    // Another layout.
    raw[0] = 4;
    CHECK_FALSE(TallyCodec::decode(qCompress(raw).toBase64()).has_value());
    // Trailing bytes.
    CHECK_FALSE(
        TallyCodec::decode(qCompress(qUncompress(QByteArray::fromBase64(text)) + "x").toBase64())
            .has_value());
}
