// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackFile.h"

#include "org/Branch.h"
#include "storage/Result.h"

#include <QCoreApplication>

#include <functional>

namespace servicelens {
class Database;
}

namespace servicelens::network {

// Writes what a branch changed since its last pack (or its whole history) into a pack for head
// office (FORMATS.md, `pack`): every row of that branch changed at or after the previous pack's
// time, with the rows they refer to (an order's customer, a callback's order, every staff
// member), so that any pack merged alone, twice or out of order leaves no reference dangling;
// children travel with their parents; the shared lists whole; the audit records written since.
// The pack is built in a private temporary folder and copied to the target whole or not at
// all; only then does the workbook note the pack (its time, number and last audit record).
class PackWriter final {
    Q_DECLARE_TR_FUNCTIONS(PackWriter)

public:
    explicit PackWriter(Database &db)
        : m_db(db)
    {}

    Result<PackManifest> write(const QString &target, const Branch &branch, bool wholeHistory);
    // At head office: a pack of head office's own records for every branch (the shared lists,
    // the calendar, the SLA policies, the targets), whole each time.
    Result<PackManifest> writeHeadOffice(const QString &target);

    // The settings that remember a branch's last pack.
    static QString settingKey(const Branch &branch, const char *what);

private:
    struct Notes {
        qint64 sequence = 0;
        qint64 since = 0;
        qint64 audit = 0;
    };
    Status checkTarget(const QString &target) const;
    Result<Notes> readNotes(const QString &prefix) const;
    // The notes of a pack that is whole at its target, under `prefix`, in their own transaction.
    Status note(const QString &prefix, const Notes &notes);
    // Builds the pack in a private folder (its tables by `fillTables`, in one snapshot), copies
    // it to the target whole, then notes it under `notePrefix`.
    Result<PackManifest> build(const QString &target, PackManifest &m, const QString &notePrefix,
                               qint64 lastAudit, const std::function<Status()> &fillTables);
    Status fill(const Branch &branch, qint64 since, qint64 lastAudit);
    Status fillHeadOffice();
    // A head-office store on PostgreSQL: its records copied into a private workbook and packed
    // from there.
    Result<PackManifest> writeHeadOfficeFromServer(const QString &target);
    // Every row of `select` on this store into `table` of `into`, column for column.
    Status copyRows(Database &into, const QByteArray &select, const QByteArray &table);
    Status select(const Branch &branch, qint64 since);

    Database &m_db;
};

} // namespace servicelens::network
