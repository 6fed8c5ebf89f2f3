// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Clock.h"
#include "DatabaseCopy.h"
#include "FileProbe.h"
#include "IntegrityCheck.h"
#include "Migration.h"
#include "ReadOnlyConnection.h"
#include "StoreUrl.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <climits>
#include <future>
#include <pwd.h>
#include <unistd.h>

namespace servicelens {

namespace {

QMutex &operatorMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &operatorStore()
{
    static QString name;
    return name;
}

} // namespace

QString Database::nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("servicelens-%1").arg(counter.fetchAndAddRelaxed(1));
}

namespace {

QString timestampForFileName(const Clock &clock)
{
    return clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

void Database::setOperatorName(const QString &name)
{
    const QMutexLocker lock(&operatorMutex());
    operatorStore() = name.trimmed();
}

QString Database::operatorName()
{
    const QMutexLocker lock(&operatorMutex());
    return operatorStore();
}

QString Database::defaultActor()
{
    if (QString chosen = Database::operatorName(); !chosen.isEmpty())
        return chosen;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        if (const passwd *pw = getpwuid(getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Database::Database(QString path, QString connectionName, const Clock &clock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(&clock)
    , m_uids(clock)
    , m_actor(defaultActor())
{}

Database::~Database()
{
    if (m_backgroundCheck.valid())
        m_backgroundCheck.wait(); // it reads the file through a connection of its own
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_readOnly && m_walWasAbsent)
        ReadOnlyConnection::tidyWalCompanions(m_path);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (StoreUrl::isPostgres(path))
        return openPostgres(path, options);
    const QString shown = QDir::toNativeSeparators(path);
    const Clock &clock = options.clock ? *options.clock : SystemClock::instance();
    if (!options.migrations)
        return makeError(ErrorKind::Database,
                         tr("“%1” was opened without its schema.").arg(shown)); // a bug
    const auto &migrations = *options.migrations;
    const int latest = latestVersion(migrations);

    // A rollback journal left by a killed fill (beginFreshFill) is played back first when the
    // file is opened for writing: until then neither SQLite's checks nor ours can read it.
    if (options.mode == OpenMode::OpenExisting)
        if (auto s = playBackJournal(path); !s)
            return s.error();
    auto probed = FileProbe::read(path);
    if (!probed)
        return probed.error();
    const FileProbe &p = *probed;

    if (options.mode == OpenMode::CreateNew) {
        if (p.exists && !p.empty)
            return makeError(ErrorKind::Conflict,
                             tr("“%1” already exists; choose another name.").arg(shown));
        const QFileInfo info(path);
        if (!info.absoluteDir().exists())
            return makeError(ErrorKind::Io, tr("The folder of “%1” does not exist.").arg(shown));
    } else {
        if (auto s = p.checkIsWorkbook(path, applicationId, latest); !s)
            return s.error();
        if (options.mode == OpenMode::ReadOnly && p.userVersion < latest)
            return openUpgradedCopy(path, options);
        const bool readOnly = options.mode == OpenMode::ReadOnly && p.userVersion == latest;
        if (readOnly) {
            auto db = openReadOnly(path, clock, options.actor, p.userVersion);
            if (db && options.quickCheck)
                (*db)->startBackgroundCheck();
            return db;
        }
        if (options.quickCheck) {
            ReadOnlyConnection ro(path);
            // On open we look for structural damage only (IntegrityCheck::structure).
            auto problems = IntegrityCheck::structure(ro.get());
            if (!problems)
                return problems.error();
            if (!problems->isEmpty())
                return IntegrityCheck::damaged(tr("“%1” is damaged and was not opened; it was "
                                                  "left as it is. Restore it from a backup.")
                                                   .arg(shown),
                                               *problems);
        }
        const QFileInfo info(path);
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return makeError(ErrorKind::ReadOnly,
                             tr("“%1” or its folder is read-only; ServiceLens needs to write "
                                "beside the workbook. Copy it to a folder you can write to.")
                                 .arg(shown));
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), clock));
    if (!options.actor.isEmpty())
        db->m_actor = options.actor;
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!conn.open())
            return makeError(ErrorKind::Io, tr("“%1” cannot be opened.").arg(shown),
                             conn.lastError().text());
        const QVariant h = conn.driver()->handle();
        if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
            return makeError(ErrorKind::Database, tr("The SQLite driver is not usable."));
        db->m_handle = *static_cast<sqlite3 *const *>(h.constData());
    }
    if (auto s = db->configure(); !s)
        return s.error();
    db->m_backupBeforeMigration = options.backupBeforeMigration;
    if (auto s = db->migrate(p.exists && !p.empty ? p.userVersion : 0, migrations); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openUpgradedCopy(const QString &path,
                                                             const Options &options)
{
    // A read command never changes the file (an older ServiceLens may still use it, or the
    // medium may be read-only): the copy is upgraded instead, in a private folder.
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid())
        return makeError(
            ErrorKind::Io,
            tr("No private temporary folder could be made: %1").arg(folder->errorString()));
    const QString copy = folder->filePath(QStringLiteral("upgraded.servicelens"));
    if (auto s = backupFile(path, copy); !s)
        return s.error();
    Options inner = options;
    inner.mode = OpenMode::OpenExisting;
    inner.quickCheck = false; // backupFile has just checked the source whole
    inner.backupBeforeMigration = false;
    auto db = open(copy, inner);
    if (!db)
        return db.error();
    (*db)->m_privateCopy = std::move(folder);
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path, const Clock &clock,
                                                         const QString &actor, int version)
{
    if (auto s = refuseHotJournal(path); !s)
        return s.error();
    std::unique_ptr<Database> db(new Database(path, nextConnectionName(), clock));
    if (!actor.isEmpty())
        db->m_actor = actor;
    db->m_readOnly = true;
    db->m_walWasAbsent = ReadOnlyConnection::walAbsent(path);
    db->m_schemaVersion = version;
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    conn.setDatabaseName(QString::fromLocal8Bit(ReadOnlyConnection::nameFor(path)));
    conn.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!conn.open())
        return makeError(ErrorKind::Io,
                         tr("“%1” cannot be opened.").arg(QDir::toNativeSeparators(path)),
                         conn.lastError().text());
    const QVariant h = conn.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return makeError(ErrorKind::Database, tr("The SQLite driver is not usable."));
    db->m_handle = *static_cast<sqlite3 *const *>(h.constData());
    sqlite3_extended_result_codes(db->m_handle, 1);
    return db;
}

void Database::startBackgroundCheck()
{
    const QString path = m_path;
    m_backgroundCheck = std::async(std::launch::async, [path]() -> Result<QStringList> {
        ReadOnlyConnection ro(path);
        if (auto s = ro.opened(); !s)
            return s.error();
        return IntegrityCheck::structure(ro.get()); // as on every open for writing
    });
}

Status Database::confirmSound()
{
    if (!m_backgroundCheck.valid())
        return {};
    auto problems = m_backgroundCheck.get();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return IntegrityCheck::damaged(tr("“%1” is damaged; nothing was written from it. Restore "
                                          "it from a backup.")
                                           .arg(QDir::toNativeSeparators(m_path)),
                                       *problems);
    return {};
}

QString Database::unusedFileName(const QString &folder, const QString &stem, const QString &suffix)
{
    QString name = folder + QLatin1Char('/') + stem + QLatin1Char('.') + suffix;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral(".part"));
         ++n)
        name = folder + QLatin1Char('/') + stem + QLatin1Char('-') + QString::number(n) +
               QLatin1Char('.') + suffix;
    return name;
}

Status Database::checkCanOpen(const QString &path, int latestVersion)
{
    auto p = FileProbe::read(path);
    if (!p)
        return p.error();
    return p->checkIsWorkbook(path, applicationId, latestVersion);
}

Status Database::withReadOnlyFile(const QString &path, int latestVersion,
                                  const std::function<Status(sqlite3 *)> &work)
{
    if (auto s = refuseHotJournal(path); !s)
        return s;
    if (auto s = checkCanOpen(path, latestVersion); !s)
        return s;
    ReadOnlyConnection ro(path);
    if (auto s = ro.opened(); !s)
        return s.error();
    return work(ro.get());
}

Status Database::backupFile(const QString &path, const QString &target)
{
    auto p = FileProbe::read(path);
    if (!p)
        return p.error();
    // Any version may be copied: a backup changes nothing in the source.
    if (auto s = p->checkIsWorkbook(path, applicationId, INT_MAX); !s)
        return s;
    ReadOnlyConnection ro(path);
    if (auto s = ro.opened(); !s)
        return s.error();
    // The full check: quick_check does not compare indexes with their tables, and a stale
    // log copied back beside an older file disagrees exactly there (the hostile review, D6).
    auto problems = IntegrityCheck::run(ro.get(), true);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return IntegrityCheck::damaged(tr("“%1” is damaged; no backup was made, because a copy "
                                          "of a damaged file would not be a backup.")
                                           .arg(QDir::toNativeSeparators(path)),
                                       *problems);
    return DatabaseCopy::copy(ro.get(), target);
}

Status Database::checkTables(const QStringList &tables)
{
    // PostgreSQL keeps its own indexes consistent with their tables (and reports damage in
    // what it reads); SQLite's check of a table against its indexes has no counterpart there.
    if (isPostgres())
        return {};
    QStringList problems;
    for (const QString &table : tables) {
        // A table name cannot be bound; these are the importer's own constant names.
        const QByteArray sql = "PRAGMA integrity_check(" + table.toLatin1() + ")";
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(m_handle, sql.constData(), -1, &stmt, nullptr);
        while (rc == SQLITE_OK || rc == SQLITE_ROW) {
            rc = sqlite3_step(stmt);
            if (rc == SQLITE_ROW) {
                const auto text =
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
                if (text != QLatin1String("ok") && problems.size() < 10)
                    problems << text;
            }
        }
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            problems << message;
    }
    if (problems.isEmpty())
        return {};
    return makeError(ErrorKind::Damaged,
                     tr("“%1” is damaged (its tables and their indexes disagree); nothing was "
                        "written into it. Restore it from a backup.")
                         .arg(QDir::toNativeSeparators(m_path)),
                     problems.join(QLatin1Char('\n')));
}

Status Database::configure()
{
    sqlite3_extended_result_codes(m_handle, 1);
    // WAL is required for readers beside the writer and for crash safety with
    // synchronous=NORMAL.
    if (auto s = useWriteAheadLog(); !s)
        return s;
    // A 64 MB page cache keeps large transactions (imports, demo data) from spilling
    // uncommitted pages to the log halfway through. Temporary storage in memory: inside a
    // transaction every insert that fires a trigger keeps a statement journal, and in a file
    // that cost about 18 small writes per imported order (measured: 18,000 rows/s instead of
    // well over 100,000).
    return execScript("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                      "PRAGMA busy_timeout=5000; PRAGMA cache_size=-65536; "
                      "PRAGMA temp_store=MEMORY;");
}

bool Database::hasHotJournal(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-journal")).size() > 0;
}

Status Database::refuseHotJournal(const QString &path)
{
    // The journal must be played back before the file can be read, and a reader never writes.
    if (!hasHotJournal(path))
        return {};
    return makeError(ErrorKind::Locked,
                     tr("“%1” is being written by another program, or was left unfinished when "
                        "one stopped while writing it. Open it once in ServiceLens (the window, "
                        "or any command that changes it) to undo what was left unfinished; a "
                        "command that only reads never changes a file.")
                         .arg(QDir::toNativeSeparators(path)));
}

Status Database::playBackJournal(const QString &path)
{
    if (!hasHotJournal(path))
        return {};
    // SQLite rolls a hot journal back on the first read of a connection that may write; one
    // still being written (another program's fill) is locked, and the read waits, then fails.
    sqlite3 *db = nullptr;
    int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    sqlite3_close_v2(db);
    if (rc != SQLITE_OK)
        return sqliteError(rc,
                           tr("“%1” was left unfinished and could not be put back as it was.")
                               .arg(QDir::toNativeSeparators(path)),
                           detail);
    return {};
}

Result<QString> Database::journalMode(const char *pragma)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, pragma, -1, &stmt, nullptr);
    QString journal;
    if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
        journal = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return sqliteError(rc, tr("The workbook's journal cannot be set."),
                           QString::fromUtf8(sqlite3_errmsg(m_handle)));
    return journal.toLower();
}

Status Database::beginFreshFill()
{
    if (isPostgres())
        return {};
    auto mode = journalMode("PRAGMA journal_mode=DELETE");
    return mode ? Status{} : Status(mode.error());
}

Status Database::endFreshFill()
{
    return isPostgres() ? Status{} : useWriteAheadLog();
}

Status Database::useWriteAheadLog()
{
    auto mode = journalMode("PRAGMA journal_mode=WAL");
    if (!mode)
        return mode.error();
    if (*mode != QLatin1String("wal"))
        return makeError(ErrorKind::Database,
                         tr("The workbook cannot be switched to write-ahead logging."), *mode);
    return {};
}

Status Database::execScript(const QByteArray &sql)
{
    if (isPostgres())
        return execPostgres(sql);
    char *err = nullptr;
    const int rc = sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, &err);
    if (rc == SQLITE_OK)
        return {};
    const QString message = QString::fromUtf8(err ? err : sqlite3_errmsg(m_handle));
    sqlite3_free(err);
    return sqliteError(sqlite3_extended_errcode(m_handle), tr("The workbook could not be updated."),
                       message + QLatin1Char('\n') + QString::fromUtf8(sql.left(300)),
                       sqlite3_system_errno(m_handle));
}

Status Database::migrate(int fromVersion, const std::vector<Migration> &migrations)
{
    m_schemaVersion = fromVersion;
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (fromVersion >= latest)
        return {};

    // A file with data is copied before the first step touches it.
    if (fromVersion >= 1 && m_backupBeforeMigration) {
        const QFileInfo info(m_path);
        const QString dir = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                            QStringLiteral(".backups");
        if (!QDir().mkpath(dir))
            return makeError(
                ErrorKind::Io,
                tr("The backup folder “%1” cannot be created.").arg(QDir::toNativeSeparators(dir)));
        const QString target = unusedFileName(dir,
                                              info.completeBaseName() + QLatin1Char('-') +
                                                  timestampForFileName(*m_clock) +
                                                  QStringLiteral("-before-v%1").arg(latest),
                                              info.suffix());
        if (auto s = backupTo(target); !s)
            return makeError(s.error().kind,
                             tr("The workbook was not upgraded because the backup before the "
                                "upgrade failed: %1")
                                 .arg(s.error().message),
                             s.error().detail);
        m_migrationBackup = target;
    }

    if (auto s = execScript("PRAGMA synchronous=FULL"); !s)
        return s;
    for (const Migration &step : migrations) {
        if (step.version <= m_schemaVersion)
            continue;
        Q_ASSERT(step.version == m_schemaVersion + 1);
        QByteArray script = step.script;
        if (script.isEmpty() && !step.scriptResource.isEmpty()) {
            QFile file(step.scriptResource);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorKind::Database,
                                 tr("Schema step %1 is missing from this build.").arg(step.version),
                                 step.scriptResource);
            script = file.readAll();
        }
        // Outside a transaction, or SQLite ignores it.
        if (step.foreignKeysOff)
            if (auto off = execScript("PRAGMA foreign_keys=OFF"); !off)
                return off;
        Status s = execScript("BEGIN IMMEDIATE;\n" + script);
        if (s && step.apply) {
            // The step's transaction is open: writers inside it nest as savepoints.
            m_txDepth = 1;
            s = step.apply(*this);
            m_txDepth = 0;
        }
        if (s && step.foreignKeysOff)
            s = checkForeignKeys();
        if (s)
            s = execScript("PRAGMA user_version = " + QByteArray::number(step.version) +
                           ";\nCOMMIT;");
        if (step.foreignKeysOff)
            sqlite3_exec(m_handle, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
        if (!s) {
            // sqlite3_exec stops at the first failing statement, inside the transaction.
            if (!sqlite3_get_autocommit(m_handle))
                sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
            if (step.foreignKeysOff)
                sqlite3_exec(m_handle, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
            (void)execScript("PRAGMA synchronous=NORMAL");
            return makeError(s.error().kind,
                             tr("The workbook could not be upgraded to format %1 (%2); it was "
                                "left at format %3.")
                                 .arg(step.version)
                                 .arg(step.description)
                                 .arg(m_schemaVersion),
                             s.error().detail);
        }
        m_schemaVersion = step.version;
    }
    return execScript("PRAGMA synchronous=NORMAL");
}

Status Database::checkForeignKeys()
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA foreign_key_check", -1, &stmt, nullptr) != SQLITE_OK)
        return makeError(ErrorKind::Database, tr("The references could not be checked."),
                         QString::fromUtf8(sqlite3_errmsg(m_handle)));
    QString broken;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        broken = QStringLiteral("%1 row %2 → %3")
                     .arg(QString::fromUtf8(
                         reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))))
                     .arg(sqlite3_column_int64(stmt, 1))
                     .arg(QString::fromUtf8(
                         reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2))));
    sqlite3_finalize(stmt);
    if (!broken.isEmpty())
        return makeError(ErrorKind::Damaged, tr("A row refers to a row that does not exist."),
                         broken);
    return {};
}

Status Database::backupTo(const QString &target) const
{
    if (isPostgres())
        return makeError(ErrorKind::Database,
                         tr("A store on a PostgreSQL server is backed up with the server's own "
                            "tools (pg_dump)."));
    return DatabaseCopy::copy(m_handle, target);
}

} // namespace servicelens
