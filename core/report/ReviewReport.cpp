// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewReport.h"

#include "kpi/ReviewMeasures.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "survey/SurveyRepository.h"
#include "team/ReviewCycles.h"
#include "team/ReviewTrend.h"

namespace servicelens::report {

QString ReviewReport::label(const QString &code) const
{
    const auto it = labels.find(code);
    return it == labels.end() ? code : it->second;
}

std::optional<double> ReviewReport::othersMean(const QString &competency) const
{
    for (const auto &[code, mean] : person.othersMeans)
        if (code == competency)
            return mean;
    return std::nullopt;
}

std::optional<double> ReviewReport::gap(const QString &competency) const
{
    for (const auto &[code, value] : person.gaps)
        if (code == competency)
            return value;
    return std::nullopt;
}

Result<ReviewCycleData> ReviewCycleData::build(Database &db, qint64 cycleId,
                                               const QString &language)
{
    ReviewCycleData d;
    d.language = language;
    auto cycle = team::ReviewCycles(db).find(cycleId);
    if (!cycle)
        return cycle.error();
    d.cycle = *cycle;
    auto branch = BranchRepository(db).findById(d.cycle.branchId);
    if (!branch)
        return branch.error();
    if (!*branch)
        return makeError(ErrorKind::NotFound, QStringLiteral("branch %1").arg(d.cycle.branchId));
    d.branchName = (*branch)->name;
    auto competencies = team::ReviewResults::competencies(db, cycleId);
    if (!competencies)
        return competencies.error();
    d.competencies = *competencies;
    auto survey = survey::SurveyRepository(db).byId(d.cycle.surveyId);
    if (!survey)
        return survey.error();
    if (*survey)
        for (const survey::Question &q : (*survey)->questions) {
            d.labels[q.code] = q.text.in(language);
            if (q.scale())
                d.labels[q.dimension] = q.text.in(language);
        }
    auto people = team::ReviewResults::compute(db, cycleId);
    if (!people)
        return people.error();
    d.people = std::move(*people);
    auto trend = team::ReviewTrend::of(db, d.cycle);
    if (!trend)
        return trend.error();
    d.trend = std::move(*trend);
    auto measured = kpi::ReviewMeasures::of(db, **branch, d.cycle);
    if (!measured)
        return measured.error();
    d.measured = std::move(*measured);
    return d;
}

Result<ReviewReport> ReviewReport::build(Database &db, qint64 cycleId, qint64 staffId,
                                         const QString &language)
{
    auto data = ReviewCycleData::build(db, cycleId, language);
    if (!data)
        return data.error();
    return of(db, *data, staffId);
}

Result<ReviewReport> ReviewReport::of(Database &db, const ReviewCycleData &data, qint64 staffId)
{
    ReviewReport r;
    r.language = data.language;
    r.branchName = data.branchName;
    r.cycle = data.cycle;
    r.competencies = data.competencies;
    r.labels = data.labels;
    bool found = false;
    for (const team::PersonResult &p : data.people)
        if (p.staffId == staffId) {
            r.person = p;
            found = true;
        }
    if (!found) {
        auto member = org::StaffRepository(db).findById(staffId);
        if (!member)
            return member.error();
        if (!*member)
            return makeError(ErrorKind::NotFound, QStringLiteral("staff %1").arg(staffId));
        r.person.staffId = staffId;
        r.person.code = (*member)->code;
        r.person.name = (*member)->name;
    }
    r.previous = data.trend.previous;
    if (const auto it = data.trend.previousOthers.find(staffId);
        it != data.trend.previousOthers.end())
        r.previousOthers.insert(it->second.begin(), it->second.end());
    if (const auto it = data.measured.find(staffId); it != data.measured.end())
        r.measured = it->second;
    auto proposals = team::ReviewTraining::propose(db, r.cycle, {r.person});
    if (!proposals)
        return proposals.error();
    r.proposals = *proposals;
    team::DevelopmentPlans plans(db);
    auto plan = plans.plan(r.cycle.id, staffId);
    if (!plan)
        return plan.error();
    r.plan = *plan;
    if (r.previous) {
        auto before = plans.plan(r.previous->id, staffId);
        if (!before)
            return before.error();
        r.previousPlan = *before;
    }
    return r;
}

} // namespace servicelens::report
