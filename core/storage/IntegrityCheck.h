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
    // The structural check made before a file is used: quick_check without re-evaluating
    // every CHECK constraint, which made it 5x slower (6.7 s instead of 1.2 s on a million
    // orders); those constraints are enforced on every write, and `servicelens check` runs
    // them all. The setting belongs to `db`, a private read-only connection.
    static Result<QStringList> structure(sqlite3 *db);
    // A Damaged error: `message`, then SQLite's first ten findings for whoever repairs it.
    static Error damaged(const QString &message, const QStringList &problems);
    // The full check with what it means said first; empty when sound.
    static Result<QStringList> explained(sqlite3 *db);
    // Rows referring to missing rows, one sentence each.
    static QStringList references(sqlite3 *db);
};

} // namespace servicelens
