// SPDX-License-Identifier: GPL-3.0-or-later
// Incidents, the reading side: the branch's incidents with their scopes, one incident, its steps
// and timeline, and its scope in words (the changes are in Incidents.cpp).
#include "Incidents.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace servicelens::incident {

namespace {

const QString selectIncident = QStringLiteral(
    "SELECT id, uid, branch_id, code, plan_id, scenario, title, description, severity, drill, "
    "owner_id, script, affected_from, affected_to, opened_at, closed_at, lessons FROM incident ");

Incident incidentOf(const SqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.uid = q.value(1).toString();
    i.branchId = q.value(2).toLongLong();
    i.code = q.value(3).toString();
    i.planId = q.optionalId(4);
    i.scenario = IncidentNames::scenario(q.value(5).toString()).value_or(Scenario::Other);
    i.title = q.value(6).toString();
    i.description = q.value(7).toString();
    i.severity = IncidentNames::severity(q.value(8).toString()).value_or(Severity::Moderate);
    i.drill = q.value(9).toInt() != 0;
    i.ownerId = q.optionalId(10);
    i.script = q.value(11).toString();
    i.scope.from = q.optionalId(12);
    i.scope.to = q.optionalId(13);
    i.openedAt = q.value(14).toLongLong();
    i.closedAt = q.optionalId(15);
    i.lessons = q.value(16).toString();
    return i;
}

// The scope's values of every incident of a branch (or of one incident), by incident id.
Status loadScopes(const Database &db, std::vector<Incident> &incidents, const QString &where,
                  const QString &placeholder, qint64 key)
{
    SqlQuery q(db, QStringLiteral("SELECT s.incident_id, s.kind, s.value FROM incident_scope s "
                                  "JOIN incident i ON i.id = s.incident_id WHERE %1 ORDER BY "
                                  "s.incident_id, s.kind, s.value")
                       .arg(where));
    q.bind(placeholder, key);
    if (auto s = q.exec(); !s)
        return s;
    while (q.next()) {
        const auto kind = IncidentNames::scopeKind(q.value(1).toString());
        if (!kind)
            continue;
        for (Incident &i : incidents)
            if (i.id == q.value(0).toLongLong())
                i.scope.values.push_back({*kind, q.value(2).toString()});
    }
    return {};
}

} // namespace
Result<std::vector<Incident>> Incidents::list(qint64 branchId) const
{
    SqlQuery q(m_db, selectIncident + QStringLiteral("WHERE branch_id = :branch ORDER BY "
                                                     "opened_at DESC, id DESC"));
    q.bind(QStringLiteral(":branch"), branchId);
    auto incidents = q.all<Incident>(incidentOf);
    if (!incidents)
        return incidents.error();
    if (auto s = loadScopes(m_db, *incidents, QStringLiteral("i.branch_id = :branch"),
                            QStringLiteral(":branch"), branchId);
        !s)
        return s.error();
    return incidents;
}

Result<Incident> Incidents::find(qint64 incidentId) const
{
    SqlQuery q(m_db, selectIncident + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), incidentId);
    auto found = q.all<Incident>(incidentOf);
    if (!found)
        return found.error();
    if (found->empty())
        return makeError(ErrorKind::NotFound, tr("This incident no longer exists."));
    if (auto s = loadScopes(m_db, *found, QStringLiteral("i.id = :id"), QStringLiteral(":id"),
                            incidentId);
        !s)
        return s.error();
    return found->front();
}

Result<std::vector<IncidentStep>> Incidents::steps(qint64 incidentId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT s.id, s.position, s.text, s.owner_id, "
                                    "coalesce(o.name, ''), s.due_at, s.done_at, s.done_by, "
                                    "coalesce(d.name, '') FROM incident_step s LEFT JOIN staff o "
                                    "ON o.id = s.owner_id LEFT JOIN staff d ON d.id = s.done_by "
                                    "WHERE s.incident_id = :incident ORDER BY s.position"));
    q.bind(QStringLiteral(":incident"), incidentId);
    return q.all<IncidentStep>([](const SqlQuery &r) {
        IncidentStep s;
        s.id = r.value(0).toLongLong();
        s.position = r.value(1).toInt();
        s.text = r.value(2).toString();
        s.ownerId = r.optionalId(3);
        s.ownerName = r.value(4).toString();
        s.dueAt = r.value(5).toLongLong();
        s.doneAt = r.optionalId(6);
        s.doneBy = r.optionalId(7);
        s.doneByName = r.value(8).toString();
        return s;
    });
}

Result<std::vector<IncidentEvent>> Incidents::timeline(qint64 incidentId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT e.id, e.at, e.kind, e.text, e.staff_id, "
                                    "coalesce(s.name, '') FROM incident_event e LEFT JOIN staff s "
                                    "ON s.id = e.staff_id WHERE e.incident_id = :incident ORDER "
                                    "BY e.at, e.id"));
    q.bind(QStringLiteral(":incident"), incidentId);
    return q.all<IncidentEvent>([](const SqlQuery &r) {
        IncidentEvent e;
        e.id = r.value(0).toLongLong();
        e.at = r.value(1).toLongLong();
        e.kind = IncidentNames::eventKind(r.value(2).toString()).value_or(EventKind::Note);
        e.text = r.value(3).toString();
        e.staffId = r.optionalId(4);
        e.staffName = r.value(5).toString();
        return e;
    });
}

QString Incidents::describe(const IncidentScope &scope, const LocalTime &local)
{
    const auto when = [&local](qint64 t) {
        return local.localDateTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    QStringList parts;
    if (scope.from || scope.to)
        parts << QStringLiteral("%1 – %2").arg(scope.from ? when(*scope.from) : QStringLiteral("…"),
                                               scope.to ? when(*scope.to) : QStringLiteral("…"));
    for (ScopeKind kind : allScopeKinds) {
        const auto values = scope.valuesOf(kind);
        if (!values.empty())
            parts << QStringList(values.begin(), values.end()).join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace servicelens::incident
