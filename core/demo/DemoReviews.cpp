// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoReviews.h"

#include "DemoRandom.h"
#include "storage/SqlQuery.h"
#include "survey/SurveyRepository.h"
#include "team/DevelopmentPlans.h"
#include "team/ReviewCycles.h"

#include <algorithm>
#include <map>

namespace servicelens::demo {

using namespace team;

namespace {

const char *const keepWords[] = {"上门准时，讲解耐心", "技术过硬，疑难故障找他准没错", "乐于带新人",
                                 "工单记录清楚", "客户回访评价好"};
const char *const changeWords[] = {"复杂问题可以多向同事请教", "备件申请要更及时",
                                   "收费说明再细一点", "多参加产品培训", "少一些返修"};

struct Level {
    std::array<double, 5> competency; // the person's own level of each, 1–5
};

// One rater's form: the level, the group's lean, noise; whole numbers 1–5.
std::vector<ReviewAnswer> form(const survey::Survey &questionnaire, const Level &level,
                               RaterGroup group, DemoRandom &random)
{
    std::vector<ReviewAnswer> answers;
    int rated = 0;
    for (const survey::Question &q : questionnaire.questions) {
        if (q.scale()) {
            const double lean = group == RaterGroup::Self ? 0.5 : 0.0;
            const double noise = group == RaterGroup::Manager ? 0.4 : 0.8;
            const double v =
                level.competency[std::size_t(rated++ % 5)] + lean + noise * random.normal();
            answers.push_back({q.id, std::clamp(int(std::lround(v)), 1, 5), {}});
        } else if (random.chance(0.3)) {
            const bool keep = q.code == QLatin1String("t_keep");
            answers.push_back({q.id, std::nullopt,
                               QString::fromUtf8(keep ? keepWords[random.between(0, 4)]
                                                      : changeWords[random.between(0, 4)])});
        }
    }
    return answers;
}

Result<ReviewCycle> runCycle(Database &db, qint64 branchId, const survey::Survey &questionnaire,
                             QDate end, const LocalTime &local, std::map<qint64, Level> &levels,
                             DemoRandom &random)
{
    ReviewCycles cycles(db);
    ReviewCycle c;
    c.branchId = branchId;
    c.code = end.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    c.name = QStringLiteral("%1年%2月 360度评估")
                 .arg(end.addMonths(-1).year())
                 .arg(end.addMonths(-1).month());
    c.surveyId = questionnaire.id;
    c.periodFrom = end.addMonths(-6);
    c.periodTo = end.addDays(-1);
    c.opensOn = end.addDays(-14);
    c.closesOn = end.addDays(-2);
    c.threshold = 3.5;
    if (auto s = cycles.create(c); !s)
        return s.error();
    auto raters = cycles.suggestedRaters(branchId);
    if (!raters)
        return raters.error();
    if (auto s = cycles.setRaters(c.id, *raters); !s)
        return s.error();
    auto codes = cycles.issueCodes(c.id);
    if (!codes)
        return codes.error();
    for (const IssuedCode &code : *codes) {
        if (!random.chance(0.85))
            continue; // not every rater answers
        auto it = levels.find(code.subjectId);
        if (it == levels.end()) {
            Level l;
            for (double &v : l.competency)
                v = 2.8 + 1.6 * random.uniform();
            it = levels.emplace(code.subjectId, l).first;
        }
        if (auto s = cycles.submit(branchId, code.code,
                                   form(questionnaire, it->second, code.group, random));
            !s)
            return s.error();
    }
    if (auto s = cycles.close(c.id); !s)
        return s.error();
    // Closed on its last day, in the story (the close itself runs now).
    SqlQuery closed(db, QStringLiteral("UPDATE review_cycle SET closed_at = :at WHERE id = :id"));
    closed.bind(QStringLiteral(":at"), local.toUtc(c.closesOn, QTime(18, 0)))
        .bind(QStringLiteral(":id"), c.id);
    if (auto s = closed.exec(); !s)
        return s.error();
    return c;
}

} // namespace

Status DemoReviews::write(Database &db, qint64 branchId, QDate end, const LocalTime &local)
{
    auto questionnaire =
        survey::SurveyRepository(db).latest(survey::SurveyRepository::reviewCode());
    if (!questionnaire)
        return questionnaire.error();
    if (!*questionnaire)
        return {};
    DemoRandom random(0x360360ULL);
    std::map<qint64, Level> levels;
    auto first = runCycle(db, branchId, **questionnaire, end.addMonths(-6), local, levels, random);
    if (!first)
        return first.error();
    // Between the cycles, people grow a little where they were weakest.
    for (auto &[id, level] : levels)
        *std::min_element(level.competency.begin(), level.competency.end()) += 0.6;
    // Plans after the first cycle for the first three people reviewed.
    DevelopmentPlans plans(db);
    std::vector<qint64> people;
    for (const auto &[id, level] : levels)
        people.push_back(id);
    const QDate due = end.addMonths(-3);
    for (std::size_t i = 0; i < std::min<std::size_t>(3, people.size()); ++i) {
        DevelopmentGoal skill;
        skill.competency = QStringLiteral("skill");
        skill.goal = QStringLiteral("独立完成变频空调和滚筒洗衣机的故障诊断");
        skill.actions = QStringLiteral("参加故障诊断课程；跟随资深技师上门十次");
        skill.dueOn = due;
        DevelopmentGoal share;
        share.competency = QStringLiteral("teamwork");
        share.goal = QStringLiteral("每月在班组会上分享一个维修案例");
        share.actions = QStringLiteral("案例写进案例库");
        share.dueOn = end.addDays(-15);
        if (auto s = plans.setPlan(first->id, people[i], {skill, share}); !s)
            return s;
    }
    auto second = runCycle(db, branchId, **questionnaire, end, local, levels, random);
    if (!second)
        return second.error();
    // The first plans reviewed at the second cycle.
    auto written = plans.plans(first->id);
    if (!written)
        return written.error();
    const GoalOutcome outcomes[] = {GoalOutcome::Achieved, GoalOutcome::Partly,
                                    GoalOutcome::Achieved, GoalOutcome::NotAchieved,
                                    GoalOutcome::Achieved, GoalOutcome::Dropped};
    int n = 0;
    for (const DevelopmentGoal &g : *written) {
        const GoalOutcome outcome = outcomes[n % 6];
        const QString note =
            outcome == GoalOutcome::Achieved ? QStringLiteral("考核通过") : QString();
        if (auto s = plans.review(g.id, second->id, outcome, note); !s)
            return s;
        ++n;
    }
    for (std::size_t i = 0; i < std::min<std::size_t>(2, people.size()); ++i) {
        DevelopmentGoal g;
        g.competency = QStringLiteral("compliance");
        g.goal = QStringLiteral("收费前向客户书面说明费用明细");
        g.actions = QStringLiteral("服务规范复训；店长每月抽查五单");
        g.dueOn = end.addMonths(3);
        if (auto s = plans.setPlan(second->id, people[i], {g}); !s)
            return s;
    }
    return {};
}

} // namespace servicelens::demo
