// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewTrend.h"

#include "ReviewCycles.h"
#include "org/Staff.h"
#include "storage/SqlQuery.h"

#include <algorithm>

namespace servicelens::team {

std::optional<double> ReviewTrend::before(qint64 staffId, const QString &competency) const
{
    const auto it = previousOthers.find(staffId);
    if (it == previousOthers.end())
        return std::nullopt;
    for (const auto &[code, mean] : it->second)
        if (code == competency)
            return mean;
    return std::nullopt;
}

Result<std::optional<ReviewCycle>> ReviewTrend::previousCycle(Database &db,
                                                              const ReviewCycle &cycle)
{
    SqlQuery q(db, QStringLiteral("SELECT id FROM review_cycle WHERE branch_id = :branch AND id <> "
                                  ":id AND (opens_on < :opens OR (opens_on = :opens AND id < "
                                  ":id)) ORDER BY opens_on DESC, id DESC LIMIT 1"));
    q.bind(QStringLiteral(":branch"), cycle.branchId)
        .bind(QStringLiteral(":id"), cycle.id)
        .bind(QStringLiteral(":opens"), cycle.opensOn.toString(Qt::ISODate));
    auto id = q.first<qint64>([](const SqlQuery &r) { return r.value(0).toLongLong(); });
    if (!id)
        return id.error();
    if (!*id)
        return std::optional<ReviewCycle>();
    auto found = ReviewCycles(db).find(**id);
    if (!found)
        return found.error();
    return std::optional<ReviewCycle>(*found);
}

Result<ReviewTrend> ReviewTrend::of(Database &db, const ReviewCycle &cycle)
{
    ReviewTrend trend;
    auto previous = previousCycle(db, cycle);
    if (!previous)
        return previous.error();
    trend.previous = *previous;
    if (!trend.previous)
        return trend;
    auto results = ReviewResults::compute(db, trend.previous->id, false); // others only
    if (!results)
        return results.error();
    for (const PersonResult &p : *results)
        if (!p.othersMeans.empty())
            trend.previousOthers[p.staffId] = p.othersMeans;
    return trend;
}

Result<std::vector<TeamCompetency>>
ReviewTeams::distribution(Database &db, const ReviewCycle &cycle,
                          const std::vector<PersonResult> &people)
{
    auto names = ReviewResults::competencies(db, cycle.id);
    if (!names)
        return names.error();
    // Each person's team as the scorecard groups them.
    SqlQuery q(db, QStringLiteral("SELECT id, team, role FROM staff WHERE id IN (SELECT "
                                  "subject_id FROM review_rater WHERE cycle_id = :cycle)"));
    q.bind(QStringLiteral(":cycle"), cycle.id);
    if (auto s = q.exec(); !s)
        return s.error();
    std::map<qint64, QString> teamOf;
    while (q.next()) {
        QString team = q.value(1).toString().trimmed();
        if (team.isEmpty())
            if (const auto role = org::RoleNames::parse(q.value(2).toString()))
                team = org::RoleNames::label(*role);
        teamOf[q.value(0).toLongLong()] = team;
    }
    std::map<QString, std::map<QString, std::vector<double>>> means; // team -> competency -> means
    for (const PersonResult &p : people)
        for (const auto &[competency, mean] : p.othersMeans)
            means[teamOf[p.staffId]][competency].push_back(mean);
    std::vector<TeamCompetency> out;
    for (const auto &[team, byCompetency] : means)
        for (const QString &c : *names) {
            const auto it = byCompetency.find(c);
            if (it == byCompetency.end())
                continue;
            const std::vector<double> &v = it->second;
            TeamCompetency t;
            t.team = team;
            t.competency = c;
            t.people = int(v.size());
            double sum = 0;
            for (double m : v) {
                sum += m;
                t.below += m < cycle.threshold ? 1 : 0;
            }
            t.mean = sum / double(v.size());
            t.lowest = *std::min_element(v.begin(), v.end());
            t.highest = *std::max_element(v.begin(), v.end());
            out.push_back(t);
        }
    return out;
}

} // namespace servicelens::team
