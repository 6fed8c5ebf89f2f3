// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace servicelens {
class Database;
struct Branch;
} // namespace servicelens

namespace servicelens::kpi {

// A rate over a group of people in a window: hits of n.
struct GroupRate {
    qint64 hits = 0;
    qint64 n = 0;
    std::optional<double> rate() const;
};

struct MeasureChange {
    QString measure; // first_time_fix, sla_met, reopen, csat
    GroupRate attendeesBefore;
    GroupRate attendeesAfter;
    GroupRate othersBefore;
    GroupRate othersAfter;
    // Before against after within each group: a two-proportion z-test at 95 %.
    bool attendeesChanged = false;
    bool othersChanged = false;
};

struct TrainingEffectResult {
    QDate sessionDay;
    int days = 0;
    int attendees = 0; // technicians among them, with a full before window
    int others = 0;
    std::optional<double> meanGain; // assessment post − pre
    std::vector<MeasureChange> measures;
};

// Did a training change results? For the attendees, each rate in the N days before the session
// against the N days after it, beside the same change for the colleagues who did not attend
// over the same dates; people who joined after the before-window began are left out of both
// groups. Figures come from the KPI engine (computePeriod), so they are KPI.md's definitions.
class TrainingEffect final {
    Q_DECLARE_TR_FUNCTIONS(TrainingEffect)

public:
    static Result<TrainingEffectResult> compute(Database &db, const Branch &branch,
                                                qint64 sessionId, int days);
    // Two-proportion z-test (pooled) at 95 %: are a and b different beyond chance?
    static bool differs(const GroupRate &a, const GroupRate &b);
    static QString measureLabel(const QString &measure);
};

} // namespace servicelens::kpi
