// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace servicelens {

class Database;
class SqlQuery;

// Every business change leaves a record: who, when, what, and the row before and after as
// JSON. Records are written in the same transaction as the change they describe, so a change
// without its record (or the reverse) cannot exist.
class AuditLog final {
public:
    enum class Action { Insert, Update, Delete, Bulk };

    struct Entry {
        qint64 id = 0;
        qint64 at = 0; // Unix seconds
        QString actor;
        Action action = Action::Insert;
        QString entity;
        QString entityUid;
        QJsonObject before;
        QJsonObject after;
    };

    explicit AuditLog(Database &db)
        : m_db(db)
    {}

    // Must be called inside a WriteTransaction.
    Status record(Action action, const QString &entity, const QString &entityUid,
                  const QJsonObject &before, const QJsonObject &after);

    Result<std::vector<Entry>> entriesFor(const QString &entity, const QString &entityUid) const;
    Result<qint64> count() const;
    // A record from a query's columns id, at, actor, action, before_json, after_json.
    static Entry readEntry(const SqlQuery &q, const QString &entity);

    static QString actionName(Action action);

private:
    Database &m_db;
};

} // namespace servicelens
