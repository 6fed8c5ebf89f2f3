// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrainingEffect.h"

#include "storage/Result.h"

#include <QDate>

#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::kpi {

// Orders' outcomes in a group (docs/kpi.md, Knowledge): the KPI terms over the orders closed
// in the period — resolution in working days, first-time fix and reopened over the orders whose
// visits and reopen count are known.
struct OutcomeGroup {
    qint64 orders = 0;
    std::vector<int> resolutionWd;
    GroupRate firstTimeFix;
    GroupRate reopened;

    std::optional<double> resolutionMean() const;
};

// Does the library help? For one fault code with an approved case.
struct CaseEffectRow {
    QString faultCode;
    QString caseTitle;        // its first approved case
    QDate approved;           // when the first was approved (the branch's day)
    OutcomeGroup withCase;    // orders of the period a case was used on
    OutcomeGroup withoutCase; // the others of the code
    OutcomeGroup before;      // orders of the code closed in the twelve months before the approval
    OutcomeGroup after;       // and after it, within the period
    bool firstTimeFixDiffers = false; // with against without: two-proportion test at 95 %
    bool reopenDiffers = false;
};

// A fault code with orders in the period and no approved case, and what its orders cost.
struct CaseGap {
    QString faultCode;
    qint64 orders = 0;
    qint64 workingDays = 0; // Σ resolution working days of its closed orders
    std::optional<double> resolutionMean;
};

// A phrase orders without a fault code keep saying, that no case holds.
struct PhraseGap {
    QString phrase;
    qint64 orders = 0; // among the descriptions read
};

struct KnowledgeReport {
    QDate from;                         // first day of the first month
    QDate to;                           // last day of the last month
    std::vector<CaseEffectRow> effects; // by orders with a case, most first
    std::vector<CaseGap> gaps;          // most working days first
    std::vector<PhraseGap> phrases;     // most orders first
    qint64 descriptionsRead = 0;        // orders without a code whose descriptions were read
    qint64 ordersWithoutCode = 0;       // closed in the period without a fault code

    static constexpr int descriptionsLimit = 5000; // the newest, for the phrases

    // `history`: also the orders of each code in the twelve months before its approval (the
    // before/after comparison, which reads further back); without it only the months asked.
    static Result<KnowledgeReport> compute(Database &db, QDate firstMonth, QDate lastMonth,
                                           bool history = true);
};

} // namespace servicelens::kpi
