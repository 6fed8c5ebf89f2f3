// SPDX-License-Identifier: GPL-3.0-or-later
#include "Staff.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace servicelens::org {

namespace {

const QString entity = QStringLiteral("staff");
const QString selectColumns = QStringLiteral(
    "SELECT id, uid, branch_id, code, name, role, team, hire_date, active FROM staff ");

StaffMember memberFrom(const SqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.uid = q.value(1).toString();
    if (!q.value(2).isNull())
        m.branchId = q.value(2).toLongLong();
    m.code = q.value(3).toString();
    m.name = q.value(4).toString();
    m.role = RoleNames::parse(q.value(5).toString()).value_or(Role::TechnicalSupport);
    m.team = q.value(6).toString();
    m.hireDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    m.active = q.value(8).toInt() != 0;
    return m;
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

void bindMember(SqlQuery &q, const StaffMember &m)
{
    q.bind(QStringLiteral(":branch"), m.branchId)
        .bind(QStringLiteral(":code"), m.code.trimmed())
        .bind(QStringLiteral(":name"), m.name.trimmed())
        .bind(QStringLiteral(":role"), RoleNames::code(m.role))
        .bind(QStringLiteral(":team"), m.team.trimmed())
        .bind(QStringLiteral(":hire"), dateValue(m.hireDate))
        .bind(QStringLiteral(":active"), m.active ? 1 : 0);
}

} // namespace

QString RoleNames::code(Role role)
{
    switch (role) {
    case Role::CustomerService:
        return QStringLiteral("customer_service");
    case Role::TechnicalSupport:
        return QStringLiteral("technical_support");
    case Role::PartsLogistics:
        return QStringLiteral("parts_logistics");
    case Role::Quality:
        return QStringLiteral("quality");
    case Role::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

QString RoleNames::label(Role role)
{
    switch (role) {
    case Role::CustomerService:
        return tr("Customer service");
    case Role::TechnicalSupport:
        return tr("Technical support");
    case Role::PartsLogistics:
        return tr("Parts logistics");
    case Role::Quality:
        return tr("Quality");
    case Role::Manager:
        return tr("Manager");
    }
    return {};
}

std::optional<Role> RoleNames::parse(const QString &text)
{
    static const char *const aliases[] = {"客服", "技术支持", "备件物流", "质量", "经理"};
    const QString t = text.trimmed();
    for (std::size_t i = 0; i < allRoles.size(); ++i)
        if (t.compare(code(allRoles[i]), Qt::CaseInsensitive) == 0 ||
            t == QString::fromUtf8(aliases[i]))
            return allRoles[i];
    return std::nullopt;
}

QJsonObject StaffMember::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("role"), RoleNames::code(role)},
            {QStringLiteral("team"), team},
            {QStringLiteral("hire_date"),
             hireDate.isValid() ? hireDate.toString(Qt::ISODate) : QJsonValue()},
            {QStringLiteral("active"), active}};
}

Status StaffRepository::validate(const StaffMember &member)
{
    if (member.code.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A staff member needs a staff code."));
    if (member.name.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A staff member needs a name."));
    return {};
}

Status StaffRepository::checkCodeFree(const StaffMember &member)
{
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM staff WHERE code = :code AND id <> :id AND "
                                    "(branch_id IS NULL OR :branch IS NULL OR branch_id = "
                                    ":branch) LIMIT 1"));
    q.bind(QStringLiteral(":code"), member.code.trimmed())
        .bind(QStringLiteral(":id"), member.id)
        .bind(QStringLiteral(":branch"), member.branchId);
    auto used = q.scalar();
    if (!used)
        return used.error();
    if (used->isValid())
        return makeError(ErrorKind::Conflict,
                         tr("The staff code “%1” is already in use.").arg(member.code));
    return {};
}

Status StaffRepository::create(StaffMember &member)
{
    if (auto s = validate(member); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto s = checkCodeFree(member); !s)
        return s;
    const QString uid = m_db.uids().next();
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO staff (uid, branch_id, code, name, role, team, hire_date, "
                         "active, created_at, updated_at) VALUES (:uid, :branch, :code, :name, "
                         ":role, :team, :hire, :active, :now, :now)"));
    bindMember(q, member);
    q.bind(QStringLiteral(":uid"), uid)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
    if (auto s = q.exec(); !s) {
        if (s.error().kind == ErrorKind::Conflict)
            return makeError(ErrorKind::Conflict,
                             tr("The staff code “%1” is already in use.").arg(member.code));
        return s;
    }
    member.id = q.lastInsertId();
    member.uid = uid;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Insert, entity, uid, {}, member.toJson());
        !s)
        return s;
    return tx.commit();
}

Status StaffRepository::update(const StaffMember &member)
{
    if (auto s = validate(member); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = findById(member.id);
    if (!before)
        return before.error();
    if (!before->has_value())
        return makeError(ErrorKind::NotFound, tr("The staff member no longer exists."));
    if (auto s = checkCodeFree(member); !s)
        return s;
    SqlQuery q(m_db, QStringLiteral("UPDATE staff SET branch_id = :branch, code = :code, name = "
                                    ":name, role = :role, team = :team, hire_date = :hire, "
                                    "active = :active, updated_at = :now WHERE id = :id"));
    bindMember(q, member);
    q.bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), member.id);
    if (auto s = q.exec(); !s) {
        if (s.error().kind == ErrorKind::Conflict)
            return makeError(ErrorKind::Conflict,
                             tr("The staff code “%1” is already in use.").arg(member.code));
        return s;
    }
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, entity, (*before)->uid,
                                       (*before)->toJson(), member.toJson());
        !s)
        return s;
    return tx.commit();
}

Status StaffRepository::setActive(qint64 id, bool active)
{
    auto found = findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorKind::NotFound, tr("The staff member no longer exists."));
    StaffMember m = **found;
    m.active = active;
    return update(m);
}

Status StaffRepository::remove(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto found = findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorKind::NotFound, tr("The staff member no longer exists."));
    SqlQuery history(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM service_order WHERE "
                                          "technician_id = :id)"));
    history.bind(QStringLiteral(":id"), id);
    auto has = history.scalar();
    if (!has)
        return has.error();
    if (has->toBool())
        return makeError(ErrorKind::Conflict,
                         tr("%1 has service orders and cannot be deleted; deactivate them "
                            "instead so their history stays.")
                             .arg((*found)->name));
    SqlQuery q(m_db, QStringLiteral("DELETE FROM staff WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Delete, entity, (*found)->uid,
                                       (*found)->toJson(), {});
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<StaffMember>> StaffRepository::list() const
{
    SqlQuery q(m_db, selectColumns + QStringLiteral("ORDER BY code"));
    return q.all<StaffMember>(memberFrom);
}

Result<std::optional<StaffMember>> StaffRepository::findByCode(const QString &code) const
{
    SqlQuery q(m_db, selectColumns + QStringLiteral("WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code.trimmed());
    return q.first<StaffMember>(memberFrom);
}

Result<std::optional<StaffMember>> StaffRepository::findById(qint64 id) const
{
    SqlQuery q(m_db, selectColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    return q.first<StaffMember>(memberFrom);
}

} // namespace servicelens::org
