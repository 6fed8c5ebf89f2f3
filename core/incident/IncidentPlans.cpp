// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentPlans.h"

#include "storage/AuditedWrite.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UidGenerator.h"
#include "storage/WriteTransaction.h"

namespace servicelens::incident {

namespace {

IncidentPlan planOf(const SqlQuery &q)
{
    IncidentPlan p;
    p.id = q.value(0).toLongLong();
    p.uid = q.value(1).toString();
    p.branchId = q.value(2).toLongLong();
    p.scenario = IncidentNames::scenario(q.value(3).toString()).value_or(Scenario::Other);
    p.name = q.value(4).toString();
    p.script = q.value(5).toString();
    p.active = q.value(6).toInt() != 0;
    return p;
}

const QString selectPlan =
    QStringLiteral("SELECT id, uid, branch_id, scenario, name, script, active FROM incident_plan ");

} // namespace

Result<std::vector<IncidentPlan>> IncidentPlans::list(qint64 branchId) const
{
    SqlQuery q(m_db, selectPlan + QStringLiteral("WHERE branch_id = :branch ORDER BY name, id"));
    q.bind(QStringLiteral(":branch"), branchId);
    auto plans = q.all<IncidentPlan>(planOf);
    if (!plans)
        return plans.error();
    SqlQuery steps(m_db, QStringLiteral("SELECT s.plan_id, s.text, s.owner_id, s.within_hours "
                                        "FROM incident_plan_step s JOIN incident_plan p ON p.id = "
                                        "s.plan_id WHERE p.branch_id = :branch ORDER BY "
                                        "s.plan_id, s.position"));
    steps.bind(QStringLiteral(":branch"), branchId);
    if (auto s = steps.exec(); !s)
        return s.error();
    while (steps.next())
        for (IncidentPlan &p : *plans)
            if (p.id == steps.value(0).toLongLong())
                p.steps.push_back(
                    {steps.value(1).toString(), steps.optionalId(2), steps.value(3).toInt()});
    return plans;
}

Result<IncidentPlan> IncidentPlans::find(qint64 planId) const
{
    SqlQuery q(m_db, selectPlan + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), planId);
    auto found = q.first<IncidentPlan>(planOf);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, tr("This contingency plan no longer exists."));
    IncidentPlan plan = **found;
    SqlQuery steps(m_db, QStringLiteral("SELECT text, owner_id, within_hours FROM "
                                        "incident_plan_step WHERE plan_id = :plan ORDER BY "
                                        "position"));
    steps.bind(QStringLiteral(":plan"), planId);
    auto list = steps.all<PlanStep>([](const SqlQuery &r) {
        return PlanStep{r.value(0).toString(), r.optionalId(1), r.value(2).toInt()};
    });
    if (!list)
        return list.error();
    plan.steps = *list;
    return plan;
}

Status IncidentPlans::check(const IncidentPlan &plan) const
{
    if (plan.name.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A contingency plan needs a name."));
    if (plan.steps.empty())
        return makeError(ErrorKind::InvalidInput,
                         tr("A contingency plan needs at least one step."));
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps[i].text.trimmed().isEmpty())
            return makeError(ErrorKind::InvalidInput,
                             tr("Step %1 of the plan says nothing to do.").arg(i + 1));
        if (plan.steps[i].withinHours < 0)
            return makeError(
                ErrorKind::InvalidInput,
                tr("Step %1 of the plan is due before the incident opens.").arg(i + 1));
    }
    SqlQuery same(m_db, QStringLiteral("SELECT count(*) FROM incident_plan WHERE branch_id = "
                                       ":branch AND name = :name AND id <> :id"));
    same.bind(QStringLiteral(":branch"), plan.branchId)
        .bind(QStringLiteral(":name"), plan.name.trimmed())
        .bind(QStringLiteral(":id"), plan.id);
    auto taken = same.scalar();
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return makeError(ErrorKind::InvalidInput,
                         tr("The branch already has a plan named %1.").arg(plan.name.trimmed()));
    return {};
}

Status IncidentPlans::save(IncidentPlan &plan)
{
    plan.name = plan.name.trimmed();
    for (PlanStep &s : plan.steps)
        s.text = s.text.trimmed();
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto s = check(plan); !s)
        return s;
    const bool isNew = plan.id == 0;
    QJsonObject before;
    if (!isNew) {
        auto old = find(plan.id);
        if (!old)
            return old.error();
        before = old->toJson();
        plan.uid = old->uid;
        plan.branchId = old->branchId;
    } else {
        plan.uid = m_db.uids().next();
    }
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    SqlQuery q(m_db, isNew ? QStringLiteral("INSERT INTO incident_plan (uid, branch_id, scenario, "
                                            "name, script, active, created_at, updated_at) "
                                            "VALUES (:uid, :branch, :scenario, :name, :script, "
                                            ":active, :now, :now)")
                           : QStringLiteral("UPDATE incident_plan SET scenario = :scenario, name "
                                            "= :name, script = :script, active = :active, "
                                            "updated_at = :now WHERE id = :id"));
    if (isNew)
        q.bind(QStringLiteral(":uid"), plan.uid).bind(QStringLiteral(":branch"), plan.branchId);
    else
        q.bind(QStringLiteral(":id"), plan.id);
    q.bind(QStringLiteral(":scenario"), IncidentNames::code(plan.scenario))
        .bind(QStringLiteral(":name"), plan.name)
        .bind(QStringLiteral(":script"), plan.script.trimmed())
        .bind(QStringLiteral(":active"), plan.active ? 1 : 0)
        .bind(QStringLiteral(":now"), now);
    auto written = auditedWrite(m_db, q, isNew, QStringLiteral("incident_plan"), plan.uid, before,
                                plan.toJson());
    if (!written)
        return written.error();
    if (isNew)
        plan.id = *written;
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM incident_plan_step WHERE plan_id = :plan"));
    clear.bind(QStringLiteral(":plan"), plan.id);
    if (auto s = clear.exec(); !s)
        return s;
    SqlQuery step(m_db, QStringLiteral("INSERT INTO incident_plan_step (plan_id, position, text, "
                                       "owner_id, within_hours) VALUES (:plan, :position, :text, "
                                       ":owner, :hours)"));
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        step.bind(QStringLiteral(":plan"), plan.id)
            .bind(QStringLiteral(":position"), int(i + 1))
            .bind(QStringLiteral(":text"), plan.steps[i].text)
            .bind(QStringLiteral(":owner"), plan.steps[i].ownerId)
            .bind(QStringLiteral(":hours"), plan.steps[i].withinHours);
        if (auto s = step.exec(); !s)
            return s;
    }
    return tx.commit();
}

Result<int> IncidentPlans::addSuggested(qint64 branchId)
{
    auto existing = list(branchId);
    if (!existing)
        return existing.error();
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    int added = 0;
    for (IncidentPlan plan : suggested()) {
        const bool taken =
            std::any_of(existing->begin(), existing->end(),
                        [&plan](const IncidentPlan &p) { return p.name == plan.name; });
        if (taken)
            continue;
        plan.branchId = branchId;
        if (auto s = save(plan); !s)
            return s.error();
        ++added;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return added;
}

std::vector<IncidentPlan> IncidentPlans::suggested()
{
    auto plan = [](Scenario scenario, const QString &name, const QString &script,
                   std::vector<std::pair<QString, int>> steps) {
        IncidentPlan p;
        p.scenario = scenario;
        p.name = name;
        p.script = script;
        for (auto &[text, hours] : steps)
            p.steps.push_back({text, std::nullopt, hours});
        return p;
    };
    return {
        plan(Scenario::Recall, tr("Product recall"),
             tr("Hello, this is the service centre. The product you bought from us is part of a "
                "recall: we will check or replace it free of charge. When may we come, or when "
                "can you bring it in?"),
             {{tr("Stop installing and selling the affected products; set the stock aside"), 2},
              {tr("Report to head office and the maker's quality department"), 2},
              {tr("Set the incident's scope and draw the list of affected customers"), 4},
              {tr("Get spare parts and replacement units ready"), 48},
              {tr("Call every affected customer with the script and book the check"), 72},
              {tr("Report progress to head office every day until every customer is reached"),
               168}}),
        plan(Scenario::Outage, tr("System outage"),
             tr("Hello, this is the service centre. A system failure delayed your service order, "
                "and we apologise. The system is working again and your order now goes first."),
             {{tr("Switch to paper service orders and the printed phone list"), 1},
              {tr("Tell IT support and head office"), 1},
              {tr("Tell customers at the counter and on the hotline"), 2},
              {tr("Enter the paper orders once the system is back"), 24},
              {tr("Call the customers whose orders were delayed"), 48}}),
        plan(Scenario::Complaints, tr("Mass complaints"),
             tr("Hello, this is the service centre, calling about your complaint. We have found "
                "the cause and this is what we will do for you:"),
             {{tr("Name one person to answer every complaint about the matter"), 2},
              {tr("Find the common cause: product, batch, technician or policy"), 24},
              {tr("Agree the remedy with head office"), 24},
              {tr("Call every complaining customer back with the remedy"), 72},
              {tr("Review the complaints at the next team meeting"), 168}}),
        plan(Scenario::Safety, tr("Safety accident"), QString(),
             {{tr("Make the scene safe, give first aid, call 120 or 119 when needed"), 0},
              {tr("Report to the branch manager and head office"), 1},
              {tr("Keep the scene and the evidence; take photos"), 2},
              {tr("Find the cause and write it down"), 48},
              {tr("Train the team again on the safety rule that failed"), 168}}),
        plan(Scenario::Disaster, tr("Natural disaster or disruption"),
             tr("Hello, this is the service centre. Because of the weather we must move your "
                "visit. When would suit you?"),
             {{tr("Check that everyone in the team is safe"), 1},
              {tr("Close or move the service point; say so on the hotline"), 2},
              {tr("Move the equipment and the parts stock out of harm's way"), 4},
              {tr("Call the customers with booked visits and book them again"), 24},
              {tr("Report the damage and the reopening date to head office"), 48}}),
    };
}

} // namespace servicelens::incident
