// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MaintenanceSchedule.h"

#include "io/OrderedJson.h"

#include <QString>

namespace servicelens::equipment {

// Where one plan of one piece of equipment stands: what the due list needs to know.
struct PlanState {
    QString equipment; // its code
    QString plan;      // the plan's name
    Schedule schedule;
    QDate lastDone; // the last maintenance under the plan; invalid when never carried out
    QDate since;    // the plan's start: when never carried out, it is due from then
    std::optional<QDate> expiry;        // a calibration certificate's own expiry
    double lastReading = 0;             // Usage: the counter at the last maintenance
    std::vector<UsageReading> readings; // Usage: the readings since, oldest first
    QString branch;                     // the branch's code
    qint64 equipmentId = 0;
    qint64 planId = 0;
};

struct DueItem {
    QString branch;
    QString equipment;
    QString plan;
    qint64 equipmentId = 0;
    qint64 planId = 0;
    QDate due;
    int overdueDays = 0; // calendar days past due; negative: due in that many days
};

// The due list (issue 22; `servicelens equipment due`): every plan due by a date or within the
// week after it, the most overdue first. A plan never carried out is due from its start; a usage
// plan is listed once its counter has reached the threshold.
class DueList final {
public:
    static constexpr int soonDays = 7;

    // When the plan is next due, wherever that is (none: a usage plan whose counter has not
    // reached its threshold, or a plan without a period).
    static std::optional<QDate> dueOf(const PlanState &plan, const flow::WorkingCalendar &calendar);
    static std::vector<DueItem> compute(const std::vector<PlanState> &plans, QDate today,
                                        const flow::WorkingCalendar &calendar);
    // `equipment due --json`: {"date": …, "due": [{"branch", "equipment", "plan", "due",
    // "overdue_days"}]}.
    // Keys in that order.
    static io::OrderedJson toJson(QDate today, const std::vector<DueItem> &items);
};

} // namespace servicelens::equipment
