// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewResults.h"

namespace servicelens::team {

// A cycle against the one before it (issue 23): each person's others' mean per competency in
// the previous cycle, beside this one's. The previous cycle is the branch's latest that began
// before this one, closed or not; both sides come from ReviewResults, so a hidden group is
// hidden in the trend too.
struct ReviewTrend {
    std::optional<ReviewCycle> previous;
    // staff id -> the previous cycle's others' means, in its questionnaire's order.
    std::map<qint64, std::vector<std::pair<QString, double>>> previousOthers;

    std::optional<double> before(qint64 staffId, const QString &competency) const;

    static Result<std::optional<ReviewCycle>> previousCycle(Database &db, const ReviewCycle &cycle);
    static Result<ReviewTrend> of(Database &db, const ReviewCycle &cycle);
};

// The competencies across a team (issue 23): per team and competency, the people whose others'
// mean is shown, the spread of those means and how many fall below the cycle's threshold. Built
// from the shown results only, so it tells nothing the people's results do not.
struct TeamCompetency {
    QString team; // the staff's team, or their role's name when they have none
    QString competency;
    int people = 0;
    double mean = 0; // of the people's means
    double lowest = 0;
    double highest = 0;
    int below = 0; // people under the threshold
};

class ReviewTeams final {
public:
    // In the order of the teams' names, then the questionnaire's competencies.
    static Result<std::vector<TeamCompetency>>
    distribution(Database &db, const ReviewCycle &cycle, const std::vector<PersonResult> &people);
};

} // namespace servicelens::team
