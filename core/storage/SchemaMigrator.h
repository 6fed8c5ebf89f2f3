// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

#include <vector>

namespace servicelens {

class Database;

// One forward step of the schema. Steps are numbered from 1 without gaps; step N takes a file
// from user_version N-1 to N, in one transaction that also writes the new user_version, so a
// file is never left half-migrated and marked as either version.
struct Migration {
    int version = 0;
    QString description;
    QString scriptResource; // a Qt resource path, e.g. ":/servicelens/schema/0001_initial.sql"
    QByteArray script;      // used instead of the resource when set (tests)
    // Work SQL alone cannot do, run in the same transaction after the script (may be alone).
    Status (*apply)(Database &db) = nullptr;
};

const std::vector<Migration> &builtinMigrations();

} // namespace servicelens
