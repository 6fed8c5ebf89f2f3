// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewResults.h"
#include "Training.h"

namespace servicelens::team {

// A course proposed to a person for a competency the others rated below the cycle's threshold.
struct TrainingProposal {
    qint64 staffId = 0;
    QString competency; // its code
    double othersMean = 0;
    Course course;
};

// From a cycle's results to the training matrix (issue 23; docs/kpi.md, "Reviews"): for every
// competency whose others' mean (the colleagues' shown groups, pooled) is below the cycle's
// threshold, the courses of the skill areas that build it which the person has never attended.
// Self-ratings alone propose nothing: a blind spot needs someone else to see it.
class ReviewTraining final {
public:
    // The skill areas of the training matrix that build a competency of the shipped
    // questionnaire; none for a competency it does not know.
    static std::vector<SkillArea> areasOf(const QString &competency);
    static Result<std::vector<TrainingProposal>> propose(Database &db, qint64 cycleId);
    // The same from results already computed for the cycle (the results view has them).
    static Result<std::vector<TrainingProposal>> propose(Database &db, const ReviewCycle &cycle,
                                                         const std::vector<PersonResult> &people);
};

} // namespace servicelens::team
