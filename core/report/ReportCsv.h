// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MonthlyReport.h"

namespace servicelens::report {

// The report's KPI table as CSV for other tools: UTF-8 with a BOM (so Excel on Chinese Windows
// reads it right), written whole or not at all.
class ReportCsv final {
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)

public:
    static Status write(const MonthlyReport &report, const QString &path);
    static QByteArray bytes(const MonthlyReport &report);
};

} // namespace servicelens::report
