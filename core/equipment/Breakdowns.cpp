// SPDX-License-Identifier: GPL-3.0-or-later
#include "Breakdowns.h"

#include "storage/AuditedWrite.h"

#include "org/Branch.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UidGenerator.h"
#include "storage/WriteTransaction.h"

namespace servicelens::equipment {

namespace {

const QString selectBreakdown =
    QStringLiteral("SELECT b.id, b.uid, b.equipment_id, b.down_at, b.up_at, b.fault, b.repair, "
                   "b.reported_by, b.repaired_by FROM equipment_breakdown b ");

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

BreakdownRecord breakdownOf(const SqlQuery &q)
{
    BreakdownRecord b;
    b.id = q.value(0).toLongLong();
    b.uid = q.value(1).toString();
    b.equipmentId = q.value(2).toLongLong();
    b.downAt = q.value(3).toLongLong();
    b.upAt = optionalId(q.value(4));
    b.fault = q.value(5).toString();
    b.repair = q.value(6).toString();
    b.reportedBy = optionalId(q.value(7));
    b.repairedBy = optionalId(q.value(8));
    return b;
}

QJsonValue json(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

QJsonObject waitJson(qint64 orderId, qint64 startedAt, const std::optional<qint64> &endedAt)
{
    return {{QStringLiteral("order_id"), double(orderId)},
            {QStringLiteral("started_at"), double(startedAt)},
            {QStringLiteral("ended_at"), json(endedAt)}};
}

} // namespace

QJsonObject BreakdownRecord::toJson() const
{
    return {{QStringLiteral("equipment_id"), double(equipmentId)},
            {QStringLiteral("down_at"), double(downAt)},
            {QStringLiteral("up_at"), json(upAt)},
            {QStringLiteral("fault"), fault},
            {QStringLiteral("repair"), repair},
            {QStringLiteral("reported_by"), json(reportedBy)},
            {QStringLiteral("repaired_by"), json(repairedBy)}};
}

Result<std::vector<BreakdownRecord>> Breakdowns::forPiece(qint64 equipmentId) const
{
    SqlQuery q(m_db, selectBreakdown + QStringLiteral("WHERE b.equipment_id = :piece ORDER BY "
                                                      "b.down_at DESC, b.id DESC"));
    q.bind(QStringLiteral(":piece"), equipmentId);
    return q.all<BreakdownRecord>(breakdownOf);
}

Result<std::vector<BreakdownRecord>> Breakdowns::overlapping(qint64 branchId, qint64 from,
                                                             qint64 to) const
{
    SqlQuery q(m_db, selectBreakdown +
                         QStringLiteral("JOIN equipment e ON e.id = b.equipment_id WHERE "
                                        "e.branch_id = :branch AND b.down_at < :to AND (b.up_at "
                                        "IS NULL OR b.up_at >= :from) ORDER BY b.down_at, b.id"));
    q.bind(QStringLiteral(":branch"), branchId)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":to"), to);
    return q.all<BreakdownRecord>(breakdownOf);
}

Result<BreakdownRecord> Breakdowns::find(qint64 breakdownId) const
{
    SqlQuery q(m_db, selectBreakdown + QStringLiteral("WHERE b.id = :id"));
    q.bind(QStringLiteral(":id"), breakdownId);
    auto found = q.first<BreakdownRecord>(breakdownOf);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, tr("This breakdown no longer exists."));
    return **found;
}

Status Breakdowns::report(BreakdownRecord &b)
{
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    if (b.downAt > now)
        return makeError(ErrorKind::InvalidInput, tr("A breakdown cannot be recorded ahead of "
                                                     "time."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery piece(m_db, QStringLiteral("SELECT code, retired, EXISTS (SELECT 1 FROM "
                                        "equipment_breakdown WHERE equipment_id = e.id AND up_at "
                                        "IS NULL) FROM equipment e WHERE id = :piece"));
    piece.bind(QStringLiteral(":piece"), b.equipmentId);
    if (auto s = piece.exec(); !s)
        return s;
    if (!piece.next())
        return makeError(ErrorKind::NotFound, tr("This piece of equipment is no longer in the "
                                                 "register."));
    const QString code = piece.value(0).toString();
    if (piece.value(1).toInt() != 0)
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is retired: it cannot break down.").arg(code));
    if (piece.value(2).toInt() != 0)
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is already down: record its repair first.").arg(code));
    b.uid = m_db.uids().next();
    b.upAt.reset();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO equipment_breakdown (uid, equipment_id, down_at, "
                                    "fault, reported_by, created_at, updated_at) VALUES (:uid, "
                                    ":piece, :down, :fault, :by, :now, :now)"));
    q.bind(QStringLiteral(":uid"), b.uid)
        .bind(QStringLiteral(":piece"), b.equipmentId)
        .bind(QStringLiteral(":down"), b.downAt)
        .bind(QStringLiteral(":fault"), b.fault.trimmed())
        .bind(QStringLiteral(":by"), b.reportedBy)
        .bind(QStringLiteral(":now"), now);
    auto written =
        auditedWrite(m_db, q, true, QStringLiteral("equipment_breakdown"), b.uid, {}, b.toJson());
    if (!written)
        return written.error();
    b.id = *written;
    return tx.commit();
}

Status Breakdowns::repair(qint64 breakdownId, qint64 upAt, const QString &repair,
                          std::optional<qint64> repairedBy)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto found = find(breakdownId);
    if (!found)
        return found.error();
    const BreakdownRecord before = *found;
    if (before.upAt)
        return makeError(ErrorKind::InvalidInput, tr("This breakdown is already repaired."));
    if (upAt < before.downAt)
        return makeError(ErrorKind::InvalidInput,
                         tr("A piece cannot be repaired before it broke down."));
    if (upAt > m_db.clock().nowSecsSinceEpoch())
        return makeError(ErrorKind::InvalidInput, tr("A repair cannot be recorded ahead of time."));
    BreakdownRecord after = before;
    after.upAt = upAt;
    after.repair = repair.trimmed();
    after.repairedBy = repairedBy;
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    SqlQuery q(m_db, QStringLiteral("UPDATE equipment_breakdown SET up_at = :up, repair = "
                                    ":repair, repaired_by = :by, updated_at = :now WHERE id = "
                                    ":id"));
    q.bind(QStringLiteral(":up"), upAt)
        .bind(QStringLiteral(":repair"), after.repair)
        .bind(QStringLiteral(":by"), repairedBy)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), breakdownId);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s =
            AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("equipment_breakdown"),
                                  before.uid, before.toJson(), after.toJson());
        !s)
        return s;
    // Every order still waiting for the piece stops waiting when it is back.
    auto waiting = waits(breakdownId);
    if (!waiting)
        return waiting.error();
    for (const WaitingOrder &w : *waiting)
        if (!w.endedAt)
            if (auto s = endWait(breakdownId, w.orderId, std::max(upAt, w.startedAt)); !s)
                return s;
    return tx.commit();
}

Result<std::vector<WaitingOrder>> Breakdowns::waits(qint64 breakdownId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT w.order_id, o.order_no, w.started_at, w.ended_at "
                                    "FROM equipment_wait w JOIN service_order o ON o.id = "
                                    "w.order_id WHERE w.breakdown_id = :breakdown ORDER BY "
                                    "w.started_at, o.order_no"));
    q.bind(QStringLiteral(":breakdown"), breakdownId);
    return q.all<WaitingOrder>([](const SqlQuery &r) {
        return WaitingOrder{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(),
                            optionalId(r.value(3))};
    });
}

Status Breakdowns::addWait(qint64 breakdownId, qint64 orderId, qint64 at)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto found = find(breakdownId);
    if (!found)
        return found.error();
    const BreakdownRecord &b = *found;
    SqlQuery order(m_db,
                   QStringLiteral("SELECT o.order_no, o.received_at, o.closed_at, o.branch_id = "
                                  "e.branch_id, EXISTS (SELECT 1 FROM equipment_wait w WHERE "
                                  "w.order_id = o.id AND w.breakdown_id = :breakdown) FROM "
                                  "service_order o, equipment e WHERE o.id = :order AND e.id = "
                                  ":piece"));
    order.bind(QStringLiteral(":breakdown"), breakdownId)
        .bind(QStringLiteral(":order"), orderId)
        .bind(QStringLiteral(":piece"), b.equipmentId);
    if (auto s = order.exec(); !s)
        return s;
    if (!order.next())
        return makeError(ErrorKind::NotFound, tr("The order no longer exists."));
    const QString orderNo = order.value(0).toString();
    if (b.upAt)
        return makeError(
            ErrorKind::InvalidInput,
            tr("This breakdown is repaired: order %1 cannot wait for it.").arg(orderNo));
    if (!order.value(2).isNull())
        return makeError(ErrorKind::InvalidInput,
                         tr("Order %1 is closed: it waits for nothing.").arg(orderNo));
    if (order.value(3).toInt() == 0)
        return makeError(ErrorKind::InvalidInput, tr("Order %1 is another branch's.").arg(orderNo));
    if (order.value(4).toInt() != 0)
        return makeError(ErrorKind::Conflict,
                         tr("Order %1 already waits for this piece.").arg(orderNo));
    if (at < order.value(1).toLongLong() || at < b.downAt)
        return makeError(ErrorKind::InvalidInput,
                         tr("Order %1 cannot wait before it was received or before the piece "
                            "broke down.")
                             .arg(orderNo));
    SqlQuery q(m_db, QStringLiteral("INSERT INTO equipment_wait (order_id, breakdown_id, "
                                    "started_at) VALUES (:order, :breakdown, :at)"));
    q.bind(QStringLiteral(":order"), orderId)
        .bind(QStringLiteral(":breakdown"), breakdownId)
        .bind(QStringLiteral(":at"), at);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Insert, QStringLiteral("equipment_wait"),
                                       b.uid, {}, waitJson(orderId, at, std::nullopt));
        !s)
        return s;
    return tx.commit();
}

Status Breakdowns::endWait(qint64 breakdownId, qint64 orderId, qint64 at)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto found = find(breakdownId);
    if (!found)
        return found.error();
    SqlQuery wait(m_db, QStringLiteral("SELECT started_at, ended_at FROM equipment_wait WHERE "
                                       "order_id = :order AND breakdown_id = :breakdown"));
    wait.bind(QStringLiteral(":order"), orderId).bind(QStringLiteral(":breakdown"), breakdownId);
    if (auto s = wait.exec(); !s)
        return s;
    if (!wait.next() || !wait.value(1).isNull())
        return makeError(ErrorKind::InvalidInput, tr("The order is not waiting for this piece."));
    const qint64 started = wait.value(0).toLongLong();
    if (at < started)
        return makeError(ErrorKind::InvalidInput, tr("A wait cannot end before it started."));
    SqlQuery q(m_db, QStringLiteral("UPDATE equipment_wait SET ended_at = :at WHERE order_id = "
                                    ":order AND breakdown_id = :breakdown"));
    q.bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":order"), orderId)
        .bind(QStringLiteral(":breakdown"), breakdownId);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("equipment_wait"),
                                       found->uid, waitJson(orderId, started, std::nullopt),
                                       waitJson(orderId, started, at));
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<OrderPiece>> Breakdowns::usedOn(qint64 orderId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT e.id, e.code, e.name, u.used_at FROM order_equipment u "
                                    "JOIN equipment e ON e.id = u.equipment_id WHERE u.order_id = "
                                    ":order ORDER BY u.used_at, e.code"));
    q.bind(QStringLiteral(":order"), orderId);
    return q.all<OrderPiece>([](const SqlQuery &r) {
        return OrderPiece{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                          r.value(3).toLongLong(), std::nullopt,          0};
    });
}

Result<std::vector<OrderPiece>> Breakdowns::waitsOf(qint64 orderId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT e.id, e.code, e.name, w.started_at, w.ended_at, b.id "
                                    "FROM equipment_wait w JOIN equipment_breakdown b ON b.id = "
                                    "w.breakdown_id JOIN equipment e ON e.id = b.equipment_id "
                                    "WHERE w.order_id = :order ORDER BY w.started_at"));
    q.bind(QStringLiteral(":order"), orderId);
    return q.all<OrderPiece>([](const SqlQuery &r) {
        return OrderPiece{r.value(0).toLongLong(), r.value(1).toString(),  r.value(2).toString(),
                          r.value(3).toLongLong(), optionalId(r.value(4)), r.value(5).toLongLong()};
    });
}

Status Breakdowns::recordUse(qint64 orderId, qint64 equipmentId, qint64 at)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery known(m_db, QStringLiteral("SELECT 1 FROM order_equipment WHERE order_id = :order "
                                        "AND equipment_id = :piece"));
    known.bind(QStringLiteral(":order"), orderId).bind(QStringLiteral(":piece"), equipmentId);
    auto found = known.scalar();
    if (!found)
        return found.error();
    if (found->isValid())
        return tx.commit(); // once per order and piece
    SqlQuery q(m_db, QStringLiteral("INSERT INTO order_equipment (order_id, equipment_id, "
                                    "used_at) VALUES (:order, :piece, :at)"));
    q.bind(QStringLiteral(":order"), orderId)
        .bind(QStringLiteral(":piece"), equipmentId)
        .bind(QStringLiteral(":at"), at);
    if (auto s = q.exec(); !s)
        return s;
    SqlQuery uid(m_db, QStringLiteral("SELECT uid FROM service_order WHERE id = :order"));
    uid.bind(QStringLiteral(":order"), orderId);
    auto orderUid = uid.scalar();
    if (!orderUid)
        return orderUid.error();
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Insert, QStringLiteral("order_equipment"),
                                       orderUid->toString(), {},
                                       {{QStringLiteral("equipment_id"), double(equipmentId)},
                                        {QStringLiteral("used_at"), double(at)}});
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<DiagnosedOrder>>
Breakdowns::diagnosedSinceLastGoodCalibration(qint64 equipmentId, QDate failedOn) const
{
    SqlQuery zone(m_db, QStringLiteral("SELECT b.time_zone FROM equipment e JOIN branch b ON "
                                       "b.id = e.branch_id WHERE e.id = :piece"));
    zone.bind(QStringLiteral(":piece"), equipmentId);
    auto tz = zone.scalar();
    if (!tz)
        return tz.error();
    if (!tz->isValid())
        return makeError(ErrorKind::NotFound, tr("This piece of equipment is no longer in the "
                                                 "register."));
    const LocalTime local = LocalTime::inZone(tz->toString());
    SqlQuery good(
        m_db, QStringLiteral("SELECT max(r.done_on) FROM maintenance_record r JOIN "
                             "maintenance_plan p ON p.id = r.plan_id WHERE r.equipment_id = :piece "
                             "AND p.cadence = 'calibration' AND r.result = 'pass' AND r.done_on < "
                             ":day"));
    good.bind(QStringLiteral(":piece"), equipmentId)
        .bind(QStringLiteral(":day"), failedOn.toString(Qt::ISODate));
    auto lastGood = good.scalar();
    if (!lastGood)
        return lastGood.error();
    const QDate since = QDate::fromString(lastGood->toString(), Qt::ISODate);
    const qint64 from =
        since.isValid() ? local.startOfDay(since) : std::numeric_limits<qint64>::min();
    const qint64 until = local.startOfDay(failedOn.addDays(1));
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT u.order_id, o.order_no, u.used_at, coalesce(c.name, ''), "
                         "o.closed_at IS NOT NULL FROM order_equipment u JOIN service_order o ON "
                         "o.id = u.order_id LEFT JOIN customer c ON c.id = o.customer_id WHERE "
                         "u.equipment_id = :piece AND u.used_at >= :from AND u.used_at < :until "
                         "ORDER BY u.used_at, o.order_no"));
    q.bind(QStringLiteral(":piece"), equipmentId)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":until"), until);
    return q.all<DiagnosedOrder>([](const SqlQuery &r) {
        return DiagnosedOrder{r.value(0).toLongLong(), r.value(1).toString(),
                              r.value(2).toLongLong(), r.value(3).toString(),
                              r.value(4).toInt() != 0};
    });
}

} // namespace servicelens::equipment
