// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kpi.h"
#include "team/Review.h"
#include "team/ReviewResults.h"

#include <map>

namespace servicelens {
struct Branch;
}

namespace servicelens::kpi {

// What the orders and surveys measured of each person over the period a review cycle looks back
// on, beside what colleagues perceived (issue 23): the scorecard's figures from the KPI engine,
// so they are KPI.md's. Only technicians have them (the scorecard is theirs).
class ReviewMeasures final {
public:
    // staff id -> the scorecard's figures for the cycle's period.
    static Result<std::map<qint64, TechnicianKpis>> of(Database &db, const Branch &branch,
                                                       const team::ReviewCycle &cycle);
};

// A competency's ratings before and after a training (issue 23): the training-effect analysis
// with a review cycle's ratings as its outcome. The cycle before is the branch's latest whose
// answers were all given before the session; the cycle after, the first whose answers were all
// given after it (a training within a half-year is judged by that half-year's review). For
// each competency the session's course builds (ReviewTraining::areasOf), the attendees' others'
// means in both cycles beside those of the colleagues who did not attend; only people rated in
// both count.
struct RatingChange {
    QString competency;
    int attendees = 0; // rated in both cycles
    int others = 0;
    std::optional<double> attendeesBefore, attendeesAfter;
    std::optional<double> othersBefore, othersAfter;
    // The attendees' changes against the others' (Welch's t-test at 95 %), when each side has
    // three people or more; else unknown.
    std::optional<bool> differs;
};

struct RatingEffect {
    std::optional<team::ReviewCycle> before;
    std::optional<team::ReviewCycle> after;
    std::vector<RatingChange> changes;
};

class TrainingRatingEffect final {
public:
    static Result<RatingEffect> compute(Database &db, qint64 sessionId);
    // Welch's two-sample t-test at 95 % (two-sided): do the means of a and b differ beyond
    // chance? Unknown below three values a side.
    static std::optional<bool> welchDiffers(const std::vector<double> &a,
                                            const std::vector<double> &b);
};

} // namespace servicelens::kpi
