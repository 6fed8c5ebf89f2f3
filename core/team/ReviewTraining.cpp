// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewTraining.h"

#include "ReviewCycles.h"

#include <set>

namespace servicelens::team {

std::vector<SkillArea> ReviewTraining::areasOf(const QString &competency)
{
    if (competency == QLatin1String("skill"))
        return {SkillArea::ProductKnowledge, SkillArea::FaultDiagnosis};
    if (competency == QLatin1String("attitude"))
        return {SkillArea::Communication, SkillArea::ServiceStandards};
    if (competency == QLatin1String("teamwork"))
        return {SkillArea::Communication};
    if (competency == QLatin1String("compliance"))
        return {SkillArea::ServiceStandards, SkillArea::Safety};
    if (competency == QLatin1String("growth"))
        return {SkillArea::ProductKnowledge, SkillArea::Systems};
    return {};
}

Result<std::vector<TrainingProposal>> ReviewTraining::propose(Database &db, qint64 cycleId)
{
    auto cycle = ReviewCycles(db).find(cycleId);
    if (!cycle)
        return cycle.error();
    auto people = ReviewResults::compute(db, cycleId);
    if (!people)
        return people.error();
    return propose(db, *cycle, *people);
}

Result<std::vector<TrainingProposal>>
ReviewTraining::propose(Database &db, const ReviewCycle &cycle,
                        const std::vector<PersonResult> &people)
{
    TrainingRepository training(db);
    auto courses = training.courses();
    if (!courses)
        return courses.error();
    std::vector<TrainingProposal> out;
    for (const PersonResult &p : people) {
        auto attended = training.attendedBy(p.staffId);
        if (!attended)
            return attended.error();
        std::set<qint64> taken;
        for (const TrainingRepository::Attended &a : *attended)
            taken.insert(a.course.id);
        for (const auto &[competency, mean] : p.othersMeans) {
            if (mean >= cycle.threshold)
                continue;
            const auto areas = areasOf(competency);
            for (const Course &c : *courses)
                if (!taken.count(c.id) &&
                    std::find(areas.begin(), areas.end(), c.skillArea) != areas.end())
                    out.push_back({p.staffId, competency, mean, c});
        }
    }
    return out;
}

} // namespace servicelens::team
