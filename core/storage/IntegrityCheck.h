// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QStringList>

struct sqlite3;

namespace servicelens {

// SQLite's own checks of a file, as sentences: structure (quick_check on open, the full
// integrity_check before a backup and in `check`) and references (foreign_key_check).
class IntegrityCheck final {
public:
    // SQLite's words for each problem (at most 100); empty when sound. `full` compares every
    // index with its table, which quick_check does not.
    static Result<QStringList> run(sqlite3 *db, bool full);
    // The full check with what it means said first; empty when sound.
    static Result<QStringList> explained(sqlite3 *db);
    // Rows referring to missing rows, one sentence each.
    static QStringList references(sqlite3 *db);
};

} // namespace servicelens
