// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiSection.h"

#include "common/Statistics.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

namespace servicelens::kpi {

// KPI.md "Inspections and corrective actions". Scores are computed once, by
// inspection::Scoring when an inspection is completed or amended, and stored with it.
void InspectionTally::add(const InspectionTally &other)
{
    completed += other.completed;
    scored += other.scored;
    scoreTotal += other.scoreTotal;
    failed += other.failed;
    actionsOpenEnd += other.actionsOpenEnd;
    actionsOverdueEnd += other.actionsOverdueEnd;
    actionsDue += other.actionsDue;
    actionsOnTime += other.actionsOnTime;
}

void InspectionTally::finish(InspectionKpis &in) const
{
    in.completed = completed;
    in.meanScore.reset();
    if (scored > 0)
        in.meanScore = scoreTotal / static_cast<double>(scored);
    in.failed = failed;
    in.actionsOpenEnd = actionsOpenEnd;
    in.actionsOverdueEnd = actionsOverdueEnd;
    in.actionsOnTimeRate = stats::rate(actionsOnTime, actionsDue);
}

Status InspectionFigures::add(Database &db, const LocalTime &local, QDate first,
                              BranchTallies &branches)
{
    if (branches.ids().empty())
        return {};
    const qint64 start = local.startOfDay(first);
    const qint64 end = local.startOfDay(first.addMonths(1));
    const QString firstDay = first.toString(Qt::ISODate);
    const QString lastDay = first.addMonths(1).addDays(-1).toString(Qt::ISODate);
    {
        // sum/count rather than avg: the same division avg makes, and one that adds up over
        // branches. In the words SQLite and PostgreSQL share (a head office's store). The
        // branch's inspections only: equipment checklists are maintenance, not inspections.
        FastQuery q =
            branches.select(db,
                            "SELECT count(*), coalesce(sum(score), 0.0), count(score), "
                            "count(*) FILTER (WHERE passed = 0), branch_id FROM inspection "
                            "WHERE ",
                            "branch_id",
                            " AND status = 'completed' AND completed_at >= ?1 AND "
                            "completed_at < ?2 AND template_id IN (SELECT id FROM "
                            "inspection_template WHERE kind = 'branch') GROUP BY branch_id",
                            3);
        q.bind(1, start).bind(2, end);
        while (q.next()) {
            InspectionTally &t = branches.of(q.int64(4)).inspections;
            t.completed += q.int64(0);
            t.scoreTotal += q.real(1);
            t.scored += q.int64(2);
            t.failed += q.int64(3);
        }
        if (!q.status())
            return q.status();
    }
    {
        // The actions as they stood at the month's end, by the rule of ActionAtMonthEnd.
        FastQuery q = branches.select(db,
                                      "SELECT created_at, done_at, due_date, branch_id FROM "
                                      "corrective_action WHERE ",
                                      "branch_id", " AND created_at < ?1", 2);
        q.bind(1, end);
        const QDate last = first.addMonths(1).addDays(-1);
        while (q.next()) {
            const auto a = ActionAtMonthEnd::of(
                q.int64(0), q.isNull(1) ? std::nullopt : std::optional<qint64>(q.int64(1)),
                QDate::fromString(q.text(2), Qt::ISODate), start, end, last);
            InspectionTally &t = branches.of(q.int64(3)).inspections;
            t.actionsOpenEnd += a.open;
            t.actionsOverdueEnd += a.overdue;
        }
        if (!q.status())
            return q.status();
    }
    {
        // Done on time: the local date of done_at on or before the due date.
        FastQuery q =
            branches.select(db, "SELECT due_date, done_at, branch_id FROM corrective_action WHERE ",
                            "branch_id", " AND due_date >= ?1 AND due_date <= ?2", 3);
        q.bind(1, firstDay).bind(2, lastDay);
        while (q.next()) {
            InspectionTally &t = branches.of(q.int64(2)).inspections;
            ++t.actionsDue;
            const QDate dueDate = QDate::fromString(q.text(0), Qt::ISODate);
            if (!q.isNull(1) && local.localDate(q.int64(1)) <= dueDate)
                ++t.actionsOnTime;
        }
        if (!q.status())
            return q.status();
    }
    return {};
}

} // namespace servicelens::kpi
