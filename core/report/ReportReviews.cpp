// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportReviews.h"

#include "org/Branch.h"
#include "storage/SqlQuery.h"
#include "survey/SurveyRepository.h"
#include "team/DevelopmentPlans.h"
#include "team/ReviewCycles.h"

#include <set>

namespace servicelens::report {

using namespace team;

Status ReportReviews::add(Database &db, const Branch &branch, qint64 monthStart, qint64 monthEnd,
                          MonthlyReport &r)
{
    SqlQuery closed(db, QStringLiteral("SELECT id FROM review_cycle WHERE branch_id = :branch AND "
                                       "closed_at >= :from AND closed_at < :to ORDER BY "
                                       "closed_at, id"));
    closed.bind(QStringLiteral(":branch"), branch.id)
        .bind(QStringLiteral(":from"), monthStart)
        .bind(QStringLiteral(":to"), monthEnd);
    auto ids = closed.all<qint64>([](const SqlQuery &q) { return q.value(0).toLongLong(); });
    if (!ids)
        return ids.error();
    for (qint64 id : *ids) {
        auto cycle = ReviewCycles(db).find(id);
        if (!cycle)
            return cycle.error();
        auto people = ReviewResults::compute(db, id);
        if (!people)
            return people.error();
        ReportReview v;
        v.code = cycle->code;
        v.name = cycle->name;
        v.periodFrom = cycle->periodFrom;
        v.periodTo = cycle->periodTo;
        v.threshold = cycle->threshold;
        v.people = int(people->size());
        for (const PersonResult &p : *people)
            v.hiddenGroups += int(p.hidden.size());
        SqlQuery tally(db, QStringLiteral("SELECT coalesce(sum(asked), 0), coalesce(sum(answered), "
                                          "0) FROM review_tally WHERE cycle_id = :id"));
        tally.bind(QStringLiteral(":id"), id);
        if (auto s = tally.exec(); !s)
            return s.error();
        if (tally.next()) {
            v.asked = tally.value(0).toInt();
            v.answered = tally.value(1).toInt();
        }
        auto teams = ReviewTeams::distribution(db, *cycle, *people);
        if (!teams)
            return teams.error();
        v.teams = *teams;
        auto survey = survey::SurveyRepository(db).byId(cycle->surveyId);
        if (!survey)
            return survey.error();
        if (*survey)
            for (const survey::Question &q : (*survey)->questions)
                if (q.scale())
                    v.labels[q.dimension] = q.text.in(r.language);
        SqlQuery reviewed(db, QStringLiteral("SELECT count(*), coalesce(sum(outcome = 'achieved'), "
                                             "0) FROM development_goal WHERE reviewed_in = :id"));
        reviewed.bind(QStringLiteral(":id"), id);
        if (auto s = reviewed.exec(); !s)
            return s.error();
        if (reviewed.next()) {
            v.goalsReviewed = reviewed.value(0).toInt();
            v.goalsAchieved = reviewed.value(1).toInt();
        }
        auto plans = DevelopmentPlans(db).plans(id);
        if (!plans)
            return plans.error();
        std::set<qint64> withPlan;
        for (const DevelopmentGoal &g : *plans)
            withPlan.insert(g.staffId);
        v.plansWritten = int(withPlan.size());
        r.reviews.push_back(std::move(v));
    }
    return {};
}

} // namespace servicelens::report
