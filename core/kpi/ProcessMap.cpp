// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessMap.h"

#include "common/Statistics.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

#include <QByteArray>
#include <QHash>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace servicelens::kpi {

namespace {

struct Step {
    qint64 at = 0;
    FlowNode node = FlowNode::Received;
};

std::optional<FlowNode> nodeFrom(const unsigned char *code)
{
    if (!code)
        return std::nullopt;
    const QByteArray text(reinterpret_cast<const char *>(code));
    for (int n = 0; n < flowNodeCount; ++n)
        if (text == ProcessMap::nodeCode(static_cast<FlowNode>(n)).toLatin1())
            return static_cast<FlowNode>(n);
    return std::nullopt;
}

// The orders of the filter, as "FROM service_order o WHERE …" with its bindings.
QByteArray ordersOf(const ProcessFilter &f)
{
    QByteArray where = "o.branch_id = ?1 AND o.closed_at >= ?2 AND o.closed_at < ?3";
    if (f.priority)
        where += " AND o.priority = ?4";
    if (!f.category.isEmpty())
        where += " AND o.category = ?5";
    return where;
}

void bindOrders(FastQuery &q, const Branch &branch, const ProcessFilter &f)
{
    const LocalTime local = branch.localTime();
    const QDate first(f.month.year(), f.month.month(), 1);
    q.bind(1, branch.id)
        .bind(2, local.startOfDay(first))
        .bind(3, local.startOfDay(first.addMonths(1)));
    if (f.priority)
        q.bind(4, flow::FlowNames::code(*f.priority));
    if (!f.category.isEmpty())
        q.bind(5, f.category);
}

bool isRework(FlowNode from, FlowNode to)
{
    // Stages are ranked in their order; a move from repaired or later back to an earlier stage
    // is a reopening (FORMATS.md).
    if (ProcessMap::isWait(from) || ProcessMap::isWait(to))
        return false;
    return static_cast<int>(from) >= static_cast<int>(FlowNode::Implemented) &&
           static_cast<int>(to) < static_cast<int>(from);
}

} // namespace

QString ProcessMap::nodeCode(FlowNode node)
{
    switch (node) {
    case FlowNode::Received:
        return QStringLiteral("received");
    case FlowNode::Analysed:
        return QStringLiteral("analysed");
    case FlowNode::Solution:
        return QStringLiteral("solution");
    case FlowNode::Implemented:
        return QStringLiteral("implemented");
    case FlowNode::FollowedUp:
        return QStringLiteral("followed_up");
    case FlowNode::Closed:
        return QStringLiteral("closed");
    case FlowNode::WaitingParts:
        return QStringLiteral("waiting_parts");
    case FlowNode::WaitingCustomer:
        return QStringLiteral("waiting_customer");
    }
    return {};
}

Result<std::vector<QDate>> ProcessMap::closedMonths(Database &db, const Branch &branch)
{
    // The month counts kept by triggers (schema step 3): a few dozen rows, not the orders.
    FastQuery q(db, "SELECT month FROM order_month_count WHERE branch_id = ?1 AND closed > 0 "
                    "ORDER BY month DESC");
    q.bind(1, branch.id);
    std::vector<QDate> months;
    while (q.next())
        months.push_back(
            QDate(static_cast<int>(q.int64(0) / 100), static_cast<int>(q.int64(0) % 100), 1));
    if (!q.status())
        return q.status().error();
    return months;
}

Result<ProcessMapData> ProcessMap::compute(Database &db, const Branch &branch,
                                           const ProcessFilter &filter)
{
    const QByteArray where = ordersOf(filter);
    // Each order's path: from its log when it has one …
    std::map<qint64, std::vector<Step>> paths;
    std::unordered_map<qint64, bool> fromLog;
    {
        const QByteArray sql = "SELECT e.order_id, e.at, e.state FROM service_order o JOIN "
                               "order_event e ON e.order_id = o.id WHERE " +
                               where + " ORDER BY e.order_id, e.at, e.id";
        FastQuery q(db, sql.constData());
        bindOrders(q, branch, filter);
        while (q.next())
            if (const auto node = nodeFrom(q.rawText(2))) {
                paths[q.int64(0)].push_back({q.int64(1), *node});
                fromLog[q.int64(0)] = true;
            }
        if (!q.status())
            return q.status().error();
    }
    // … else from its stage times and waits.
    qint64 reworked = 0;
    {
        const QByteArray sql = "SELECT o.id, o.received_at, o.analysed_at, o.solution_at, "
                               "o.implemented_at, o.followed_up_at, o.closed_at, o.reopened FROM "
                               "service_order o WHERE " +
                               where;
        FastQuery q(db, sql.constData());
        bindOrders(q, branch, filter);
        while (q.next()) {
            const qint64 id = q.int64(0);
            reworked += q.int64(7) > 0;
            if (fromLog.count(id))
                continue;
            std::vector<Step> &path = paths[id];
            for (int c = 1; c <= 6; ++c)
                if (!q.isNull(c))
                    path.push_back({q.int64(c), static_cast<FlowNode>(c - 1)});
        }
        if (!q.status())
            return q.status().error();
    }
    {
        const QByteArray sql = "SELECT e.order_id, e.at, e.kind FROM service_order o JOIN "
                               "stage_event e ON e.order_id = o.id WHERE " +
                               where + " AND e.kind LIKE 'wait%' ORDER BY e.order_id, e.at, e.id";
        FastQuery q(db, sql.constData());
        bindOrders(q, branch, filter);
        while (q.next()) {
            const qint64 id = q.int64(0);
            if (fromLog.count(id))
                continue; // the log has its waits already
            const QByteArray kind(reinterpret_cast<const char *>(q.rawText(2)));
            std::vector<Step> &path = paths[id];
            if (kind.endsWith("_start"))
                path.push_back({q.int64(1), kind.startsWith("wait_parts")
                                                ? FlowNode::WaitingParts
                                                : FlowNode::WaitingCustomer});
            else // a wait's end: back where the order was before it
                for (auto it = path.rbegin(); it != path.rend(); ++it)
                    if (!isWait(it->node) && it->at <= q.int64(1)) {
                        path.push_back({q.int64(1), it->node});
                        break;
                    }
        }
        if (!q.status())
            return q.status().error();
    }

    ProcessMapData map;
    map.reworked = reworked;
    std::map<std::pair<int, int>, ProcessEdge> edges;
    std::map<std::pair<int, int>, std::vector<double>> durations;
    QHash<QByteArray, ProcessVariant> variants;
    for (auto &[id, steps] : paths) {
        if (steps.empty())
            continue;
        ++map.orders;
        map.fromLogs += fromLog.count(id) ? 1 : 0;
        std::stable_sort(steps.begin(), steps.end(),
                         [](const Step &a, const Step &b) { return a.at < b.at; });
        // Consecutive repeats of a place are one visit.
        std::vector<Step> visits;
        for (const Step &s : steps)
            if (visits.empty() || visits.back().node != s.node)
                visits.push_back(s);
        std::array<bool, flowNodeCount> passed{};
        QByteArray key;
        std::vector<FlowNode> path;
        std::vector<std::pair<int, int>> taken;
        for (std::size_t i = 0; i < visits.size(); ++i) {
            const int n = static_cast<int>(visits[i].node);
            passed[static_cast<std::size_t>(n)] = true;
            key += char('a' + n);
            path.push_back(visits[i].node);
            if (i == 0)
                continue;
            const std::pair<int, int> e{static_cast<int>(visits[i - 1].node), n};
            durations[e].push_back(static_cast<double>(visits[i].at - visits[i - 1].at) / 3600.0);
            ProcessEdge &edge = edges[e];
            ++edge.moves;
            if (std::find(taken.begin(), taken.end(), e) == taken.end()) {
                taken.push_back(e);
                ++edge.orders;
                edge.orderIds.push_back(id);
            }
        }
        for (std::size_t n = 0; n < flowNodeCount; ++n)
            if (passed[n]) {
                ++map.nodeOrders[n];
                map.nodeOrderIds[n].push_back(id);
            }
        ProcessVariant &v = variants[key];
        if (v.path.empty())
            v.path = path;
        ++v.orders;
        v.orderIds.push_back(id);
    }
    for (auto &[key, edge] : edges) {
        edge.from = static_cast<FlowNode>(key.first);
        edge.to = static_cast<FlowNode>(key.second);
        edge.rework = isRework(edge.from, edge.to);
        edge.medianHours = stats::median(durations[key]);
        map.edges.push_back(std::move(edge));
    }
    std::stable_sort(
        map.edges.begin(), map.edges.end(),
        [](const ProcessEdge &a, const ProcessEdge &b) { return a.orders > b.orders; });
    for (auto it = variants.begin(); it != variants.end(); ++it) {
        it->share =
            map.orders ? static_cast<double>(it->orders) / static_cast<double>(map.orders) : 0;
        map.variants.push_back(std::move(*it));
    }
    std::sort(map.variants.begin(), map.variants.end(),
              [](const ProcessVariant &a, const ProcessVariant &b) {
                  return a.orders != b.orders ? a.orders > b.orders : a.path < b.path;
              });
    return map;
}

} // namespace servicelens::kpi
