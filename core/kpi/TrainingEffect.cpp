// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingEffect.h"

#include "kpi/KpiEngine.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "team/Training.h"

#include <cmath>
#include <numeric>
#include <set>

namespace servicelens::kpi {

std::optional<double> GroupRate::rate() const
{
    return n > 0 ? std::optional<double>(static_cast<double>(hits) / static_cast<double>(n))
                 : std::nullopt;
}

bool TrainingEffect::differs(const GroupRate &a, const GroupRate &b)
{
    if (a.n == 0 || b.n == 0)
        return false;
    const double p1 = static_cast<double>(a.hits) / static_cast<double>(a.n);
    const double p2 = static_cast<double>(b.hits) / static_cast<double>(b.n);
    const double pooled = static_cast<double>(a.hits + b.hits) / static_cast<double>(a.n + b.n);
    const double se = std::sqrt(pooled * (1 - pooled) *
                                (1.0 / static_cast<double>(a.n) + 1.0 / static_cast<double>(b.n)));
    return se > 0 && std::fabs(p1 - p2) > 1.959963984540054 * se;
}

QString TrainingEffect::measureLabel(const QString &measure)
{
    if (measure == QLatin1String("first_time_fix"))
        return tr("First-time fix");
    if (measure == QLatin1String("sla_met"))
        return tr("SLA met");
    if (measure == QLatin1String("reopen"))
        return tr("Reopened");
    if (measure == QLatin1String("csat"))
        return tr("CSAT");
    return measure;
}

namespace {

// A group's hits from its members' rates: rate × n is the exact count KPI.md divided.
void addRate(GroupRate &g, const std::optional<double> &rate, qint64 n)
{
    if (!rate || n == 0)
        return;
    g.hits += std::llround(*rate * static_cast<double>(n));
    g.n += n;
}

} // namespace

Result<TrainingEffectResult> TrainingEffect::compute(Database &db, const Branch &branch,
                                                     qint64 sessionId, int days)
{
    auto session = team::TrainingRepository(db).session(sessionId);
    if (!session)
        return session.error();
    if (!*session)
        return makeError(ErrorKind::NotFound, tr("The training session no longer exists."));
    if (days < 1)
        return makeError(ErrorKind::InvalidInput, tr("The window is one day or more."));
    const team::Session &s = **session;
    auto staff = org::StaffRepository(db).list();
    if (!staff)
        return staff.error();
    const QDate beforeFrom = s.day.addDays(-days);
    // The day of the training itself belongs to neither window.
    const QDate afterFrom = s.day.addDays(1);
    const QDate afterTo = afterFrom.addDays(days);
    std::set<QString> attendees;
    std::set<QString> others;
    for (const org::StaffMember &m : *staff) {
        if (m.role != org::Role::TechnicalSupport)
            continue;
        // Someone who joined after the before-window began has no "before" to compare.
        if (m.hireDate.isValid() && m.hireDate > beforeFrom)
            continue;
        const bool attended =
            std::any_of(s.attendance.begin(), s.attendance.end(),
                        [&](const team::Attendance &a) { return a.staffId == m.id; });
        (attended ? attendees : others).insert(m.code);
    }
    KpiEngine engine(db);
    auto before =
        engine.computePeriod(branch, beforeFrom, s.day, KpiEngine::Orders | KpiEngine::Surveys);
    if (!before)
        return before.error();
    auto after =
        engine.computePeriod(branch, afterFrom, afterTo, KpiEngine::Orders | KpiEngine::Surveys);
    if (!after)
        return after.error();

    TrainingEffectResult r;
    r.sessionDay = s.day;
    r.days = days;
    r.attendees = static_cast<int>(attendees.size());
    r.others = static_cast<int>(others.size());
    std::vector<double> gains;
    for (const team::Attendance &a : s.attendance)
        if (auto g = a.gain())
            gains.push_back(*g);
    if (!gains.empty())
        r.meanGain =
            std::accumulate(gains.begin(), gains.end(), 0.0) / static_cast<double>(gains.size());
    const char *measures[] = {"first_time_fix", "sla_met", "reopen", "csat"};
    for (const char *code : measures) {
        MeasureChange c;
        c.measure = QString::fromLatin1(code);
        auto collect = [&](const MonthKpis &k, const std::set<QString> &group, GroupRate &into) {
            for (const TechnicianKpis &t : k.technicians) {
                if (!group.count(t.code))
                    continue;
                if (c.measure == QLatin1String("first_time_fix"))
                    addRate(into, t.firstTimeFixRate, t.firstTimeFixKnown);
                else if (c.measure == QLatin1String("sla_met"))
                    addRate(into, t.slaMetRate, t.slaKnown);
                else if (c.measure == QLatin1String("reopen"))
                    addRate(into, t.reopenRate, t.reopenKnown);
                else
                    addRate(into, t.csat, t.csatAnswers);
            }
        };
        collect(*before, attendees, c.attendeesBefore);
        collect(*after, attendees, c.attendeesAfter);
        collect(*before, others, c.othersBefore);
        collect(*after, others, c.othersAfter);
        c.attendeesChanged = differs(c.attendeesBefore, c.attendeesAfter);
        c.othersChanged = differs(c.othersBefore, c.othersAfter);
        r.measures.push_back(c);
    }
    return r;
}

} // namespace servicelens::kpi
