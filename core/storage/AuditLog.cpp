// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "AuditChain.h"
#include "Clock.h"
#include "Database.h"
#include "SqlQuery.h"

#include <QJsonDocument>

namespace servicelens {

namespace {

QVariant toJsonText(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AuditLog::Action actionFromName(const QString &name)
{
    if (name == QLatin1String("update"))
        return AuditLog::Action::Update;
    if (name == QLatin1String("delete"))
        return AuditLog::Action::Delete;
    if (name == QLatin1String("bulk"))
        return AuditLog::Action::Bulk;
    return AuditLog::Action::Insert;
}

} // namespace

AuditLog::Entry AuditLog::readEntry(const SqlQuery &q, const QString &entity)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.action = actionFromName(q.value(3).toString());
    e.entity = entity;
    e.before = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    e.after = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    return e;
}

QString AuditLog::actionName(Action action)
{
    switch (action) {
    case Action::Insert:
        return QStringLiteral("insert");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Bulk:
        return QStringLiteral("bulk");
    }
    return {};
}

Status AuditLog::record(Action action, const QString &entity, const QString &entityUid,
                        const QJsonObject &before, const QJsonObject &after)
{
    if (m_db.transactionDepth() == 0)
        return makeError(
            ErrorKind::Database,
            QStringLiteral("audit record for %1 written outside a transaction").arg(entity));
    if (!AuditChain::isChained(m_db)) {
        // A migration step before the chain exists; the chain's own migration hashes these.
        SqlQuery q(m_db, QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, "
                                        "entity_uid, before_json, after_json) VALUES (:at, "
                                        ":actor, :action, :entity, :uid, :before, :after)"));
        q.bind(QStringLiteral(":at"), m_db.clock().nowSecsSinceEpoch())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":action"), actionName(action))
            .bind(QStringLiteral(":entity"), entity)
            .bind(QStringLiteral(":uid"), entityUid)
            .bind(QStringLiteral(":before"), toJsonText(before))
            .bind(QStringLiteral(":after"), toJsonText(after));
        return q.exec();
    }
    // Chained to the newest record (AuditChain): the id is taken here, inside the write
    // transaction that serialises writers, so that it can be part of the hash.
    auto last = AuditChain::head(m_db);
    if (!last)
        return last.error();
    AuditChain::Record r;
    r.id = last->first + 1;
    r.at = m_db.clock().nowSecsSinceEpoch();
    r.actor = m_db.actor();
    r.action = actionName(action);
    r.entity = entity;
    r.entityUid = entityUid;
    const QVariant beforeText = toJsonText(before);
    const QVariant afterText = toJsonText(after);
    if (!beforeText.isNull())
        r.before = beforeText.toString();
    if (!afterText.isNull())
        r.after = afterText.toString();
    const QByteArray hash = AuditChain::hash(last->second, r);
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_uid, "
                              "before_json, after_json, hash) VALUES (:id, :at, :actor, :action, "
                              ":entity, :uid, :before, :after, :hash)"));
    q.bind(QStringLiteral(":id"), r.id)
        .bind(QStringLiteral(":at"), r.at)
        .bind(QStringLiteral(":actor"), r.actor)
        .bind(QStringLiteral(":action"), r.action)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":uid"), entityUid)
        .bind(QStringLiteral(":before"), beforeText)
        .bind(QStringLiteral(":after"), afterText)
        .bind(QStringLiteral(":hash"), QString::fromLatin1(hash));
    if (auto s = q.exec(); !s)
        return s;
    return AuditChain::setHead(m_db, r.id, hash);
}

Result<std::vector<AuditLog::Entry>> AuditLog::entriesFor(const QString &entity,
                                                          const QString &entityUid) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, at, actor, action, before_json, after_json "
                                    "FROM audit_log WHERE entity = :entity AND entity_uid = :uid "
                                    "ORDER BY id"));
    q.bind(QStringLiteral(":entity"), entity).bind(QStringLiteral(":uid"), entityUid);
    if (auto s = q.exec(); !s)
        return s.error();
    std::vector<Entry> entries;
    while (q.next()) {
        Entry e = readEntry(q, entity);
        e.entityUid = entityUid;
        entries.push_back(std::move(e));
    }
    return entries;
}

Result<qint64> AuditLog::count() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace servicelens
