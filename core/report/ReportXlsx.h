// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MonthlyReport.h"

namespace servicelens::report {

// The report as a workbook with libxlsxwriter: a summary sheet (real numbers with % and 0.0
// formats, the previous month, last year and the targets beside, a chart) and a sheet per area
// (complaints, satisfaction, inspections, team) plus the month's orders as a raw sheet with
// phones masked; frozen headers, filters and column widths on each. Text is always written as
// text cells, so a value starting with = + - @ is never run as a formula. The file is written
// beside the target and renamed over it: whole or not at all.
class ReportXlsx final {
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)

public:
    static Status write(const MonthlyReport &report, const QString &path);
    // Text as a cell can hold it: no NUL (it would end the cell), at most Excel's 32,767
    // characters, a longer text cut with a mark saying how long it was.
    static QString cellText(const QString &text);
};

} // namespace servicelens::report
