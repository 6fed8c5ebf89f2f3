// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiSection.h"

#include "common/Statistics.h"
#include "flow/ServiceOrder.h"
#include "flow/SlaClock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

namespace servicelens::kpi {

namespace {

// The priority column's first letter is unique among urgent/high/normal/low.
flow::Priority priorityOf(const unsigned char *text)
{
    switch (text ? text[0] : 'n') {
    case 'u':
        return flow::Priority::Urgent;
    case 'h':
        return flow::Priority::High;
    case 'l':
        return flow::Priority::Low;
    default:
        return flow::Priority::Normal;
    }
}

// The policy of an order from its priority and category columns; the category is read only
// when a policy names one.
const flow::SlaPolicy &policyOf(const flow::SlaPolicySet &policies, const FastQuery &q,
                                int priorityColumn, int categoryColumn)
{
    return policies.forOrder(priorityOf(q.rawText(priorityColumn)),
                             policies.byCategory() ? q.text(categoryColumn) : QString());
}

// The waits of the orders closed in the period, by order, for policies that pause the clock.
Result<std::unordered_map<qint64, std::vector<flow::StageEvent>>>
waitsOfClosed(Database &db, const KpiPeriod &p, const BranchTallies &branches)
{
    std::unordered_map<qint64, std::vector<flow::StageEvent>> waits;
    FastQuery q =
        branches.select(db,
                        "SELECT e.order_id, e.kind, e.at FROM service_order o JOIN stage_event "
                        "e ON e.order_id = o.id WHERE ",
                        "o.branch_id",
                        " AND o.closed_at >= ?1 AND o.closed_at < ?2 AND e.kind LIKE 'wait%' "
                        "ORDER BY e.order_id, e.at, e.id",
                        3);
    q.bind(1, p.start).bind(2, p.end);
    while (q.next()) {
        flow::StageEvent e;
        e.orderId = q.int64(0);
        e.kind = flow::StageEvent::kindFrom(q.text(1));
        e.at = q.int64(2);
        waits[e.orderId].push_back(e);
    }
    if (!q.status())
        return q.status().error();
    // Waits for broken equipment (flow::EquipmentWaits) pause the clock as waits for parts do.
    FastQuery equipment = branches.select(
        db,
        "SELECT w.order_id, w.started_at, w.ended_at FROM service_order o JOIN equipment_wait w "
        "ON w.order_id = o.id WHERE ",
        "o.branch_id", " AND o.closed_at >= ?1 AND o.closed_at < ?2", 3);
    equipment.bind(1, p.start).bind(2, p.end);
    while (equipment.next()) {
        std::vector<flow::StageEvent> &events = waits[equipment.int64(0)];
        flow::StageEvent e;
        e.orderId = equipment.int64(0);
        e.kind = flow::StageEvent::Kind::WaitEquipmentStart;
        e.at = equipment.int64(1);
        events.push_back(e);
        if (!equipment.isNull(2)) {
            e.kind = flow::StageEvent::Kind::WaitEquipmentEnd;
            e.at = equipment.int64(2);
            events.push_back(e);
        }
    }
    if (!equipment.status())
        return equipment.status().error();
    return waits;
}

} // namespace

void OrderTally::add(const OrderTally &other)
{
    received += other.received;
    complaints += other.complaints;
    responseKnown += other.responseKnown;
    responded += other.responded;
    responseSeconds += other.responseSeconds;
    responseWithinTarget += other.responseWithinTarget;
    closed += other.closed;
    resolution.insert(resolution.end(), other.resolution.begin(), other.resolution.end());
    for (std::size_t i = 0; i < dwell.size(); ++i)
        dwell[i].insert(dwell[i].end(), other.dwell[i].begin(), other.dwell[i].end());
    resolutionMet += other.resolutionMet;
    slaMet += other.slaMet;
    firstTimeFixes += other.firstTimeFixes;
    reopened += other.reopened;
    closedResponseKnown += other.closedResponseKnown;
    firstTimeFixKnown += other.firstTimeFixKnown;
    reopenKnown += other.reopenKnown;
    backlogEnd += other.backlogEnd;
    detailed = detailed || other.detailed;
}

void OrderTally::finish(OrderKpis &o) const
{
    o.received = received;
    o.complaints = complaints;
    o.complaintRate = stats::rate(complaints, received);
    o.responseKnown = responseKnown;
    if (detailed) {
        o.responseHoursMean.reset();
        if (responded > 0)
            o.responseHoursMean =
                static_cast<double>(responseSeconds) / 3600.0 / static_cast<double>(responded);
        o.responseWithinTargetRate = stats::rate(responseWithinTarget, responseKnown);
    }
    o.closed = closed;
    o.resolutionWdMean = stats::mean(resolution);
    if (detailed) {
        o.resolutionWdMedian = stats::median(resolution);
        o.resolutionWdP90 = stats::p90(resolution);
    }
    o.resolutionWithinTargetRate = stats::rate(resolutionMet, closed);
    o.closedResponseKnown = closedResponseKnown;
    o.firstTimeFixKnown = firstTimeFixKnown;
    o.reopenKnown = reopenKnown;
    o.slaMetRate = stats::rate(slaMet, closedResponseKnown);
    o.firstTimeFixRate = stats::rate(firstTimeFixes, firstTimeFixKnown);
    o.reopenRate = stats::rate(reopened, reopenKnown);
    o.bottleneckStage.reset();
    for (int s = 0; s < dwellStageCount; ++s) {
        const auto median = stats::median(dwell[static_cast<std::size_t>(s)]);
        o.stageDwellHoursMedian[static_cast<std::size_t>(s)] = median;
        // The largest median; on a tie the earlier stage stays.
        const auto &best = o.bottleneckStage;
        if (median &&
            (!best || *median > *o.stageDwellHoursMedian[static_cast<std::size_t>(*best)]))
            o.bottleneckStage = static_cast<DwellStage>(s);
    }
    o.backlogEnd = backlogEnd;
}

Status OrderFigures::add(Database &db, const KpiReference &c, const KpiPeriod &p,
                         BranchTallies &branches)
{
    if (branches.ids().empty())
        return {};
    const LocalTime &local = p.local;
    for (const qint64 id : branches.ids())
        branches.of(id).orders.detailed = !p.brief;
    // Orders received in the month. Brief: their count and complaints, counted by the engine.
    if (p.brief) {
        FastQuery q = branches.select(
            db,
            "SELECT count(*), coalesce(sum(complaint), 0), branch_id FROM "
            "service_order WHERE ",
            "branch_id", " AND received_at >= ?1 AND received_at < ?2 GROUP BY branch_id", 3);
        q.bind(1, p.start).bind(2, p.end);
        while (q.next()) {
            OrderTally &t = branches.of(q.int64(2)).orders;
            t.received += q.int64(0);
            t.complaints += q.int64(1);
        }
        if (!q.status())
            return q.status();
    } else {
        FastQuery q =
            branches.select(db,
                            "SELECT priority, complaint, received_at, responded_at, "
                            "technician_id, unknown_inputs, category, branch_id FROM "
                            "service_order WHERE ",
                            "branch_id", " AND received_at >= ?1 AND received_at < ?2", 3);
        q.bind(1, p.start).bind(2, p.end);
        while (q.next()) {
            BranchTally &branch = branches.of(q.int64(7));
            OrderTally &t = branch.orders;
            ++t.received;
            const bool complaint = q.int64(1) != 0;
            const qint64 received = q.int64(2);
            if (complaint)
                ++t.complaints;
            // An order never responded to is a miss; one whose response the data never had
            // is left out (KPI.md).
            const bool responseKnown = (q.int64(5) & flow::ServiceOrder::ResponseUnknown) == 0;
            t.responseKnown += responseKnown;
            if (responseKnown && !q.isNull(3)) {
                const qint64 seconds = q.int64(3) - received;
                const double hours = static_cast<double>(seconds) / 3600.0;
                ++t.responded;
                t.responseSeconds += seconds;
                if (hours <= policyOf(c.policies, q, 0, 6).responseHours)
                    ++t.responseWithinTarget;
            }
            if (!q.isNull(4) && complaint)
                ++branch.technicians[q.int64(4)].complaints;
            else if (!q.isNull(4))
                branch.technicians[q.int64(4)]; // received in the month: listed even without
                                                // closures
        }
        if (!q.status())
            return q.status();
    }

    // Orders closed in the month.
    {
        // Brief: the technician and the intermediate stage times are read as NULL, which
        // leaves the tallies and the dwell times empty (and the record decoded less).
        const QByteArray columns =
            p.brief ? "SELECT received_at, responded_at, closed_at, priority, visits, reopened, "
                      "NULL, NULL, NULL, NULL, NULL, unknown_inputs, due_at, category, id, "
                      "branch_id"
                    : "SELECT received_at, responded_at, closed_at, priority, visits, reopened, "
                      "technician_id, analysed_at, solution_at, implemented_at, followed_up_at, "
                      "unknown_inputs, due_at, category, id, branch_id";
        FastQuery q = branches.select(db, columns + " FROM service_order WHERE ", "branch_id",
                                      " AND closed_at >= ?1 AND closed_at < ?2", 3);
        q.bind(1, p.start).bind(2, p.end);
        // Waits move the resolution target only under a policy that pauses (KPI.md).
        std::unordered_map<qint64, std::vector<flow::StageEvent>> waits;
        if (c.policies.anyPauses()) {
            auto loaded = waitsOfClosed(db, p, branches);
            if (!loaded)
                return loaded.error();
            waits = std::move(*loaded);
        }
        while (q.next()) {
            BranchTally &branch = branches.of(q.int64(15));
            OrderTally &t = branch.orders;
            ++t.closed;
            const qint64 received = q.int64(0);
            const qint64 closed = q.int64(2);
            const flow::SlaPolicy &policy = policyOf(c.policies, q, 3, 13);
            const int wd =
                c.calendar.workingDaysAfter(local.localDate(received), local.localDate(closed));
            t.resolution.push_back(wd);
            // The order's own deadline when it has one, else its policy's working days, plus
            // the working days it waited when the policy pauses.
            int targetDays = policy.resolutionWorkingDays;
            if (policy.pauseWhileWaiting && q.isNull(12))
                if (auto w = waits.find(q.int64(14)); w != waits.end())
                    targetDays +=
                        flow::SlaClock::waitingWorkingDays(w->second, c.calendar, local, closed);
            const bool resolutionOk = q.isNull(12) ? wd <= targetDays : closed <= q.int64(12);
            const bool responseOk =
                !q.isNull(1) &&
                static_cast<double>(q.int64(1) - received) / 3600.0 <= policy.responseHours;
            t.resolutionMet += resolutionOk;
            // Each rate counts the orders whose inputs it needs are known (KPI.md).
            const qint64 unknown = q.int64(11);
            const bool slaKnown = (unknown & flow::ServiceOrder::ResponseUnknown) == 0;
            const bool reopenKnown = (unknown & flow::ServiceOrder::ReopenedUnknown) == 0;
            const bool ftfKnown = reopenKnown && (unknown & flow::ServiceOrder::VisitsUnknown) == 0;
            const bool sla = slaKnown && resolutionOk && responseOk;
            const bool ftf = ftfKnown && q.int64(4) <= 1 && q.int64(5) == 0;
            const bool wasReopened = reopenKnown && q.int64(5) > 0;
            t.closedResponseKnown += slaKnown;
            t.firstTimeFixKnown += ftfKnown;
            t.reopenKnown += reopenKnown;
            t.slaMet += sla;
            t.firstTimeFixes += ftf;
            t.reopened += wasReopened;
            if (p.behind && slaKnown && !sla)
                p.behind->slaMissed.push_back(q.int64(14));
            if (p.behind && ftfKnown && !ftf)
                p.behind->notFirstTimeFix.push_back(q.int64(14));

            // Dwell: analysed - received, solution - analysed, ..., closed - followed_up.
            const std::array<int, 6> stageColumns = {0, 7, 8, 9, 10, 2};
            for (int s = 0; s < dwellStageCount && !p.brief; ++s) {
                const int from = stageColumns[static_cast<std::size_t>(s)];
                const int to = stageColumns[static_cast<std::size_t>(s) + 1];
                if (!q.isNull(from) && !q.isNull(to))
                    t.dwell[static_cast<std::size_t>(s)].push_back(
                        static_cast<double>(q.int64(to) - q.int64(from)) / 3600.0);
            }
            if (!q.isNull(6)) {
                TechnicianTally &who = branch.technicians[q.int64(6)];
                ++who.closed;
                who.firstTimeFixes += ftf;
                who.resolution.push_back(wd);
                who.slaMet += sla;
                who.reopened += wasReopened;
                who.slaKnown += slaKnown;
                who.firstTimeFixKnown += ftfKnown;
                who.reopenKnown += reopenKnown;
            }
        }
        if (!q.status())
            return q.status();
    }

    // Backlog at the end of the month: received before the end, not closed before the end.
    // closed_at >= received_at always, so it is "received up to M" minus "closed up to M",
    // both kept per month by triggers (schema step 3).
    if (p.wholeMonth) {
        FastQuery q =
            branches.select(db,
                            "SELECT coalesce(sum(received) - sum(closed), 0), branch_id FROM "
                            "order_month_count WHERE ",
                            "branch_id", " AND month <= ?1 GROUP BY branch_id", 2);
        q.bind(1, static_cast<qint64>(LocalTime::monthKey(p.first)));
        while (q.next())
            branches.of(q.int64(1)).orders.backlogEnd += q.int64(0);
        if (!q.status())
            return q.status();
    }

    return {};
}

} // namespace servicelens::kpi
