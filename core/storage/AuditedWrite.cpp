// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditedWrite.h"

#include "AuditLog.h"
#include "SqlQuery.h"

namespace servicelens {

Result<qint64> auditedWrite(Database &db, SqlQuery &change, bool isNew, const QString &entity,
                            const QString &uid, const QJsonObject &before, const QJsonObject &after)
{
    if (auto s = change.exec(); !s)
        return s.error();
    const qint64 id = isNew ? change.lastInsertId() : 0;
    if (auto s = AuditLog(db).record(isNew ? AuditLog::Action::Insert : AuditLog::Action::Update,
                                     entity, uid, before, after);
        !s)
        return s.error();
    return id;
}

} // namespace servicelens
