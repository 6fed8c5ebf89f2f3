// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardData.h"

#include "KpiEngine.h"
#include "common/LocalTime.h"
#include "flow/CalendarRepository.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

#include <QTimeZone>

namespace servicelens::kpi {

namespace {

// The bucket of an order open at the end of the month: 0-1, 2-3, 4-7, > 7 working days.
int ageBucket(int workingDays)
{
    return workingDays <= 1 ? 0 : workingDays <= 3 ? 1 : workingDays <= 7 ? 2 : 3;
}

Result<std::array<qint64, 4>> countBacklogByAge(Database &db, const Branch &branch, QDate first,
                                                const flow::WorkingCalendar &calendar,
                                                const LocalTime &local,
                                                BacklogOrders *ids = nullptr)
{
    // Open at the end of the month: received before the end and closed, if at all, after it.
    // Both halves are served by indexes: the open-orders index and the closed-time index.
    const qint64 end = local.startOfDay(first.addMonths(1));
    const QDate lastDay = first.addMonths(1).addDays(-1);
    std::array<qint64, 4> ages{};
    // The planner prefers the received-time index for the first half, which walks every order
    // ever received; the partial index of open orders holds only the few still open.
    FastQuery q(db, "SELECT received_at, id FROM service_order INDEXED BY service_order_open "
                    "WHERE branch_id = ?1 AND closed_at IS NULL AND received_at < ?2 UNION ALL "
                    "SELECT received_at, id FROM service_order WHERE "
                    "branch_id = ?1 AND closed_at >= ?2 AND received_at < ?2");
    q.bind(1, branch.id).bind(2, end);
    while (q.next()) {
        const int bucket =
            ageBucket(calendar.workingDaysAfter(local.localDate(q.int64(0)), lastDay));
        ages[static_cast<std::size_t>(bucket)] += 1;
        if (ids)
            (*ids)[static_cast<std::size_t>(bucket)].push_back(q.int64(1));
    }
    if (!q.status())
        return q.status().error();
    return ages;
}

Result<DataQuality> dataQuality(Database &db, const Branch &branch, qint64 start, qint64 end)
{
    DataQuality d;
    // A response the file never had is not a missing one (KPI.md: unknown is not zero).
    FastQuery closed(db, "SELECT count(*) FILTER (WHERE followed_up_at IS NULL), count(*) FILTER "
                         "(WHERE responded_at IS NULL AND (unknown_inputs & 1) = 0) FROM "
                         "service_order WHERE branch_id = ?1 AND closed_at >= ?2 AND "
                         "closed_at < ?3");
    closed.bind(1, branch.id).bind(2, start).bind(3, end);
    if (closed.next()) {
        d.closedWithoutFollowUp = closed.int64(0);
        d.closedWithoutResponse = closed.int64(1);
    }
    if (!closed.status())
        return closed.status().error();
    // Each present time against the latest present time before it.
    FastQuery order(
        db, "SELECT count(*) FROM service_order WHERE branch_id = ?1 AND received_at >= ?2 "
            "AND received_at < ?3 AND (responded_at < received_at OR analysed_at < "
            "coalesce(responded_at, received_at) OR solution_at < coalesce(analysed_at, "
            "responded_at, received_at) OR implemented_at < coalesce(solution_at, analysed_at, "
            "responded_at, received_at) OR followed_up_at < coalesce(implemented_at, "
            "solution_at, analysed_at, responded_at, received_at) OR closed_at < "
            "coalesce(followed_up_at, implemented_at, solution_at, analysed_at, responded_at, "
            "received_at))");
    order.bind(1, branch.id).bind(2, start).bind(3, end);
    if (order.next())
        d.stagesOutOfOrder = order.int64(0);
    if (!order.status())
        return order.status().error();
    return d;
}

} // namespace

Result<BacklogOrders> DashboardData::backlogOrders(Database &db, const Branch &branch, QDate month)
{
    auto calendar = flow::CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    BacklogOrders ids;
    if (auto counted = countBacklogByAge(db, branch, QDate(month.year(), month.month(), 1),
                                         *calendar, branch.localTime(), &ids);
        !counted)
        return counted.error();
    return ids;
}

Result<DashboardData> DashboardData::load(Database &db, const Branch &branch, QDate month)
{
    DashboardData d;
    const QDate first(month.year(), month.month(), 1);
    KpiEngine engine(db);
    // The trend charts show order figures; the month itself gets every section.
    auto trend = engine.computeTrend(branch, first.addMonths(-1), 11,
                                     KpiEngine::Orders | KpiEngine::OrdersBrief);
    if (!trend)
        return trend.error();
    auto chosen = engine.compute(branch, first);
    if (!chosen)
        return chosen.error();
    d.trend = std::move(*trend);
    d.trend.push_back(*chosen);
    d.month = d.trend.back();
    auto calendar = flow::CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    const LocalTime local = branch.localTime();
    auto ages = countBacklogByAge(db, branch, first, *calendar, local);
    if (!ages)
        return ages.error();
    d.backlogByAge = *ages;
    auto quality =
        dataQuality(db, branch, local.startOfDay(first), local.startOfDay(first.addMonths(1)));
    if (!quality)
        return quality.error();
    d.quality = *quality;
    auto targets = KpiTargetRepository(db).load();
    if (!targets)
        return targets.error();
    d.targets = *targets;
    return d;
}

} // namespace servicelens::kpi
