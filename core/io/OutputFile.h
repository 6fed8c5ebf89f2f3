// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QByteArray;
class QTemporaryDir;

namespace servicelens::io {

// The one way ServiceLens writes a file for the user (report, export, backup, copy): the file
// is whole or absent. The bytes go to a file with no name in the target's folder (Linux
// O_TMPFILE; a hidden temporary name where the file system lacks it), every write is checked for
// its full length, the file is flushed and synced, and only then linked in place of the target
// with one rename. A failure, or an OutputFile destroyed without commit(), leaves the folder as
// it was: an earlier file of that name untouched, no fragment beside it.
//
// An export never replaces a database: a target that is an SQLite file (a workbook, whatever
// its name or the link that leads to it), an SQLite side file (-wal, -shm, -journal) or anything
// but a plain file is refused before a byte is written.
class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(QString target);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    Status open();
    Status write(const char *data, qint64 size);
    Status write(const QByteArray &bytes);
    Status commit();
    // Throws the written bytes away; the target stays as it was.
    void discard();

    // open + write + commit.
    static Status writeWhole(const QString &target, const QByteArray &bytes);
    // Streams `source` (a finished file, typically in a private temporary folder) into `target`.
    static Status copyInto(const QString &source, const QString &target);
    // Whether `target` may be written: refuses databases, their side files, folders and
    // special files, with a message naming the file.
    static Status checkTarget(const QString &target);
    // The message for a failed write: a full disk is named as such.
    static Error writeError(const QString &target, int systemErrno);

    // A folder only this user can enter (0700) in the machine's temporary folder, removed with
    // the object: where an output holding personal data is built before only the finished
    // result is copied beside the target (which may be a USB stick or a share).
    static Result<std::unique_ptr<QTemporaryDir>> privateFolder();

private:
    QString m_target;
    QString m_namedTemporary; // set only where the file system has no unnamed files
    int m_fd = -1;
};

} // namespace servicelens::io
