// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/FlowTypes.h"
#include "org/Branch.h"
#include "storage/Result.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::kpi {

// The places an order passes through on the process map: the stages and the two waits.
enum class FlowNode {
    Received,
    Analysed,
    Solution,
    Implemented,
    FollowedUp,
    Closed,
    WaitingParts,
    WaitingCustomer
};
constexpr int flowNodeCount = 8;

// Which orders the map shows: those closed in the month (whole paths), optionally of one
// priority and one category.
struct ProcessFilter {
    QDate month; // its first day
    std::optional<flow::Priority> priority;
    QString category; // empty: every category
};

// A move from one place to the next: how many orders made it, the median time it took, and
// whether it goes back (a reopening: from repaired, followed up or closed to an earlier stage).
struct ProcessEdge {
    FlowNode from = FlowNode::Received;
    FlowNode to = FlowNode::Received;
    qint64 orders = 0;                 // orders that made the move at least once
    qint64 moves = 0;                  // times it was made
    std::optional<double> medianHours; // over every time it was made
    bool rework = false;
    std::vector<qint64> orderIds; // for opening them
};

// A distinct path through the map, from the first place to the last.
struct ProcessVariant {
    std::vector<FlowNode> path;
    qint64 orders = 0;
    double share = 0; // of the map's orders
    std::vector<qint64> orderIds;
};

struct ProcessMapData {
    qint64 orders = 0;
    qint64 fromLogs = 0; // orders whose path comes from an imported event log
    qint64 reworked = 0; // orders reopened at least once
    std::array<qint64, flowNodeCount> nodeOrders{}; // orders that passed through each place
    std::array<std::vector<qint64>, flowNodeCount> nodeOrderIds; // for opening them
    std::vector<ProcessEdge> edges;                              // most orders first
    std::vector<ProcessVariant> variants;                        // most common first
};

// The directly-follows graph of the orders' real flow, as process-mining tools build it from
// event logs: each order's path is its imported state history when it has one (order_event),
// else its stage times with its waits in time order; consecutive repeats of a place count once.
class ProcessMap final {
public:
    static Result<ProcessMapData> compute(Database &db, const Branch &branch,
                                          const ProcessFilter &filter);
    // The months in which the branch closed orders, latest first (what the map can show).
    static Result<std::vector<QDate>> closedMonths(Database &db, const Branch &branch);
    static QString nodeCode(FlowNode node); // received … waiting_customer
    static bool isWait(FlowNode node)
    {
        return node == FlowNode::WaitingParts || node == FlowNode::WaitingCustomer;
    }
};

} // namespace servicelens::kpi
