// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "common/LocalTime.h"
#include "storage/Result.h"

namespace servicelens {
class Database;
}
namespace servicelens::inspection {
struct CorrectiveAction;
}

namespace servicelens::incident {

// The life of an incident (危机处理): opened, under a contingency plan whose steps it then
// runs; its severity and scope changed as it becomes clearer; notes, steps done and
// corrective actions on its timeline; closed with the lessons learnt. The timeline only grows
// (the table refuses changes) and each entry is also an audit record. Drills run the same way
// and are kept out of every figure. (Incidents.cpp changes them; IncidentReads.cpp reads them.)
class Incidents final {
    Q_DECLARE_TR_FUNCTIONS(Incidents)

public:
    explicit Incidents(Database &db)
        : m_db(db)
    {}

    // The branch's incidents, the latest opened first, with their scopes.
    Result<std::vector<Incident>> list(qint64 branchId) const;
    Result<Incident> find(qint64 incidentId) const;

    // Opens an incident (id 0; its id, uid and code set): under its plan when it names one,
    // whose steps become the incident's (due the plan's hours after the opening) and whose
    // script it takes when it has none of its own. Not in the future; a title is required.
    Status open(Incident &incident, std::optional<qint64> by);
    // Title, description, owner and script, while it is open.
    Status edit(const Incident &incident, std::optional<qint64> by);
    Status setSeverity(qint64 incidentId, Severity severity, qint64 at, std::optional<qint64> by);
    // What it touched (IncidentScope); the customers already listed to call stay listed.
    Status setScope(qint64 incidentId, const IncidentScope &scope, std::optional<qint64> by);
    Status addNote(qint64 incidentId, const QString &text, qint64 at, std::optional<qint64> by);
    Status completeStep(qint64 stepId, qint64 at, std::optional<qint64> by);
    // A corrective action from the incident (source Incident, its branch), on the timeline at
    // its creation (now, unless the action says when).
    Status addAction(qint64 incidentId, inspection::CorrectiveAction &action,
                     std::optional<qint64> by);
    // Closes it at `at` with the lessons learnt, which it must have.
    Status close(qint64 incidentId, const QString &lessons, qint64 at, std::optional<qint64> by);

    Result<std::vector<IncidentStep>> steps(qint64 incidentId) const;
    // The timeline, in order.
    Result<std::vector<IncidentEvent>> timeline(qint64 incidentId) const;

    // Appends an entry to the timeline, with its audit record, in the caller's transaction.
    static Status appendEvent(Database &db, qint64 incidentId, EventKind kind, const QString &text,
                              qint64 at, std::optional<qint64> by);
    // The scope as one line: the period and the values ("2026-05-01 – 2026-06-01 · XQB80").
    static QString describe(const IncidentScope &scope, const LocalTime &local);

private:
    // The incident, refused when closed.
    Result<Incident> openIncident(qint64 incidentId) const;
    Status writeScope(qint64 incidentId, const IncidentScope &scope);
    Status update(const Incident &before, const Incident &after, std::optional<EventKind> kind,
                  const QString &eventText, qint64 eventAt, std::optional<qint64> by);
    Result<QString> nextCode(qint64 branchId, qint64 openedAt) const;

    Database &m_db;
};

} // namespace servicelens::incident
