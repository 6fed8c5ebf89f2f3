// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schedule.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace servicelens::inspection {

namespace {

const QString entity = QStringLiteral("inspection_schedule");

QJsonObject toJson(const Schedule &s)
{
    return {{QStringLiteral("template"), s.templateCode},
            {QStringLiteral("frequency"), InspectionNames::code(s.frequency)},
            {QStringLiteral("assignee_id"),
             s.assigneeId ? QJsonValue(static_cast<double>(*s.assigneeId)) : QJsonValue()},
            {QStringLiteral("next_due"), s.nextDue.toString(Qt::ISODate)},
            {QStringLiteral("active"), s.active}};
}

Schedule scheduleFrom(const SqlQuery &q)
{
    Schedule s;
    s.id = q.value(0).toLongLong();
    s.uid = q.value(1).toString();
    s.branchId = q.value(2).toLongLong();
    s.templateCode = q.value(3).toString();
    s.frequency = InspectionNames::frequency(q.value(4).toString()).value_or(Frequency::Monthly);
    if (!q.value(5).isNull())
        s.assigneeId = q.value(5).toLongLong();
    s.nextDue = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    s.active = q.value(7).toInt() != 0;
    return s;
}

const char *const columns = "s.id, s.uid, s.branch_id, s.template_code, s.frequency, "
                            "s.assignee_id, s.next_due, s.active";

} // namespace

QDate ScheduleRepository::nextAfter(QDate due, Frequency frequency)
{
    switch (frequency) {
    case Frequency::Daily:
        return due.addDays(1);
    case Frequency::Weekly:
        return due.addDays(7);
    case Frequency::Monthly:
        return due.addMonths(1);
    case Frequency::Quarterly:
        return due.addMonths(3);
    }
    return due.addMonths(1);
}

Status ScheduleRepository::create(Schedule &s)
{
    if (s.templateCode.trimmed().isEmpty() || !s.nextDue.isValid())
        return makeError(ErrorKind::InvalidInput,
                         tr("A schedule needs a template and a first due date."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    s.uid = m_db.uids().next();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO inspection_schedule (uid, branch_id, "
                                    "template_code, frequency, assignee_id, next_due, active, "
                                    "created_at, updated_at) VALUES (:uid, :branch, :code, :freq, "
                                    ":assignee, :due, :active, :now, :now)"));
    q.bind(QStringLiteral(":uid"), s.uid)
        .bind(QStringLiteral(":branch"), s.branchId)
        .bind(QStringLiteral(":code"), s.templateCode)
        .bind(QStringLiteral(":freq"), InspectionNames::code(s.frequency))
        .bind(QStringLiteral(":assignee"), s.assigneeId)
        .bind(QStringLiteral(":due"), s.nextDue.toString(Qt::ISODate))
        .bind(QStringLiteral(":active"), s.active ? 1 : 0)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
    if (auto st = q.exec(); !st)
        return st;
    s.id = q.lastInsertId();
    if (auto st = AuditLog(m_db).record(AuditLog::Action::Insert, entity, s.uid, {}, toJson(s));
        !st)
        return st;
    return tx.commit();
}

Status ScheduleRepository::update(const Schedule &s)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto old = findById(s.id);
    if (!old)
        return old.error();
    if (!*old)
        return makeError(ErrorKind::NotFound, tr("The schedule no longer exists."));
    SqlQuery q(m_db, QStringLiteral("UPDATE inspection_schedule SET template_code = :code, "
                                    "frequency = :freq, assignee_id = :assignee, next_due = :due, "
                                    "active = :active, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":code"), s.templateCode)
        .bind(QStringLiteral(":freq"), InspectionNames::code(s.frequency))
        .bind(QStringLiteral(":assignee"), s.assigneeId)
        .bind(QStringLiteral(":due"), s.nextDue.toString(Qt::ISODate))
        .bind(QStringLiteral(":active"), s.active ? 1 : 0)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), s.id);
    if (auto st = q.exec(); !st)
        return st;
    if (auto st = AuditLog(m_db).record(AuditLog::Action::Update, entity, (*old)->uid,
                                        toJson(**old), toJson(s));
        !st)
        return st;
    return tx.commit();
}

Result<std::optional<Schedule>> ScheduleRepository::findById(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM inspection_schedule s WHERE s.id = :id")
                         .arg(QLatin1String(columns)));
    q.bind(QStringLiteral(":id"), id);
    return q.first<Schedule>(scheduleFrom);
}

Result<std::vector<DueRow>> ScheduleRepository::rows(qint64 branchId, QDate today,
                                                     const QDate *horizon) const
{
    SqlQuery q(
        m_db, QStringLiteral(
                  "SELECT %1, coalesce(t.name, s.template_code), coalesce(t.name_zh, ''), "
                  "coalesce(st.name, '') FROM inspection_schedule s "
                  "LEFT JOIN inspection_template t ON t.code = s.template_code AND t.version = "
                  "(SELECT max(version) FROM inspection_template u WHERE u.code = s.template_code) "
                  "LEFT JOIN staff st ON st.id = s.assignee_id "
                  "WHERE s.branch_id = :branch %2 ORDER BY s.next_due, s.id")
                  .arg(QLatin1String(columns),
                       horizon ? QStringLiteral("AND s.active = 1 AND s.next_due <= :horizon")
                               : QString()));
    q.bind(QStringLiteral(":branch"), branchId);
    if (horizon)
        q.bind(QStringLiteral(":horizon"), horizon->toString(Qt::ISODate));
    return q.all<DueRow>([today](const SqlQuery &r) {
        DueRow row;
        row.schedule = scheduleFrom(r);
        row.templateName = {r.value(8).toString(), r.value(9).toString()};
        row.assigneeName = r.value(10).toString();
        row.daysOverdue = static_cast<int>(std::max<qint64>(0, row.schedule.nextDue.daysTo(today)));
        return row;
    });
}

Result<std::vector<DueRow>> ScheduleRepository::due(qint64 branchId, QDate today,
                                                    QDate horizon) const
{
    return rows(branchId, today, &horizon);
}

Result<std::vector<DueRow>> ScheduleRepository::all(qint64 branchId, QDate today) const
{
    return rows(branchId, today, nullptr);
}

Status ScheduleRepository::advance(qint64 scheduleId, QDate done)
{
    auto found = findById(scheduleId);
    if (!found)
        return found.error();
    if (!*found)
        return {}; // the schedule was removed; the inspection stands on its own
    Schedule s = **found;
    QDate next = nextAfter(s.nextDue, s.frequency);
    while (next <= done)
        next = nextAfter(next, s.frequency);
    s.nextDue = next;
    return update(s);
}

} // namespace servicelens::inspection
