// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Review.h"
#include "storage/Result.h"

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::team {

enum class GoalOutcome { Open, Achieved, Partly, NotAchieved, Dropped };

class GoalOutcomeNames final {
    Q_DECLARE_TR_FUNCTIONS(GoalOutcomeNames)

public:
    static QString code(GoalOutcome outcome); // open, achieved, partly, not_achieved, dropped
    static QString label(GoalOutcome outcome);
    static const char *labelSource(GoalOutcome outcome); // context "GoalOutcomeNames"
    static std::optional<GoalOutcome> parse(const QString &code);
};

// One goal of a person's development plan after a cycle's results: the competency it builds
// (a questionnaire's, or none), the goal, the actions that reach it, by when; then, reviewed at
// a later cycle, how it went.
struct DevelopmentGoal {
    qint64 id = 0;
    QString uid;
    qint64 cycleId = 0;
    qint64 staffId = 0;
    QString competency;
    QString goal;
    QString actions;
    QDate dueOn; // invalid: no date
    GoalOutcome outcome = GoalOutcome::Open;
    std::optional<qint64> reviewedIn; // the cycle at which it was reviewed
    QString reviewNote;
};

// Development plans (issue 23): written after a cycle's results, reviewed at the next cycle.
// Every change is audited. A plan whose goals have been reviewed is history and no longer
// changes.
class DevelopmentPlans final {
    Q_DECLARE_TR_FUNCTIONS(DevelopmentPlans)

public:
    explicit DevelopmentPlans(Database &db)
        : m_db(db)
    {}

    // A person's goals after a cycle, in their order.
    Result<std::vector<DevelopmentGoal>> plan(qint64 cycleId, qint64 staffId) const;
    // Every goal written after a cycle, by person then order (the individual and team reports).
    Result<std::vector<DevelopmentGoal>> plans(qint64 cycleId) const;
    // Replaces a person's plan after a cycle with these goals (each needs words; a competency
    // must be one the cycle's questionnaire rates). Refused once any goal of it was reviewed.
    Status setPlan(qint64 cycleId, qint64 staffId, std::vector<DevelopmentGoal> goals);
    // How a goal of an earlier cycle went, judged at `cycleId` (a later cycle of the branch).
    Status review(qint64 goalId, qint64 cycleId, GoalOutcome outcome, const QString &note);

private:
    Database &m_db;
};

} // namespace servicelens::team
