// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredIndexes.h"

#include "Database.h"
#include "FastQuery.h"

namespace servicelens {

Result<DeferredIndexes> DeferredIndexes::drop(Database &db, const QStringList &tables)
{
    if (db.transactionDepth() == 0)
        return makeError(ErrorKind::Database,
                         QStringLiteral("DeferredIndexes::drop needs a transaction"));
    DeferredIndexes deferred(db);
    QByteArrayList names;
    FastQuery q(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                    "AND tbl_name = ?1 ORDER BY name");
    for (const QString &table : tables) {
        q.reset();
        q.bind(1, table);
        while (q.next()) {
            names << q.text(0).toUtf8();
            deferred.m_sql << q.text(1).toUtf8();
        }
        if (!q.status())
            return q.status().error();
    }
    for (const QByteArray &name : names)
        // A name from the schema itself, quoted: never user input.
        if (auto s = db.execScript("DROP INDEX \"" + name + "\""); !s)
            return s.error();
    return deferred;
}

Status DeferredIndexes::rebuild()
{
    // SQLite sorts each index's keys with helper threads when allowed: the second core.
    if (auto s = m_db->execScript("PRAGMA threads = 2"); !s)
        return s;
    for (const QByteArray &sql : m_sql)
        if (auto s = m_db->execScript(sql); !s)
            return s;
    m_sql.clear();
    return m_db->execScript("PRAGMA threads = 0");
}

} // namespace servicelens
