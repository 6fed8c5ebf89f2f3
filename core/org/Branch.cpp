// SPDX-License-Identifier: GPL-3.0-or-later
#include "Branch.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QTimeZone>

namespace servicelens {

namespace {

const QString entity = QStringLiteral("branch");

Branch branchFrom(const SqlQuery &q)
{
    Branch b;
    b.id = q.value(0).toLongLong();
    b.uid = q.value(1).toString();
    b.code = q.value(2).toString();
    b.name = q.value(3).toString();
    b.timeZone = q.value(4).toString();
    return b;
}

const QString selectColumns = QStringLiteral("SELECT id, uid, code, name, time_zone FROM branch ");

} // namespace

QJsonObject Branch::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("time_zone"), timeZone}};
}

bool BranchRepository::isKnownTimeZone(const QString &zone)
{
    // QTimeZone("") is the machine's zone, and a made-up name may parse as an offset: only a
    // zone of the IANA database counts, or the KPIs would depend on where they are computed.
    return !zone.trimmed().isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toUtf8());
}

Status BranchRepository::validate(const Branch &branch)
{
    if (branch.code.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A branch needs a code."));
    if (branch.name.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A branch needs a name."));
    if (!isKnownTimeZone(branch.timeZone))
        return makeError(ErrorKind::InvalidInput,
                         tr("“%1” is not a time zone; use an IANA name such as Asia/Shanghai.")
                             .arg(branch.timeZone));
    return {};
}

Status BranchRepository::create(Branch &branch)
{
    if (auto s = validate(branch); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const QString uid = m_db.uids().next();
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO branch (uid, code, name, time_zone, created_at, "
                                    "updated_at) VALUES (:uid, :code, :name, :tz, :now, :now)"));
    q.bind(QStringLiteral(":uid"), uid)
        .bind(QStringLiteral(":code"), branch.code.trimmed())
        .bind(QStringLiteral(":name"), branch.name.trimmed())
        .bind(QStringLiteral(":tz"), branch.timeZone)
        .bind(QStringLiteral(":now"), now);
    if (auto s = q.exec(); !s) {
        if (s.error().kind == ErrorKind::Conflict)
            return makeError(ErrorKind::Conflict,
                             tr("A branch with the code “%1” already exists.").arg(branch.code));
        return s;
    }
    branch.id = q.lastInsertId();
    branch.uid = uid;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Insert, entity, uid, {}, branch.toJson());
        !s)
        return s;
    return tx.commit();
}

Status BranchRepository::update(const Branch &branch, ZoneChange zoneChange)
{
    if (auto s = validate(branch); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = findById(branch.id);
    if (!before)
        return before.error();
    if (!before->has_value())
        return makeError(ErrorKind::NotFound, tr("The branch no longer exists."));
    if ((*before)->timeZone != branch.timeZone && zoneChange == ZoneChange::Refused)
        return makeError(ErrorKind::InvalidInput,
                         tr("The time zone of branch %1 can only change together with its "
                            "orders' months.")
                             .arg(branch.code));
    SqlQuery q(m_db, QStringLiteral("UPDATE branch SET code = :code, name = :name, time_zone = "
                                    ":tz, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":code"), branch.code.trimmed())
        .bind(QStringLiteral(":name"), branch.name.trimmed())
        .bind(QStringLiteral(":tz"), branch.timeZone)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), branch.id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, entity, (*before)->uid,
                                       (*before)->toJson(), branch.toJson());
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<Branch>> BranchRepository::list() const
{
    SqlQuery q(m_db, selectColumns + QStringLiteral("ORDER BY code"));
    return q.all<Branch>(branchFrom);
}

Result<std::optional<Branch>> BranchRepository::findByCode(const QString &code) const
{
    SqlQuery q(m_db, selectColumns + QStringLiteral("WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code.trimmed());
    return q.first<Branch>(branchFrom);
}

Result<std::optional<Branch>> BranchRepository::findById(qint64 id) const
{
    SqlQuery q(m_db, selectColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    return q.first<Branch>(branchFrom);
}

} // namespace servicelens
