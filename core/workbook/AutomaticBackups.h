// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace servicelens {

class Clock;

// The copies ServiceLens makes by itself, in the folder beside the workbook
// (<name>.backups/): one a day when the workbook is first opened that day, the last seven kept,
// and one before each upgrade (kept). They are ordinary workbooks; restoring one puts the
// current file aside in the same folder, never deletes it.
class AutomaticBackups final {
    Q_DECLARE_TR_FUNCTIONS(AutomaticBackups)

public:
    static constexpr int dailyKept = 7;

    struct Backup {
        enum class Kind { Daily, BeforeUpgrade, Replaced };
        QString path;
        Kind kind = Kind::Daily;
        QDateTime made; // from the file's name (local time)
        qint64 bytes = 0;
    };

    static QString folderFor(const QString &workbookPath);
    // Today's backup, unless one was made today already; then only the last seven daily ones
    // are kept. Returns the new backup's path, or an empty string when there was one already.
    // Reads the file through a connection of its own (checked, then copied with SQLite's
    // backup API), so it can run on a worker thread while the window works on the workbook.
    static Result<QString> makeDaily(const QString &workbookPath, const Clock &clock);
    // Every backup of the workbook, newest first.
    static std::vector<Backup> list(const QString &workbookPath);
    // Replaces the workbook (closed by the caller) by `backup`, after checking the backup is
    // sound; the current file, if any, is moved into the backup folder as "replaced". Returns
    // where the replaced file went (empty when there was none).
    static Result<QString> restore(const QString &backup, const QString &workbookPath,
                                   const Clock &clock);
};

} // namespace servicelens
