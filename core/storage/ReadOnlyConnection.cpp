// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadOnlyConnection.h"

#include "Database.h"
#include "SqliteError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace servicelens {

namespace {

bool readOnlyMedium(const QString &path)
{
    return ReadOnlyConnection::walAbsent(path) &&
           !QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

} // namespace

ReadOnlyConnection::ReadOnlyConnection(const QString &path)
    : m_path(path)
    , m_walWasAbsent(walAbsent(path))
{
    m_rc = sqlite3_open_v2(nameFor(path).constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                           nullptr);
    if (m_db)
        sqlite3_busy_timeout(m_db, 5000);
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    sqlite3_close_v2(m_db);
    if (m_walWasAbsent)
        tidyWalCompanions(m_path);
}

Status ReadOnlyConnection::opened() const
{
    if (m_rc == SQLITE_OK)
        return {};
    return sqliteError(m_rc,
                       Database::tr("“%1” cannot be opened.").arg(QDir::toNativeSeparators(m_path)),
                       message());
}

QString ReadOnlyConnection::message() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

int ReadOnlyConnection::queryInt(const char *sql, int *out) const
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int(stmt, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    return rc;
}

bool ReadOnlyConnection::walAbsent(const QString &path)
{
    return !QFileInfo::exists(path + QStringLiteral("-wal"));
}

void ReadOnlyConnection::tidyWalCompanions(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() != 0 || !QFileInfo(path).isWritable())
        return;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK)
        sqlite3_exec(db, "PRAGMA user_version", nullptr, nullptr, nullptr); // opens the log
    sqlite3_close_v2(db);
}

QByteArray ReadOnlyConnection::nameFor(const QString &path)
{
    if (!readOnlyMedium(path))
        return QFile::encodeName(path);
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() +
           QByteArrayLiteral("?immutable=1");
}

} // namespace servicelens
