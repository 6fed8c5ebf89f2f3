// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MonthlyReport.h"

namespace servicelens::report {

// How the printed report writes a figure (the PDF, and the tests reading it back): counts with
// thousands separators, rates as percent with one decimal, other numbers with two — the same
// precision as `servicelens kpi`'s table; a figure KPI.md leaves undefined is a dash.
class ReportFormat final {
public:
    static QString figure(ReportFigure::Kind kind, const std::optional<double> &value,
                          int decimals = 2);
    static QString count(qint64 value);
    static QString rate(const std::optional<double> &value);
    static QString number(const std::optional<double> &value, int decimals = 2);
    // The change from `before` to `now`: percentage points for rates, plain for the rest.
    static QString change(ReportFigure::Kind kind, const std::optional<double> &now,
                          const std::optional<double> &before);
    static QString dash();
};

} // namespace servicelens::report
