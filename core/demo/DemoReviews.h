// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "storage/Result.h"

#include <QDate>

namespace servicelens {
class Database;
}

namespace servicelens::demo {

// The demo's 360-degree reviews (issue 23): two cycles six months apart, each looking back on
// the six months before it, with the team's suggested raters, most codes answered (ratings
// around each person's own level, self-ratings a little kinder) and a few words; the later one
// closed in the demo's last month, so the monthly report has its team summary. Plans written
// after the first cycle are reviewed at the second; two people have plans after the second.
class DemoReviews final {
public:
    // `end`: the day after the demo's last month.
    static Status write(Database &db, qint64 branchId, QDate end, const LocalTime &local);
};

} // namespace servicelens::demo
