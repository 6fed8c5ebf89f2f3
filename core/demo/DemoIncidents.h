// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "storage/Result.h"

#include <QDate>

namespace servicelens {
class Database;
}

namespace servicelens::demo {

// The demo's incidents (issue 22), under the suggested contingency plans with owners named: a
// recall of the XQB90-Z6258 washing machine opened three weeks before the end of the last month
// — its first steps done, its severity raised, the customers whose machines were repaired in
// the four months before listed and partly called, an action raised, still open — and a drill
// of a system outage three months before, run through and closed with its lessons.
class DemoIncidents final {
public:
    static constexpr const char *recalledModel = "XQB90-Z6258";

    // `end`: the day after the demo's last month.
    static Status write(Database &db, qint64 branchId, const LocalTime &local, QDate end);
};

} // namespace servicelens::demo
