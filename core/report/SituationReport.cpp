// SPDX-License-Identifier: GPL-3.0-or-later
#include "SituationReport.h"

#include "flow/Customer.h"
#include "incident/AffectedOrders.h"
#include "incident/IncidentPlans.h"
#include "incident/Incidents.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "storage/Clock.h"
#include "storage/Database.h"

namespace servicelens::report {

using namespace incident;

int SituationReport::stepsOpen() const
{
    return int(
        std::count_if(steps.begin(), steps.end(), [](const IncidentStep &s) { return !s.doneAt; }));
}

int SituationReport::actionsOpen() const
{
    return int(std::count_if(actions.begin(), actions.end(),
                             [](const inspection::ActionListRow &a) { return a.action.isOpen(); }));
}

Result<SituationReport> SituationReport::build(Database &db, qint64 incidentId,
                                               const QString &language)
{
    Incidents incidents(db);
    auto incident = incidents.find(incidentId);
    if (!incident)
        return incident.error();
    auto branch = BranchRepository(db).findById(incident->branchId);
    if (!branch)
        return branch.error();
    SituationReport r;
    r.language = language;
    r.incident = *incident;
    r.local = *branch ? (*branch)->localTime()
                      : LocalTime::inZone(QString::fromLatin1(Branch::defaultTimeZone));
    r.branchName = *branch ? (*branch)->name : QString();
    r.now = db.clock().nowSecsSinceEpoch();
    r.writtenAt = r.wall(r.now);
    if (incident->planId)
        if (auto plan = IncidentPlans(db).find(*incident->planId))
            r.planName = plan->name;
    if (incident->ownerId)
        if (auto lead = org::StaffRepository(db).findById(*incident->ownerId); lead && *lead)
            r.leadName = (*lead)->name;
    r.scope = Incidents::describe(incident->scope, r.local);
    auto steps = incidents.steps(incidentId);
    auto timeline = incidents.timeline(incidentId);
    auto orders = AffectedOrders(db).orders(*incident);
    IncidentContacts contacts(db);
    auto calls = contacts.ofIncident(incidentId);
    auto tally = contacts.tally(incidentId);
    inspection::ActionFilter filter;
    filter.branchId = incident->branchId;
    filter.incidentId = incidentId;
    auto actions = inspection::ActionRepository(db).list(filter);
    if (!steps)
        return steps.error();
    if (!timeline)
        return timeline.error();
    if (!orders)
        return orders.error();
    if (!calls)
        return calls.error();
    if (!tally)
        return tally.error();
    if (!actions)
        return actions.error();
    r.steps = std::move(*steps);
    r.timeline = std::move(*timeline);
    r.affectedOrders = int(orders->size());
    r.affectedOpenOrders = int(std::count_if(orders->begin(), orders->end(),
                                             [](const AffectedOrder &o) { return !o.closed; }));
    r.affectedCustomers = int(AffectedOrders::customers(*orders).size());
    r.calls = *tally;
    r.contacts = std::move(*calls);
    for (IncidentCall &c : r.contacts)
        c.phone = flow::Customer::maskPhone(c.phone);
    r.actions = std::move(*actions);
    return r;
}

} // namespace servicelens::report
