// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "storage/Result.h"

#include <functional>

namespace servicelens {
class Database;
class SqlQuery;
} // namespace servicelens

namespace servicelens::incident {

// A customer to call about an incident, with what the caller needs: the incident's script, the
// customer's phone and order, and how the calls went so far.
struct IncidentCall {
    qint64 contactId = 0;
    qint64 incidentId = 0;
    QString incidentCode;
    QString incidentTitle;
    QString script;
    Severity severity = Severity::Moderate;
    qint64 customerId = 0;
    QString customerName;
    QString phone;
    std::optional<qint64> orderId;
    QString orderNo;
    ContactStatus status = ContactStatus::Due;
    int attempts = 0;
    std::optional<qint64> callBackAt;
    std::optional<qint64> calledAt;
    QString note;
};

// How an incident's calls stand.
struct ContactTally {
    int listed = 0;
    int reached = 0;
    int refused = 0;
    int unreachable = 0; // no answer after every attempt
    int pending = 0;     // still to call, or to call again
};

// The incident's callback list (回访名单): its affected customers (AffectedOrders), each called
// with the incident's script. A call that nobody answers is tried again four hours later, up to
// three attempts; "call back later" comes back at the time asked. Drills and closed incidents
// draw no list: a drill never calls a customer. Each call audited.
class IncidentContacts final {
    Q_DECLARE_TR_FUNCTIONS(IncidentContacts)

public:
    static constexpr int maxAttempts = 3;
    static constexpr qint64 retryAfterSecs = 4 * 3600;

    explicit IncidentContacts(Database &db)
        : m_db(db)
    {}

    // Lists the incident's affected customers not listed yet, at `at`; returns how many were
    // added.
    Result<int> draw(qint64 incidentId, qint64 at, std::optional<qint64> by);
    // Every customer listed for the incident, in the order they were listed.
    Result<std::vector<IncidentCall>> ofIncident(qint64 incidentId) const;
    // The calls to make now for the branch's open incidents: the most severe incident first.
    Result<std::vector<IncidentCall>> toCall(qint64 branchId, qint64 now) const;
    Result<ContactTally> tally(qint64 incidentId) const;
    // A call made at `at`: reached, no answer, refused, or call back at `callBackAt`.
    Status record(qint64 contactId, ContactStatus outcome, std::optional<qint64> callBackAt,
                  const QString &note, std::optional<qint64> caller, qint64 at);

private:
    Result<std::vector<IncidentCall>> select(const QString &where,
                                             const std::function<void(SqlQuery &)> &bind) const;

    Database &m_db;
};

} // namespace servicelens::incident
