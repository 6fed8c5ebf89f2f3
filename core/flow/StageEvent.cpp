// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageEvent.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

namespace servicelens::flow {

namespace {

constexpr StageEvent::Kind allKinds[] = {
    StageEvent::Kind::Stage,           StageEvent::Kind::WaitPartsStart,
    StageEvent::Kind::WaitPartsEnd,    StageEvent::Kind::WaitCustomerStart,
    StageEvent::Kind::WaitCustomerEnd, StageEvent::Kind::Reopen,
    StageEvent::Kind::Correction};

} // namespace

StageEvent::Kind StageEvent::kindFrom(const QString &code)
{
    for (auto k : allKinds)
        if (StageEvent::kindCode(k) == code)
            return k;
    return StageEvent::Kind::Correction;
}

QString StageEvent::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Stage:
        return QStringLiteral("stage");
    case Kind::WaitPartsStart:
        return QStringLiteral("wait_parts_start");
    case Kind::WaitPartsEnd:
        return QStringLiteral("wait_parts_end");
    case Kind::WaitCustomerStart:
        return QStringLiteral("wait_customer_start");
    case Kind::WaitCustomerEnd:
        return QStringLiteral("wait_customer_end");
    case Kind::Reopen:
        return QStringLiteral("reopen");
    case Kind::Correction:
        return QStringLiteral("correction");
    case Kind::WaitEquipmentStart:
        return QStringLiteral("wait_equipment_start");
    case Kind::WaitEquipmentEnd:
        return QStringLiteral("wait_equipment_end");
    }
    return {};
}

StageEventRepository::StageEventRepository(Database &db)
    : m_db(db)
{}
StageEventRepository::~StageEventRepository() = default;

namespace {

QJsonObject auditJson(const StageEvent &event)
{
    return {{QStringLiteral("order_id"), static_cast<double>(event.orderId)},
            {QStringLiteral("kind"), StageEvent::kindCode(event.kind)},
            {QStringLiteral("stage"), event.stage},
            {QStringLiteral("at"), static_cast<double>(event.at)},
            {QStringLiteral("note"), event.note}};
}

} // namespace

Status StageEventRepository::add(StageEvent &event, Audit audit)
{
    // One statement is atomic on its own; the transaction is for the audit record beside it
    // (a bulk writer — the demo, an event log — holds its own and audits the batch).
    std::optional<WriteTransaction> tx;
    if (audit == Audit::EachRow) {
        tx.emplace(m_db);
        if (!tx->status())
            return tx->status();
    }
    // The raw statement: the demo adds a stage event for one order in five, hundreds of
    // thousands in all.
    if (!m_insert)
        m_insert = std::make_unique<FastQuery>(
            m_db, "INSERT INTO stage_event (uid, order_id, kind, stage, at, staff_id, note) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    FastQuery &q = *m_insert;
    const QString uid = event.uid.isEmpty() ? m_db.uids().next() : event.uid;
    q.bind(1, uid)
        .bind(2, event.orderId)
        .bind(3, StageEvent::kindCode(event.kind))
        .bind(5, event.at)
        .bind(6, event.staffId)
        .bind(7, event.note);
    if (event.stage.isEmpty())
        q.bindNull(4);
    else
        q.bind(4, event.stage);
    if (auto s = q.exec(); !s)
        return s;
    event.id = q.lastInsertId();
    event.uid = uid;
    if (audit == Audit::EachRow) {
        if (auto s = AuditLog(m_db).record(AuditLog::Action::Insert, QStringLiteral("stage_event"),
                                           uid, {}, auditJson(event));
            !s)
            return s;
        return tx->commit();
    }
    return {};
}

Status StageEventRepository::remove(const StageEvent &event)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM stage_event WHERE id = :id AND uid = :uid"));
    q.bind(QStringLiteral(":id"), event.id).bind(QStringLiteral(":uid"), event.uid);
    if (auto s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return makeError(ErrorKind::Stale,
                         QCoreApplication::translate("StageEventRepository",
                                                     "The step was changed meanwhile elsewhere."));
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Delete, QStringLiteral("stage_event"),
                                       event.uid, auditJson(event), {});
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<StageEvent>> StageEventRepository::forOrder(qint64 orderId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, uid, kind, stage, at, staff_id, note FROM "
                                    "stage_event WHERE order_id = :order ORDER BY at, id"));
    q.bind(QStringLiteral(":order"), orderId);
    if (auto s = q.exec(); !s)
        return s.error();
    std::vector<StageEvent> events;
    while (q.next()) {
        StageEvent e;
        e.id = q.value(0).toLongLong();
        e.uid = q.value(1).toString();
        e.orderId = orderId;
        e.kind = StageEvent::kindFrom(q.value(2).toString());
        e.stage = q.value(3).toString();
        e.at = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            e.staffId = q.value(5).toLongLong();
        e.note = q.value(6).toString();
        events.push_back(e);
    }
    return events;
}

} // namespace servicelens::flow
