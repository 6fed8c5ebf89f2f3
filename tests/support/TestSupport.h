// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Clock.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

#include <sqlite3.h>

namespace servicelens::test {

// A fresh folder per test, with a Chinese name so every path the code builds is exercised
// with non-ASCII characters.
class TempFolder {
public:
    TempFolder()
        : m_dir(QDir::tempPath() + QStringLiteral("/servicelens-测试-XXXXXX"))
    {
        REQUIRE(m_dir.isValid());
    }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// 2026-11-22 10:00 in Shanghai: "now" in the tests unless a test says otherwise.
inline qint64 referenceNowMsecs()
{
    return QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone("Asia/Shanghai"))
        .toMSecsSinceEpoch();
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs SQL on the file with SQLite alone, behind the application's back: as the sqlite3 shell,
// another program or an older ServiceLens would.
inline void execOutside(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// A PDF's text as a reader's tools see it (poppler's pdftotext).
inline QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

inline std::unique_ptr<Workbook>
createWorkbook(const QString &path, const Clock &clock,
               const QString &branchName = QStringLiteral("上海浦东服务中心"))
{
    NewWorkbook spec;
    spec.branchName = branchName;
    Database::Options options;
    options.clock = &clock;
    options.actor = QStringLiteral("测试员");
    auto workbook = Workbook::create(path, spec, options);
    if (!workbook)
        FAIL(workbook.error().message.toStdString() + " / " +
             workbook.error().detail.toStdString());
    return std::move(*workbook);
}

// A new workbook in a private temporary folder, on the reference clock: what most tests start
// from. Members in construction order.
struct TempWorkbook {
    explicit TempWorkbook(const QString &fileName)
        : wb(createWorkbook(dir.file(fileName), clock))
        , db(wb->database())
    {}
    TempFolder dir;
    FixedClock clock{referenceNowMsecs()};
    std::unique_ptr<Workbook> wb;
    Database &db;
};

} // namespace servicelens::test

// Lets Catch print QStrings in failure messages.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
