// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArrayList>
#include <QStringList>

namespace servicelens {

class Database;

// The secondary indexes of some tables set aside for a bulk load and made again before the
// transaction commits, from their own SQL, so the schema ends exactly as it was: SQLite builds an
// index from the sorted keys faster than it keeps it up to date row by row (a million-order demo
// workbook: 21.8 s instead of 24.5 s). The constraints written in a table (UNIQUE, PRIMARY KEY)
// keep their indexes and stay enforced throughout; a CREATE UNIQUE INDEX is set aside too and
// checked when made again (a duplicate then fails the rebuild, and with it the transaction).
// For a workbook being filled in one transaction (the demo); an import into a workbook in use
// keeps its indexes (measured slower there: rows in time order, lookups during the load).
class DeferredIndexes final {
public:
    // Inside a write transaction: drops the tables' indexes that have SQL of their own.
    static Result<DeferredIndexes> drop(Database &db, const QStringList &tables);
    // Creates them again, in the same transaction.
    Status rebuild();

private:
    explicit DeferredIndexes(Database &db)
        : m_db(&db)
    {}

    Database *m_db;
    QByteArrayList m_sql;
};

} // namespace servicelens
