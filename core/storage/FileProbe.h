// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace servicelens {

// What a look at a file without opening it for writing tells.
struct FileProbe {
    Q_DECLARE_TR_FUNCTIONS(FileProbe)

public:
    bool exists = false;
    bool empty = false;    // exists with zero bytes
    bool isSqlite = false; // starts with SQLite's magic header
    int applicationId = 0;
    int userVersion = 0;
    int tableCount = 0;

    // Reads the file's header and, for an SQLite file, its ids through a read-only connection.
    static Result<FileProbe> read(const QString &path);
    // Refused, naming the file: missing, empty, not SQLite, another program's database, an empty
    // database, or a format newer than `latest`.
    Status checkIsWorkbook(const QString &path, int applicationId, int latest) const;
};

} // namespace servicelens
