// SPDX-License-Identifier: GPL-3.0-or-later
#include "DueList.h"

#include <QJsonArray>

#include <algorithm>

namespace servicelens::equipment {

std::vector<DueItem> DueList::compute(const std::vector<PlanState> &plans, QDate today,
                                      const flow::WorkingCalendar &calendar)
{
    std::vector<DueItem> items;
    for (const PlanState &p : plans) {
        std::optional<QDate> due;
        if (p.schedule.cadence == Cadence::Usage)
            due = MaintenanceSchedule::usageDue(p.schedule, p.lastReading, p.readings);
        else if (!p.lastDone.isValid())
            due = p.since.isValid() ? std::optional<QDate>(p.since) : std::nullopt;
        else
            due = MaintenanceSchedule::nextDue(p.schedule, p.lastDone, calendar, p.expiry);
        if (!due || today.daysTo(*due) > soonDays)
            continue;
        items.push_back({p.equipment, p.plan, *due, MaintenanceSchedule::overdueDays(*due, today)});
    }
    std::stable_sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) {
        if (a.overdueDays != b.overdueDays)
            return a.overdueDays > b.overdueDays;
        return a.equipment != b.equipment ? a.equipment < b.equipment : a.plan < b.plan;
    });
    return items;
}

QJsonObject DueList::toJson(QDate today, const std::vector<DueItem> &items)
{
    QJsonArray due;
    for (const DueItem &i : items)
        due.append(QJsonObject{{QStringLiteral("equipment"), i.equipment},
                               {QStringLiteral("plan"), i.plan},
                               {QStringLiteral("due"), i.due.toString(Qt::ISODate)},
                               {QStringLiteral("overdue_days"), i.overdueDays}});
    return {{QStringLiteral("date"), today.toString(Qt::ISODate)}, {QStringLiteral("due"), due}};
}

} // namespace servicelens::equipment
