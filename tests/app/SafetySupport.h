// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the data safety tests share: demo workbooks, reading a column or a row with SQLite
// directly (not through ServiceLens), the files in a folder, a really small disk, and running
// an import.
#include "TestSupport.h"

#include "ServicelensProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTimeZone>

#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace servicelens::test {

inline QString lastMonth()
{
    return QDateTime::currentDateTime()
        .toTimeZone(QTimeZone("Asia/Shanghai"))
        .date()
        .addMonths(-1)
        .toString(QStringLiteral("yyyy-MM"));
}

inline QString makeDemo(const QString &path, int orders)
{
    const Run init = runServicelens({QStringLiteral("init"), QStringLiteral("--db"), path,
                                     QStringLiteral("--demo"), QStringLiteral("--orders"),
                                     QString::number(orders)});
    INFO(init.err.toStdString());
    REQUIRE(init.status == 0);
    return path;
}

inline QStringList firstColumn(const QString &db, const char *sql)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(db).constData(), &h, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr) == SQLITE_OK);
    QStringList values;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(h);
    return values;
}

inline QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// A small file system that fills up for real (ENOSPC), mounted for the test and removed after.
// Needs root (CI and the developers' machines run the tests as root).
class SmallDisk {
public:
    SmallDisk(const QString &folder, int kilobytes)
        : m_folder(folder)
    {
        REQUIRE(QDir().mkpath(folder));
        const QByteArray options = "size=" + QByteArray::number(kilobytes) + "k,mode=0777";
        m_mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0,
                            options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    // Leaves about `kilobytes` free.
    void fillLeaving(int kilobytes)
    {
        QFile filler(m_folder + QStringLiteral("/填满"));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append));
        const QByteArray block(1024, 'x');
        while (freeKilobytes() > kilobytes)
            if (filler.write(block) != block.size() || !filler.flush())
                break;
    }
    qint64 freeKilobytes() const
    {
        struct statvfs s {};
        statvfs(QFile::encodeName(m_folder).constData(), &s);
        return static_cast<qint64>(s.f_bavail) * static_cast<qint64>(s.f_frsize) / 1024;
    }

private:
    QString m_folder;
    bool m_mounted = false;
};

// One row of a table as text, every column but the time of the last change.
inline QString rowText(const QString &db, const QString &sql)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(db).constData(), &h, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK);
    QStringList cells;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            if (qstrcmp(sqlite3_column_name(stmt, c), "updated_at") != 0)
                cells << QString::fromUtf8(sqlite3_column_name(stmt, c)) + QLatin1Char('=') +
                             QString::fromUtf8(
                                 reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
    sqlite3_finalize(stmt);
    sqlite3_close(h);
    return cells.join(QLatin1Char('|'));
}

// An import that adds the people the file names (--create-staff): these tests are about
// other things than the staff list.
inline Run importCsv(const char *kind, const QString &db, const QString &csv)
{
    return runServicelens({QStringLiteral("import"), QString::fromLatin1(kind),
                           QStringLiteral("--db"), db, QStringLiteral("--in"), csv,
                           QStringLiteral("--create-staff")});
}

} // namespace servicelens::test
