// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MonthlyReport.h"

namespace servicelens::report {

class ReportText;

// The monthly report's lists of a branch's own duties (issue 22): the maintenance due list as
// it stood on the month's last day, the breakdowns that overlapped the month with the orders
// that waited for them, and the incidents opened in the month or open during it (drills marked).
class ReportDuties final {
public:
    static Status add(Database &db, const Branch &branch, QDate month, const ReportText &tx,
                      MonthlyReport &r);
};

} // namespace servicelens::report
