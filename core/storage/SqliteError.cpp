// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteError.h"

#include "Database.h"

#include <sqlite3.h>

#include <cerrno>

namespace servicelens {

Error sqliteError(int code, const QString &what, const QString &detail, int systemErrno)
{
    ErrorKind kind = ErrorKind::Database;
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = ErrorKind::Locked;
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        kind = ErrorKind::Damaged;
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        kind = ErrorKind::ReadOnly;
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
        kind = ErrorKind::Io;
        break;
    case SQLITE_CONSTRAINT:
        kind = (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
                   ? ErrorKind::Conflict
                   : ErrorKind::InvalidInput;
        break;
    default:
        break;
    }
    QString message = what;
    if (kind == ErrorKind::Locked)
        message += QLatin1Char(' ') + Database::tr("Another program is using the workbook; "
                                                   "close it and try again.");
    else if ((code & 0xFF) == SQLITE_FULL || systemErrno == ENOSPC || systemErrno == EDQUOT ||
             systemErrno == EFBIG)
        message += QLatin1Char(' ') +
                   Database::tr("The disk is full (or the file reached the largest size allowed "
                                "here); the change was not saved. Free some space and try again.");
    else if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC ||
             code == SQLITE_IOERR_TRUNCATE)
        message += QLatin1Char(' ') + Database::tr("The disk could not be written (it may be "
                                                   "full); the change was not saved.");
    else if (kind == ErrorKind::Damaged)
        message += QLatin1Char(' ') + Database::tr("The file is damaged.");
    return makeError(kind, message, detail);
}

} // namespace servicelens
