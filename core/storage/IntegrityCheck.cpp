// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrityCheck.h"

#include "Database.h"

#include <sqlite3.h>

namespace servicelens {

Result<QStringList> IntegrityCheck::run(sqlite3 *db, bool full)
{
    // 100 messages are plenty to describe the damage; a badly broken file can produce millions.
    const char *sql = full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)";
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    QStringList problems;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const auto text =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            if (text != QLatin1String("ok"))
                problems << text;
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        problems << message; // the check itself could not read the file: that is damage too
    return problems;
}

Result<QStringList> IntegrityCheck::structure(sqlite3 *db)
{
    sqlite3_exec(db, "PRAGMA ignore_check_constraints=ON", nullptr, nullptr, nullptr);
    return run(db, false);
}

Error IntegrityCheck::damaged(const QString &message, const QStringList &problems)
{
    return makeError(ErrorKind::Damaged, message, problems.mid(0, 10).join(QLatin1Char('\n')));
}

Result<QStringList> IntegrityCheck::explained(sqlite3 *db)
{
    auto problems = run(db, true);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        // SQLite's own words follow for whoever repairs it; the person reading first learns
        // what it means.
        problems->prepend(
            Database::tr("The file is damaged: SQLite's integrity check found the problems "
                         "below. Restore the latest backup (File ▸ Restore from Backup…)."));
    return problems;
}

QStringList IntegrityCheck::references(sqlite3 *db)
{
    QStringList problems;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &stmt, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            problems.append(Database::tr("Row %1 of table %2 refers to a missing row of %3.")
                                .arg(sqlite3_column_int64(stmt, 1))
                                .arg(QString::fromUtf8(reinterpret_cast<const char *>(
                                         sqlite3_column_text(stmt, 0))),
                                     QString::fromUtf8(reinterpret_cast<const char *>(
                                         sqlite3_column_text(stmt, 2)))));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        problems.append(QString::fromUtf8(sqlite3_errmsg(db)));
    return problems;
}

} // namespace servicelens
