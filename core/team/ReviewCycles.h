// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Review.h"
#include "storage/Result.h"

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::team {

// A 360-degree review cycle's life (issue 23), anonymous by design (docs/kpi.md, "Reviews"):
// the raters of each person are named to invite them; then as many one-time codes per person
// and group as raters were named, printed and handed out in any order within the group; a code
// opens one form and is used up by its answers, which are kept with the person and the group
// only — no code, no rater, no time, under a random key. The use of a code is not audited (the
// record's time would tie the answer to it); the answers' record names the person and the group.
// Closing counts the codes per person and group, then deletes them.
class ReviewCycles final {
    Q_DECLARE_TR_FUNCTIONS(ReviewCycles)

public:
    explicit ReviewCycles(Database &db)
        : m_db(db)
    {}

    Result<std::vector<ReviewCycle>> list(qint64 branchId) const;
    Result<ReviewCycle> find(qint64 cycleId) const;
    Result<std::optional<ReviewCycle>> findByCode(qint64 branchId, const QString &code) const;
    // A new cycle (id 0): a code of the branch's own, a name, its questionnaire, its days.
    Status create(ReviewCycle &cycle);

    // Who rates whom, replacing the cycle's list; refused once codes are issued.
    Status setRaters(qint64 cycleId, const std::vector<RaterAssignment> &raters);
    Result<std::vector<RaterAssignment>> raters(qint64 cycleId) const;
    // A start to adapt: everyone active in customer service or technical support reviewed by
    // themself, the first manager, up to six colleagues of their role and up to three of the
    // other roles (not managers).
    Result<std::vector<RaterAssignment>> suggestedRaters(qint64 branchId) const;
    // One code per named rater, grouped by person and group and shuffled within each: the only
    // time the codes are seen. Refused once issued, or for a closed cycle.
    Result<std::vector<IssuedCode>> issueCodes(qint64 cycleId);

    // The form a code opens, while the cycle is open and the code unused; the same message for
    // a code that never was and one used up, so that trying codes tells nothing.
    Result<ReviewForm> openForm(qint64 branchId, const QString &code) const;
    // The form's answers, with the code that opened it, used up with them.
    Status submit(qint64 branchId, const QString &code, const std::vector<ReviewAnswer> &answers);
    // Counts each person's and group's codes (asked, answered), deletes the codes.
    Status close(qint64 cycleId);

    // The code as the table keys it.
    static QString hashOf(const QString &code);

private:
    Status closeCycle(qint64 cycleId);

    Database &m_db;
};

} // namespace servicelens::team
