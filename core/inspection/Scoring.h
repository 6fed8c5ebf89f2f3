// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InspectionTemplate.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace servicelens::inspection {

// One answer to one item. na: not applicable (never scored). Otherwise the field of the item's
// type holds the value: passed (pass_fail), rating (rating5, 1-5), number, text; photo items are
// answered by their photos.
struct Answer {
    qint64 itemId = 0;
    QString itemCode;
    bool na = false;
    std::optional<bool> passed;
    std::optional<int> rating;
    std::optional<double> number;
    QString text;
    QString note;
    qint64 answeredAt = 0;

    // Whether the answer carries a value for an item of this type (or says n/a).
    bool answers(ItemType type) const;
    bool operator==(const Answer &o) const;
};

struct ScoreResult {
    std::optional<double> score; // 0-100, null when no item is scored
    bool passed = false;
    QStringList failedCritical; // item codes, in template order
    int scoredItems = 0;        // items that counted in the score
    int unanswered = 0;         // scored-type items without an answer (drafts)
};

// KPI.md "Inspections and corrective actions", the one place that scores an inspection.
class Scoring final {
public:
    // The fraction an answer earns: pass_fail 1/0; rating5 (r − 1) / 4; number 1 inside
    // [min, max] (a missing bound is open), else 0. Null when not scored: n/a, no value, or a
    // text or photo item.
    static std::optional<double> fraction(const TemplateItem &item, const Answer *answer);
    // 100 × Σ(weight × fraction) / Σ(weight) over scored items; passes when the score reaches
    // the template's pass score and no critical item has fraction 0.
    static ScoreResult score(const InspectionTemplate &t, const std::vector<Answer> &answers);
    // The same score over each section's items alone, in template order (null when a section
    // has no scored answer).
    static std::vector<std::optional<double>> sectionScores(const InspectionTemplate &t,
                                                            const std::vector<Answer> &answers);
    // A finding is a scored answer that earned less than half: a fail, a number out of range, a
    // rating of 1 or 2. Findings are what corrective actions and repeat findings are about.
    static bool isFinding(const TemplateItem &item, const Answer *answer);
};

} // namespace servicelens::inspection
