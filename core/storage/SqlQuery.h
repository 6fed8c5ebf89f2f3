// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <vector>

struct sqlite3;

namespace servicelens {

class Database;

// The one way core runs SQL through QtSql: prepared once, values always bound (never formatted
// into the text), forward-only, and failures returned as an Error carrying the SQL and SQLite's
// words. Reuse one SqlQuery in loops: rebind and exec again.
class SqlQuery final {
    Q_DECLARE_TR_FUNCTIONS(SqlQuery)

public:
    SqlQuery(const Database &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &bind(const QString &placeholder, const std::optional<qint64> &value);
    // Exact overloads so plain values do not compete between QVariant and std::optional.
    SqlQuery &bind(const QString &placeholder, qint64 value)
    {
        return bind(placeholder, QVariant(value));
    }
    SqlQuery &bind(const QString &placeholder, int value)
    {
        return bind(placeholder, QVariant(value));
    }
    SqlQuery &bind(const QString &placeholder, double value)
    {
        return bind(placeholder, QVariant(value));
    }
    // A null QString binds '' (text columns are NOT NULL); pass a null QVariant for NULL.
    SqlQuery &bind(const QString &placeholder, const QString &value)
    {
        return bind(placeholder,
                    value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value));
    }

    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    // A nullable integer column (an id, a time): none for NULL.
    std::optional<qint64> optionalId(int column) const
    {
        const QVariant v = m_query.value(column);
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // exec(), then the first column of the first row (an invalid QVariant when no row).
    Result<QVariant> scalar();

    // exec(), then every row (or the first row, if any) turned into a T by `convert`, which
    // takes this query positioned on the row.
    template <typename T, typename Convert> Result<std::vector<T>> all(Convert convert)
    {
        if (auto s = exec(); !s)
            return s.error();
        std::vector<T> rows;
        while (next())
            rows.push_back(convert(*this));
        return rows;
    }
    template <typename T, typename Convert> Result<std::optional<T>> first(Convert convert)
    {
        if (auto s = exec(); !s)
            return s.error();
        if (!next())
            return std::optional<T>();
        return std::optional<T>(convert(*this));
    }

    // LIKE pattern matching `text` literally anywhere; use with ESCAPE '\'.
    static QString likeContains(const QString &text);

private:
    Error error(const QString &what) const;

    QSqlQuery m_query;
    QString m_sql;
    sqlite3 *m_handle = nullptr; // for the system error behind a failure (a full disk)
    const Database &m_db;
    bool m_prepared = false;
};

} // namespace servicelens
