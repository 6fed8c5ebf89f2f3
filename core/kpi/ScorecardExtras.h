// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QDate>
#include <QString>

#include <map>

namespace servicelens {
class Database;
}

namespace servicelens::kpi {

// What the scorecard shows beside the KPI engine's figures, per staff code, for a period:
// inspection findings attributed to the person (corrective actions from inspections they own,
// created in the period) and the trainings they attended in it.
struct ScorecardExtra {
    int findings = 0;
    int trainings = 0;
};

class ScorecardExtras final {
public:
    // [from, to) as local dates; times are compared in UTC seconds given by the caller.
    static Result<std::map<QString, ScorecardExtra>>
    compute(Database &db, qint64 branchId, qint64 fromUtc, qint64 toUtc, QDate from, QDate to);
};

} // namespace servicelens::kpi
