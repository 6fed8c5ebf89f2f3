// SPDX-License-Identifier: GPL-3.0-or-later
#include "FastQuery.h"

#include "Database.h"
#include "PostgresStatement.h"

#include <sqlite3.h>

#include <utility>

namespace servicelens {

FastQuery::FastQuery(const Database &db, const char *sql)
    : m_db(db)
    , m_sql(QString::fromUtf8(sql))
{
    if (db.isPostgres()) {
        m_postgres = std::make_unique<PostgresStatement>(db, sql);
        return;
    }
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, "prepare");
}

FastQuery::FastQuery(FastQuery &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_postgres(std::move(other.m_postgres))
    , m_sql(std::move(other.m_sql))
    , m_status(std::move(other.m_status))
{}

FastQuery::~FastQuery()
{
    sqlite3_finalize(m_stmt);
}

void FastQuery::fail(int rc, const char *what)
{
    if (!m_status)
        return; // keep the first error
    m_status = error(rc, what);
}

Error FastQuery::error(int rc, const char *what) const
{
    const bool writing = qstrcmp(what, "exec") == 0;
    return sqliteError(rc,
                       writing ? Database::tr("The workbook could not be written.")
                               : Database::tr("The workbook could not be read."),
                       QString::fromUtf8(sqlite3_errmsg(m_db.handle())) +
                           QStringLiteral(" (%1)\nSQL: ").arg(QLatin1String(what)) +
                           m_sql.simplified(),
                       sqlite3_system_errno(m_db.handle()));
}

int FastQuery::parameterCount() const
{
    if (m_postgres)
        return m_postgres->parameterCount();
    return m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0;
}

FastQuery &FastQuery::bind(int index, qint64 value)
{
    if (m_postgres)
        m_postgres->bindInt(index, value);
    if (m_stmt) {
        const int rc = sqlite3_bind_int64(m_stmt, index, value);
        if (rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

FastQuery &FastQuery::bind(int index, const QString &value)
{
    if (m_postgres)
        m_postgres->bindText(index, value.toUtf8());
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        const int rc =
            sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
        if (rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

FastQuery &FastQuery::bind(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

FastQuery &FastQuery::bindReal(int index, double value)
{
    if (m_postgres)
        m_postgres->bindReal(index, value);
    if (m_stmt) {
        const int rc = sqlite3_bind_double(m_stmt, index, value);
        if (rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

FastQuery &FastQuery::bindNull(int index)
{
    if (m_postgres)
        m_postgres->bindNull(index);
    if (m_stmt) {
        const int rc = sqlite3_bind_null(m_stmt, index);
        if (rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

FastQuery &FastQuery::bindUtf8(int index, const char *data, qsizetype size)
{
    if (m_postgres)
        m_postgres->bindText(index, QByteArray(data ? data : "", size));
    if (m_stmt) {
        const int rc = sqlite3_bind_text(m_stmt, index, data ? data : "", static_cast<int>(size),
                                         SQLITE_TRANSIENT);
        if (rc != SQLITE_OK)
            fail(rc, "bind");
    }
    return *this;
}

Status FastQuery::exec()
{
    if (m_postgres)
        return m_status ? m_postgres->exec() : m_status;
    if (!m_stmt || !m_status)
        return m_status;
    int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        rc = sqlite3_extended_errcode(m_db.handle());
    Status result;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        result = error(rc, "exec");
    sqlite3_reset(m_stmt);
    return result;
}

qint64 FastQuery::lastInsertId() const
{
    if (m_postgres) {
        // The identity the session drew last (PostgreSQL has no row ids).
        PostgresStatement last(m_db, "SELECT lastval()");
        Status ignored;
        return last.next(ignored) ? last.int64(0) : 0;
    }
    return sqlite3_last_insert_rowid(m_db.handle());
}

qint64 FastQuery::changes() const
{
    if (m_postgres)
        return m_db.postgresChanges();
    return sqlite3_changes64(m_db.handle());
}

bool FastQuery::next()
{
    if (m_postgres)
        return m_status && m_postgres->next(m_status);
    if (!m_stmt || !m_status)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(sqlite3_extended_errcode(m_db.handle()), "step");
    return false;
}

int FastQuery::columnCount() const
{
    if (m_postgres)
        return m_postgres->columnCount();
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool FastQuery::isNull(int column) const
{
    if (m_postgres)
        return m_postgres->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
qint64 FastQuery::int64(int column) const
{
    if (m_postgres)
        return m_postgres->int64(column);
    return sqlite3_column_int64(m_stmt, column);
}
double FastQuery::real(int column) const
{
    if (m_postgres)
        return m_postgres->real(column);
    return sqlite3_column_double(m_stmt, column);
}

QString FastQuery::text(int column) const
{
    if (m_postgres)
        return QString::fromUtf8(m_postgres->text(column), m_postgres->length(column));
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

const unsigned char *FastQuery::rawText(int column) const
{
    if (m_postgres)
        return reinterpret_cast<const unsigned char *>(m_postgres->text(column));
    return sqlite3_column_text(m_stmt, column);
}

void FastQuery::reset()
{
    if (m_postgres)
        m_postgres->reset();
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

} // namespace servicelens
