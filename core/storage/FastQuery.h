// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace servicelens {

class Database;
class PostgresStatement;

// A prepared statement on the raw SQLite connection, for the hot read paths (KPIs over a
// million orders): QtSql's per-value QVariant costs more than SQLite's own work there
// (PERF-NOTES.md). Values are bound by position, never formatted into the SQL. On a head-office
// store on PostgreSQL the same SQL runs through libpq (PostgresStatement): write it in the
// words both engines share.
class FastQuery final {
public:
    FastQuery(const Database &db, const char *sql);
    ~FastQuery();
    FastQuery(const FastQuery &) = delete;
    FastQuery &operator=(const FastQuery &) = delete;
    // Moved, the statement is the new object's (a function can build and bind one).
    FastQuery(FastQuery &&other) noexcept;

    // 1-based, as in SQLite.
    FastQuery &bind(int index, qint64 value);
    FastQuery &bind(int index, const QString &value);
    FastQuery &bind(int index, std::optional<qint64> value); // nullopt binds NULL
    FastQuery &bindReal(int index, double value);
    FastQuery &bindNull(int index);
    // Text already in UTF-8, copied by SQLite; saves a conversion in bulk writers.
    FastQuery &bindUtf8(int index, const char *data, qsizetype size);

    // How many parameters the statement has (the highest ?N).
    int parameterCount() const;

    // Runs a statement that returns no rows (INSERT, UPDATE, ...) and rewinds it, keeping the
    // bindings; a failure is returned, not kept, so the statement stays usable.
    Status exec();
    // The row id of the last insert on the connection.
    qint64 lastInsertId() const;
    // The rows the last INSERT, UPDATE or DELETE on the connection changed.
    qint64 changes() const;

    // Steps to the next row; false at the end or on error (see status()).
    bool next();
    // The columns of the statement's rows.
    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step; for comparisons in hot loops.
    const unsigned char *rawText(int column) const;

    // Rewinds for another run with new bindings.
    void reset();
    // The first error met, if any.
    const Status &status() const { return m_status; }

private:
    void fail(int rc, const char *what);
    Error error(int rc, const char *what) const;

    const Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<PostgresStatement> m_postgres;
    QString m_sql;
    Status m_status;
};

} // namespace servicelens
