// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>

#include <map>

struct sqlite3;

namespace servicelens::network {

// What a pack says about itself (its `manifest` table; docs/head-office.md).
struct PackManifest {
    int format = 0;
    QString uid;
    QString kind; // "branch" or "head_office"
    QString branchUid;
    QString branchCode;
    QString branchName;
    QString timeZone;
    qint64 sequence = 0;  // 1 for a branch's first pack, then one more each time
    qint64 since = 0;     // rows changed at or after this time (0: the whole history)
    qint64 createdAt = 0; // when it was written: the newest time it covers (data_until)
    int schemaVersion = 0;
    QString digest;
    std::map<QString, qint64> rows; // per table
    // The tables the digest covers, manifest first, as the writer listed them (`tables`); a
    // pack written before the list was kept has none (PackFile::contentTablesOf).
    QByteArrayList tables;
};

// A pack on disk: an SQLite file of its own (application id 'SLPK'), one table per packed
// workbook table plus `manifest` and `audit_log`, and a SHA-256 digest over all of it stored in
// the manifest. A pack cut short on a USB stick, or altered, no longer matches its digest.
class PackFile final {
    Q_DECLARE_TR_FUNCTIONS(PackFile)

public:
    static constexpr int applicationId = 0x534C504B; // 'SLPK'
    static constexpr int currentFormat = 1;
    static constexpr const char *suffix = "slpack";

    // Hex SHA-256 of the pack in schema `schema` of `db`: its manifest (digest left out), then
    // every table of PackTables and the audit records, each row in the order written.
    static Result<QByteArray> digest(sqlite3 *db, const char *schema, const QByteArrayList &tables);
    // The tables a pack of that kind ("branch", "head_office") holds, manifest first.
    static QByteArrayList contentTables(const QString &kind);
    // The tables a pack holds by its manifest: the ones it lists, which must include every table
    // of the earliest packs of its kind; for a pack without a list, those earliest tables.
    static Result<QByteArrayList> contentTablesOf(const PackManifest &manifest);
    // The manifest alone, without the checks of verify(): which kind of pack a file is.
    static Result<PackManifest> peek(const QString &path);
    static Result<PackManifest> readManifest(sqlite3 *db, const char *schema);
    // Opens the file read-only and checks that it is a whole pack of a format this build reads:
    // its header, SQLite's structure check and the digest. The manifest of a sound pack; else
    // an InvalidInput error naming the file and what is wrong.
    static Result<PackManifest> verify(const QString &path);
};

} // namespace servicelens::network
