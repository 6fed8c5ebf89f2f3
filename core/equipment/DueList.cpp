// SPDX-License-Identifier: GPL-3.0-or-later
#include "DueList.h"

#include <algorithm>

namespace servicelens::equipment {

std::optional<QDate> DueList::dueOf(const PlanState &p, const flow::WorkingCalendar &calendar)
{
    if (p.schedule.cadence == Cadence::Usage)
        return MaintenanceSchedule::usageDue(p.schedule, p.lastReading, p.readings);
    if (!p.lastDone.isValid())
        return p.since.isValid() ? std::optional<QDate>(p.since) : std::nullopt;
    return MaintenanceSchedule::nextDue(p.schedule, p.lastDone, calendar, p.expiry);
}

std::vector<DueItem> DueList::compute(const std::vector<PlanState> &plans, QDate today,
                                      const flow::WorkingCalendar &calendar)
{
    std::vector<DueItem> items;
    for (const PlanState &p : plans) {
        const std::optional<QDate> due = dueOf(p, calendar);
        if (!due || today.daysTo(*due) > soonDays)
            continue;
        items.push_back({p.branch, p.equipment, p.plan, p.equipmentId, p.planId, *due,
                         MaintenanceSchedule::overdueDays(*due, today)});
    }
    std::stable_sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) {
        if (a.overdueDays != b.overdueDays)
            return a.overdueDays > b.overdueDays;
        if (a.branch != b.branch)
            return a.branch < b.branch;
        return a.equipment != b.equipment ? a.equipment < b.equipment : a.plan < b.plan;
    });
    return items;
}

io::OrderedJson DueList::toJson(QDate today, const std::vector<DueItem> &items)
{
    using io::OrderedJson;
    OrderedJson due = OrderedJson::array();
    for (const DueItem &i : items)
        due.append(std::move(
            OrderedJson::object()
                .add(QStringLiteral("equipment"), OrderedJson::string(i.equipment))
                .add(QStringLiteral("plan"), OrderedJson::string(i.plan))
                .add(QStringLiteral("due"), OrderedJson::string(i.due.toString(Qt::ISODate)))
                .add(QStringLiteral("overdue_days"), OrderedJson::number(i.overdueDays))
                .add(QStringLiteral("branch"), OrderedJson::string(i.branch))));
    return std::move(
        OrderedJson::object()
            .add(QStringLiteral("date"), OrderedJson::string(today.toString(Qt::ISODate)))
            .add(QStringLiteral("due"), std::move(due)));
}

} // namespace servicelens::equipment
