// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresError.h"

#include "Database.h"

#include <libpq-fe.h>

namespace servicelens {

Error postgresError(const QByteArray &sqlState, const QString &what, const QString &detail)
{
    // postgresql.org/docs/15/errcodes-appendix.html
    ErrorKind kind = ErrorKind::Database;
    QString advice;
    if (sqlState == "23505") {
        kind = ErrorKind::Conflict;
    } else if (sqlState.startsWith("23") || sqlState.startsWith("22")) {
        kind = ErrorKind::InvalidInput;
    } else if (sqlState == "25006" || sqlState == "42501") {
        kind = ErrorKind::ReadOnly;
        advice = Database::tr("The store is open for reading only, or its user may not change "
                              "it.");
    } else if (sqlState == "55P03" || sqlState == "40P01" || sqlState == "40001") {
        kind = ErrorKind::Locked;
        advice = Database::tr("Another program is changing the store; try again.");
    } else if (sqlState == "53100") {
        kind = ErrorKind::Io;
        advice = Database::tr("The server's disk is full; the change was not saved.");
    } else if (sqlState == "XX001" || sqlState == "XX002") {
        kind = ErrorKind::Damaged;
        advice = Database::tr("The server reports damaged data; its administrator should "
                              "restore it.");
    } else if (sqlState.startsWith("08") || sqlState.startsWith("57P")) {
        kind = ErrorKind::Io;
        advice = Database::tr("The connection to the server was lost; nothing more was saved.");
    }
    return makeError(kind, advice.isEmpty() ? what : what + QLatin1Char(' ') + advice, detail);
}

Error postgresError(const pg_result *result, const char *connectionMessage, const QString &what,
                    const QString &detail)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *message = result ? PQresultErrorMessage(result) : connectionMessage;
    QString words = QString::fromUtf8(message ? message : "").trimmed();
    if (!detail.isEmpty())
        words += QLatin1Char('\n') + detail;
    return postgresError(QByteArray(state ? state : "08000"), what, words);
}

} // namespace servicelens
