// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditLog.h"
#include "storage/Result.h"

#include <QJsonObject>
#include <QString>

namespace servicelens {
class Database;
class SqlQuery;
} // namespace servicelens

namespace servicelens::org {

// Runs a change and records it in the audit trail, inside the caller's transaction.
Status audited(SqlQuery &change, Database &db, AuditLog::Action action, const QString &entity,
               const QString &uid, const QJsonObject &before, const QJsonObject &after);

// An entry of one of head office's lists known by its name and carrying an English name (a
// product category, a fault group): `table` has uid, name, name_en, created_at, updated_at.
// Added when new, its English name updated when it differs, each change audited under the
// table's name. Returns whether anything changed. `name` must not be empty.
Result<bool> saveNamedEntry(Database &db, const char *table, const QString &name,
                            const QString &nameEn);

} // namespace servicelens::org
