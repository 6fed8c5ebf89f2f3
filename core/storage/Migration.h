// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

#include <vector>

namespace servicelens {

class Database;

// One forward step of a schema. The list of steps belongs to whoever knows every table (the
// workbook, floor 5) and is handed to Database::open, so storage knows no domain.
// Steps are numbered from 1 without gaps; step N takes a file
// from user_version N-1 to N, in one transaction that also writes the new user_version, so a
// file is never left half-migrated and marked as either version.
struct Migration {
    int version = 0;
    QString description;
    QString scriptResource; // a Qt resource path, e.g. ":/servicelens/schema/0001_initial.sql"
    QByteArray script;      // used instead of the resource when set (tests)
    // Work SQL alone cannot do, run in the same transaction after the script (may be alone).
    Status (*apply)(Database &db) = nullptr;
    // A step that rebuilds a table others refer to (SQLite cannot drop a UNIQUE in place) runs
    // with foreign-key enforcement off, as sqlite.org/lang_altertable.html prescribes: dropping
    // the old table would otherwise delete or null the rows that refer to it. The references
    // are checked (PRAGMA foreign_key_check) before the step commits.
    bool foreignKeysOff = false;
};

// The version a list of migrations ends at (0 for none).
int latestVersion(const std::vector<Migration> &migrations);

// Steps storage itself provides, for lists of migrations written above it (workbook/).
// SQLite 3.40 checks `x IN (...)` constraints through a temporary b-tree per row: rewrites
// every such CHECK in the stored schema into the equivalent `x = ... OR ...` form.
Status rewriteInListChecks(Database &db);
// Chains the audit records written before the chain existed, in id order, as they stand.
Status chainAuditTrail(Database &db);

} // namespace servicelens
