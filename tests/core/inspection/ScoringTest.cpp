// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "inspection/Scoring.h"

using namespace servicelens::inspection;

namespace {

TemplateItem item(const char *code, ItemType type, double weight, bool critical = false)
{
    TemplateItem i;
    i.code = QString::fromUtf8(code);
    i.type = type;
    i.text.en = i.code;
    i.weight = weight;
    i.critical = critical;
    return i;
}

Answer pass(const char *code, bool passed)
{
    Answer a;
    a.itemCode = QString::fromUtf8(code);
    a.passed = passed;
    return a;
}

InspectionTemplate sample()
{
    InspectionTemplate t;
    t.code = QStringLiteral("t");
    t.name.en = QStringLiteral("T");
    t.passScore = 80;
    TemplateSection s;
    s.title.en = QStringLiteral("S");
    s.items.push_back(item("a", ItemType::PassFail, 2));
    s.items.push_back(item("b", ItemType::Rating5, 1));
    TemplateItem wait = item("c", ItemType::Number, 1);
    wait.min = 0;
    wait.max = 15;
    s.items.push_back(wait);
    s.items.push_back(item("safety", ItemType::PassFail, 1, true));
    s.items.push_back(item("remarks", ItemType::Text, 5));
    s.items.push_back(item("photo", ItemType::Photo, 5));
    t.sections.push_back(s);
    return t;
}

} // namespace

TEST_CASE("Item fractions follow KPI.md for each type", "[inspection][kpi]")
{
    const InspectionTemplate t = sample();
    Answer rating;
    rating.itemCode = QStringLiteral("b");
    for (int r = 1; r <= 5; ++r) {
        rating.rating = r;
        CHECK(*Scoring::fraction(*t.item(QStringLiteral("b")), &rating) == (r - 1) / 4.0);
    }
    Answer number;
    number.itemCode = QStringLiteral("c");
    const TemplateItem &c = *t.item(QStringLiteral("c"));
    for (const auto &[v, f] :
         std::vector<std::pair<double, double>>{{0, 1}, {15, 1}, {7.5, 1}, {15.01, 0}, {-1, 0}}) {
        number.number = v;
        CHECK(*Scoring::fraction(c, &number) == f);
    }
    // An open bound: only a maximum.
    TemplateItem upTo = c;
    upTo.min.reset();
    number.number = -1000;
    CHECK(*Scoring::fraction(upTo, &number) == 1);
    // n/a, no answer, and text and photo items are not scored.
    Answer na = pass("a", true);
    na.na = true;
    CHECK_FALSE(Scoring::fraction(*t.item(QStringLiteral("a")), &na).has_value());
    CHECK_FALSE(Scoring::fraction(*t.item(QStringLiteral("a")), nullptr).has_value());
    Answer text;
    text.itemCode = QStringLiteral("remarks");
    text.text = QStringLiteral("前台很整洁");
    CHECK_FALSE(Scoring::fraction(*t.item(QStringLiteral("remarks")), &text).has_value());
}

TEST_CASE("The inspection score weighs the scored items and excludes n/a", "[inspection][kpi]")
{
    const InspectionTemplate t = sample();
    Answer b;
    b.itemCode = QStringLiteral("b");
    b.rating = 4; // 0.75
    Answer c;
    c.itemCode = QStringLiteral("c");
    c.number = 20; // out of range: 0
    Answer safetyNa = pass("safety", true);
    safetyNa.na = true;
    // Σ(w·f) = 2·1 + 1·0.75 + 1·0 = 2.75 over Σw = 4 (safety n/a): 68.75.
    const ScoreResult r = Scoring::score(t, {pass("a", true), b, c, safetyNa});
    REQUIRE(r.score.has_value());
    CHECK(*r.score == Approx(68.75).epsilon(1e-12));
    CHECK(r.scoredItems == 3);
    CHECK_FALSE(r.passed); // below 80
    CHECK(r.failedCritical.isEmpty());

    c.number = 10;
    // 2 + 0.75 + 1 = 3.75 / 4 = 93.75: passes.
    const ScoreResult ok = Scoring::score(t, {pass("a", true), b, c, safetyNa});
    CHECK(*ok.score == Approx(93.75).epsilon(1e-12));
    CHECK(ok.passed);
}

TEST_CASE("A failed critical item fails the inspection whatever the score", "[inspection][kpi]")
{
    InspectionTemplate t = sample();
    Answer b;
    b.itemCode = QStringLiteral("b");
    b.rating = 5;
    Answer c;
    c.itemCode = QStringLiteral("c");
    c.number = 3;
    // 2 + 1 + 1 + 0 = 4 / 5 = 80: reaches the pass score, but safety failed.
    const ScoreResult r = Scoring::score(t, {pass("a", true), b, c, pass("safety", false)});
    CHECK(*r.score == Approx(80.0));
    CHECK_FALSE(r.passed);
    CHECK(r.failedCritical == QStringList{QStringLiteral("safety")});
    // Exactly the pass score passes.
    t.sections[0].items[3].critical = false;
    CHECK(Scoring::score(t, {pass("a", true), b, c, pass("safety", false)}).passed);
}

TEST_CASE("No scored item gives a null score, which fails", "[inspection][kpi]")
{
    const InspectionTemplate t = sample();
    Answer na = pass("a", true);
    na.na = true;
    const ScoreResult r = Scoring::score(t, {na});
    CHECK_FALSE(r.score.has_value());
    CHECK_FALSE(r.passed);
    CHECK(r.unanswered == 3); // b, c and safety have no answer
    // All weights zero: null as well.
    InspectionTemplate zero = t;
    for (TemplateItem &i : zero.sections[0].items)
        i.weight = 0;
    CHECK_FALSE(Scoring::score(zero, {pass("a", true)}).score.has_value());
}

TEST_CASE("Findings are scored answers earning under half", "[inspection]")
{
    const InspectionTemplate t = sample();
    Answer b;
    b.itemCode = QStringLiteral("b");
    b.rating = 2; // 0.25
    CHECK(Scoring::isFinding(*t.item(QStringLiteral("b")), &b));
    b.rating = 3; // 0.5
    CHECK_FALSE(Scoring::isFinding(*t.item(QStringLiteral("b")), &b));
    const Answer fail = pass("a", false);
    CHECK(Scoring::isFinding(*t.item(QStringLiteral("a")), &fail));
    Answer na = fail;
    na.na = true;
    CHECK_FALSE(Scoring::isFinding(*t.item(QStringLiteral("a")), &na));
}
