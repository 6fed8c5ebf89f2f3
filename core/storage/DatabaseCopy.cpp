// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseCopy.h"

#include "Database.h"
#include "SqliteError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace servicelens {

Status DatabaseCopy::copy(sqlite3 *source, const QString &target)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return makeError(ErrorKind::Conflict, Database::tr("“%1” already exists.").arg(shown));
    // The copy is made in a private folder (0700) beside the target, on the same file system,
    // and renamed out of it whole: a failure or a kill leaves no fragment and no journal under
    // a name of the user's, and the folder goes with it.
    QTemporaryDir work(QFileInfo(target).absolutePath() + QStringLiteral("/.servicelens-XXXXXX"));
    if (!work.isValid())
        return makeError(ErrorKind::Io,
                         Database::tr("“%1” cannot be written: %2").arg(shown, work.errorString()));
    const QString temp = work.filePath(QStringLiteral("copy"));

    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temp).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            // One step copies everything under a read lock: a consistent snapshot, and the
            // writer is this same connection, so nothing can change it meanwhile.
            sqlite3_backup_step(backup, -1);
            rc = sqlite3_backup_finish(backup);
        } else {
            rc = sqlite3_errcode(dest);
        }
    }
    const QString message = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : "out of memory");
    const int systemErrno = dest ? sqlite3_system_errno(dest) : 0;
    // The copy keeps the source's WAL flag; close merges its log into the file.
    sqlite3_close_v2(dest);
    if (rc != SQLITE_OK)
        return sqliteError(rc, Database::tr("The backup to “%1” failed.").arg(shown), message,
                           systemErrno);
    // link fails on an existing name, where rename would replace it; file systems without
    // links (FAT on a USB stick) get a rename after a last look.
    const QByteArray from = QFile::encodeName(temp);
    const QByteArray to = QFile::encodeName(target);
    int linked = ::link(from.constData(), to.constData());
    if (linked != 0 && (errno == EPERM || errno == EOPNOTSUPP) && !QFileInfo::exists(target))
        linked = ::rename(from.constData(), to.constData());
    if (linked != 0)
        return makeError(ErrorKind::Io,
                         Database::tr("The backup could not be saved as “%1”.").arg(shown),
                         QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

} // namespace servicelens
