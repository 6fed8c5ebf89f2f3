// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForeignKeysSuspended.h"

#include "Database.h"

#include <sqlite3.h>

namespace servicelens {

namespace {

bool foreignKeysOn(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    bool on = false;
    if (sqlite3_prepare_v2(db, "PRAGMA foreign_keys", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        on = sqlite3_column_int(stmt, 0) != 0;
    sqlite3_finalize(stmt);
    return on;
}

} // namespace

ForeignKeysSuspended::ForeignKeysSuspended(Database &db)
    : m_db(db)
{
    sqlite3 *h = db.handle();
    if (!h || !sqlite3_get_autocommit(h) || !foreignKeysOn(h))
        return;
    m_active = db.execScript("PRAGMA foreign_keys=OFF") && !foreignKeysOn(h);
}

ForeignKeysSuspended::~ForeignKeysSuspended()
{
    if (m_active)
        (void)m_db.execScript("PRAGMA foreign_keys=ON");
}

} // namespace servicelens
