// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresStatement.h"

#include "Database.h"
#include "PostgresError.h"

#include <QAtomicInteger>

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>
#include <cstring>

namespace servicelens {

namespace {

// pg_type.dat
constexpr Oid int8Oid = 20;
constexpr Oid float8Oid = 701;
constexpr Oid textOid = 25;

QByteArray nextStatementName()
{
    static QAtomicInteger<quint64> counter;
    return "sl_fast_" + QByteArray::number(counter.fetchAndAddRelaxed(1));
}

} // namespace

QByteArray PostgresStatement::translate(const char *sql, int *parameters)
{
    // SQLite's schema names as the same places on PostgreSQL: the store's own tables (main.),
    // the session's temporary tables (temp.), and a pack staged by PackStaging (pack.).
    static const std::pair<const char *, const char *> schemas[] = {
        {"main.", ""}, {"temp.", "pg_temp."}, {"pack.", "pg_temp.pack_"}};
    QByteArray out;
    int bare = 0;
    char quote = 0;
    auto isWordChar = [](char c) {
        return c == '_' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= '0' && c <= '9');
    };
    for (const char *p = sql; *p; ++p) {
        const char c = *p;
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0; // a doubled quote closes and reopens: same result
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c == '?') {
            int n = 0;
            if (p[1] >= '0' && p[1] <= '9') {
                while (p[1] >= '0' && p[1] <= '9')
                    n = n * 10 + (*++p - '0');
            } else {
                n = ++bare;
            }
            out += '$' + QByteArray::number(n);
            if (parameters)
                *parameters = std::max(*parameters, n);
            continue;
        }
        if ((p == sql || !isWordChar(p[-1])) && std::strncmp(p, "INDEXED BY ", 11) == 0) {
            // SQLite's planner hint means nothing to PostgreSQL's planner: left out, with the
            // index's name.
            p += 11;
            while (isWordChar(p[1]))
                ++p;
            if (p[1] == ' ')
                ++p;
            continue;
        }
        if (p == sql || !isWordChar(p[-1])) {
            bool renamed = false;
            for (const auto &[from, to] : schemas) {
                const size_t n = std::strlen(from);
                if (std::strncmp(p, from, n) == 0) {
                    out += to;
                    p += n - 1;
                    renamed = true;
                    break;
                }
            }
            if (renamed)
                continue;
        }
        out += c;
    }
    return out;
}

PostgresStatement::PostgresStatement(const Database &db, const char *sql)
    : m_db(db)
    , m_conn(db.postgresHandle())
    , m_sql(translate(sql, &m_parameterCount))
    , m_name(nextStatementName())
{
    m_parameters.resize(static_cast<size_t>(m_parameterCount));
}

PostgresStatement::~PostgresStatement()
{
    PQclear(m_result);
    if (m_prepared)
        PQclear(PQexec(m_conn, QByteArray("DEALLOCATE " + m_name).constData()));
}

PostgresStatement::Parameter &PostgresStatement::parameter(int index)
{
    if (index < 1 || index > m_parameterCount) {
        static Parameter ignored;
        return ignored = Parameter(); // as SQLite: binding a parameter the SQL lacks is harmless
    }
    return m_parameters[static_cast<size_t>(index - 1)];
}

void PostgresStatement::bindInt(int index, qint64 value)
{
    parameter(index) = {int8Oid, QByteArray::number(value), false};
}

void PostgresStatement::bindReal(int index, double value)
{
    parameter(index) = {float8Oid, QByteArray::number(value, 'g', 17), false};
}

void PostgresStatement::bindText(int index, QByteArray utf8)
{
    parameter(index) = {textOid, std::move(utf8), false};
}

void PostgresStatement::bindNull(int index)
{
    parameter(index) = Parameter();
}

Error PostgresStatement::failure(const pg_result *result, bool writing) const
{
    return postgresError(result, PQerrorMessage(m_conn),
                         writing ? Database::tr("The store could not be written.")
                                 : Database::tr("The store could not be read."),
                         QStringLiteral("SQL: ") + QString::fromUtf8(m_sql).simplified());
}

Status PostgresStatement::prepare()
{
    QByteArray types;
    std::vector<Oid> oids;
    for (const Parameter &p : m_parameters) {
        oids.push_back(p.type);
        types += QByteArray::number(p.type) + ',';
    }
    if (m_prepared && types == m_preparedTypes)
        return {};
    if (m_prepared) {
        PQclear(PQexec(m_conn, QByteArray("DEALLOCATE " + m_name).constData()));
        m_prepared = false;
    }
    PGresult *r =
        PQprepare(m_conn, m_name.constData(), m_sql.constData(), m_parameterCount, oids.data());
    Status s;
    if (PQresultStatus(r) != PGRES_COMMAND_OK)
        s = failure(r, false);
    else {
        m_preparedTypes = types;
        m_prepared = true;
    }
    PQclear(r);
    return s;
}

Status PostgresStatement::run()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_ran = true;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<Oid> types;
    for (const Parameter &p : m_parameters) {
        values.push_back(p.null ? nullptr : p.value.constData());
        lengths.push_back(static_cast<int>(p.value.size()));
        types.push_back(p.type);
    }
    // Most statements run once (a figure's query, one per branch): sent with their values in one
    // round trip. One run again (a merge's loop) is prepared on the server from then on, saving
    // the parsing and planning of every later run; preparing costs two more round trips (the
    // PREPARE, and the DEALLOCATE when the statement goes), so a statement run once is not.
    if (++m_runs == 1) {
        m_result = PQexecParams(m_conn, m_sql.constData(), m_parameterCount, types.data(),
                                values.data(), lengths.data(), nullptr, 0);
    } else {
        if (auto s = prepare(); !s)
            return s;
        m_result = PQexecPrepared(m_conn, m_name.constData(), m_parameterCount, values.data(),
                                  lengths.data(), nullptr, 0);
    }
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return failure(m_result, true);
    const char *changed = PQcmdTuples(m_result);
    m_db.noteChanges(changed && *changed ? std::atoll(changed) : 0);
    return {};
}

Status PostgresStatement::exec()
{
    const Status s = run();
    PQclear(m_result);
    m_result = nullptr;
    m_ran = false;
    return s;
}

bool PostgresStatement::next(Status &status)
{
    if (!m_ran) {
        if (auto s = run(); !s) {
            status = s;
            return false;
        }
    }
    if (!m_result || m_row + 1 >= PQntuples(m_result))
        return false;
    ++m_row;
    return true;
}

int PostgresStatement::columnCount() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PostgresStatement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

qint64 PostgresStatement::int64(int column) const
{
    const char *v = PQgetvalue(m_result, m_row, column);
    // SQLite answers a comparison with 1 or 0, PostgreSQL with a boolean.
    if (v[0] == 't' && v[1] == 0)
        return 1;
    if (v[0] == 'f' && v[1] == 0)
        return 0;
    qint64 value = 0;
    std::from_chars(v, v + std::strlen(v), value);
    return value;
}

double PostgresStatement::real(int column) const
{
    // Not strtod: the decimal point must not follow the user's locale.
    const char *v = PQgetvalue(m_result, m_row, column);
    double value = 0;
    if (std::from_chars(v, v + std::strlen(v), value).ec != std::errc())
        value = std::strtod(v, nullptr); // "Infinity", "NaN"
    return value;
}

const char *PostgresStatement::text(int column) const
{
    return PQgetvalue(m_result, m_row, column);
}

int PostgresStatement::length(int column) const
{
    return PQgetlength(m_result, m_row, column);
}

void PostgresStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_ran = false;
    for (Parameter &p : m_parameters)
        p = Parameter(); // as sqlite3_clear_bindings
}

} // namespace servicelens
