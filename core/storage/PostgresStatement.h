// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>

#include <vector>

struct pg_conn;
struct pg_result;

namespace servicelens {

class Database;

// FastQuery's statement on a PostgreSQL store: the same SQL (translate()),
// prepared on the server once per set of bound types and run through libpq on QPSQL's
// connection, values always bound apart from the text. A query's rows are fetched whole when it
// first runs (a head office reads one branch and month at a time).
class PostgresStatement final {
public:
    PostgresStatement(const Database &db, const char *sql);
    ~PostgresStatement();
    PostgresStatement(const PostgresStatement &) = delete;
    PostgresStatement &operator=(const PostgresStatement &) = delete;

    // The SQL in PostgreSQL's words, outside quotes: SQLite's numbered and bare parameters
    // ($1…), and its schema names main., temp. and pack. (the store, the session's temporary
    // tables, a staged pack); SQLite's planner hint INDEXED BY is left out.
    // `parameters`, when given, is raised to the highest parameter number.
    static QByteArray translate(const char *sql, int *parameters = nullptr);

    void bindInt(int index, qint64 value);
    void bindReal(int index, double value);
    void bindText(int index, QByteArray utf8);
    void bindNull(int index);
    int parameterCount() const { return m_parameterCount; }

    Status exec();
    // The next row (the statement runs on the first call); false at the end or on an error.
    bool next(Status &status);
    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    const char *text(int column) const;
    int length(int column) const;
    void reset();

private:
    struct Parameter {
        unsigned type = 0; // an Oid; 0 lets the server infer it (NULL)
        QByteArray value;
        bool null = true;
    };
    Parameter &parameter(int index);
    Status run();
    Status prepare();
    Error failure(const pg_result *result, bool writing) const;

    const Database &m_db;
    pg_conn *m_conn;
    int m_parameterCount = 0; // before m_sql: translating the SQL counts them
    QByteArray m_sql;
    QByteArray m_name;
    QByteArray m_preparedTypes; // the bound types the server's statement was prepared for
    bool m_prepared = false;
    int m_runs = 0; // the first run is sent unprepared
    std::vector<Parameter> m_parameters;
    pg_result *m_result = nullptr;
    int m_row = -1;
    bool m_ran = false;
};

} // namespace servicelens
