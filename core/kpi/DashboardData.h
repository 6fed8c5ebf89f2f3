// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kpi.h"
#include "KpiTargets.h"
#include "org/Branch.h"
#include "storage/Result.h"

#include <array>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::kpi {

// Orders a month's figures may be wrong about, pointed out so someone fixes them.
struct DataQuality {
    qint64 closedWithoutFollowUp = 0; // closed in the month, no follow-up (回访) recorded
    qint64 closedWithoutResponse = 0; // closed in the month, no response time
    qint64 stagesOutOfOrder = 0;      // received in the month, a stage earlier than the one before
};

// The orders open at the end of a month, by the backlog's age buckets (0-1, 2-3, 4-7, > 7
// working days since received).
using BacklogOrders = std::array<std::vector<qint64>, 4>;

// Everything the dashboard shows for one branch and month, computed by the KPI engine: the
// month, the twelve months up to it, the backlog by age, data quality and the targets.
struct DashboardData {
    MonthKpis month;
    // 12 months, oldest first, ending with `month`; the 11 before it carry the order figures
    // only (what the trend charts show), `month` every section.
    std::vector<MonthKpis> trend;
    // Open at the end of the month, by working days since received: 0-1, 2-3, 4-7, > 7.
    std::array<qint64, 4> backlogByAge{};
    DataQuality quality;
    KpiTargets targets;

    static Result<DashboardData> load(Database &db, const Branch &branch, QDate month);
    // The orders behind the backlog's bars (what a click on the backlog lists).
    static Result<BacklogOrders> backlogOrders(Database &db, const Branch &branch, QDate month);
};

} // namespace servicelens::kpi
