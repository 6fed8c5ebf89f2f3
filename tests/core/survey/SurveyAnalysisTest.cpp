// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "survey/SurveyAnalysis.h"

using namespace servicelens::survey;

TEST_CASE("Margins of error at 95 % against known values", "[survey][analysis]")
{
    // p = 0.45, n = 100: 1.96 × sqrt(0.45 × 0.55 / 100) = 0.0975.
    const Estimate p = SurveyAnalysis::proportion(45, 100);
    CHECK(*p.value == Approx(0.45));
    CHECK(p.margin == Approx(0.09751).epsilon(1e-3));
    // NPS with 50 promoters, 20 detractors of 100: 30 ± 1.96 × 100 × sqrt((0.7 - 0.09) / 100).
    const Estimate nps = SurveyAnalysis::netPromoter(50, 20, 100);
    CHECK(*nps.value == Approx(30.0));
    CHECK(nps.margin == Approx(15.308).epsilon(1e-3));
    // Mean of 1..5: 3 ± 1.96 × 1.5811 / sqrt(5) = 1.3859.
    const Estimate m = SurveyAnalysis::mean({1, 2, 3, 4, 5});
    CHECK(*m.value == Approx(3.0));
    CHECK(m.margin == Approx(1.3859).epsilon(1e-3));
    // Nothing measured: no value, no margin.
    CHECK_FALSE(SurveyAnalysis::proportion(0, 0).value.has_value());
    CHECK(SurveyAnalysis::mean({4}).margin == 0);
}

TEST_CASE("Differences between groups are flagged only beyond chance", "[survey][analysis]")
{
    std::vector<ResponseRecord> records;
    auto add = [&](const char *tech, int count, double overall) {
        for (int i = 0; i < count; ++i) {
            ResponseRecord r;
            r.responseId = static_cast<qint64>(records.size()) + 1;
            r.technician = QString::fromUtf8(tech);
            r.overall = overall;
            records.push_back(r);
        }
    };
    // 王 60 × 5; 李 40 × 2 + 20 × 5 (20/60 satisfied); 张: one 2 and one 5 (too few to tell:
    // 0.5 against 80/120 of the rest, z = 0.49).
    add("王", 60, 5);
    add("李", 40, 2);
    add("李", 20, 5);
    add("张", 1, 2);
    add("张", 1, 5);
    const auto groups = SurveyAnalysis::byGroup(records, Breakdown::Technician);
    REQUIRE(groups.size() == 3);
    for (const GroupFigures &g : groups) {
        INFO(g.key.toStdString());
        if (g.key == QStringLiteral("王")) {
            CHECK(*g.csat.value == 1.0);
            CHECK(g.csatDifference == 1);
        } else if (g.key == QStringLiteral("李")) {
            CHECK(*g.csat.value == Approx(1.0 / 3));
            CHECK(g.csatDifference == -1);
            CHECK(g.csat.n == 60);
        } else {
            CHECK(*g.csat.value == 0.5);
            CHECK(g.csat.margin > 0.6); // ± 69 points on two answers
            CHECK(g.csatDifference == 0);
        }
    }
}

TEST_CASE("Key drivers: the dimension that moves the overall score comes first",
          "[survey][analysis]")
{
    // Constructed so that resolution decides the overall score, speed follows it weakly and
    // attitude not at all (it alternates independently).
    std::vector<ResponseRecord> records;
    const int resolution[] = {1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 5, 4};
    for (int i = 0; i < 12; ++i) {
        ResponseRecord r;
        r.responseId = i + 1;
        r.dimensions[2] = resolution[i];                  // resolution
        r.dimensions[0] = i % 3 == 0 ? 3 : resolution[i]; // response speed: partly
        r.dimensions[4] = i % 2 == 0 ? 5 : 4;             // attitude: unrelated
        r.overall = resolution[i];
        records.push_back(r);
    }
    const auto drivers = SurveyAnalysis::drivers(records);
    REQUIRE(drivers.size() == 7);
    CHECK(drivers[0].dimension == QStringLiteral("resolution"));
    CHECK(*drivers[0].importance == Approx(1.0));
    CHECK(drivers[1].dimension == QStringLiteral("response_speed"));
    CHECK(*drivers[1].importance < 1.0);
    CHECK(*drivers[1].importance > 0.5);
    const auto attitude = std::find_if(drivers.begin(), drivers.end(), [](const Driver &d) {
        return d.dimension == QStringLiteral("attitude");
    });
    CHECK(std::fabs(*attitude->importance) < 0.2);
    CHECK(*attitude->performance == Approx(4.5));
    // Dimensions nobody was asked about have no importance and come last.
    CHECK_FALSE(drivers.back().importance.has_value());
}

TEST_CASE("Themes from Chinese and English comments", "[survey][analysis]")
{
    // Words, not character pairs across them (等配, 件等 and 多星 were themes once).
    CHECK(SurveyAnalysis::terms(QStringLiteral("等配件等了一个多星期")) ==
          QStringList({QStringLiteral("配件"), QStringLiteral("星期")}));
    // The service vocabulary whole where the general dictionary splits it; a negation stays
    // with the word it negates.
    CHECK(SurveyAnalysis::terms(QStringLiteral("空调外机有异响，收费不透明")) ==
          QStringList({QStringLiteral("空调"), QStringLiteral("外机"), QStringLiteral("异响"),
                       QStringLiteral("收费"), QStringLiteral("不透明")}));
    CHECK(SurveyAnalysis::terms(QStringLiteral("The technician was late, very late!")) ==
          QStringList({QStringLiteral("technician"), QStringLiteral("late")}));
    std::vector<ResponseRecord> records;
    const char *comments[] = {"配件等了很久", "等配件太慢", "师傅很专业", "配件价格不透明",
                              "Parts took too long"};
    const double nps[] = {3, 5, 10, 6, 2};
    for (int i = 0; i < 5; ++i) {
        ResponseRecord r;
        r.responseId = i + 1;
        r.comment = QString::fromUtf8(comments[i]);
        r.nps = nps[i];
        records.push_back(r);
    }
    const auto themes = SurveyAnalysis::themes(records, 3, false);
    REQUIRE_FALSE(themes.empty());
    CHECK(themes[0].term == QStringLiteral("配件"));
    CHECK(themes[0].count == 3);
    CHECK(themes[0].responses == std::vector<qint64>{1, 2, 4});
    CHECK(themes[0].detractors == 3); // NPS 3, 5 and 6
    // Detractors only: the praise drops out.
    for (const Theme &t : SurveyAnalysis::themes(records, 50, true))
        CHECK(t.term != QStringLiteral("专业"));
}
