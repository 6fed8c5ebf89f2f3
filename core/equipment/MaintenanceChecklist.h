// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Equipment.h"
#include "MaintenancePlan.h"

namespace servicelens::equipment {

// A maintenance plan's checklist (issue 22): an inspection of its template (of kind
// "maintenance") at the piece's branch, noting the piece, filled in the same form and scored
// the same way as the branch's inspections, a failed item with its corrective action; the
// maintenance record then points at it and passes when it passed.
class MaintenanceChecklist final {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceChecklist)

public:
    // A draft of the plan's checklist for the piece: a new one, or `resume` while it is a draft.
    static Result<qint64> start(Database &db, const Equipment &piece, const MaintenancePlan &plan,
                                std::optional<qint64> resume = std::nullopt);
    // Whether the checklist passed once completed; none while it is a draft.
    static Result<std::optional<bool>> outcome(Database &db, qint64 inspectionId);
    // A draft the maintenance was not saved with, removed.
    static Status discard(Database &db, qint64 inspectionId);
};

} // namespace servicelens::equipment
