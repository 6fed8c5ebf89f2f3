// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/MonthlyReport.h"
#include "report/ReportText.h"

namespace servicelens::ui {

class PageFlow;

// The report's first page: the branch and month on a coloured band, the headline figures of
// the KPI catalogue as tiles (green when the target is met, red when not, each with its change
// from the month before), a plain warning for an empty month, and at the foot how the figures
// were made (time zone, calendar, masked phones, the audit trail head).
class ReportCover final {
public:
    static void place(PageFlow &flow, const report::MonthlyReport &report,
                      const report::ReportText &tx);
};

} // namespace servicelens::ui
