// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuery.h"

#include "Database.h"
#include "PostgresError.h"

#include <QSqlError>

#include <sqlite3.h>

namespace servicelens {

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_query(db.connection())
    , m_sql(sql)
    , m_handle(db.handle())
    , m_db(db)
{
    // On PostgreSQL a forward-only query is read row by row from the server, which keeps the
    // connection busy until its last row: a second query (or FastQuery) meanwhile would cut it
    // short. There every result is fetched whole instead.
    m_query.setForwardOnly(!db.isPostgres());
    m_prepared = m_query.prepare(sql);
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const std::optional<qint64> &value)
{
    m_query.bindValue(placeholder,
                      value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

Error SqlQuery::error(const QString &what) const
{
    const QSqlError e = m_query.lastError();
    if (m_db.isPostgres())
        return postgresError(e.nativeErrorCode().toLatin1(), what,
                             e.text() + QStringLiteral("\nSQL: ") + m_sql.simplified());
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return sqliteError(ok ? code : 1, what,
                       e.text() + QStringLiteral("\nSQL: ") + m_sql.simplified(),
                       m_handle ? sqlite3_system_errno(m_handle) : 0);
}

Status SqlQuery::exec()
{
    if (!m_prepared)
        return error(tr("The workbook could not be read."));
    if (!m_query.exec())
        return error(tr("The workbook could not be read or written."));
    return {};
}

qint64 SqlQuery::lastInsertId() const
{
    if (!m_db.isPostgres())
        return m_query.lastInsertId().toLongLong();
    // QPSQL reports OIDs, which tables have no more: the identity the session drew last.
    QSqlQuery last(m_db.connection());
    return last.exec(QStringLiteral("SELECT lastval()")) && last.next() ? last.value(0).toLongLong()
                                                                        : 0;
}

Result<QVariant> SqlQuery::scalar()
{
    if (auto s = exec(); !s)
        return s.error();
    if (!m_query.next())
        return QVariant();
    QVariant v = m_query.value(0);
    m_query.finish();
    return v;
}

QString SqlQuery::likeContains(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

} // namespace servicelens
