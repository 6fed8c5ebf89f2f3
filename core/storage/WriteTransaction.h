// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace servicelens {

class Database;

// Everything that belongs together is written inside one of these. It rolls back unless
// commit() succeeds. The outermost one starts with BEGIN IMMEDIATE, taking the write lock at
// once (a deferred BEGIN that reads and then writes can fail with "database is locked" under
// WAL instead of waiting, see PERF-NOTES.md). Nested ones are savepoints, so a repository
// method that opens its own transaction can also run inside an import's.
class WriteTransaction final {
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether the transaction began; check before writing.
    const Status &status() const { return m_begun; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_begun;
    int m_level = 0; // 1 for the outermost, >1 for a savepoint
    bool m_active = false;
};

} // namespace servicelens
