// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged and hostile files given to the real binary: each command gives a clear message, exits
// with FORMATS.md's status, and leaves the file (and the folder around it) exactly as it was.
#include "TestSupport.h"

#include "ServicelensProcess.h"

#include "demo/DemoRandom.h"

#include <QDir>
#include <QFile>

#include <csignal>
#include <cstring>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace servicelens::test;

namespace {

// The folder's file names and each file's hash: "nothing modified" is this, unchanged.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &f :
         QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
        files.insert(f.fileName(), f.isDir() ? QByteArray("<dir>") : fileHash(f.filePath()));
    return files;
}

QString ordersCsv(const QString &folder, int rows)
{
    const QString path =
        folder + QStringLiteral("/../工单-") + QString::number(rows) + QStringLiteral(".csv");
    QByteArray text =
        "order_id,received_at,closed_at,priority,technician,customer,customer_phone\n";
    for (int i = 1; i <= rows; ++i)
        text += "H" + QByteArray::number(i) + ",2026-10-01 09:00,2026-10-03 10:00,normal,T0" +
                QByteArray::number(i % 9 + 1) + ",客户" + QByteArray::number(i % 700) + ",1390000" +
                QByteArray::number(1000 + i % 700) + "\n";
    writeFile(path, text);
    return QDir::cleanPath(path);
}

struct Outcome {
    QString command;
    Run run;
};

// Every command that reads or writes a workbook, run on `db`; the folder must not change.
std::vector<Outcome> everyCommand(const QString &db, const QString &csv, const QString &outDir,
                                  const std::function<void()> &inChild = {})
{
    const QString dbArg = db;
    const std::vector<std::pair<QString, QStringList>> commands = {
        {QStringLiteral("check"), {QStringLiteral("check"), QStringLiteral("--db"), dbArg}},
        {QStringLiteral("kpi"),
         {QStringLiteral("kpi"), QStringLiteral("--db"), dbArg, QStringLiteral("--month"),
          QStringLiteral("2026-10")}},
        {QStringLiteral("import"),
         {QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("--db"), dbArg,
          QStringLiteral("--in"), csv}},
        {QStringLiteral("report"),
         {QStringLiteral("report"), QStringLiteral("--db"), dbArg, QStringLiteral("--month"),
          QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("csv"),
          QStringLiteral("--out"), outDir + QStringLiteral("/月报.csv")}},
        {QStringLiteral("inspection export"),
         {QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("--db"), dbArg,
          QStringLiteral("--out"), outDir + QStringLiteral("/巡检.json")}},
        {QStringLiteral("inspection export-template"),
         {QStringLiteral("inspection"), QStringLiteral("export-template"), QStringLiteral("--db"),
          dbArg, QStringLiteral("--out"), outDir + QStringLiteral("/模板.json")}},
        {QStringLiteral("backup"),
         {QStringLiteral("backup"), QStringLiteral("--db"), dbArg, QStringLiteral("--out"),
          outDir + QStringLiteral("/备份.servicelens")}},
        {QStringLiteral("export-training-copy"),
         {QStringLiteral("export-training-copy"), QStringLiteral("--db"), dbArg,
          QStringLiteral("--out"), outDir + QStringLiteral("/培训.servicelens")}},
    };
    std::vector<Outcome> outcomes;
    for (const auto &[name, arguments] : commands)
        outcomes.push_back({name, runServicelens(arguments, inChild)});
    return outcomes;
}

struct Demo {
    TempFolder dir;
    QString folder = dir.file(QStringLiteral("网点"));
    QString out = dir.file(QStringLiteral("输出"));
    QString db = folder + QStringLiteral("/门店.servicelens");
    QString csv;
    Demo()
    {
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(QDir().mkpath(out));
        const Run init = runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                                         QStringLiteral("--demo"), QStringLiteral("--orders"),
                                         QStringLiteral("400")});
        REQUIRE(init.status == 0);
        csv = ordersCsv(folder, 50);
    }
    // Every command fails with `status` and a message containing `words`; nothing changes.
    // `allowed` may run: a backup copies a newer version's file as it is, for instance.
    void expectRefused(int status, const QString &words, const QString &allowed = QString())
    {
        const auto before = snapshot(folder);
        for (const Outcome &o : everyCommand(db, csv, out)) {
            INFO(o.command.toStdString() << ": " << o.run.err.toStdString());
            if (o.command == allowed) {
                CHECK(o.run.status == 0);
                CHECK(snapshot(folder) == before);
                continue;
            }
            CHECK(o.run.status == status);
            CHECK(o.run.err.contains(words, Qt::CaseInsensitive));
            CHECK(o.run.err.contains(QStringLiteral("门店.servicelens")));
            CHECK(snapshot(folder) == before);
        }
        if (allowed.isEmpty())
            CHECK(QDir(out).isEmpty()); // no report, backup or copy half-written
        else
            CHECK(QDir(out).count() == 3); // ".", ".." and what `allowed` wrote
    }
};

void overwrite(const QString &path, qint64 at, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(at));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A truncated workbook is refused by every command, untouched", "[cli][hostile]")
{
    Demo d;
    QFile f(d.db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.resize(f.size() * 3 / 5));
    f.close();
    d.expectRefused(4, QStringLiteral("damaged"));
}

TEST_CASE("Random bytes in a page are found and nothing is written", "[cli][hostile]")
{
    Demo d;
    const qint64 size = QFileInfo(d.db).size();
    const qint64 page = 4096;
    servicelens::demo::DemoRandom random(7);
    QByteArray noise(static_cast<int>(page), '\0');
    for (char &c : noise)
        c = static_cast<char>(random.between(0, 255));
    // A page that every command reads: the root of the index the month's order figures use
    // (`kpi` and `report` scan no more than that, DESIGN.md; the others check the whole file).
    qint64 root = 0;
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open_v2(QFile::encodeName(d.db).constData(), &db, SQLITE_OPEN_READONLY,
                                nullptr) == SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db,
                                   "SELECT rootpage FROM sqlite_schema WHERE name = "
                                   "'service_order_kpi_closed'",
                                   -1, &stmt, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
        root = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
    REQUIRE(root > 1);
    REQUIRE(root * page <= size);
    overwrite(d.db, (root - 1) * page, noise);
    d.expectRefused(4, QStringLiteral("damaged"));
}

TEST_CASE("A file that is not SQLite is refused untouched", "[cli][hostile]")
{
    Demo d;
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(3000, '\x11');
    writeFile(d.db, png);
    d.expectRefused(4, QStringLiteral("not a ServiceLens workbook"));
}

TEST_CASE("Another program's SQLite database is refused untouched", "[cli][hostile]")
{
    Demo d;
    QFile::remove(d.db);
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(d.db).constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw,
                         "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES "
                         "('张三');",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    d.expectRefused(4, QStringLiteral("not a ServiceLens workbook"));
}

TEST_CASE("A workbook from a newer version is refused untouched", "[cli][hostile]")
{
    Demo d;
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(d.db).constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    d.expectRefused(4, QStringLiteral("newer version"), QStringLiteral("backup"));
}

// Whether a child that drops to "nobody" can still run the binary and read the file: not when
// the build lives in a folder only root may enter (a clone under /root).
bool nobodyCanRun(const QString &db)
{
    const QByteArray file = QFile::encodeName(db); // before fork: the child only makes calls
    const pid_t child = fork();                    // that are safe there
    if (child == 0) {
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(1);
        _exit(access(SERVICELENS_BINARY, X_OK) == 0 && access(file.constData(), R_OK) == 0 ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

TEST_CASE("A workbook on a read-only medium is read but never written", "[cli][hostile]")
{
    Demo d;
    // The file and its folder read-only, like a write-protected stick. Root ignores
    // permissions, so as root the commands run as "nobody".
    const std::function<void()> asNobody = [] {
        if (geteuid() == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(126);
        }
    };
    QFile::setPermissions(d.dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                            QFile::ExeGroup);
    QFile::setPermissions(d.out, QFile::Permissions(0x7777)); // the output folder: anyone
    QFile::setPermissions(d.csv, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
    QFile::setPermissions(d.db, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
    QFile::setPermissions(d.folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                        QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    if (geteuid() == 0 && !nobodyCanRun(d.db)) {
        QFile::setPermissions(d.folder, QFile::Permissions(0x7700));
        WARN("running as root in a folder \"nobody\" cannot enter: the read-only check needs "
             "an ordinary user");
        return;
    }
    const auto before = snapshot(d.folder);
    const auto outcomes = everyCommand(d.db, d.csv, d.out, asNobody);
    for (const Outcome &o : outcomes) {
        INFO(o.command.toStdString() << ": " << o.run.err.toStdString());
        if (o.command == QLatin1String("import")) {
            CHECK(o.run.status == 4);
            CHECK(o.run.err.contains(QStringLiteral("read-only"), Qt::CaseInsensitive));
        } else {
            CHECK(o.run.status == 0); // reading needs no write access
        }
        CHECK(snapshot(d.folder) == before);
    }
    CHECK(QFileInfo::exists(d.out + QStringLiteral("/月报.csv")));
    CHECK(QFileInfo::exists(d.out + QStringLiteral("/巡检.json")));
    CHECK(QFileInfo::exists(d.out + QStringLiteral("/模板.json")));
    CHECK(QFileInfo::exists(d.out + QStringLiteral("/备份.servicelens")));
    CHECK(QFileInfo::exists(d.out + QStringLiteral("/培训.servicelens")));
    QFile::setPermissions(d.folder, QFile::Permissions(0x7700));
}

TEST_CASE("A full disk during an import keeps the workbook as it was", "[cli][hostile]")
{
    Demo d;
    const QString big = ordersCsv(d.folder, 30000);
    const QByteArray before = fileHash(d.db);
    // The file size limit stands in for a full disk: writes beyond it fail (SIGXFSZ ignored,
    // as a full disk sends no signal either).
    const qint64 limit = QFileInfo(d.db).size() + 256 * 1024;
    const Run r =
        runServicelens({QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("--db"),
                        d.db, QStringLiteral("--in"), big},
                       [limit] {
                           signal(SIGXFSZ, SIG_IGN);
                           const rlimit l{static_cast<rlim_t>(limit), static_cast<rlim_t>(limit)};
                           setrlimit(RLIMIT_FSIZE, &l);
                       });
    INFO(r.err.toStdString());
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("disk")));
    CHECK(r.err.contains(QStringLiteral("not saved")));
    CHECK(fileHash(d.db) == before);
    CHECK_FALSE(QFileInfo::exists(d.db + QStringLiteral("-wal")));
    const Run check = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), d.db});
    CHECK(check.status == 0);
    // With room again, the same import goes through whole.
    const Run again = runServicelens({QStringLiteral("import"), QStringLiteral("orders"),
                                      QStringLiteral("--db"), d.db, QStringLiteral("--in"), big});
    CHECK(again.status == 0);
    CHECK(QString(again.out + again.err).contains(QStringLiteral("30000")));
}

TEST_CASE("A full disk during an event log's import keeps the workbook as it was",
          "[cli][hostile][events]")
{
    Demo d;
    // 40,000 events of 8,000 new orders, in a Chinese-named file.
    const QString log = d.folder + QStringLiteral("/事件日志.csv");
    QByteArray text = "工单号,状态,事件时间\n";
    for (int i = 1; i <= 8000; ++i)
        for (const char *state : {"received", "analysed", "waiting_parts", "implemented", "closed"})
            text += "EV" + QByteArray::number(i) + ',' + state + ",2026-10-0" +
                    QByteArray::number(1 + (i % 9)) + " 1" +
                    QByteArray::number(std::strlen(state) % 10) + ":00\n";
    writeFile(log, text);
    const QByteArray before = fileHash(d.db);
    const qint64 limit = QFileInfo(d.db).size() + 256 * 1024;
    const QStringList import = {QStringLiteral("import"), QStringLiteral("events"),
                                QStringLiteral("--db"),   d.db,
                                QStringLiteral("--in"),   log};
    const Run r = runServicelens(import, [limit] {
        signal(SIGXFSZ, SIG_IGN);
        const rlimit l{static_cast<rlim_t>(limit), static_cast<rlim_t>(limit)};
        setrlimit(RLIMIT_FSIZE, &l);
    });
    INFO(r.err.toStdString());
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("disk")));
    CHECK(fileHash(d.db) == before);
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), d.db}).status == 0);
    const Run again = runServicelens(import);
    INFO(again.err.toStdString());
    CHECK(again.status == 0);
    CHECK(QString(again.out).contains(QStringLiteral("40000 inserted")));
}
