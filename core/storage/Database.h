// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SqliteError.h"
#include "UidGenerator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <future>
#include <memory>

struct sqlite3;
struct pg_conn;

namespace servicelens {

class Clock;
struct Migration;

// One workbook file: the single writing connection of this process to it (PERF-NOTES: two
// writing connections can corrupt a WAL file on bookworm's SQLite). Opening checks the file
// before anything can modify it: not SQLite, not ours, from a newer version, damaged or
// read-only are refused with the file untouched. An older schema is backed up, then migrated.
// Not thread-safe: use it from the thread that opened it; readers on other threads open their
// own read-only connections.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode {
        OpenExisting, // the file must exist and be a workbook
        CreateNew,    // the file must not exist (or be empty); a new workbook is created
        // For commands that only read (kpi, report): no integrity check up front and no
        // connection that can write. A damaged page still fails the read that meets it, with a
        // Damaged error. A file of an older format is never upgraded in place: it is read
        // through an upgraded copy in a private temporary folder, gone when it is closed.
        ReadOnly,
    };

    struct Options {
        OpenMode mode = OpenMode::OpenExisting;
        const Clock *clock = nullptr; // defaults to the system clock
        QString actor;                // who is recorded in audit records; defaults to the operator
        bool quickCheck = true;       // PRAGMA quick_check before use
        // A copy of a file with data is made before migrating it. Off only for a file that is
        // itself a fresh copy of an untouched source (the training copy's work file, whose
        // backup would hold the very data the copy removes).
        bool backupBeforeMigration = true;
        // The schema's migrations, required: WorkbookSchema::migrations() for a workbook (the
        // list lives above every domain; Workbook::open fills it in), tests pass their own.
        const std::vector<Migration> *migrations = nullptr;
        // The steps of a head-office store on PostgreSQL (StoreUrl): the first gives the whole
        // schema at its version, later ones follow the workbook's steps one for one.
        const std::vector<Migration> *postgresMigrations = nullptr;
    };

    // Where the data lives: a workbook file, or a head-office store on a PostgreSQL server.
    enum class Engine { Sqlite, Postgres };

    // `path` is a workbook file, or a postgresql:// URL (StoreUrl) for a head-office store:
    // created (CreateNew, an empty database), migrated, or read in a read-only session.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs `work` on a read-only connection to a workbook of schema version `latestVersion` or
    // older (nothing migrated or modified). A file that is not a workbook, or from a newer
    // version, is an error.
    static Status withReadOnlyFile(const QString &path, int latestVersion,
                                   const std::function<Status(sqlite3 *)> &work);
    // Whether the file can be opened as a workbook of schema version `latestVersion` or older
    // (exists, is one, not from a newer version), from its header alone; the error names it.
    static Status checkCanOpen(const QString &path, int latestVersion);
    // `<folder>/<stem>.<suffix>`, or with "-2", "-3"… after the stem when that file exists
    // already (two backups within one second: an upgrade resumed after a crash).
    static QString unusedFileName(const QString &folder, const QString &stem,
                                  const QString &suffix);
    // Copies a workbook file as it is (any version) with the online backup API, after a quick
    // check; a damaged file is refused.
    static Status backupFile(const QString &path, const QString &target);
    static constexpr int applicationId = 0x534C454E; // 'SLEN'

    // The file, or the store's URL without its password.
    QString path() const { return m_path; }
    // Where another connection of this process opens the same data (a search on a worker
    // thread): the file, or the store's URL with its password. Never shown or saved.
    QString location() const { return m_location.isEmpty() ? m_path : m_location; }
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    // A read-only open (OpenMode::ReadOnly with quickCheck) runs SQLite's quick_check on a
    // thread of its own while the command reads: a damaged file is found at no cost in time.
    // Commands call this before they print or write what they read; without a check running
    // it returns at once.
    Status confirmSound();
    // SQLite's full integrity check of these tables and their indexes, which quick_check does
    // not compare. Run before an import writes into them: a row missing from a unique index
    // would otherwise be inserted a second time.
    Status checkTables(const QStringList &tables);
    // The backup taken before this open migrated the file, if it did.
    QString migrationBackupPath() const { return m_migrationBackup; }

    QSqlDatabase connection() const;
    sqlite3 *handle() const { return m_handle; }
    // libpq's connection under QPSQL, for FastQuery; null on a workbook file.
    pg_conn *postgresHandle() const { return m_postgres; }
    // Rows changed by the last statement FastQuery ran on a PostgreSQL store (libpq counts per
    // result, SQLite per connection).
    void noteChanges(qint64 rows) const { m_postgresChanges = rows; }
    qint64 postgresChanges() const { return m_postgresChanges; }
    const Clock &clock() const { return *m_clock; }
    UidGenerator &uids() { return m_uids; }
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // The person using ServiceLens in this process (chosen on first start and in Preferences):
    // the actor of every workbook opened afterwards whose options name none. Empty: the
    // operating system's user name. Thread-safe: background tasks open their own connections.
    static void setOperatorName(const QString &name);
    static QString operatorName();
    // The operator's name, or the operating system's user name when none was chosen.
    static QString defaultActor();

    // A consistent copy of the whole workbook, taken with SQLite's online backup API, written
    // to a temporary file first and renamed, so `target` is either complete or absent.
    Status backupTo(const QString &target) const;

    // The statement that starts a write transaction: one writer at a time on either engine.
    QByteArray beginWriting() const;
    // Transaction nesting, used by WriteTransaction only.
    int transactionDepth() const { return m_txDepth; }
    void setTransactionDepth(int depth) { m_txDepth = depth; }

    // Runs a script of several statements (schema files) on the raw connection; SQLite parses
    // it, so no splitting on ';'.
    Status execScript(const QByteArray &sql);

    // A new workbook filled in one transaction (the demo): a rollback journal instead of the
    // write-ahead log while it fills. The file holds only its empty schema, so the journal keeps
    // next to nothing, and every page is written once instead of into the log and again at the
    // checkpoint; a kill mid-fill still rolls back to the empty workbook. Outside a
    // transaction; a no-op on PostgreSQL, and left in WAL when another connection is open.
    Status beginFreshFill();
    // Back to the write-ahead log.
    Status endFreshFill();

private:
    Database(QString path, QString connectionName, const Clock &clock);
    static Result<std::unique_ptr<Database>> openUpgradedCopy(const QString &path,
                                                              const Options &options);
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path, const Clock &clock,
                                                          const QString &actor, int version);
    Status configure();
    // Sets the journal mode and returns the one in force (SQLite answers with it).
    Result<QString> journalMode(const char *pragma);
    Status useWriteAheadLog();
    // A rollback journal beside the file (a fill being written, or one killed: beginFreshFill).
    static bool hasHotJournal(const QString &path);
    // For readers: an error saying so.
    static Status refuseHotJournal(const QString &path);
    // For a connection that may write: rolled back to the file as last committed.
    static Status playBackJournal(const QString &path);
    // A name of its own for each QtSql connection of the process.
    static QString nextConnectionName();
    static Result<std::unique_ptr<Database>> openPostgres(const QString &url,
                                                          const Options &options);
    Status migratePostgres(int fromVersion, const std::vector<Migration> &migrations);
    // `translated`: SQL written for both engines, as FastQuery runs it (PostgresStatement).
    Status execPostgres(const QByteArray &sql, bool translated = true);
    // The first column of the first row (0 when none) of a query of the store's own.
    Result<qint64> postgresScalar(const QByteArray &sql);
    Status migrate(int fromVersion, const std::vector<Migration> &migrations);
    // PRAGMA foreign_key_check: the first row whose reference leads nowhere is an error.
    Status checkForeignKeys();

    QString m_path;
    QString m_location; // a store's whole URL (location())
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    Engine m_engine = Engine::Sqlite;
    pg_conn *m_postgres = nullptr;
    mutable qint64 m_postgresChanges = 0;
    const Clock *m_clock;
    UidGenerator m_uids;
    QString m_actor;
    int m_schemaVersion = 0;
    int m_txDepth = 0;
    void startBackgroundCheck();
    bool m_readOnly = false;
    std::future<Result<QStringList>> m_backgroundCheck;
    bool m_walWasAbsent = false; // read-only: SQLite's -wal and -shm are tidied away on close
    // Read-only open of an older format: the folder of the upgraded copy, removed after close.
    std::unique_ptr<QTemporaryDir> m_privateCopy;
    QString m_migrationBackup;
    bool m_backupBeforeMigration = true;
};

} // namespace servicelens
