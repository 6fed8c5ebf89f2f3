// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/Kpi.h"
#include "team/DevelopmentPlans.h"
#include "team/ReviewResults.h"
#include "team/ReviewTraining.h"
#include "team/ReviewTrend.h"

#include <map>

namespace servicelens {
class Database;
}

namespace servicelens::report {

// What every person's report of a cycle shares, computed once (the results view keeps it while
// the user moves from person to person): the cycle's results, the previous cycle's others'
// means, and the scorecard's figures of the period reviewed.
struct ReviewCycleData {
    QString language;
    QString branchName;
    team::ReviewCycle cycle;
    std::vector<QString> competencies;
    std::map<QString, QString> labels; // competency or open question code -> its words
    std::vector<team::PersonResult> people;
    team::ReviewTrend trend;
    std::map<qint64, kpi::TechnicianKpis> measured; // by staff id

    // `language`: "en" or "zh_CN".
    static Result<ReviewCycleData> build(Database &db, qint64 cycleId, const QString &language);
};

// One person's 360-degree review as a whole (issue 23), for the results' person panel and the
// individual report: each shown group, the gaps, the trend against the previous cycle, what the
// orders and surveys measured over the period reviewed, the training proposed, the plan written
// after this cycle and the one written after the previous cycle, to review now.
struct ReviewReport {
    QString language;
    QString branchName;
    team::ReviewCycle cycle;
    std::optional<team::ReviewCycle> previous;
    std::vector<QString> competencies;           // in the questionnaire's order
    std::map<QString, QString> labels;           // competency or open question code -> its words
    team::PersonResult person;                   // empty groups when nobody answered
    std::map<QString, double> previousOthers;    // competency -> the previous cycle's others' mean
    std::optional<kpi::TechnicianKpis> measured; // technicians only
    std::vector<team::TrainingProposal> proposals;
    std::vector<team::DevelopmentGoal> plan;
    std::vector<team::DevelopmentGoal> previousPlan;

    QString label(const QString &code) const;
    std::optional<double> othersMean(const QString &competency) const;
    std::optional<double> gap(const QString &competency) const;

    // `language`: "en" or "zh_CN".
    static Result<ReviewReport> build(Database &db, qint64 cycleId, qint64 staffId,
                                      const QString &language);
    // From the cycle's shared data: only the person's plans and proposals are read.
    static Result<ReviewReport> of(Database &db, const ReviewCycleData &data, qint64 staffId);
};

} // namespace servicelens::report
