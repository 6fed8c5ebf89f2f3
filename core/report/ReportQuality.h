// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MonthlyReport.h"

namespace servicelens::report {

class ReportText;

// The monthly report's product quality and case library part (issue 21): the models whose
// month signals (kpi/DefectTrends) and, over the orders closed in the month, whether the case
// library helped and which fault codes lack a case (kpi/CaseEffect).
class ReportQuality final {
public:
    static Status add(Database &db, QDate month, const ReportText &tx, MonthlyReport &r);
};

} // namespace servicelens::report
