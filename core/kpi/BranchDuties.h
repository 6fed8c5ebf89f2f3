// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kpi.h"
#include "org/Branch.h"
#include "storage/Result.h"

namespace servicelens {
class Database;
}
namespace servicelens::flow {
class WorkingCalendar;
}

namespace servicelens::kpi {

// The month's figures of a branch's own duties, its equipment and its incidents (docs/kpi.md,
// "Equipment", "Incidents"), for KpiEngine: one branch, one whole month, never pooled.
class BranchDuties final {
public:
    static Result<EquipmentKpis> equipment(Database &db, const Branch &branch, QDate first,
                                           const flow::WorkingCalendar &calendar);
    static Result<IncidentKpis> incidents(Database &db, const Branch &branch, QDate first);
};

} // namespace servicelens::kpi
