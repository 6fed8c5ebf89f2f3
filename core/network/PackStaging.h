// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::network {

// A verified pack made readable to a head-office store on PostgreSQL as ATTACH makes it on
// SQLite: each of its tables copied into a temporary table of the session, pg_temp.pack_<table>
// (the merge's SQL names it pack.<table>), with the pack's row order in a column `rowid`.
// Streamed with COPY, the fastest way into PostgreSQL; the tables go when the object does.
class PackStaging final {
    Q_DECLARE_TR_FUNCTIONS(PackStaging)

public:
    explicit PackStaging(Database &store)
        : m_db(store)
    {}
    ~PackStaging();
    PackStaging(const PackStaging &) = delete;
    PackStaging &operator=(const PackStaging &) = delete;

    Status load(const QString &packPath);

private:
    Status copyTable(void *pack, const QByteArray &table);

    Database &m_db;
    QByteArrayList m_tables;
};

} // namespace servicelens::network
