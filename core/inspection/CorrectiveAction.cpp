// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectiveAction.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

namespace servicelens::inspection {

namespace {

const QString entity = QStringLiteral("corrective_action");

const char *const actionColumns =
    "c.id, c.uid, c.branch_id, c.source, c.inspection_id, c.item_id, c.order_id, c.description, "
    "c.owner_id, c.due_date, c.priority, c.status, c.created_at, c.done_at, c.verified_at, "
    "c.verifier_id, c.verify_note";

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

CorrectiveAction actionFrom(const SqlQuery &q)
{
    CorrectiveAction a;
    a.id = q.value(0).toLongLong();
    a.uid = q.value(1).toString();
    a.branchId = q.value(2).toLongLong();
    a.source = ActionNames::source(q.value(3).toString()).value_or(ActionSource::Other);
    a.inspectionId = optionalId(q.value(4));
    a.itemId = optionalId(q.value(5));
    a.orderId = optionalId(q.value(6));
    a.description = q.value(7).toString();
    a.ownerId = optionalId(q.value(8));
    a.due = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    a.priority = flow::FlowNames::priority(q.value(10).toString()).value_or(flow::Priority::Normal);
    a.status = ActionNames::status(q.value(11).toString()).value_or(ActionStatus::Open);
    a.createdAt = q.value(12).toLongLong();
    a.doneAt = optionalId(q.value(13));
    a.verifiedAt = optionalId(q.value(14));
    a.verifierId = optionalId(q.value(15));
    a.verifyNote = q.value(16).toString();
    return a;
}

QJsonValue idJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue();
}

QJsonObject toJson(const CorrectiveAction &a)
{
    return {{QStringLiteral("source"), ActionNames::code(a.source)},
            {QStringLiteral("inspection_id"), idJson(a.inspectionId)},
            {QStringLiteral("item_id"), idJson(a.itemId)},
            {QStringLiteral("order_id"), idJson(a.orderId)},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("owner_id"), idJson(a.ownerId)},
            {QStringLiteral("due"), a.due.toString(Qt::ISODate)},
            {QStringLiteral("priority"), flow::FlowNames::code(a.priority)},
            {QStringLiteral("status"), ActionNames::code(a.status)},
            {QStringLiteral("done_at"), idJson(a.doneAt)},
            {QStringLiteral("verified_at"), idJson(a.verifiedAt)},
            {QStringLiteral("verifier_id"), idJson(a.verifierId)},
            {QStringLiteral("verify_note"), a.verifyNote}};
}

} // namespace

QString ActionNames::code(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::InProgress:
        return QStringLiteral("in_progress");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Verified:
        return QStringLiteral("verified");
    }
    return {};
}

QString ActionNames::label(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::Verified:
        return tr("Verified");
    }
    return {};
}

std::optional<ActionStatus> ActionNames::status(const QString &text)
{
    for (ActionStatus s : allActionStatuses)
        if (text.trimmed().compare(code(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString ActionNames::code(ActionSource source)
{
    switch (source) {
    case ActionSource::Inspection:
        return QStringLiteral("inspection");
    case ActionSource::Complaint:
        return QStringLiteral("complaint");
    case ActionSource::Survey:
        return QStringLiteral("survey");
    case ActionSource::Incident:
        return QStringLiteral("incident");
    case ActionSource::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString ActionNames::label(ActionSource source)
{
    switch (source) {
    case ActionSource::Inspection:
        return tr("Inspection");
    case ActionSource::Complaint:
        return tr("Complaint");
    case ActionSource::Survey:
        return tr("Survey");
    case ActionSource::Incident:
        return tr("Incident");
    case ActionSource::Other:
        return tr("Other");
    }
    return {};
}

std::optional<ActionSource> ActionNames::source(const QString &text)
{
    for (ActionSource s : {ActionSource::Inspection, ActionSource::Complaint, ActionSource::Survey,
                           ActionSource::Incident, ActionSource::Other})
        if (text.trimmed().compare(code(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

Status ActionRepository::create(CorrectiveAction &a)
{
    if (a.description.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("A corrective action needs a description of what must change."));
    if (!a.due.isValid())
        return makeError(ErrorKind::InvalidInput, tr("A corrective action needs a due date."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    a.uid = m_db.uids().next();
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    if (a.createdAt == 0)
        a.createdAt = now;
    // An imported action may arrive in progress, done or verified; a new one starts open.
    const bool finished = a.status == ActionStatus::Done || a.status == ActionStatus::Verified;
    if (finished && !a.doneAt)
        return makeError(ErrorKind::InvalidInput,
                         tr("A done or verified action needs the time it was done."));
    SqlQuery q(m_db,
               QStringLiteral(
                   "INSERT INTO corrective_action (uid, branch_id, source, inspection_id, item_id, "
                   "order_id, description, owner_id, due_date, priority, status, created_at, "
                   "done_at, verified_at, verifier_id, verify_note, updated_at) VALUES (:uid, "
                   ":branch, :source, :inspection, :item, :order, :description, :owner, :due, "
                   ":priority, :status, :created, :done, :verified, :verifier, :note, :now)"));
    q.bind(QStringLiteral(":uid"), a.uid)
        .bind(QStringLiteral(":branch"), a.branchId)
        .bind(QStringLiteral(":source"), ActionNames::code(a.source))
        .bind(QStringLiteral(":inspection"), a.inspectionId)
        .bind(QStringLiteral(":item"), a.itemId)
        .bind(QStringLiteral(":order"), a.orderId)
        .bind(QStringLiteral(":description"), a.description.trimmed())
        .bind(QStringLiteral(":owner"), a.ownerId)
        .bind(QStringLiteral(":due"), a.due.toString(Qt::ISODate))
        .bind(QStringLiteral(":priority"), flow::FlowNames::code(a.priority))
        .bind(QStringLiteral(":status"), ActionNames::code(a.status))
        .bind(QStringLiteral(":created"), a.createdAt)
        .bind(QStringLiteral(":done"),
              a.status == ActionStatus::Done || a.status == ActionStatus::Verified ? a.doneAt
                                                                                   : std::nullopt)
        .bind(QStringLiteral(":verified"), a.status == ActionStatus::Verified
                                               ? a.verifiedAt.value_or(*a.doneAt)
                                               : std::optional<qint64>())
        .bind(QStringLiteral(":verifier"), a.verifierId)
        .bind(QStringLiteral(":note"), a.verifyNote)
        .bind(QStringLiteral(":now"), now);
    if (auto s = q.exec(); !s) {
        if (a.verifierId && a.verifierId == a.ownerId)
            return makeError(ErrorKind::InvalidInput,
                             tr("An action is verified by someone other than its owner."));
        return s;
    }
    a.id = q.lastInsertId();
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Insert, entity, a.uid, {}, toJson(a)); !s)
        return s;
    return tx.commit();
}

Status ActionRepository::transition(qint64 id, const std::vector<ActionStatus> &from,
                                    ActionStatus to,
                                    const std::function<Status(const CorrectiveAction &)> &write)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto found = findById(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, tr("The corrective action no longer exists."));
    const CorrectiveAction before = **found;
    if (std::find(from.begin(), from.end(), before.status) == from.end())
        return makeError(ErrorKind::InvalidInput,
                         tr("An action that is “%1” cannot become “%2”.")
                             .arg(ActionNames::label(before.status), ActionNames::label(to)));
    if (auto s = write(before); !s)
        return s;
    auto after = findById(id);
    if (!after)
        return after.error();
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, entity, before.uid, toJson(before),
                                       toJson(**after));
        !s)
        return s;
    return tx.commit();
}

Status ActionRepository::update(const CorrectiveAction &a)
{
    if (a.description.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("A corrective action needs a description of what must change."));
    if (!a.due.isValid())
        return makeError(ErrorKind::InvalidInput, tr("A corrective action needs a due date."));
    return transition(
        a.id, {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done}, a.status,
        [&](const CorrectiveAction &before) -> Status {
            if (before.verifierId && a.ownerId == before.verifierId)
                return makeError(ErrorKind::InvalidInput,
                                 tr("An action is verified by someone other than its owner."));
            SqlQuery q(m_db, QStringLiteral("UPDATE corrective_action SET description = :d, "
                                            "owner_id = :owner, due_date = :due, priority = :p, "
                                            "updated_at = :now WHERE id = :id"));
            q.bind(QStringLiteral(":d"), a.description.trimmed())
                .bind(QStringLiteral(":owner"), a.ownerId)
                .bind(QStringLiteral(":due"), a.due.toString(Qt::ISODate))
                .bind(QStringLiteral(":p"), flow::FlowNames::code(a.priority))
                .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
                .bind(QStringLiteral(":id"), a.id);
            return q.exec();
        });
}

Status ActionRepository::startWork(qint64 id)
{
    return transition(id, {ActionStatus::Open}, ActionStatus::InProgress,
                      [&](const CorrectiveAction &) {
                          SqlQuery q(m_db, QStringLiteral("UPDATE corrective_action SET status = "
                                                          "'in_progress', updated_at = :now "
                                                          "WHERE id = :id"));
                          q.bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
                              .bind(QStringLiteral(":id"), id);
                          return q.exec();
                      });
}

Status ActionRepository::markDone(qint64 id, qint64 doneAt)
{
    return transition(id, {ActionStatus::Open, ActionStatus::InProgress}, ActionStatus::Done,
                      [&](const CorrectiveAction &) {
                          SqlQuery q(m_db, QStringLiteral("UPDATE corrective_action SET status = "
                                                          "'done', done_at = :at, updated_at = "
                                                          ":now WHERE id = :id"));
                          q.bind(QStringLiteral(":at"), doneAt)
                              .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
                              .bind(QStringLiteral(":id"), id);
                          return q.exec();
                      });
}

Status ActionRepository::verify(qint64 id, qint64 verifierId, const QString &note,
                                const QByteArray &photo, qint64 verifiedAt)
{
    return transition(
        id, {ActionStatus::Done}, ActionStatus::Verified,
        [&](const CorrectiveAction &before) -> Status {
            if (before.ownerId && *before.ownerId == verifierId)
                return makeError(ErrorKind::InvalidInput,
                                 tr("An action is verified by someone other than its owner."));
            if (verifiedAt < before.doneAt.value_or(0))
                return makeError(ErrorKind::InvalidInput,
                                 tr("An action cannot be verified before it was done."));
            SqlQuery q(m_db, QStringLiteral("UPDATE corrective_action SET status = 'verified', "
                                            "verified_at = :at, verifier_id = :v, verify_note = "
                                            ":note, verify_photo = :photo, updated_at = :now "
                                            "WHERE id = :id"));
            q.bind(QStringLiteral(":at"), verifiedAt)
                .bind(QStringLiteral(":v"), verifierId)
                .bind(QStringLiteral(":note"), note.trimmed())
                .bind(QStringLiteral(":photo"), photo.isEmpty()
                                                    ? QVariant(QMetaType::fromType<QByteArray>())
                                                    : QVariant(photo))
                .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
                .bind(QStringLiteral(":id"), id);
            return q.exec();
        });
}

Status ActionRepository::reject(qint64 id, qint64 verifierId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("Say why the action is not accepted, so its owner knows what to do."));
    return transition(
        id, {ActionStatus::Done}, ActionStatus::InProgress,
        [&](const CorrectiveAction &before) -> Status {
            if (before.ownerId && *before.ownerId == verifierId)
                return makeError(ErrorKind::InvalidInput,
                                 tr("An action is verified by someone other than its owner."));
            SqlQuery q(m_db, QStringLiteral("UPDATE corrective_action SET status = "
                                            "'in_progress', done_at = NULL, verify_note = :note, "
                                            "updated_at = :now WHERE id = :id"));
            q.bind(QStringLiteral(":note"), reason.trimmed())
                .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
                .bind(QStringLiteral(":id"), id);
            return q.exec();
        });
}

Result<std::optional<CorrectiveAction>> ActionRepository::findById(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM corrective_action c WHERE c.id = :id")
                         .arg(QLatin1String(actionColumns)));
    q.bind(QStringLiteral(":id"), id);
    return q.first<CorrectiveAction>(actionFrom);
}

Result<std::vector<ActionListRow>> ActionRepository::list(const ActionFilter &f) const
{
    QString where = QStringLiteral("c.branch_id = :branch");
    if (!f.statuses.empty()) {
        QStringList codes;
        for (std::size_t i = 0; i < f.statuses.size(); ++i)
            codes << QStringLiteral(":s%1").arg(i);
        where += QStringLiteral(" AND c.status IN (%1)").arg(codes.join(QLatin1Char(',')));
    }
    if (f.overdueOnly)
        where += QStringLiteral(" AND c.status IN ('open', 'in_progress') AND c.due_date < :today");
    if (f.ownerId)
        where += QStringLiteral(" AND c.owner_id = :owner");
    if (f.inspectionId)
        where += QStringLiteral(" AND c.inspection_id = :inspection");
    if (f.incidentId)
        where += QStringLiteral(" AND c.id IN (SELECT action_id FROM incident_action WHERE "
                                "incident_id = :incident)");
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT %1, coalesce(o.name, ''), coalesce(v.name, ''), "
                         "coalesce(it.code, ''), coalesce(it.text, ''), coalesce(it.text_zh, ''), "
                         "coalesce(so.order_no, '') FROM corrective_action c "
                         "LEFT JOIN staff o ON o.id = c.owner_id "
                         "LEFT JOIN staff v ON v.id = c.verifier_id "
                         "LEFT JOIN inspection_item it ON it.id = c.item_id "
                         "LEFT JOIN service_order so ON so.id = c.order_id "
                         "WHERE %2 ORDER BY (c.status IN ('open', 'in_progress')) DESC, "
                         "c.due_date, c.id")
                         .arg(QLatin1String(actionColumns), where));
    q.bind(QStringLiteral(":branch"), f.branchId);
    for (std::size_t i = 0; i < f.statuses.size(); ++i)
        q.bind(QStringLiteral(":s%1").arg(i), ActionNames::code(f.statuses[i]));
    if (f.overdueOnly)
        q.bind(QStringLiteral(":today"), f.today.toString(Qt::ISODate));
    if (f.ownerId)
        q.bind(QStringLiteral(":owner"), *f.ownerId);
    if (f.inspectionId)
        q.bind(QStringLiteral(":inspection"), *f.inspectionId);
    if (f.incidentId)
        q.bind(QStringLiteral(":incident"), *f.incidentId);
    return q.all<ActionListRow>([](const SqlQuery &r) {
        ActionListRow row;
        row.action = actionFrom(r);
        row.ownerName = r.value(17).toString();
        row.verifierName = r.value(18).toString();
        row.itemCode = r.value(19).toString();
        row.itemText = r.value(20).toString();
        row.itemTextZh = r.value(21).toString();
        row.orderNo = r.value(22).toString();
        return row;
    });
}

Result<QByteArray> ActionRepository::verificationPhoto(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT verify_photo FROM corrective_action WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toByteArray();
}

} // namespace servicelens::inspection
