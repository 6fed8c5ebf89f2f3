// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

namespace servicelens {
class Database;
struct Branch;
} // namespace servicelens

namespace servicelens::flow {

// Saves a branch's code, name and time zone. Days and months are counted in the branch's zone,
// so a new zone moves some orders into another month: their month keys (and the monthly
// counts the backlog reads) are recomputed in the same transaction.
Status updateBranch(Database &db, const Branch &branch);

} // namespace servicelens::flow
