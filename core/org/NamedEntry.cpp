// SPDX-License-Identifier: GPL-3.0-or-later
#include "NamedEntry.h"

#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace servicelens::org {

namespace {

QJsonObject entryJson(const QString &name, const QString &nameEn)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("name_en"), nameEn}};
}

} // namespace

Status audited(SqlQuery &change, Database &db, AuditLog::Action action, const QString &entity,
               const QString &uid, const QJsonObject &before, const QJsonObject &after)
{
    if (auto s = change.exec(); !s)
        return s;
    return AuditLog(db).record(action, entity, uid, before, after);
}

Result<bool> saveNamedEntry(Database &db, const char *table, const QString &name,
                            const QString &nameEn)
{
    // `table` is one of the lists' own names, never a user's text.
    const QString entity = QString::fromLatin1(table);
    WriteTransaction tx(db);
    if (!tx.status())
        return tx.status().error();
    SqlQuery find(db, QStringLiteral("SELECT uid, name_en FROM %1 WHERE name = :name").arg(entity));
    find.bind(QStringLiteral(":name"), name);
    if (auto s = find.exec(); !s)
        return s.error();
    const qint64 now = db.clock().nowSecsSinceEpoch();
    if (find.next()) {
        const QString uid = find.value(0).toString();
        const QString before = find.value(1).toString();
        if (before == nameEn)
            return false;
        SqlQuery q(db, QStringLiteral("UPDATE %1 SET name_en = :en, updated_at = :now WHERE name = "
                                      ":name")
                           .arg(entity));
        q.bind(QStringLiteral(":en"), nameEn)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":name"), name);
        if (auto s = audited(q, db, AuditLog::Action::Update, entity, uid, entryJson(name, before),
                             entryJson(name, nameEn));
            !s)
            return s.error();
    } else {
        const QString uid = db.uids().next();
        SqlQuery q(db, QStringLiteral("INSERT INTO %1 (uid, name, name_en, created_at, updated_at) "
                                      "VALUES (:uid, :name, :en, :now, :now)")
                           .arg(entity));
        q.bind(QStringLiteral(":uid"), uid)
            .bind(QStringLiteral(":name"), name)
            .bind(QStringLiteral(":en"), nameEn)
            .bind(QStringLiteral(":now"), now);
        if (auto s =
                audited(q, db, AuditLog::Action::Insert, entity, uid, {}, entryJson(name, nameEn));
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

} // namespace servicelens::org
