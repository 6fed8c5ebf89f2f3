// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentContacts.h"

#include "AffectedOrders.h"
#include "Incidents.h"
#include "storage/AuditedWrite.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UidGenerator.h"
#include "storage/WriteTransaction.h"

namespace servicelens::incident {

namespace {

QJsonValue json(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonObject toJson(const IncidentCall &c)
{
    return {{QStringLiteral("incident_id"), double(c.incidentId)},
            {QStringLiteral("customer_id"), double(c.customerId)},
            {QStringLiteral("order_id"), json(c.orderId)},
            {QStringLiteral("status"), IncidentNames::code(c.status)},
            {QStringLiteral("attempts"), c.attempts},
            {QStringLiteral("call_back_at"), json(c.callBackAt)},
            {QStringLiteral("called_at"), json(c.calledAt)},
            {QStringLiteral("note"), c.note}};
}

} // namespace

Result<std::vector<IncidentCall>>
IncidentContacts::select(const QString &where, const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT k.id, k.incident_id, i.code, i.title, i.script, i.severity, "
                         "k.customer_id, c.name, c.phone, k.order_id, coalesce(o.order_no, ''), "
                         "k.status, k.attempts, k.call_back_at, k.called_at, k.note FROM "
                         "incident_contact k JOIN incident i ON i.id = k.incident_id JOIN customer "
                         "c ON c.id = k.customer_id LEFT JOIN service_order o ON o.id = "
                         "k.order_id WHERE %1")
                         .arg(where));
    bind(q);
    return q.all<IncidentCall>([](const SqlQuery &r) {
        IncidentCall c;
        c.contactId = r.value(0).toLongLong();
        c.incidentId = r.value(1).toLongLong();
        c.incidentCode = r.value(2).toString();
        c.incidentTitle = r.value(3).toString();
        c.script = r.value(4).toString();
        c.severity = IncidentNames::severity(r.value(5).toString()).value_or(Severity::Moderate);
        c.customerId = r.value(6).toLongLong();
        c.customerName = r.value(7).toString();
        c.phone = r.value(8).toString();
        c.orderId = r.optionalId(9);
        c.orderNo = r.value(10).toString();
        c.status =
            IncidentNames::contactStatus(r.value(11).toString()).value_or(ContactStatus::Due);
        c.attempts = r.value(12).toInt();
        c.callBackAt = r.optionalId(13);
        c.calledAt = r.optionalId(14);
        c.note = r.value(15).toString();
        return c;
    });
}

Result<int> IncidentContacts::draw(qint64 incidentId, qint64 at, std::optional<qint64> by)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto incident = Incidents(m_db).find(incidentId);
    if (!incident)
        return incident.error();
    if (incident->drill)
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is a drill: a drill never calls customers.").arg(incident->code));
    if (!incident->isOpen())
        return makeError(
            ErrorKind::InvalidInput,
            tr("Incident %1 is closed: it calls nobody any more.").arg(incident->code));
    if (at < incident->openedAt || at > m_db.clock().nowSecsSinceEpoch())
        return makeError(ErrorKind::InvalidInput,
                         tr("A callback list is drawn after the incident opened and not ahead "
                            "of time."));
    auto orders = AffectedOrders(m_db).orders(*incident);
    if (!orders)
        return orders.error();
    const auto customers = AffectedOrders::customers(*orders);
    SqlQuery listed(m_db, QStringLiteral("SELECT 1 FROM incident_contact WHERE incident_id = "
                                         ":incident AND customer_id = :customer"));
    SqlQuery add(m_db, QStringLiteral("INSERT INTO incident_contact (uid, incident_id, "
                                      "customer_id, order_id, created_at) VALUES (:uid, "
                                      ":incident, :customer, :order, :now)"));
    int added = 0;
    for (const AffectedCustomer &c : customers) {
        listed.bind(QStringLiteral(":incident"), incidentId)
            .bind(QStringLiteral(":customer"), c.customerId);
        auto there = listed.scalar();
        if (!there)
            return there.error();
        if (there->isValid())
            continue;
        IncidentCall call;
        call.incidentId = incidentId;
        call.customerId = c.customerId;
        call.orderId = c.latestOrderId;
        const QString uid = m_db.uids().next();
        add.bind(QStringLiteral(":uid"), uid)
            .bind(QStringLiteral(":incident"), incidentId)
            .bind(QStringLiteral(":customer"), c.customerId)
            .bind(QStringLiteral(":order"), c.latestOrderId)
            .bind(QStringLiteral(":now"), at);
        auto written = auditedWrite(m_db, add, true, QStringLiteral("incident_contact"), uid, {},
                                    toJson(call));
        if (!written)
            return written.error();
        ++added;
    }
    if (auto s = Incidents::appendEvent(m_db, incidentId, EventKind::Contacts,
                                        QStringLiteral("%1/%2").arg(added).arg(customers.size()),
                                        at, by);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return added;
}

Result<std::vector<IncidentCall>> IncidentContacts::ofIncident(qint64 incidentId) const
{
    return select(QStringLiteral("k.incident_id = :incident ORDER BY k.id"),
                  [incidentId](SqlQuery &q) { q.bind(QStringLiteral(":incident"), incidentId); });
}

Result<std::vector<IncidentCall>> IncidentContacts::toCall(qint64 branchId, qint64 now) const
{
    return select(
        QStringLiteral(
            "i.branch_id = :branch AND i.closed_at IS NULL AND i.drill = 0 AND (k.status = 'due' "
            "OR (k.status = 'call_back' AND k.call_back_at <= :now) OR (k.status = 'no_answer' "
            "AND k.attempts < :attempts AND k.called_at <= :retry)) ORDER BY CASE i.severity WHEN "
            "'critical' THEN 0 WHEN 'major' THEN 1 WHEN 'moderate' THEN 2 ELSE 3 END, i.opened_at, "
            "k.id"),
        [branchId, now](SqlQuery &q) {
            q.bind(QStringLiteral(":branch"), branchId)
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":attempts"), maxAttempts)
                .bind(QStringLiteral(":retry"), now - retryAfterSecs);
        });
}

Result<ContactTally> IncidentContacts::tally(qint64 incidentId) const
{
    auto calls = ofIncident(incidentId);
    if (!calls)
        return calls.error();
    ContactTally t;
    for (const IncidentCall &c : *calls) {
        ++t.listed;
        switch (c.status) {
        case ContactStatus::Reached:
            ++t.reached;
            break;
        case ContactStatus::Refused:
            ++t.refused;
            break;
        case ContactStatus::NoAnswer:
            ++(c.attempts >= maxAttempts ? t.unreachable : t.pending);
            break;
        case ContactStatus::Due:
        case ContactStatus::CallBack:
            ++t.pending;
            break;
        }
    }
    return t;
}

Status IncidentContacts::record(qint64 contactId, ContactStatus outcome,
                                std::optional<qint64> callBackAt, const QString &note,
                                std::optional<qint64> caller, qint64 at)
{
    if (outcome == ContactStatus::Due)
        return makeError(ErrorKind::InvalidInput, tr("A call ends reached, unanswered, refused "
                                                     "or to call back."));
    if (outcome == ContactStatus::CallBack && (!callBackAt || *callBackAt <= at))
        return makeError(ErrorKind::InvalidInput,
                         tr("Calling back later needs a time after this call."));
    if (at > m_db.clock().nowSecsSinceEpoch())
        return makeError(ErrorKind::InvalidInput, tr("A call cannot be recorded ahead of time."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto found = select(QStringLiteral("k.id = :id"),
                        [contactId](SqlQuery &q) { q.bind(QStringLiteral(":id"), contactId); });
    if (!found)
        return found.error();
    if (found->empty())
        return makeError(ErrorKind::NotFound, tr("This customer is no longer on the list."));
    const IncidentCall before = found->front();
    SqlQuery closed(m_db, QStringLiteral("SELECT closed_at IS NOT NULL FROM incident WHERE id = "
                                         ":id"));
    closed.bind(QStringLiteral(":id"), before.incidentId);
    if (auto s = closed.exec(); !s || !closed.next())
        return s ? makeError(ErrorKind::NotFound, tr("This incident no longer exists.")) : s;
    if (closed.value(0).toBool())
        return makeError(
            ErrorKind::InvalidInput,
            tr("Incident %1 is closed: it calls nobody any more.").arg(before.incidentCode));
    IncidentCall after = before;
    after.status = outcome;
    after.attempts = before.attempts + 1;
    after.calledAt = at;
    after.callBackAt = outcome == ContactStatus::CallBack ? callBackAt : std::nullopt;
    if (!note.trimmed().isEmpty())
        after.note = note.trimmed();
    SqlQuery uid(m_db, QStringLiteral("SELECT uid FROM incident_contact WHERE id = :id"));
    uid.bind(QStringLiteral(":id"), contactId);
    auto contactUid = uid.scalar();
    if (!contactUid)
        return contactUid.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE incident_contact SET status = :status, attempts = "
                                    ":attempts, call_back_at = :back, called_at = :at, caller_id "
                                    "= :caller, note = :note WHERE id = :id"));
    q.bind(QStringLiteral(":status"), IncidentNames::code(after.status))
        .bind(QStringLiteral(":attempts"), after.attempts)
        .bind(QStringLiteral(":back"), after.callBackAt)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":caller"), caller)
        .bind(QStringLiteral(":note"), after.note)
        .bind(QStringLiteral(":id"), contactId);
    auto written = auditedWrite(m_db, q, false, QStringLiteral("incident_contact"),
                                contactUid->toString(), toJson(before), toJson(after));
    if (!written)
        return written.error();
    return tx.commit();
}

} // namespace servicelens::incident
