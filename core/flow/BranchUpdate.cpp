// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchUpdate.h"

#include "OrderRepository.h"
#include "org/Branch.h"
#include "storage/WriteTransaction.h"

#include <QTimeZone>

namespace servicelens::flow {

Status updateBranch(Database &db, const Branch &branch)
{
    WriteTransaction tx(db);
    if (!tx.status())
        return tx.status();
    auto before = BranchRepository(db).findById(branch.id);
    if (!before)
        return before.error();
    if (auto s = BranchRepository(db).update(
            branch, BranchRepository::ZoneChange::MonthsRecomputedByCaller);
        !s)
        return s;
    if (*before && (*before)->timeZone != branch.timeZone)
        if (auto s = OrderRepository(db).recomputeMonthKeys(branch.id, branch.localTime().zone());
            !s)
            return s;
    return tx.commit();
}

} // namespace servicelens::flow
