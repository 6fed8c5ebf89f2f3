// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace servicelens {

// An error for a failed SQLite call, of the kind its result code means (locked, damaged,
// read-only, input/output, conflict); `systemErrno` (sqlite3_system_errno) tells a full disk
// from other input/output failures, and the message says what the person can do.
Error sqliteError(int code, const QString &what, const QString &detail, int systemErrno = 0);

} // namespace servicelens
