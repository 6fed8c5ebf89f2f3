// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewMeasures.h"

#include "KpiEngine.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "storage/SqlQuery.h"
#include "team/ReviewCycles.h"
#include "team/ReviewTraining.h"
#include "team/Training.h"

#include <cmath>
#include <numeric>
#include <set>

namespace servicelens::kpi {

namespace {

std::optional<double> meanOf(const std::vector<double> &v)
{
    if (v.empty())
        return std::nullopt;
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

double varianceOf(const std::vector<double> &v, double mean)
{
    double sum = 0;
    for (double x : v)
        sum += (x - mean) * (x - mean);
    return sum / double(v.size() - 1);
}

// Student's t at 97.5 % (a two-sided 95 % test) for whole degrees of freedom; between the
// table's rows the lower row's, which is the more cautious.
double tCritical(double df)
{
    static const double table[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
                                   2.262,  2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
                                   2.110,  2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
                                   2.060,  2.056, 2.052, 2.048, 2.045, 2.042};
    if (df < 1)
        return table[0];
    if (df < 31)
        return table[int(df) - 1];
    if (df < 40)
        return 2.042;
    if (df < 60)
        return 2.021;
    if (df < 120)
        return 2.000;
    return 1.980;
}

// The cycle whose ratings were given before a day (its answers closed before it), or after it
// (its answers opened after it): what the raters could have seen.
Result<std::optional<team::ReviewCycle>> cycleAround(Database &db, qint64 branchId, QDate day,
                                                     bool before)
{
    SqlQuery q(db, before ? QStringLiteral("SELECT id FROM review_cycle WHERE branch_id = :branch "
                                           "AND closes_on < :day ORDER BY closes_on DESC, id "
                                           "DESC LIMIT 1")
                          : QStringLiteral("SELECT id FROM review_cycle WHERE branch_id = :branch "
                                           "AND opens_on > :day ORDER BY opens_on, id LIMIT 1"));
    q.bind(QStringLiteral(":branch"), branchId)
        .bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    auto id = q.first<qint64>([](const SqlQuery &r) { return r.value(0).toLongLong(); });
    if (!id)
        return id.error();
    if (!*id)
        return std::optional<team::ReviewCycle>();
    auto cycle = team::ReviewCycles(db).find(**id);
    if (!cycle)
        return cycle.error();
    return std::optional<team::ReviewCycle>(*cycle);
}

// staff id -> competency -> others' mean, in a cycle.
Result<std::map<qint64, std::map<QString, double>>> othersMeans(Database &db, qint64 cycleId)
{
    auto people = team::ReviewResults::compute(db, cycleId, false); // others only
    if (!people)
        return people.error();
    std::map<qint64, std::map<QString, double>> out;
    for (const team::PersonResult &p : *people)
        for (const auto &[c, m] : p.othersMeans)
            out[p.staffId][c] = m;
    return out;
}

} // namespace

Result<std::map<qint64, TechnicianKpis>> ReviewMeasures::of(Database &db, const Branch &branch,
                                                            const team::ReviewCycle &cycle)
{
    auto k = KpiEngine(db).computePeriod(branch, cycle.periodFrom, cycle.periodTo.addDays(1),
                                         KpiEngine::Orders | KpiEngine::Surveys);
    if (!k)
        return k.error();
    auto staff = org::StaffRepository(db).list();
    if (!staff)
        return staff.error();
    std::map<QString, qint64> idOf;
    for (const org::StaffMember &m : *staff)
        if (m.branchId == branch.id || !m.branchId)
            idOf[m.code] = m.id;
    std::map<qint64, TechnicianKpis> out;
    for (const TechnicianKpis &t : k->technicians)
        if (const auto it = idOf.find(t.code); it != idOf.end())
            out[it->second] = t;
    return out;
}

std::optional<bool> TrainingRatingEffect::welchDiffers(const std::vector<double> &a,
                                                       const std::vector<double> &b)
{
    if (a.size() < 3 || b.size() < 3)
        return std::nullopt;
    const double ma = *meanOf(a);
    const double mb = *meanOf(b);
    const double va = varianceOf(a, ma) / double(a.size());
    const double vb = varianceOf(b, mb) / double(b.size());
    if (va + vb == 0)
        return ma != mb;
    const double t = std::fabs(ma - mb) / std::sqrt(va + vb);
    const double df =
        (va + vb) * (va + vb) / (va * va / double(a.size() - 1) + vb * vb / double(b.size() - 1));
    return t > tCritical(df);
}

Result<RatingEffect> TrainingRatingEffect::compute(Database &db, qint64 sessionId)
{
    team::TrainingRepository training(db);
    auto session = training.session(sessionId);
    if (!session)
        return session.error();
    if (!*session)
        return makeError(ErrorKind::NotFound,
                         QCoreApplication::translate("TrainingEffect",
                                                     "The training session no longer exists."));
    const team::Session &s = **session;
    RatingEffect effect;
    auto before = cycleAround(db, s.branchId, s.day, true);
    if (!before)
        return before.error();
    auto after = cycleAround(db, s.branchId, s.day, false);
    if (!after)
        return after.error();
    effect.before = *before;
    effect.after = *after;
    if (!effect.before || !effect.after)
        return effect;
    auto courses = training.courses();
    if (!courses)
        return courses.error();
    std::optional<team::SkillArea> area;
    for (const team::Course &c : *courses)
        if (c.id == s.courseId)
            area = c.skillArea;
    auto competencies = team::ReviewResults::competencies(db, effect.after->id);
    auto then = othersMeans(db, effect.before->id);
    auto now = othersMeans(db, effect.after->id);
    if (!competencies)
        return competencies.error();
    if (!then)
        return then.error();
    if (!now)
        return now.error();
    std::set<qint64> attended;
    for (const team::Attendance &a : s.attendance)
        attended.insert(a.staffId);
    for (const QString &c : *competencies) {
        const auto areas = team::ReviewTraining::areasOf(c);
        if (!area || std::find(areas.begin(), areas.end(), *area) == areas.end())
            continue;
        RatingChange change;
        change.competency = c;
        std::vector<double> aBefore, aAfter, oBefore, oAfter, aDelta, oDelta;
        for (const auto &[staff, means] : *now) {
            const auto b = then->find(staff);
            if (b == then->end() || !b->second.count(c) || !means.count(c))
                continue;
            const double x = b->second.at(c);
            const double y = means.at(c);
            const bool isAttendee = attended.count(staff) > 0;
            (isAttendee ? aBefore : oBefore).push_back(x);
            (isAttendee ? aAfter : oAfter).push_back(y);
            (isAttendee ? aDelta : oDelta).push_back(y - x);
        }
        change.attendees = int(aDelta.size());
        change.others = int(oDelta.size());
        change.attendeesBefore = meanOf(aBefore);
        change.attendeesAfter = meanOf(aAfter);
        change.othersBefore = meanOf(oBefore);
        change.othersAfter = meanOf(oAfter);
        change.differs = welchDiffers(aDelta, oDelta);
        effect.changes.push_back(change);
    }
    return effect;
}

} // namespace servicelens::kpi
