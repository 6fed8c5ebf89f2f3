// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackFile.h"

#include "org/Branch.h"
#include "storage/Result.h"

#include <QCoreApplication>

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

    // The settings that remember a branch's last pack.
    static QString settingKey(const Branch &branch, const char *what);

private:
    Status fill(const Branch &branch, qint64 since, qint64 lastAudit);
    Status select(const Branch &branch, qint64 since);

    Database &m_db;
};

} // namespace servicelens::network
