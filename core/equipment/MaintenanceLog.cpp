// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenanceLog.h"

#include "storage/AuditedWrite.h"

#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UidGenerator.h"
#include "storage/WriteTransaction.h"

namespace servicelens::equipment {

namespace {

const QString selectPlan =
    QStringLiteral("SELECT id, uid, branch_id, equipment_id, kind, name, cadence, every, "
                   "day_of_month, first_month, since, template_code, owner_id, active FROM "
                   "maintenance_plan ");

const QString selectRecord =
    QStringLiteral("SELECT id, uid, equipment_id, plan_id, done_on, reading, result, "
                   "certificate, expires_on, inspection_id, done_by, note FROM "
                   "maintenance_record ");

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

MaintenancePlan planOf(const SqlQuery &q)
{
    MaintenancePlan p;
    p.id = q.value(0).toLongLong();
    p.uid = q.value(1).toString();
    p.branchId = q.value(2).toLongLong();
    p.equipmentId = optionalId(q.value(3));
    p.kind = q.value(4).toString();
    p.name = q.value(5).toString();
    p.schedule.cadence = Cadences::parse(q.value(6).toString()).value_or(Cadence::WorkingDays);
    p.schedule.every = q.value(7).toInt();
    p.schedule.dayOfMonth = q.value(8).toInt();
    p.schedule.firstMonth = q.value(9).toInt();
    p.since = dateOf(q.value(10));
    p.templateCode = q.value(11).toString();
    p.ownerId = optionalId(q.value(12));
    p.active = q.value(13).toInt() != 0;
    return p;
}

MaintenanceRecord recordOf(const SqlQuery &q)
{
    MaintenanceRecord r;
    r.id = q.value(0).toLongLong();
    r.uid = q.value(1).toString();
    r.equipmentId = q.value(2).toLongLong();
    r.planId = optionalId(q.value(3));
    r.doneOn = dateOf(q.value(4));
    if (!q.value(5).isNull())
        r.reading = q.value(5).toDouble();
    r.passed = q.value(6).toString() != QLatin1String("fail");
    r.certificate = q.value(7).toString();
    r.expiresOn = dateOf(q.value(8));
    r.inspectionId = optionalId(q.value(9));
    r.doneBy = optionalId(q.value(10));
    r.note = q.value(11).toString();
    return r;
}

QVariant idValue(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant();
}

} // namespace

Result<std::vector<MaintenancePlan>> MaintenanceLog::plans(qint64 branchId) const
{
    SqlQuery q(m_db, selectPlan + QStringLiteral("WHERE branch_id = :branch ORDER BY name, id"));
    q.bind(QStringLiteral(":branch"), branchId);
    return q.all<MaintenancePlan>(planOf);
}

Result<std::optional<MaintenancePlan>> MaintenanceLog::findPlan(qint64 branchId,
                                                                std::optional<qint64> equipmentId,
                                                                const QString &kind,
                                                                const QString &name) const
{
    SqlQuery q(m_db, selectPlan + QStringLiteral("WHERE branch_id = :branch AND "
                                                 "coalesce(equipment_id, 0) = :piece AND kind = "
                                                 ":kind AND name = :name"));
    q.bind(QStringLiteral(":branch"), branchId)
        .bind(QStringLiteral(":piece"), equipmentId.value_or(0))
        .bind(QStringLiteral(":kind"), equipmentId ? QString(QLatin1String("")) : kind.trimmed())
        .bind(QStringLiteral(":name"), name.trimmed());
    return q.first<MaintenancePlan>(planOf);
}

Result<bool> MaintenanceLog::savePlan(MaintenancePlan &plan)
{
    plan.name = plan.name.trimmed();
    plan.kind = plan.equipmentId ? QString() : plan.kind.trimmed();
    plan.templateCode = plan.templateCode.trimmed();
    if (const QString problem = plan.problem(); !problem.isEmpty())
        return makeError(ErrorKind::InvalidInput, problem);
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto same = findPlan(plan.branchId, plan.equipmentId, plan.kind, plan.name);
    if (!same)
        return same.error();
    if (*same && (*same)->id != plan.id)
        return makeError(ErrorKind::Conflict,
                         tr("There is already a plan named %1 for it.").arg(plan.name));
    std::optional<MaintenancePlan> before;
    if (plan.id != 0) {
        SqlQuery q(m_db, selectPlan + QStringLiteral("WHERE id = :id"));
        q.bind(QStringLiteral(":id"), plan.id);
        auto found = q.first<MaintenancePlan>(planOf);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorKind::NotFound, tr("This plan no longer exists."));
        before = **found;
        if (before->toJson() == plan.toJson())
            return false;
        plan.uid = before->uid;
    } else {
        plan.uid = m_db.uids().next();
    }
    SqlQuery q(
        m_db,
        before ? QStringLiteral("UPDATE maintenance_plan SET equipment_id = :piece, kind = :kind, "
                                "name = :name, cadence = :cadence, every = :every, day_of_month = "
                                ":day, first_month = :first, since = :since, template_code = "
                                ":template, owner_id = :owner, active = :active, updated_at = :now "
                                "WHERE id = :id")
               : QStringLiteral("INSERT INTO maintenance_plan (uid, branch_id, equipment_id, kind, "
                                "name, cadence, every, day_of_month, first_month, since, "
                                "template_code, owner_id, active, created_at, updated_at) VALUES "
                                "(:uid, :branch, :piece, :kind, :name, :cadence, :every, :day, "
                                ":first, :since, :template, :owner, :active, :now, :now)"));
    if (before)
        q.bind(QStringLiteral(":id"), plan.id);
    else
        q.bind(QStringLiteral(":uid"), plan.uid).bind(QStringLiteral(":branch"), plan.branchId);
    q.bind(QStringLiteral(":piece"), plan.equipmentId)
        .bind(QStringLiteral(":kind"), plan.kind)
        .bind(QStringLiteral(":name"), plan.name)
        .bind(QStringLiteral(":cadence"), Cadences::code(plan.schedule.cadence))
        .bind(QStringLiteral(":every"), plan.schedule.every)
        .bind(QStringLiteral(":day"), plan.schedule.dayOfMonth)
        .bind(QStringLiteral(":first"), plan.schedule.firstMonth)
        .bind(QStringLiteral(":since"), dateValue(plan.since))
        .bind(QStringLiteral(":template"), plan.templateCode)
        .bind(QStringLiteral(":owner"), plan.ownerId)
        .bind(QStringLiteral(":active"), plan.active ? 1 : 0)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
    auto written = auditedWrite(m_db, q, !before, QStringLiteral("maintenance_plan"), plan.uid,
                                before ? before->toJson() : QJsonObject(), plan.toJson());
    if (!written)
        return written.error();
    if (!before)
        plan.id = *written;
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<std::vector<MaintenanceRecord>> MaintenanceLog::records(qint64 equipmentId) const
{
    SqlQuery q(m_db,
               selectRecord + QStringLiteral("WHERE equipment_id = :piece ORDER BY done_on, id"));
    q.bind(QStringLiteral(":piece"), equipmentId);
    return q.all<MaintenanceRecord>(recordOf);
}

Result<std::optional<MaintenanceRecord>>
MaintenanceLog::findRecord(qint64 equipmentId, std::optional<qint64> planId, QDate doneOn) const
{
    SqlQuery q(m_db, selectRecord + QStringLiteral("WHERE equipment_id = :piece AND "
                                                   "coalesce(plan_id, 0) = :plan AND done_on = "
                                                   ":day ORDER BY id LIMIT 1"));
    q.bind(QStringLiteral(":piece"), equipmentId)
        .bind(QStringLiteral(":plan"), planId.value_or(0))
        .bind(QStringLiteral(":day"), dateValue(doneOn));
    return q.first<MaintenanceRecord>(recordOf);
}

Result<bool> MaintenanceLog::saveRecord(MaintenanceRecord &record)
{
    if (!record.doneOn.isValid())
        return makeError(ErrorKind::InvalidInput, tr("A maintenance record needs its day."));
    if (record.reading && *record.reading < 0)
        return makeError(ErrorKind::InvalidInput, tr("A counter reading is never negative."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    std::optional<MaintenanceRecord> before;
    if (record.id != 0) {
        SqlQuery q(m_db, selectRecord + QStringLiteral("WHERE id = :id"));
        q.bind(QStringLiteral(":id"), record.id);
        auto found = q.first<MaintenanceRecord>(recordOf);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorKind::NotFound, tr("This maintenance record no longer exists."));
        before = **found;
        if (before->sameContent(record))
            return false;
        record.uid = before->uid;
    } else {
        record.uid = m_db.uids().next();
    }
    SqlQuery q(
        m_db,
        before
            ? QStringLiteral("UPDATE maintenance_record SET plan_id = :plan, done_on = :day, "
                             "reading = :reading, result = :result, certificate = :certificate, "
                             "expires_on = :expires, inspection_id = :inspection, done_by = :by, "
                             "note = :note, updated_at = :now WHERE id = :id")
            : QStringLiteral("INSERT INTO maintenance_record (uid, equipment_id, plan_id, "
                             "done_on, reading, result, certificate, expires_on, inspection_id, "
                             "done_by, note, created_at, updated_at) VALUES (:uid, :piece, :plan, "
                             ":day, :reading, :result, :certificate, :expires, :inspection, :by, "
                             ":note, :now, :now)"));
    if (before)
        q.bind(QStringLiteral(":id"), record.id);
    else
        q.bind(QStringLiteral(":uid"), record.uid)
            .bind(QStringLiteral(":piece"), record.equipmentId);
    q.bind(QStringLiteral(":plan"), record.planId)
        .bind(QStringLiteral(":day"), dateValue(record.doneOn))
        .bind(QStringLiteral(":reading"), record.reading ? QVariant(*record.reading) : QVariant())
        .bind(QStringLiteral(":result"),
              record.passed ? QStringLiteral("pass") : QStringLiteral("fail"))
        .bind(QStringLiteral(":certificate"), record.certificate.trimmed())
        .bind(QStringLiteral(":expires"), dateValue(record.expiresOn))
        .bind(QStringLiteral(":inspection"), idValue(record.inspectionId))
        .bind(QStringLiteral(":by"), record.doneBy)
        .bind(QStringLiteral(":note"), record.note)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
    auto written = auditedWrite(m_db, q, !before, QStringLiteral("maintenance_record"), record.uid,
                                before ? before->toJson() : QJsonObject(), record.toJson());
    if (!written)
        return written.error();
    if (!before)
        record.id = *written;
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<bool> MaintenanceLog::recordDone(MaintenanceRecord &record)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto known = findRecord(record.equipmentId, record.planId, record.doneOn);
    if (!known)
        return known.error();
    if (*known) {
        record.id = (*known)->id;
        if (!record.inspectionId)
            record.inspectionId = (*known)->inspectionId;
    }
    auto saved = saveRecord(record);
    if (!saved)
        return saved.error();
    bool changed = *saved;
    if (record.reading) {
        auto read = setReading(record.equipmentId, record.doneOn, *record.reading);
        if (!read)
            return read.error();
        changed = changed || *read;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<std::vector<UsageReading>> MaintenanceLog::readings(qint64 equipmentId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT read_on, value FROM equipment_reading WHERE "
                                    "equipment_id = :piece ORDER BY read_on"));
    q.bind(QStringLiteral(":piece"), equipmentId);
    return q.all<UsageReading>([](const SqlQuery &r) {
        return UsageReading{dateOf(r.value(0)), r.value(1).toDouble()};
    });
}

Result<bool> MaintenanceLog::setReading(qint64 equipmentId, QDate day, double value)
{
    if (!day.isValid())
        return makeError(ErrorKind::InvalidInput, tr("A counter reading needs its day."));
    if (value < 0)
        return makeError(ErrorKind::InvalidInput, tr("A counter reading is never negative."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    SqlQuery find(m_db, QStringLiteral("SELECT uid, value FROM equipment_reading WHERE "
                                       "equipment_id = :piece AND read_on = :day"));
    find.bind(QStringLiteral(":piece"), equipmentId).bind(QStringLiteral(":day"), dateValue(day));
    if (auto s = find.exec(); !s)
        return s.error();
    const auto json = [&](double v) {
        return QJsonObject{{QStringLiteral("equipment_id"), equipmentId},
                           {QStringLiteral("read_on"), day.toString(Qt::ISODate)},
                           {QStringLiteral("value"), v}};
    };
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    if (find.next()) {
        const QString uid = find.value(0).toString();
        const double old = find.value(1).toDouble();
        if (old == value)
            return false;
        SqlQuery q(m_db, QStringLiteral("UPDATE equipment_reading SET value = :value WHERE uid = "
                                        ":uid"));
        q.bind(QStringLiteral(":value"), value).bind(QStringLiteral(":uid"), uid);
        if (auto s = auditedWrite(m_db, q, false, QStringLiteral("equipment_reading"), uid,
                                  json(old), json(value));
            !s)
            return s.error();
    } else {
        const QString uid = m_db.uids().next();
        SqlQuery q(m_db, QStringLiteral("INSERT INTO equipment_reading (uid, equipment_id, "
                                        "read_on, value, created_at) VALUES (:uid, :piece, :day, "
                                        ":value, :now)"));
        q.bind(QStringLiteral(":uid"), uid)
            .bind(QStringLiteral(":piece"), equipmentId)
            .bind(QStringLiteral(":day"), dateValue(day))
            .bind(QStringLiteral(":value"), value)
            .bind(QStringLiteral(":now"), now);
        if (auto s = auditedWrite(m_db, q, true, QStringLiteral("equipment_reading"), uid, {},
                                  json(value));
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

} // namespace servicelens::equipment
