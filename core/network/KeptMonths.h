// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <optional>

namespace servicelens {
class Database;
}

namespace servicelens::network {

// A head office's month tallies (kpi::MonthTallies) kept true through one merge, in its
// transaction: begin() holds the store's data version before the merge writes anything;
// noteTouched(), before the pack's rows go in, finds the earliest time they touch (theirs,
// and those of the store's versions they replace or delete); end() carries every other tally
// over the merge (the merge changed one branch's rows), then counts again that branch's months
// from the earliest touched to this month, and every month of it with no valid tally. On a
// workbook file nothing is kept and each step does nothing.
class KeptMonths final {
public:
    explicit KeptMonths(Database &store);

    Status begin();
    Status noteTouched(qint64 branchId);
    // `everyMonth`: every month of the branch is counted again (the merge counted its months
    // again in another time zone; a conflict resolved changed a row of it).
    Status end(qint64 branchId, bool everyMonth);

private:
    // The earliest time (UTC seconds) any row of the branch counts at, or nullopt.
    Result<std::optional<qint64>> branchStart(qint64 branchId) const;

    Database &m_db;
    bool m_kept = false;
    qint64 m_before = 0;
    std::optional<qint64> m_touched;
};

} // namespace servicelens::network
