// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace servicelens {

class Database;
class SqlQuery;

// Runs the insert (`isNew`) or update of an audited row and writes its audit record, in the
// caller's transaction. Returns the new row's id, taken before the record is written (the last
// id is the connection's: the audit record's would come back), or 0 for an update.
Result<qint64> auditedWrite(Database &db, SqlQuery &change, bool isNew, const QString &entity,
                            const QString &uid, const QJsonObject &before,
                            const QJsonObject &after);

} // namespace servicelens
