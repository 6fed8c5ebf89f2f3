// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MonthlyReport.h"

namespace servicelens::report {

// The monthly report's team summary of the 360-degree review cycles closed in the month (issue
// 23): how many were reviewed and answered, each team's spread of the competencies, how the
// previous plans went and how many plans were written.
class ReportReviews final {
public:
    static Status add(Database &db, const Branch &branch, qint64 monthStart, qint64 monthEnd,
                      MonthlyReport &r);
};

} // namespace servicelens::report
