// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Review.h"
#include "io/OrderedJson.h"
#include "storage/Result.h"

#include <map>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::team {

// One rater group's view of a person: its answers' count and each competency's mean.
struct GroupResult {
    RaterGroup group = RaterGroup::Peer;
    int n = 0; // forms answered (customers: surveys)
    // Each competency (its code) with its mean rating (1–5), in the questionnaire's order.
    std::vector<std::pair<QString, std::optional<double>>> competencies;
    std::optional<double> mean(const QString &competency) const;
};

// A person's results in a cycle (docs/kpi.md, "Reviews"): the groups that may be shown, the gap
// of each competency between the others and the person themself, and what was written, in no
// order that says who wrote it.
struct PersonResult {
    qint64 staffId = 0;
    QString code;
    QString name;
    std::vector<GroupResult> groups; // shown groups, in the order of raterGroups
    std::vector<RaterGroup> hidden;  // groups answered but under three answers
    // The others' mean (the colleagues' shown groups, pooled by answer) per competency they
    // rated, and its difference from the person's own, in the questionnaire's order.
    std::vector<std::pair<QString, double>> othersMeans;
    std::vector<std::pair<QString, double>> gaps;
    std::map<QString, QStringList> comments; // open question code -> texts, sorted
};

// A cycle's results with the three-answer rule: peers, other departments and customers are shown
// only with at least three answers (self and manager always, labelled as one person's view).
// "Others" are the shown groups of colleagues (manager, peers, other departments), pooled by
// answer; customers come from the callback surveys answered within the period reviewed about the
// orders the person handled (their dimensions mapped to the competencies: docs/kpi.md).
class ReviewResults final {
public:
    static constexpr int minimumAnswers = 3;

    // The competencies: the questionnaire's rated questions' dimensions, in its order.
    static Result<std::vector<QString>> competencies(Database &db, qint64 cycleId);
    // `withCustomers` false leaves the customers' group out (it is most of the work on a big
    // workbook): for the trend and the training effect, which use the others' means only.
    static Result<std::vector<PersonResult>> compute(Database &db, qint64 cycleId,
                                                     bool withCustomers = true);
    // `review results --json` (docs/formats.md): the shown groups only.
    static io::OrderedJson toJson(const QString &cycleCode,
                                  const std::vector<PersonResult> &people);
};

} // namespace servicelens::team
