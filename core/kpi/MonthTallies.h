// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KpiSection.h"

#include "storage/Result.h"

#include <unordered_map>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::kpi {

// What each branch's month added up to, kept in a head office's PostgreSQL store (schema step
// 17) so that the network's figures over hundreds of branches read a short row per branch
// rather than the month's orders and survey answers. A tally counts only while the store's
// data_version is the one it was kept at: every statement that writes a table the figures come
// from moves the version on (a trigger, whoever writes), so a kept tally never stands for data
// that has changed since; without one the month is read from the rows, as always. A merge
// holds the version, counts again the months it touched and carries every other tally to the
// version it leaves (PackMerger).
class MonthTallies final {
public:
    explicit MonthTallies(Database &db)
        : m_db(db)
    {}

    // Whether this store keeps them (a workbook file reads its few branches from the rows).
    bool kept() const;
    // The version now.
    Result<qint64> current() const;
    // Moves the version on and holds it to the end of the transaction (another writer of the
    // figures' tables waits until then): the version before, which the tallies valid now have.
    Result<qint64> hold();
    // The month's tallies kept for these branches and still valid, by branch id. `month` is
    // the month's YYYYMM.
    Result<std::unordered_map<qint64, BranchTally>> valid(const std::vector<qint64> &branchIds,
                                                          qint64 month) const;
    // The months (YYYYMM) of a branch whose tally is valid at `version`.
    Result<std::vector<qint64>> validMonths(qint64 branchId, qint64 version) const;
    Status keep(qint64 branchId, qint64 month, qint64 version, const BranchTally &tally);
    // Drops every tally of a branch (its months are all counted again).
    Status forget(qint64 branchId);
    // Every tally valid at `from` now valid at `to` (nothing they count changed in between).
    Status carry(qint64 from, qint64 to);

private:
    Database &m_db;
};

} // namespace servicelens::kpi
