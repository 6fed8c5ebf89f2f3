// SPDX-License-Identifier: GPL-3.0-or-later
#include "Incidents.h"

#include "inspection/CorrectiveAction.h"
#include "org/Branch.h"
#include "storage/AuditLog.h"
#include "storage/AuditedWrite.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UidGenerator.h"
#include "storage/WriteTransaction.h"

namespace servicelens::incident {

Result<Incident> Incidents::openIncident(qint64 incidentId) const
{
    auto found = find(incidentId);
    if (!found)
        return found.error();
    if (!found->isOpen())
        return makeError(ErrorKind::InvalidInput,
                         tr("Incident %1 is closed: it can no longer change.").arg(found->code));
    return found;
}

Result<QString> Incidents::nextCode(qint64 branchId, qint64 openedAt) const
{
    auto branch = BranchRepository(m_db).findById(branchId);
    if (!branch)
        return branch.error();
    if (!*branch)
        return makeError(ErrorKind::NotFound, tr("The incident's branch no longer exists."));
    const QString year = QString::number((*branch)->localTime().localDate(openedAt).year());
    SqlQuery q(m_db, QStringLiteral("SELECT code FROM incident WHERE branch_id = :branch AND code "
                                    "LIKE :year ESCAPE '\\'"));
    q.bind(QStringLiteral(":branch"), branchId)
        .bind(QStringLiteral(":year"), year + QStringLiteral("-%"));
    if (auto s = q.exec(); !s)
        return s.error();
    int last = 0;
    while (q.next())
        last = std::max(last, q.value(0).toString().mid(year.size() + 1).toInt());
    return QStringLiteral("%1-%2").arg(year).arg(last + 1, 3, 10, QLatin1Char('0'));
}

Status Incidents::appendEvent(Database &db, qint64 incidentId, EventKind kind, const QString &text,
                              qint64 at, std::optional<qint64> by)
{
    const QString uid = db.uids().next();
    SqlQuery q(db, QStringLiteral("INSERT INTO incident_event (uid, incident_id, at, kind, text, "
                                  "staff_id, created_at) VALUES (:uid, :incident, :at, :kind, "
                                  ":text, :by, :now)"));
    q.bind(QStringLiteral(":uid"), uid)
        .bind(QStringLiteral(":incident"), incidentId)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":kind"), IncidentNames::code(kind))
        .bind(QStringLiteral(":text"), text)
        .bind(QStringLiteral(":by"), by)
        .bind(QStringLiteral(":now"), db.clock().nowSecsSinceEpoch());
    const QJsonObject entry{
        {QStringLiteral("incident_id"), double(incidentId)},
        {QStringLiteral("at"), double(at)},
        {QStringLiteral("kind"), IncidentNames::code(kind)},
        {QStringLiteral("text"), text},
        {QStringLiteral("staff_id"), by ? QJsonValue(double(*by)) : QJsonValue()}};
    auto written = auditedWrite(db, q, true, QStringLiteral("incident_event"), uid, {}, entry);
    if (!written)
        return written.error();
    return {};
}

Status Incidents::writeScope(qint64 incidentId, const IncidentScope &scope)
{
    SqlQuery period(m_db, QStringLiteral("UPDATE incident SET affected_from = :from, affected_to "
                                         "= :to WHERE id = :id"));
    period.bind(QStringLiteral(":from"), scope.from)
        .bind(QStringLiteral(":to"), scope.to)
        .bind(QStringLiteral(":id"), incidentId);
    if (auto s = period.exec(); !s)
        return s;
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM incident_scope WHERE incident_id = :id"));
    clear.bind(QStringLiteral(":id"), incidentId);
    if (auto s = clear.exec(); !s)
        return s;
    SqlQuery add(m_db, QStringLiteral("INSERT INTO incident_scope (incident_id, kind, value) "
                                      "VALUES (:id, :kind, :value) ON CONFLICT DO NOTHING"));
    for (const ScopeValue &v : scope.values) {
        if (v.value.trimmed().isEmpty())
            continue;
        add.bind(QStringLiteral(":id"), incidentId)
            .bind(QStringLiteral(":kind"), IncidentNames::code(v.kind))
            .bind(QStringLiteral(":value"), v.value.trimmed());
        if (auto s = add.exec(); !s)
            return s;
    }
    return {};
}

Status Incidents::open(Incident &incident, std::optional<qint64> by)
{
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    incident.title = incident.title.trimmed();
    if (incident.title.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("An incident needs a title."));
    if (incident.openedAt == 0)
        incident.openedAt = now;
    if (incident.openedAt > now)
        return makeError(ErrorKind::InvalidInput,
                         tr("An incident cannot be opened ahead of time."));
    if (incident.scope.from && incident.scope.to && *incident.scope.to <= *incident.scope.from)
        return makeError(ErrorKind::InvalidInput,
                         tr("The affected period must end after it starts."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    std::vector<PlanStep> planSteps;
    QString planName;
    if (incident.planId) {
        SqlQuery plan(m_db, QStringLiteral("SELECT scenario, script, name FROM incident_plan "
                                           "WHERE id = :id AND branch_id = :branch"));
        plan.bind(QStringLiteral(":id"), *incident.planId)
            .bind(QStringLiteral(":branch"), incident.branchId);
        if (auto s = plan.exec(); !s)
            return s;
        if (!plan.next())
            return makeError(ErrorKind::NotFound,
                             tr("The incident's contingency plan no longer exists."));
        incident.scenario =
            IncidentNames::scenario(plan.value(0).toString()).value_or(incident.scenario);
        if (incident.script.trimmed().isEmpty())
            incident.script = plan.value(1).toString();
        planName = plan.value(2).toString();
        SqlQuery steps(m_db, QStringLiteral("SELECT text, owner_id, within_hours FROM "
                                            "incident_plan_step WHERE plan_id = :plan ORDER BY "
                                            "position"));
        steps.bind(QStringLiteral(":plan"), *incident.planId);
        auto list = steps.all<PlanStep>([](const SqlQuery &r) {
            return PlanStep{r.value(0).toString(), r.optionalId(1), r.value(2).toInt()};
        });
        if (!list)
            return list.error();
        planSteps = *list;
    }
    auto code = nextCode(incident.branchId, incident.openedAt);
    if (!code)
        return code.error();
    incident.code = *code;
    incident.uid = m_db.uids().next();
    incident.closedAt.reset();
    incident.lessons.clear();
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO incident (uid, branch_id, code, plan_id, scenario, title, "
                         "description, severity, drill, owner_id, script, affected_from, "
                         "affected_to, opened_at, created_at, updated_at) VALUES (:uid, :branch, "
                         ":code, :plan, :scenario, :title, :description, :severity, :drill, "
                         ":owner, :script, :from, :to, :opened, :now, :now)"));
    q.bind(QStringLiteral(":uid"), incident.uid)
        .bind(QStringLiteral(":branch"), incident.branchId)
        .bind(QStringLiteral(":code"), incident.code)
        .bind(QStringLiteral(":plan"), incident.planId)
        .bind(QStringLiteral(":scenario"), IncidentNames::code(incident.scenario))
        .bind(QStringLiteral(":title"), incident.title)
        .bind(QStringLiteral(":description"), incident.description.trimmed())
        .bind(QStringLiteral(":severity"), IncidentNames::code(incident.severity))
        .bind(QStringLiteral(":drill"), incident.drill ? 1 : 0)
        .bind(QStringLiteral(":owner"), incident.ownerId)
        .bind(QStringLiteral(":script"), incident.script.trimmed())
        .bind(QStringLiteral(":from"), incident.scope.from)
        .bind(QStringLiteral(":to"), incident.scope.to)
        .bind(QStringLiteral(":opened"), incident.openedAt)
        .bind(QStringLiteral(":now"), now);
    auto written = auditedWrite(m_db, q, true, QStringLiteral("incident"), incident.uid, {},
                                incident.toJson());
    if (!written)
        return written.error();
    incident.id = *written;
    if (auto s = writeScope(incident.id, incident.scope); !s)
        return s;
    SqlQuery step(m_db, QStringLiteral("INSERT INTO incident_step (incident_id, position, text, "
                                       "owner_id, due_at) VALUES (:incident, :position, :text, "
                                       ":owner, :due)"));
    for (std::size_t i = 0; i < planSteps.size(); ++i) {
        step.bind(QStringLiteral(":incident"), incident.id)
            .bind(QStringLiteral(":position"), int(i + 1))
            .bind(QStringLiteral(":text"), planSteps[i].text)
            .bind(QStringLiteral(":owner"), planSteps[i].ownerId)
            .bind(QStringLiteral(":due"),
                  incident.openedAt + qint64(planSteps[i].withinHours) * 3600);
        if (auto s = step.exec(); !s)
            return s;
    }
    if (auto s = appendEvent(m_db, incident.id, EventKind::Opened, planName, incident.openedAt, by);
        !s)
        return s;
    return tx.commit();
}

Status Incidents::update(const Incident &before, const Incident &after,
                         std::optional<EventKind> kind, const QString &eventText, qint64 eventAt,
                         std::optional<qint64> by)
{
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    SqlQuery q(m_db, QStringLiteral("UPDATE incident SET title = :title, description = "
                                    ":description, severity = :severity, owner_id = :owner, "
                                    "script = :script, closed_at = :closed, lessons = :lessons, "
                                    "updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":title"), after.title)
        .bind(QStringLiteral(":description"), after.description)
        .bind(QStringLiteral(":severity"), IncidentNames::code(after.severity))
        .bind(QStringLiteral(":owner"), after.ownerId)
        .bind(QStringLiteral(":script"), after.script)
        .bind(QStringLiteral(":closed"), after.closedAt)
        .bind(QStringLiteral(":lessons"), after.lessons)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), after.id);
    if (auto s = q.exec(); !s)
        return s;
    if (!(after.scope == before.scope))
        if (auto s = writeScope(after.id, after.scope); !s)
            return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("incident"),
                                       before.uid, before.toJson(), after.toJson());
        !s)
        return s;
    if (!kind)
        return {}; // an edit of the record's words is in the audit, not on the timeline
    return appendEvent(m_db, after.id, *kind, eventText, eventAt, by);
}

Status Incidents::edit(const Incident &incident, std::optional<qint64> by)
{
    if (incident.title.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("An incident needs a title."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = openIncident(incident.id);
    if (!before)
        return before.error();
    Incident after = *before;
    after.title = incident.title.trimmed();
    after.description = incident.description.trimmed();
    after.ownerId = incident.ownerId;
    after.script = incident.script.trimmed();
    if (after.toJson() == before->toJson())
        return {};
    if (auto s = update(*before, after, std::nullopt, {}, 0, by); !s)
        return s;
    return tx.commit();
}

Status Incidents::setSeverity(qint64 incidentId, Severity severity, qint64 at,
                              std::optional<qint64> by)
{
    if (at > m_db.clock().nowSecsSinceEpoch())
        return makeError(ErrorKind::InvalidInput, tr("A change cannot be recorded ahead of time."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = openIncident(incidentId);
    if (!before)
        return before.error();
    if (before->severity == severity)
        return {};
    if (at < before->openedAt)
        return makeError(ErrorKind::InvalidInput,
                         tr("A change cannot be older than the incident."));
    Incident after = *before;
    after.severity = severity;
    if (auto s = update(*before, after, EventKind::Severity, IncidentNames::code(severity), at, by);
        !s)
        return s;
    return tx.commit();
}

Status Incidents::setScope(qint64 incidentId, const IncidentScope &scope, std::optional<qint64> by)
{
    if (scope.from && scope.to && *scope.to <= *scope.from)
        return makeError(ErrorKind::InvalidInput,
                         tr("The affected period must end after it starts."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = openIncident(incidentId);
    if (!before)
        return before.error();
    Incident after = *before;
    after.scope = scope;
    after.scope.values.clear();
    for (const ScopeValue &v : scope.values)
        if (!v.value.trimmed().isEmpty() &&
            std::find(after.scope.values.begin(), after.scope.values.end(),
                      ScopeValue{v.kind, v.value.trimmed()}) == after.scope.values.end())
            after.scope.values.push_back({v.kind, v.value.trimmed()});
    std::sort(after.scope.values.begin(), after.scope.values.end(),
              [](const ScopeValue &a, const ScopeValue &b) {
                  return std::pair(int(a.kind), a.value) < std::pair(int(b.kind), b.value);
              });
    if (after.scope == before->scope)
        return {};
    auto branch = BranchRepository(m_db).findById(before->branchId);
    if (!branch)
        return branch.error();
    const LocalTime local = *branch
                                ? (*branch)->localTime()
                                : LocalTime::inZone(QString::fromLatin1(Branch::defaultTimeZone));
    if (auto s = update(*before, after, EventKind::Scope, describe(after.scope, local),
                        m_db.clock().nowSecsSinceEpoch(), by);
        !s)
        return s;
    return tx.commit();
}

Status Incidents::addNote(qint64 incidentId, const QString &text, qint64 at,
                          std::optional<qint64> by)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A note needs some words."));
    if (at > m_db.clock().nowSecsSinceEpoch())
        return makeError(ErrorKind::InvalidInput, tr("A note cannot be written ahead of time."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto incident = openIncident(incidentId);
    if (!incident)
        return incident.error();
    if (at < incident->openedAt)
        return makeError(ErrorKind::InvalidInput, tr("A note cannot be older than the incident."));
    if (auto s = appendEvent(m_db, incidentId, EventKind::Note, text.trimmed(), at, by); !s)
        return s;
    return tx.commit();
}

Status Incidents::completeStep(qint64 stepId, qint64 at, std::optional<qint64> by)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery step(m_db, QStringLiteral("SELECT incident_id, text, done_at FROM incident_step "
                                       "WHERE id = :id"));
    step.bind(QStringLiteral(":id"), stepId);
    if (auto s = step.exec(); !s)
        return s;
    if (!step.next())
        return makeError(ErrorKind::NotFound, tr("This step no longer exists."));
    const qint64 incidentId = step.value(0).toLongLong();
    const QString text = step.value(1).toString();
    if (!step.value(2).isNull())
        return makeError(ErrorKind::InvalidInput, tr("This step is already done."));
    auto incident = openIncident(incidentId);
    if (!incident)
        return incident.error();
    if (at < incident->openedAt || at > m_db.clock().nowSecsSinceEpoch())
        return makeError(ErrorKind::InvalidInput,
                         tr("A step is done after the incident opened and not ahead of time."));
    SqlQuery done(m_db, QStringLiteral("UPDATE incident_step SET done_at = :at, done_by = :by "
                                       "WHERE id = :id"));
    done.bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":by"), by)
        .bind(QStringLiteral(":id"), stepId);
    if (auto s = done.exec(); !s)
        return s;
    if (auto s = appendEvent(m_db, incidentId, EventKind::Step, text, at, by); !s)
        return s;
    return tx.commit();
}

Status Incidents::addAction(qint64 incidentId, inspection::CorrectiveAction &action,
                            std::optional<qint64> by)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto incident = openIncident(incidentId);
    if (!incident)
        return incident.error();
    action.source = inspection::ActionSource::Incident;
    action.branchId = incident->branchId;
    if (auto s = inspection::ActionRepository(m_db).create(action); !s)
        return s;
    SqlQuery link(m_db, QStringLiteral("INSERT INTO incident_action (incident_id, action_id) "
                                       "VALUES (:incident, :action)"));
    link.bind(QStringLiteral(":incident"), incidentId).bind(QStringLiteral(":action"), action.id);
    if (auto s = link.exec(); !s)
        return s;
    if (auto s = appendEvent(m_db, incidentId, EventKind::Action, action.description.trimmed(),
                             action.createdAt, by);
        !s)
        return s;
    return tx.commit();
}

Status Incidents::close(qint64 incidentId, const QString &lessons, qint64 at,
                        std::optional<qint64> by)
{
    if (lessons.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("Closing an incident asks for the lessons learnt."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = openIncident(incidentId);
    if (!before)
        return before.error();
    if (at < before->openedAt || at > m_db.clock().nowSecsSinceEpoch())
        return makeError(ErrorKind::InvalidInput,
                         tr("An incident closes after it opened and not ahead of time."));
    Incident after = *before;
    after.closedAt = at;
    after.lessons = lessons.trimmed();
    if (auto s = update(*before, after, EventKind::Closed, after.lessons, at, by); !s)
        return s;
    return tx.commit();
}

} // namespace servicelens::incident
