// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

struct pg_result;

namespace servicelens {

// An error for a failed PostgreSQL statement, of the kind its SQLSTATE means (the server's
// class of error: lock, unique value, constraint, full disk, damaged data, read-only session),
// with the server's words and the SQL as detail.
Error postgresError(const QByteArray &sqlState, const QString &what, const QString &detail);
// The same from a libpq result (null: the connection's own message).
Error postgresError(const pg_result *result, const char *connectionMessage, const QString &what,
                    const QString &detail);

} // namespace servicelens
