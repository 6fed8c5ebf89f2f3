// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileProbe.h"

#include "ReadOnlyConnection.h"
#include "SqliteError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace servicelens {

Result<FileProbe> FileProbe::read(const QString &path)
{
    FileProbe probe;
    const QFileInfo info(path);
    probe.exists = info.exists();
    if (!probe.exists)
        return probe;
    if (info.isDir())
        return makeError(
            ErrorKind::NotAWorkbook,
            tr("“%1” is a folder, not a workbook file.").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return makeError(ErrorKind::NotAWorkbook,
                         tr("“%1” is not an ordinary file (a pipe or a device), not a workbook "
                            "file.")
                             .arg(QDir::toNativeSeparators(path)));
    probe.empty = info.size() == 0;
    if (probe.empty)
        return probe;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Io,
            tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    probe.isSqlite = header == QByteArray("SQLite format 3\0", 16);
    if (!probe.isSqlite)
        return probe;

    ReadOnlyConnection db(path);
    if (auto s = db.opened(); !s)
        return s.error();
    int rc = db.queryInt("PRAGMA application_id", &probe.applicationId);
    if (rc == SQLITE_OK)
        rc = db.queryInt("PRAGMA user_version", &probe.userVersion);
    if (rc == SQLITE_OK)
        rc = db.queryInt("SELECT count(*) FROM sqlite_schema", &probe.tableCount);
    if (rc != SQLITE_OK)
        // The system's reason too: on a full disk SQLite says only "disk I/O error" (it could
        // not make the -shm beside a WAL workbook), the errno says ENOSPC.
        return sqliteError(rc, tr("“%1” cannot be read.").arg(QDir::toNativeSeparators(path)),
                           db.message(), sqlite3_system_errno(db.get()));
    return probe;
}

Status FileProbe::checkIsWorkbook(const QString &path, int applicationId, int latest) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!exists)
        return makeError(ErrorKind::NotFound, tr("“%1” does not exist.").arg(shown));
    if (empty || !isSqlite)
        return makeError(
            ErrorKind::NotAWorkbook,
            tr("“%1” is not a ServiceLens workbook (not an SQLite database).").arg(shown));
    const bool ours = this->applicationId == applicationId;
    if (!ours && (this->applicationId != 0 || userVersion != 0 || tableCount > 0))
        return makeError(ErrorKind::NotAWorkbook,
                         tr("“%1” is an SQLite database of another program, not a "
                            "ServiceLens workbook.")
                             .arg(shown));
    if (!ours)
        return makeError(
            ErrorKind::NotAWorkbook,
            tr("“%1” is an empty SQLite database, not a ServiceLens workbook.").arg(shown));
    if (userVersion > latest)
        return makeError(ErrorKind::NewerVersion,
                         tr("“%1” was saved by a newer version of ServiceLens (workbook "
                            "format %2; this version reads up to %3). Update ServiceLens "
                            "to open it; the file was not changed.")
                             .arg(shown)
                             .arg(userVersion)
                             .arg(latest));
    return {};
}

} // namespace servicelens
