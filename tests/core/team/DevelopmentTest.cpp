// SPDX-License-Identifier: GPL-3.0-or-later
// After the results (issue 23): the trend against the previous cycle, a team's spread of each
// competency, development plans reviewed at the next cycle, the measured figures beside the
// perceptions, and the training-effect analysis with a cycle's ratings as its outcome.
#include "ReviewFixture.h"

#include "flow/OrderRepository.h"
#include "kpi/ReviewMeasures.h"
#include "org/Branch.h"
#include "storage/SqlQuery.h"
#include "team/DevelopmentPlans.h"
#include "team/ReviewTrend.h"
#include "team/Training.h"

using namespace servicelens;
using namespace servicelens::team;
using namespace servicelens::test;

namespace {

struct Rating {
    qint64 subject;
    qint64 rater;
    RaterGroup group;
    std::array<int, 5> ratings;
};

// Names the raters, issues the codes and answers one form per rater with its ratings.
void answer(ReviewFixture &f, qint64 cycleId, const std::vector<Rating> &ratings)
{
    std::vector<RaterAssignment> raters;
    for (const Rating &r : ratings)
        raters.push_back({r.subject, r.rater, r.group});
    ReviewCycles cycles(f.db);
    REQUIRE(cycles.setRaters(cycleId, raters).ok());
    auto codes = cycles.issueCodes(cycleId);
    REQUIRE(codes.ok());
    std::map<std::pair<qint64, RaterGroup>, int> used;
    for (const Rating &r : ratings) {
        std::vector<QString> mine;
        for (const IssuedCode &c : *codes)
            if (c.subjectId == r.subject && c.group == r.group)
                mine.push_back(c.code);
        const int i = used[{r.subject, r.group}]++;
        REQUIRE(cycles.submit(f.branch, mine.at(std::size_t(i)), f.form(r.ratings)).ok());
    }
}

ReviewCycle laterCycle(ReviewFixture &f, const char *code, QDate opens, QDate from, QDate to)
{
    ReviewCycle c;
    c.branchId = f.branch;
    c.code = QString::fromLatin1(code);
    c.name = QStringLiteral("2026 下半年");
    c.surveyId = f.questionnaire.id;
    c.opensOn = opens;
    c.closesOn = opens.addDays(13);
    c.periodFrom = from;
    c.periodTo = to;
    REQUIRE(ReviewCycles(f.db).create(c).ok());
    return c;
}

} // namespace

TEST_CASE("A cycle's trend against the one before and a team's spread come from shown results",
          "[team][review]")
{
    ReviewFixture f;
    const qint64 t2 = f.peers[0];
    // 2026H1: 王建国's manager 3 and three peers 2, 3, 4 on skill — others' skill mean 3.
    answer(f, f.cycle.id,
           {{f.wang, f.manager, RaterGroup::Manager, {3, 3, 3, 3, 3}},
            {f.wang, f.peers[1], RaterGroup::Peer, {2, 4, 4, 4, 4}},
            {f.wang, f.peers[2], RaterGroup::Peer, {3, 4, 4, 4, 4}},
            {f.wang, f.peers[3], RaterGroup::Peer, {4, 4, 4, 4, 4}}});
    REQUIRE(ReviewCycles(f.db).close(f.cycle.id).ok());
    const ReviewCycle h2 =
        laterCycle(f, "2026H2", QDate(2026, 12, 1), QDate(2026, 7, 1), QDate(2026, 12, 31));
    CHECK(h2.periodFrom == QDate(2026, 7, 1));
    // 2026H2: 王建国 rated 4 on skill by the manager and three peers; T02 by the manager alone
    // with 2 (shown: one person's view) and two peers (hidden: under three answers).
    answer(f, h2.id,
           {{f.wang, f.manager, RaterGroup::Manager, {4, 4, 4, 4, 4}},
            {f.wang, f.peers[1], RaterGroup::Peer, {4, 4, 4, 4, 4}},
            {f.wang, f.peers[2], RaterGroup::Peer, {4, 4, 4, 4, 4}},
            {f.wang, f.peers[3], RaterGroup::Peer, {4, 4, 4, 4, 4}},
            {t2, f.manager, RaterGroup::Manager, {2, 3, 3, 3, 3}},
            {t2, f.peers[1], RaterGroup::Peer, {5, 5, 5, 5, 5}},
            {t2, f.peers[2], RaterGroup::Peer, {5, 5, 5, 5, 5}}});

    auto previous = ReviewTrend::previousCycle(f.db, h2);
    REQUIRE(previous.ok());
    REQUIRE(previous->has_value());
    CHECK((*previous)->code == QStringLiteral("2026H1"));
    auto none = ReviewTrend::previousCycle(f.db, f.cycle);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    auto trend = ReviewTrend::of(f.db, h2);
    REQUIRE(trend.ok());
    CHECK(*trend->before(f.wang, QStringLiteral("skill")) == Approx(3.0));
    CHECK(*trend->before(f.wang, QStringLiteral("attitude")) == Approx(3.75));
    CHECK_FALSE(trend->before(t2, QStringLiteral("skill"))); // not reviewed in 2026H1

    auto results = ReviewResults::compute(f.db, h2.id);
    REQUIRE(results.ok());
    auto teams = ReviewTeams::distribution(f.db, h2, *results);
    REQUIRE(teams.ok());
    // Both in technical support (no team of their own): skill means 4 (王建国) and 2 (T02, the
    // manager alone — the peers' 5s are hidden, so they count nowhere).
    REQUIRE(teams->size() == 5);
    const TeamCompetency &skill = teams->front();
    CHECK(skill.team == org::RoleNames::label(org::Role::TechnicalSupport));
    CHECK(skill.competency == QStringLiteral("skill"));
    CHECK(skill.people == 2);
    CHECK(skill.mean == Approx(3.0));
    CHECK(skill.lowest == Approx(2.0));
    CHECK(skill.highest == Approx(4.0));
    CHECK(skill.below == 1); // 2 < the threshold 3
}

TEST_CASE("A development plan is written after a cycle and reviewed at the next, then kept as "
          "history",
          "[team][review]")
{
    ReviewFixture f;
    DevelopmentPlans plans(f.db);
    DevelopmentGoal diagnose;
    diagnose.competency = QStringLiteral("skill");
    diagnose.goal = QStringLiteral("独立完成变频空调故障诊断");
    diagnose.actions = QStringLiteral("参加故障诊断课程；跟随 T02 上门十次");
    diagnose.dueOn = QDate(2026, 9, 30);
    DevelopmentGoal share;
    share.goal = QStringLiteral("每月分享一个案例");

    DevelopmentGoal wordless;
    wordless.goal = QStringLiteral("  ");
    CHECK_FALSE(plans.setPlan(f.cycle.id, f.wang, {diagnose, wordless}).ok());
    DevelopmentGoal unknown = share;
    unknown.competency = QStringLiteral("charisma");
    CHECK_FALSE(plans.setPlan(f.cycle.id, f.wang, {unknown}).ok());

    REQUIRE(plans.setPlan(f.cycle.id, f.wang, {share}).ok());
    REQUIRE(plans.setPlan(f.cycle.id, f.wang, {diagnose, share}).ok()); // replaced
    auto plan = plans.plan(f.cycle.id, f.wang);
    REQUIRE(plan.ok());
    REQUIRE(plan->size() == 2);
    CHECK(plan->at(0).goal == diagnose.goal);
    CHECK(plan->at(0).dueOn == QDate(2026, 9, 30));
    CHECK(plan->at(0).outcome == GoalOutcome::Open);
    CHECK_FALSE(plan->at(1).dueOn.isValid());

    // Reviewed at the next cycle only.
    CHECK_FALSE(plans.review(plan->at(0).id, f.cycle.id, GoalOutcome::Achieved, {}).ok());
    const ReviewCycle h2 =
        laterCycle(f, "2026H2", QDate(2026, 12, 1), QDate(2026, 7, 1), QDate(2026, 12, 31));
    CHECK_FALSE(plans.review(plan->at(0).id, h2.id, GoalOutcome::Open, {}).ok());
    REQUIRE(
        plans.review(plan->at(0).id, h2.id, GoalOutcome::Achieved, QStringLiteral("已能独立诊断"))
            .ok());
    auto after = plans.plan(f.cycle.id, f.wang);
    CHECK(after->at(0).outcome == GoalOutcome::Achieved);
    CHECK(after->at(0).reviewedIn == h2.id);
    CHECK(after->at(0).reviewNote == QStringLiteral("已能独立诊断"));
    // History now: the plan no longer changes.
    CHECK_FALSE(plans.setPlan(f.cycle.id, f.wang, {share}).ok());
    // Every change audited: two goals written, one replaced twice over, one review.
    SqlQuery audited(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                          "'development_goal'"));
    CHECK(audited.scalar()->toInt() == 1 + 1 + 2 + 1);
}

TEST_CASE("Welch's t-test against known values", "[team][review][training]")
{
    using kpi::TrainingRatingEffect;
    // Means 2 and 5, variances 1: t = 3 / 0.816 = 3.67 on 4 degrees of freedom > 2.776.
    CHECK(*TrainingRatingEffect::welchDiffers({1, 2, 3}, {4, 5, 6}));
    // Means 2 and 3: t = 1.22 < 2.776.
    CHECK_FALSE(*TrainingRatingEffect::welchDiffers({1, 2, 3}, {2, 3, 4}));
    CHECK_FALSE(TrainingRatingEffect::welchDiffers({1, 2}, {4, 5, 6}).has_value()); // too few
}

TEST_CASE("A training's effect on the ratings, and the measured figures of the period reviewed",
          "[team][review][training]")
{
    ReviewFixture f;
    const Branch branch = *f.wb->defaultBranch();
    const qint64 t2 = f.peers[0];
    // The period reviewed by 2026H1 is January to June; 2026H2 looks at July to December.
    ReviewCycle h1 = f.cycle;
    SqlQuery period(f.db, QStringLiteral("UPDATE review_cycle SET period_from = '2026-01-01', "
                                         "period_to = '2026-06-30' WHERE id = :id"));
    period.bind(QStringLiteral(":id"), h1.id);
    REQUIRE(period.exec().ok());
    answer(f, h1.id,
           {{f.wang, f.manager, RaterGroup::Manager, {2, 3, 3, 3, 3}},
            {t2, f.manager, RaterGroup::Manager, {3, 3, 3, 3, 3}}});
    const ReviewCycle h2 =
        laterCycle(f, "2026H2", QDate(2026, 12, 1), QDate(2026, 7, 15), QDate(2026, 12, 31));
    answer(f, h2.id,
           {{f.wang, f.manager, RaterGroup::Manager, {4, 3, 3, 3, 2}},
            {t2, f.manager, RaterGroup::Manager, {3, 3, 3, 3, 3}}});

    // A fault-diagnosis course on 10 August, within 2026H2's period: judged by the ratings given
    // after it (2026H2's, answered in December) against those given before (2026H1's, June).
    TrainingRepository training(f.db);
    Course c{0, {}, QStringLiteral("DIAG"), QStringLiteral("故障诊断"), SkillArea::FaultDiagnosis,
             0};
    REQUIRE(training.saveCourse(c).ok());
    Session s;
    s.courseId = c.id;
    s.branchId = f.branch;
    s.day = QDate(2026, 8, 10);
    s.attendance = {{f.wang, {}, {}, 50.0, 80.0}};
    REQUIRE(training.saveSession(s).ok());

    auto effect = kpi::TrainingRatingEffect::compute(f.db, s.id);
    REQUIRE(effect.ok());
    REQUIRE(effect->before);
    REQUIRE(effect->after);
    CHECK(effect->before->code == QStringLiteral("2026H1"));
    CHECK(effect->after->code == QStringLiteral("2026H2"));
    // Fault diagnosis builds skill only.
    REQUIRE(effect->changes.size() == 1);
    const kpi::RatingChange &skill = effect->changes.front();
    CHECK(skill.competency == QStringLiteral("skill"));
    CHECK(skill.attendees == 1);
    CHECK(skill.others == 1);
    CHECK(*skill.attendeesBefore == Approx(2.0));
    CHECK(*skill.attendeesAfter == Approx(4.0));
    CHECK(*skill.othersBefore == Approx(3.0));
    CHECK(*skill.othersAfter == Approx(3.0));
    CHECK_FALSE(skill.differs.has_value()); // one person a side: too few to judge

    // Measured: 王建国 closed two orders in the period of 2026H2 and one before it.
    auto order = [&](const char *no, QDate day) {
        flow::ServiceOrder o;
        o.branchId = f.branch;
        o.orderNo = QString::fromLatin1(no);
        o.technicianId = f.wang;
        o.times.received =
            QDateTime(day, QTime(9, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
        o.times.closed = o.times.received + 3 * 3600;
        o.status = flow::OrderStatus::Closed;
        o.visits = 1;
        REQUIRE(flow::OrderRepository(f.db).insert(o).ok());
    };
    order("M1", QDate(2026, 7, 10)); // before the period
    order("M2", QDate(2026, 8, 3));
    order("M3", QDate(2026, 9, 8));
    auto measured = kpi::ReviewMeasures::of(f.db, branch, h2);
    REQUIRE(measured.ok());
    REQUIRE(measured->count(f.wang) == 1);
    CHECK(measured->at(f.wang).closed == 2);
    CHECK(*measured->at(f.wang).firstTimeFixRate == Approx(1.0));
    CHECK(measured->count(t2) == 0); // closed nothing
}
