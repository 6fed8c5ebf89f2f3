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
    };

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

    QString path() const { return m_path; }
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

    // Transaction nesting, used by WriteTransaction only.
    int transactionDepth() const { return m_txDepth; }
    void setTransactionDepth(int depth) { m_txDepth = depth; }

    // Runs a script of several statements (schema files) on the raw connection; SQLite parses
    // it, so no splitting on ';'.
    Status execScript(const QByteArray &sql);

private:
    Database(QString path, QString connectionName, const Clock &clock);
    static Result<std::unique_ptr<Database>> openUpgradedCopy(const QString &path,
                                                              const Options &options);
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path, const Clock &clock,
                                                          const QString &actor, int version);
    Status configure();
    Status migrate(int fromVersion, const std::vector<Migration> &migrations);
    // PRAGMA foreign_key_check: the first row whose reference leads nowhere is an error.
    Status checkForeignKeys();

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
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
