// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDuties.h"

#include "ReportText.h"
#include "equipment/Breakdowns.h"
#include "equipment/DueList.h"
#include "equipment/Equipment.h"
#include "equipment/EquipmentDue.h"
#include "equipment/Reliability.h"
#include "flow/CalendarRepository.h"
#include "incident/IncidentContacts.h"
#include "incident/Incidents.h"
#include "org/Branch.h"

#include <QHash>

namespace servicelens::report {

namespace {

Status addEquipment(Database &db, const Branch &branch, QDate first, MonthlyReport &r)
{
    const LocalTime local = branch.localTime();
    const qint64 start = local.startOfDay(first);
    const qint64 end = local.startOfDay(first.addMonths(1));
    const QDate last = first.addMonths(1).addDays(-1);
    auto calendar = flow::CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    auto pieces = equipment::EquipmentRegister(db).list(branch.id);
    if (!pieces)
        return pieces.error();
    QHash<qint64, const equipment::Equipment *> byId;
    for (const equipment::Equipment &e : *pieces)
        byId.insert(e.id, &e);
    const auto nameOf = [&byId](qint64 id) {
        const auto *e = byId.value(id);
        return e ? std::pair(e->code, e->name) : std::pair(QString(), QString());
    };

    auto states = equipment::EquipmentDue::states(db, last, branch.id);
    if (!states)
        return states.error();
    for (const equipment::DueItem &i : equipment::DueList::compute(*states, last, *calendar))
        r.maintenanceDue.push_back(
            {i.equipment, nameOf(i.equipmentId).second, i.plan, i.due, i.overdueDays});

    equipment::Breakdowns breakdowns(db);
    auto overlapping = breakdowns.overlapping(branch.id, start, end);
    if (!overlapping)
        return overlapping.error();
    for (const equipment::BreakdownRecord &b : *overlapping) {
        auto waits = breakdowns.waits(b.id);
        if (!waits)
            return waits.error();
        const auto [code, name] = nameOf(b.equipmentId);
        const qint64 up = b.upAt.value_or(end);
        r.breakdowns.push_back({code, name, b.downAt, b.upAt,
                                equipment::Reliability::workingHours(
                                    std::max(b.downAt, start), std::min(up, end), *calendar, local),
                                b.fault, int(waits->size())});
    }
    return {};
}

Status addIncidents(Database &db, const Branch &branch, QDate first, const ReportText &tx,
                    MonthlyReport &r)
{
    const LocalTime local = branch.localTime();
    const qint64 start = local.startOfDay(first);
    const qint64 end = local.startOfDay(first.addMonths(1));
    auto incidents = incident::Incidents(db).list(branch.id);
    if (!incidents)
        return incidents.error();
    incident::IncidentContacts contacts(db);
    // list() gives the latest first; the report reads them as they were opened.
    for (auto it = incidents->rbegin(); it != incidents->rend(); ++it) {
        const incident::Incident &i = *it;
        const bool during = i.openedAt < end && (!i.closedAt || *i.closedAt >= start);
        if (!during)
            continue;
        auto tally = contacts.tally(i.id);
        if (!tally)
            return tally.error();
        ReportIncident row;
        row.code = i.code;
        row.title = i.title;
        row.scenario =
            tx.translate("IncidentNames", incident::IncidentNames::labelSource(i.scenario));
        row.severity =
            tx.translate("IncidentNames", incident::IncidentNames::labelSource(i.severity));
        row.drill = i.drill;
        row.openedAt = i.openedAt;
        if (i.closedAt && *i.closedAt < end)
            row.closedAt = i.closedAt;
        row.listed = tally->listed;
        row.reached = tally->reached;
        r.incidents.push_back(row);
    }
    return {};
}

} // namespace

Status ReportDuties::add(Database &db, const Branch &branch, QDate month, const ReportText &tx,
                         MonthlyReport &r)
{
    if (auto s = addEquipment(db, branch, month, r); !s)
        return s;
    return addIncidents(db, branch, month, tx, r);
}

} // namespace servicelens::report
