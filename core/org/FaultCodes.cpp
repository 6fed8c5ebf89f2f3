// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultCodes.h"

#include "NamedEntry.h"
#include "ProductLists.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <algorithm>

namespace servicelens::org {

QJsonObject FaultGroup::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("name_en"), nameEn}};
}

QJsonObject FaultCode::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("name_en"), nameEn},
            {QStringLiteral("group"), group}};
}

const FaultCode *FaultCodeList::find(const QString &code) const
{
    const auto it =
        std::lower_bound(codes.begin(), codes.end(), code,
                         [](const FaultCode &c, const QString &v) { return c.code < v; });
    return it != codes.end() && it->code == code ? &*it : nullptr;
}

FaultCodeIndex::FaultCodeIndex(const FaultCodeList &list)
{
    // Names first, codes last: a code written like another entry's name means the code.
    for (const FaultCode &c : list.codes) {
        if (!c.nameEn.isEmpty())
            m_codes.insert(ProductLists::key(c.nameEn), c.code);
        m_codes.insert(ProductLists::key(c.name), c.code);
    }
    for (const FaultCode &c : list.codes)
        m_codes.insert(ProductLists::key(c.code), c.code);
}

QString FaultCodeIndex::codeOf(const QString &text) const
{
    return m_codes.value(ProductLists::key(text));
}

Result<FaultCodeList> FaultCatalogue::load() const
{
    FaultCodeList list;
    SqlQuery groups(m_db,
                    QStringLiteral("SELECT id, uid, name, name_en FROM fault_group ORDER BY name"));
    if (auto s = groups.exec(); !s)
        return s.error();
    while (groups.next())
        list.groups.push_back({groups.value(0).toLongLong(), groups.value(1).toString(),
                               groups.value(2).toString(), groups.value(3).toString()});
    SqlQuery codes(m_db, QStringLiteral("SELECT id, uid, code, name, name_en, group_name FROM "
                                        "fault_code ORDER BY code"));
    if (auto s = codes.exec(); !s)
        return s.error();
    while (codes.next())
        list.codes.push_back({codes.value(0).toLongLong(), codes.value(1).toString(),
                              codes.value(2).toString(), codes.value(3).toString(),
                              codes.value(4).toString(), codes.value(5).toString()});
    return list;
}

Result<bool> FaultCatalogue::saveGroup(const FaultGroup &group)
{
    const QString name = group.name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A fault group needs a name."));
    return saveNamedEntry(m_db, "fault_group", name, group.nameEn.trimmed());
}

Result<bool> FaultCatalogue::saveCode(const FaultCode &code)
{
    const FaultCode after{0,
                          {},
                          code.code.trimmed(),
                          code.name.trimmed(),
                          code.nameEn.trimmed(),
                          code.group.trimmed()};
    if (after.code.isEmpty() || after.name.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A fault code needs its code and a name."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (!after.group.isEmpty()) {
        SqlQuery known(m_db, QStringLiteral("SELECT 1 FROM fault_group WHERE name = :name"));
        known.bind(QStringLiteral(":name"), after.group);
        auto found = known.scalar();
        if (!found)
            return found.error();
        if (!found->isValid())
            if (auto s = saveGroup({0, {}, after.group, {}}); !s)
                return s.error();
    }
    SqlQuery find(m_db, QStringLiteral("SELECT uid, name, name_en, group_name FROM fault_code "
                                       "WHERE code = :code"));
    find.bind(QStringLiteral(":code"), after.code);
    if (auto s = find.exec(); !s)
        return s.error();
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    if (find.next()) {
        const FaultCode before{0,
                               find.value(0).toString(),
                               after.code,
                               find.value(1).toString(),
                               find.value(2).toString(),
                               find.value(3).toString()};
        if (before.name == after.name && before.nameEn == after.nameEn &&
            before.group == after.group)
            return false;
        SqlQuery q(m_db, QStringLiteral("UPDATE fault_code SET name = :name, name_en = :en, "
                                        "group_name = :group, updated_at = :now WHERE code = "
                                        ":code"));
        q.bind(QStringLiteral(":name"), after.name)
            .bind(QStringLiteral(":en"), after.nameEn)
            .bind(QStringLiteral(":group"), after.group)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":code"), after.code);
        if (auto s = audited(q, m_db, AuditLog::Action::Update, QStringLiteral("fault_code"),
                             before.uid, before.toJson(), after.toJson());
            !s)
            return s.error();
    } else {
        const QString uid = m_db.uids().next();
        SqlQuery q(m_db, QStringLiteral("INSERT INTO fault_code (uid, code, name, name_en, "
                                        "group_name, created_at, updated_at) VALUES (:uid, "
                                        ":code, :name, :en, :group, :now, :now)"));
        q.bind(QStringLiteral(":uid"), uid)
            .bind(QStringLiteral(":code"), after.code)
            .bind(QStringLiteral(":name"), after.name)
            .bind(QStringLiteral(":en"), after.nameEn)
            .bind(QStringLiteral(":group"), after.group)
            .bind(QStringLiteral(":now"), now);
        if (auto s = audited(q, m_db, AuditLog::Action::Insert, QStringLiteral("fault_code"), uid,
                             {}, after.toJson());
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

} // namespace servicelens::org
