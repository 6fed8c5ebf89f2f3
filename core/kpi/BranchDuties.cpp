// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchDuties.h"

#include "equipment/Breakdowns.h"
#include "equipment/DueList.h"
#include "equipment/EquipmentDue.h"
#include "equipment/Reliability.h"
#include "storage/SqlQuery.h"

namespace servicelens::kpi {

Result<EquipmentKpis> BranchDuties::equipment(Database &db, const Branch &branch, QDate first,
                                              const flow::WorkingCalendar &calendar)
{
    const LocalTime local = branch.localTime();
    const qint64 start = local.startOfDay(first);
    const qint64 end = local.startOfDay(first.addMonths(1));
    const QDate last = first.addMonths(1).addDays(-1);
    EquipmentKpis e;

    SqlQuery done(db, QStringLiteral("SELECT count(*) FROM maintenance_record r JOIN equipment e "
                                     "ON e.id = r.equipment_id WHERE e.branch_id = :branch AND "
                                     "r.done_on >= :first AND r.done_on <= :last"));
    done.bind(QStringLiteral(":branch"), branch.id)
        .bind(QStringLiteral(":first"), first.toString(Qt::ISODate))
        .bind(QStringLiteral(":last"), last.toString(Qt::ISODate));
    auto count = done.scalar();
    if (!count)
        return count.error();
    e.maintenanceDone = count->toLongLong();

    // The due list as it stood on the month's last day.
    auto states = equipment::EquipmentDue::states(db, last, branch.id);
    if (!states)
        return states.error();
    for (const equipment::DueItem &i : equipment::DueList::compute(*states, last, calendar))
        ++(i.overdueDays > 0 ? e.overdueEnd : e.dueSoonEnd);

    auto breakdowns = equipment::Breakdowns(db).overlapping(branch.id, start, end);
    if (!breakdowns)
        return breakdowns.error();
    std::vector<equipment::Breakdown> spans;
    for (const equipment::BreakdownRecord &b : *breakdowns)
        spans.push_back({b.downAt, b.upAt});
    const auto r = equipment::Reliability::compute(spans, start, end, calendar, local);
    e.failures = r.failures;
    e.downtimeHours = r.downHours;
    e.mttrHours = r.mttr;

    SqlQuery waited(db, QStringLiteral("SELECT count(DISTINCT w.order_id) FROM equipment_wait w "
                                       "JOIN equipment_breakdown b ON b.id = w.breakdown_id JOIN "
                                       "equipment e ON e.id = b.equipment_id WHERE e.branch_id = "
                                       ":branch AND w.started_at < :end AND (w.ended_at IS NULL "
                                       "OR w.ended_at > :start)"));
    waited.bind(QStringLiteral(":branch"), branch.id)
        .bind(QStringLiteral(":start"), start)
        .bind(QStringLiteral(":end"), end);
    auto orders = waited.scalar();
    if (!orders)
        return orders.error();
    e.ordersWaited = orders->toLongLong();
    return e;
}

Result<IncidentKpis> BranchDuties::incidents(Database &db, const Branch &branch, QDate first)
{
    const LocalTime local = branch.localTime();
    const qint64 start = local.startOfDay(first);
    const qint64 end = local.startOfDay(first.addMonths(1));
    SqlQuery q(db, QStringLiteral(
                       "SELECT count(*) FILTER (WHERE drill = 0 AND opened_at >= :start AND "
                       "opened_at < :end), count(*) FILTER (WHERE drill = 0 AND closed_at >= "
                       ":start AND closed_at < :end), count(*) FILTER (WHERE drill = 0 AND "
                       "opened_at < :end AND (closed_at IS NULL OR closed_at >= :end)), count(*) "
                       "FILTER (WHERE drill = 1 AND opened_at >= :start AND opened_at < :end) "
                       "FROM incident WHERE branch_id = :branch"));
    q.bind(QStringLiteral(":branch"), branch.id)
        .bind(QStringLiteral(":start"), start)
        .bind(QStringLiteral(":end"), end);
    if (auto s = q.exec(); !s)
        return s.error();
    IncidentKpis k;
    if (q.next()) {
        k.opened = q.value(0).toLongLong();
        k.closed = q.value(1).toLongLong();
        k.openEnd = q.value(2).toLongLong();
        k.drills = q.value(3).toLongLong();
    }
    return k;
}

} // namespace servicelens::kpi
