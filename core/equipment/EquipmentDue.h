// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DueList.h"
#include "storage/Result.h"

#include <optional>

namespace servicelens {
class Database;
}

namespace servicelens::equipment {

// The due list of a store (`equipment due`, the Equipment page, the dashboard): every active
// plan of every piece in service it covers — a plan of a kind covers each piece of that kind at
// its branch — where it stands on `today`, then DueList. What counts as done (docs/kpi.md,
// Equipment): the plan's last record on or before `today`; for a calibration only one that
// passed (a failed calibration leaves the instrument due). A usage plan counts from the reading
// at its last record, or from the last reading on or before its start when never carried out.
class EquipmentDue final {
public:
    // `branchId`: one branch, or every branch of the store.
    static Result<std::vector<PlanState>> states(Database &db, QDate today,
                                                 std::optional<qint64> branchId = std::nullopt);
    static Result<std::vector<DueItem>> compute(Database &db, QDate today,
                                                std::optional<qint64> branchId = std::nullopt);
};

} // namespace servicelens::equipment
