// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

struct sqlite3;

namespace servicelens {

// A consistent copy of an open SQLite connection's database (the online backup API), written
// whole under a new name or not at all: backups, the copy made before a migration, the
// training copy's work file.
class DatabaseCopy final {
public:
    // Refuses an existing target; never replaces a file.
    static Status copy(sqlite3 *source, const QString &target);
};

} // namespace servicelens
