// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace servicelens {

class Database;

// Turns SQLite's foreign-key enforcement off for a bulk write whose references are correct by
// construction (every id it writes was just looked up or created in the same transaction), and
// back on when it goes. Enforcement costs three parent lookups per order row, about 11 % of a
// million-row import (measured, see bench/README.md). SQLite ignores the pragma inside a
// transaction, so the guard must be made before the write transaction begins; made inside
// one, it changes nothing and enforcement simply stays on.
class ForeignKeysSuspended final {
public:
    explicit ForeignKeysSuspended(Database &db);
    ~ForeignKeysSuspended();
    ForeignKeysSuspended(const ForeignKeysSuspended &) = delete;
    ForeignKeysSuspended &operator=(const ForeignKeysSuspended &) = delete;

    // Whether enforcement is off now because of this guard.
    bool active() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace servicelens
