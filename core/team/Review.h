// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace servicelens::team {

// Who gave a review: the person themself, their manager, peers, other departments; customers
// only in the results, from the callback surveys of the orders they handled.
enum class RaterGroup { Self, Manager, Peer, Other, Customer };
inline constexpr std::array<RaterGroup, 4> raterGroups = {RaterGroup::Self, RaterGroup::Manager,
                                                          RaterGroup::Peer, RaterGroup::Other};

class ReviewNames final {
    Q_DECLARE_TR_FUNCTIONS(ReviewNames)

public:
    static QString code(RaterGroup group); // "self", "manager", "peer", "other", "customer"
    static QString label(RaterGroup group);
    // The label's words before translation (context "ReviewNames"), for printed documents in
    // a language of their own.
    static const char *labelSource(RaterGroup group);
    // The rater's part on a form: "as a peer", "as their manager"…
    static QString asRater(RaterGroup group);
    static std::optional<RaterGroup> group(const QString &code);
    // Self and manager are one person each: shown whatever their count, and labelled so.
    static bool exempt(RaterGroup group)
    {
        return group == RaterGroup::Self || group == RaterGroup::Manager;
    }
};

// A review cycle (2026 上半年): its questionnaire, the period it looks back on, the days it takes
// answers, the threshold below which a competency proposes training; closed when its answers are
// in (its codes are then deleted).
struct ReviewCycle {
    qint64 id = 0;
    QString uid;
    qint64 branchId = 0;
    QString code;
    QString name;
    qint64 surveyId = 0;
    QDate opensOn; // the days answers are taken
    QDate closesOn;
    // The period reviewed (2026-01-01 to 2026-06-30): customers' view and measured figures.
    // Invalid when created: the cycle's own days.
    QDate periodFrom;
    QDate periodTo;
    double threshold = 3.0;
    std::optional<qint64> closedAt;

    bool isOpen() const { return !closedAt.has_value(); }
};

// Who rates whom, in which group (the self group: the person themself).
struct RaterAssignment {
    qint64 subjectId = 0;
    qint64 raterId = 0;
    RaterGroup group = RaterGroup::Peer;
};

// A one-time code as it is printed: for a person and a group, never for a named rater.
struct IssuedCode {
    qint64 subjectId = 0;
    QString subjectName;
    RaterGroup group = RaterGroup::Peer;
    QString code;
};

// What a code opens: the form for one person and group.
struct ReviewForm {
    qint64 cycleId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    RaterGroup group = RaterGroup::Peer;
};

// One answer of a form: a rating 1–5 for a competency question, or words for an open one.
struct ReviewAnswer {
    qint64 questionId = 0;
    std::optional<int> rating;
    QString text;
};

} // namespace servicelens::team
