// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaPolicy.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace servicelens::flow {

namespace {
const QString entity = QStringLiteral("sla_policy");
}

QJsonObject SlaPolicy::toJson() const
{
    return {{QStringLiteral("priority"), FlowNames::code(priority)},
            {QStringLiteral("response_hours"), responseHours},
            {QStringLiteral("resolution_wd"), resolutionWorkingDays},
            {QStringLiteral("pause_while_waiting"), pauseWhileWaiting}};
}

std::vector<SlaPolicy> SlaPolicy::defaults()
{
    auto make = [](Priority p, double hours, int days) {
        SlaPolicy s;
        s.priority = p;
        s.responseHours = hours;
        s.resolutionWorkingDays = days;
        return s;
    };
    return {make(Priority::Urgent, 4, 1), make(Priority::High, 8, 2), make(Priority::Normal, 24, 3),
            make(Priority::Low, 48, 5)};
}

Status SlaPolicyRepository::validate(const SlaPolicy &policy)
{
    if (!(policy.responseHours > 0))
        return makeError(ErrorKind::InvalidInput,
                         tr("The response target must be more than 0 hours."));
    if (policy.resolutionWorkingDays < 0)
        return makeError(ErrorKind::InvalidInput, tr("The resolution target cannot be negative."));
    return {};
}

Result<std::vector<SlaPolicy>> SlaPolicyRepository::list() const
{
    SqlQuery q(
        m_db, QStringLiteral("SELECT id, uid, priority, response_hours, resolution_wd, "
                             "pause_while_waiting FROM sla_policy ORDER BY CASE priority WHEN "
                             "'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"));
    if (auto s = q.exec(); !s)
        return s.error();
    std::vector<SlaPolicy> policies;
    while (q.next()) {
        SlaPolicy p;
        p.id = q.value(0).toLongLong();
        p.uid = q.value(1).toString();
        p.priority = FlowNames::priority(q.value(2).toString()).value_or(Priority::Normal);
        p.responseHours = q.value(3).toReal();
        p.resolutionWorkingDays = q.value(4).toInt();
        p.pauseWhileWaiting = q.value(5).toInt() != 0;
        policies.push_back(p);
    }
    return policies;
}

Status SlaPolicyRepository::update(const SlaPolicy &policy)
{
    if (auto s = validate(policy); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto all = list();
    if (!all)
        return all.error();
    const SlaPolicy *before = nullptr;
    for (const SlaPolicy &p : *all)
        if (p.priority == policy.priority)
            before = &p;
    if (!before)
        return makeError(ErrorKind::NotFound, tr("There is no policy for this priority."));
    SqlQuery q(m_db, QStringLiteral("UPDATE sla_policy SET response_hours = :hours, "
                                    "resolution_wd = :days, pause_while_waiting = :pause, "
                                    "updated_at = :now WHERE priority = :priority"));
    q.bind(QStringLiteral(":hours"), policy.responseHours)
        .bind(QStringLiteral(":days"), policy.resolutionWorkingDays)
        .bind(QStringLiteral(":pause"), policy.pauseWhileWaiting ? 1 : 0)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":priority"), FlowNames::code(policy.priority));
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, entity, before->uid,
                                       before->toJson(), policy.toJson());
        !s)
        return s;
    return tx.commit();
}

Status SlaPolicyRepository::installDefaults()
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    AuditLog audit(m_db);
    for (const SlaPolicy &p : SlaPolicy::defaults()) {
        const QString uid = m_db.uids().next();
        SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO sla_policy (uid, priority, response_hours, "
                                  "resolution_wd, pause_while_waiting, updated_at) VALUES (:uid, "
                                  ":priority, :hours, :days, 0, :now) ON CONFLICT (priority) DO "
                                  "NOTHING"));
        q.bind(QStringLiteral(":uid"), uid)
            .bind(QStringLiteral(":priority"), FlowNames::code(p.priority))
            .bind(QStringLiteral(":hours"), p.responseHours)
            .bind(QStringLiteral(":days"), p.resolutionWorkingDays)
            .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
        if (auto s = q.exec(); !s)
            return s;
        if (q.rowsAffected() > 0)
            if (auto s = audit.record(AuditLog::Action::Insert, entity, uid, {}, p.toJson()); !s)
                return s;
    }
    return tx.commit();
}

} // namespace servicelens::flow
