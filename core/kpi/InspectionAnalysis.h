// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/InspectionTemplate.h"
#include "kpi/Kpi.h"

#include <QDate>

namespace servicelens {
class Database;
struct Branch;
} // namespace servicelens

namespace servicelens::kpi {

// One month of the inspection charts.
struct InspectionMonth {
    QDate month;                    // first day
    kpi::InspectionKpis kpis;       // from the KPI engine
    std::optional<double> passRate; // passed / completed
    // Mean score of each section of the template (by section title), over the month's
    // completed inspections of that template.
    std::vector<std::optional<double>> sectionMeans;
};

struct FailedItem {
    QString code;
    BilingualText text;
    BilingualText section;
    int findings = 0; // completed inspections where it was a finding
    int answered = 0; // completed inspections where it was scored
};

struct InspectionAnalysisData {
    std::vector<BilingualText> sections; // of the template analysed (latest version)
    std::vector<InspectionMonth> months; // oldest first
    std::vector<FailedItem> mostFailed;  // most findings first, at most 10
};

// What the inspection charts show: the score trend overall and per section, the pass rate,
// the actions open and overdue at each month end, and the items most often found failing.
// The month figures come from the KPI engine; per-section scores from Scoring.
class InspectionAnalysis final {
public:
    static Result<InspectionAnalysisData> compute(Database &db, const Branch &branch,
                                                  const QString &templateCode, QDate lastMonth,
                                                  int months);
};

} // namespace servicelens::kpi
