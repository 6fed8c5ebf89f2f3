// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace servicelens {

// A raw read-only SQLite connection, closed on scope exit. Used to look at a file before any
// connection that could write to it (or switch its journal mode) exists, and for the checks
// that must never change a byte of it.
class ReadOnlyConnection final {
public:
    explicit ReadOnlyConnection(const QString &path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    int openCode() const { return m_rc; }
    // An error naming the file when it could not be opened; ok otherwise.
    Status opened() const;
    sqlite3 *get() const { return m_db; }
    QString message() const;
    // Runs a statement returning one integer; returns the SQLite code.
    int queryInt(const char *sql, int *out) const;

    // Whether the workbook has no -wal beside it (then reading must not leave one).
    static bool walAbsent(const QString &path);
    // A read-only connection to a WAL workbook creates SQLite's -wal and -shm beside it and, as it
    // may not checkpoint, leaves them there. When they were not there before it opened, a brief
    // read-write connection that only reads takes them away the way SQLite does when its last
    // connection closes: under an exclusive lock, only when nobody else has the file open, and with
    // an empty log, so not a byte of the workbook is written. A file that cannot be written (a
    // read-only medium) never had them created.
    static void tidyWalCompanions(const QString &path);
    // The name to give SQLite for a read-only connection: the plain path or, for a WAL
    // workbook on a read-only medium (a write-protected stick, a folder one may only read),
    // which cannot get the -shm SQLite needs and cannot change either, an immutable URI.
    static QByteArray nameFor(const QString &path);

private:
    QString m_path;
    bool m_walWasAbsent = false;
    sqlite3 *m_db = nullptr;
    int m_rc = 0;
};

} // namespace servicelens
