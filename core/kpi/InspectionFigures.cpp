// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiSection.h"

#include "common/Statistics.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

namespace servicelens::kpi {

// KPI.md "Inspections and corrective actions". Scores are computed once, by
// inspection::Scoring when an inspection is completed or amended, and stored with it.
Status InspectionFigures::compute(Database &db, qint64 branchId, const LocalTime &local,
                                  QDate first, InspectionKpis &in)
{
    const qint64 start = local.startOfDay(first);
    const qint64 end = local.startOfDay(first.addMonths(1));
    const QString firstDay = first.toString(Qt::ISODate);
    const QString lastDay = first.addMonths(1).addDays(-1).toString(Qt::ISODate);
    {
        FastQuery q(db, "SELECT count(*), avg(score), coalesce(sum(passed = 0), 0) FROM "
                        "inspection WHERE branch_id = ?1 AND status = 'completed' AND "
                        "completed_at >= ?2 AND completed_at < ?3");
        q.bind(1, branchId).bind(2, start).bind(3, end);
        if (q.next()) {
            in.completed = q.int64(0);
            if (!q.isNull(1))
                in.meanScore = q.real(1);
            in.failed = q.int64(2);
        }
        if (!q.status())
            return q.status();
    }
    {
        // The actions as they stood at the month's end, by the rule of ActionAtMonthEnd.
        FastQuery q(db, "SELECT created_at, done_at, due_date FROM corrective_action "
                        "WHERE branch_id = ?1 AND created_at < ?2");
        q.bind(1, branchId).bind(2, end);
        const QDate last = first.addMonths(1).addDays(-1);
        while (q.next()) {
            const auto a = ActionAtMonthEnd::of(
                q.int64(0), q.isNull(1) ? std::nullopt : std::optional<qint64>(q.int64(1)),
                QDate::fromString(q.text(2), Qt::ISODate), start, end, last);
            in.actionsOpenEnd += a.open;
            in.actionsOverdueEnd += a.overdue;
        }
        if (!q.status())
            return q.status();
    }
    {
        // Done on time: the local date of done_at on or before the due date.
        FastQuery q(db, "SELECT due_date, done_at FROM corrective_action WHERE branch_id = ?1 "
                        "AND due_date >= ?2 AND due_date <= ?3");
        q.bind(1, branchId).bind(2, firstDay).bind(3, lastDay);
        qint64 due = 0;
        qint64 onTime = 0;
        while (q.next()) {
            ++due;
            const QDate dueDate = QDate::fromString(q.text(0), Qt::ISODate);
            if (!q.isNull(1) && local.localDate(q.int64(1)) <= dueDate)
                ++onTime;
        }
        if (!q.status())
            return q.status();
        in.actionsOnTimeRate = stats::rate(onTime, due);
    }
    return {};
}

} // namespace servicelens::kpi
