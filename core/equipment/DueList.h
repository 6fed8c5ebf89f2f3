// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MaintenanceSchedule.h"

#include <QJsonObject>
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
};

struct DueItem {
    QString equipment;
    QString plan;
    QDate due;
    int overdueDays = 0; // calendar days past due; negative: due in that many days
};

// The due list (issue 22; `servicelens equipment due`): every plan due by a date or within the
// week after it, the most overdue first. A plan never carried out is due from its start; a usage
// plan is listed once its counter has reached the threshold.
class DueList final {
public:
    static constexpr int soonDays = 7;

    static std::vector<DueItem> compute(const std::vector<PlanState> &plans, QDate today,
                                        const flow::WorkingCalendar &calendar);
    // `equipment due --json`: {"date": …, "due": [{"equipment", "plan", "due", "overdue_days"}]}.
    static QJsonObject toJson(QDate today, const std::vector<DueItem> &items);
};

} // namespace servicelens::equipment
