// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "storage/Result.h"

namespace servicelens {
class Database;
}

namespace servicelens::incident {

// A branch's contingency plans (应急预案), each with its steps; each change audited.
class IncidentPlans final {
    Q_DECLARE_TR_FUNCTIONS(IncidentPlans)

public:
    explicit IncidentPlans(Database &db)
        : m_db(db)
    {}

    // The branch's plans by scenario and name, inactive ones included.
    Result<std::vector<IncidentPlan>> list(qint64 branchId) const;
    Result<IncidentPlan> find(qint64 planId) const;
    // Adds a new plan (id 0; its id and uid set) or updates the one with its id, its steps
    // replaced by the plan's. A name and at least one step are required, and the name is the
    // branch's own.
    Status save(IncidentPlan &plan);

    // A plan for each scenario, in the language of the interface: the steps the source
    // documents name, without owners (the branch names them).
    static std::vector<IncidentPlan> suggested();
    // Adds the suggested plans whose names the branch does not use yet; returns how many.
    Result<int> addSuggested(qint64 branchId);

private:
    Status check(const IncidentPlan &plan) const;

    Database &m_db;
};

} // namespace servicelens::incident
