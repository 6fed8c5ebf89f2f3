// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server: a head-office store (DESIGN.md, "Head office"), reached
// through Qt's QPSQL driver; FastQuery talks to the same connection through libpq.
#include "Database.h"

#include "Clock.h"
#include "Migration.h"
#include "PostgresError.h"
#include "PostgresStatement.h"
#include "StoreUrl.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

namespace servicelens {

namespace {

// One writer at a time, as SQLite's BEGIN IMMEDIATE gives on a workbook: every write
// transaction (and every schema step) takes this transaction-scoped lock first.
constexpr qint64 writerLock = Database::applicationId;

QByteArray scriptOf(const Migration &step, Status &status)
{
    if (!step.script.isEmpty())
        return step.script;
    QFile file(step.scriptResource);
    if (!file.open(QIODevice::ReadOnly)) {
        status =
            makeError(ErrorKind::Database,
                      Database::tr("Schema step %1 is missing from this build.").arg(step.version),
                      step.scriptResource);
        return {};
    }
    return file.readAll();
}

} // namespace

QByteArray Database::beginWriting() const
{
    if (!isPostgres())
        return "BEGIN IMMEDIATE";
    return "BEGIN; SELECT pg_advisory_xact_lock(" + QByteArray::number(writerLock) + ")";
}

Status Database::execPostgres(const QByteArray &sql, bool translated)
{
    PGresult *result =
        PQexec(m_postgres, translated ? PostgresStatement::translate(sql.constData()).constData()
                                      : sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    Status s;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        s = postgresError(result, PQerrorMessage(m_postgres), tr("The store could not be updated."),
                          QString::fromUtf8(sql.left(300)));
    PQclear(result);
    return s;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &url, const Options &options)
{
    auto parsed = StoreUrl::parse(url);
    if (!parsed)
        return parsed.error();
    const StoreUrl &store = *parsed;
    const QString shown = store.shown();
    if (!options.postgresMigrations || options.postgresMigrations->empty())
        return makeError(ErrorKind::Database,
                         tr("“%1” was opened without its schema.").arg(shown)); // a bug
    const auto &migrations = *options.postgresMigrations;
    const int latest = latestVersion(migrations);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorKind::Database,
                         tr("ServiceLens cannot reach PostgreSQL: Qt's PostgreSQL driver is not "
                            "installed (on Debian, the package libqt6sql6-psql)."));

    const Clock &clock = options.clock ? *options.clock : SystemClock::instance();
    std::unique_ptr<Database> db(new Database(shown, nextConnectionName(), clock));
    db->m_engine = Engine::Postgres;
    db->m_location = url;
    if (!options.actor.isEmpty())
        db->m_actor = options.actor;
    {
        QSqlDatabase conn =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        conn.setHostName(store.host);
        conn.setPort(store.port);
        conn.setUserName(store.user);
        conn.setPassword(store.password);
        conn.setDatabaseName(store.database);
        QString connect = QStringLiteral("connect_timeout=10");
        if (!store.options.isEmpty())
            connect = store.options + QLatin1Char(';') + connect;
        conn.setConnectOptions(connect);
        if (!conn.open())
            return makeError(ErrorKind::Database,
                             tr("The store “%1” cannot be reached.").arg(shown),
                             conn.lastError().text());
        const QVariant h = conn.driver()->handle();
        if (!h.isValid() || qstrcmp(h.typeName(), "pg_conn*") != 0)
            return makeError(ErrorKind::Database, tr("The PostgreSQL driver is not usable."));
        db->m_postgres = *static_cast<pg_conn *const *>(h.constData());
    }
    // Times are seconds since the epoch and text is UTF-8 whatever the server's defaults; a
    // read command's session cannot change anything (FORMATS.md: read commands never change
    // the store).
    QByteArray session = "SET client_encoding = 'UTF8'; SET client_min_messages = warning; "
                         "SET TIME ZONE 'UTC'; SET extra_float_digits = 1";
    if (options.mode == OpenMode::ReadOnly)
        session += "; SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
    if (auto s = db->execPostgres(session); !s)
        return s.error();
    db->m_readOnly = options.mode == OpenMode::ReadOnly;

    // Ours, empty, or someone else's.
    auto probe = db->postgresScalar("SELECT CASE WHEN to_regclass('servicelens_store') IS NULL "
                                    "THEN -(SELECT count(*) FROM pg_tables WHERE schemaname = "
                                    "current_schema()) ELSE 1 END");
    if (!probe)
        return probe.error();
    bool ours = *probe == 1;
    const bool empty = *probe == 0;
    int version = 0;
    if (ours) {
        auto v =
            db->postgresScalar("SELECT version FROM servicelens_store WHERE application_id = " +
                               QByteArray::number(applicationId));
        if (!v)
            return v.error();
        version = static_cast<int>(*v);
        ours = version > 0; // a table of that name that another program made
    }

    if (options.mode == OpenMode::CreateNew) {
        if (!empty)
            return makeError(ErrorKind::Conflict,
                             tr("The database of “%1” already holds tables; a new store needs an "
                                "empty database.")
                                 .arg(shown));
    } else {
        if (!ours)
            return makeError(ErrorKind::NotAWorkbook,
                             tr("“%1” is not a ServiceLens store. Make one with servicelens init "
                                "--db URL --head-office.")
                                 .arg(shown));
        if (version > latest)
            return makeError(ErrorKind::NewerVersion,
                             tr("The store “%1” was written by a newer ServiceLens (format %2); "
                                "this one reads up to format %3.")
                                 .arg(shown)
                                 .arg(version)
                                 .arg(latest));
        if (version < latest && options.mode == OpenMode::ReadOnly)
            return makeError(ErrorKind::NewerVersion,
                             tr("The store “%1” is at format %2; open it once to change it (a "
                                "merge, or the window) so that it is upgraded to format %3.")
                                 .arg(shown)
                                 .arg(version)
                                 .arg(latest));
    }
    if (auto s = db->migratePostgres(version, migrations); !s)
        return s.error();
    return db;
}

Result<qint64> Database::postgresScalar(const QByteArray &sql)
{
    PGresult *r = PQexec(m_postgres, sql.constData());
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        const Error e = postgresError(r, PQerrorMessage(m_postgres),
                                      tr("The store “%1” cannot be read.").arg(m_path), {});
        PQclear(r);
        return e;
    }
    const qint64 value = PQntuples(r) > 0 ? QByteArray(PQgetvalue(r, 0, 0)).toLongLong() : 0;
    PQclear(r);
    return value;
}

Status Database::migratePostgres(int fromVersion, const std::vector<Migration> &migrations)
{
    m_schemaVersion = fromVersion;
    for (const Migration &step : migrations) {
        if (step.version <= m_schemaVersion)
            continue;
        // The first step builds the whole store at its version; later ones follow one by one.
        Q_ASSERT(m_schemaVersion == 0 || step.version == m_schemaVersion + 1);
        Status s;
        const QByteArray script = scriptOf(step, s);
        if (!s)
            return s;
        // PostgreSQL changes its schema inside transactions: a step is whole or absent. Two
        // processes upgrading at once wait for each other, and the second finds it done.
        s = execPostgres(beginWriting());
        if (s) {
            auto now = postgresScalar(m_schemaVersion == 0
                                          ? QByteArray("SELECT CASE WHEN to_regclass("
                                                       "'servicelens_store') IS NULL THEN 0 "
                                                       "ELSE 2147483647 END")
                                          : QByteArray("SELECT version FROM servicelens_store"));
            if (!now) {
                s = now.error();
            } else if (*now >= step.version) {
                (void)execPostgres("ROLLBACK");
                if (m_schemaVersion == 0) // another process made a store here meanwhile
                    return makeError(ErrorKind::Conflict,
                                     tr("The database of “%1” already holds tables; a new "
                                        "store needs an empty database.")
                                         .arg(m_path));
                m_schemaVersion = step.version;
                continue;
            }
        }
        if (s && m_schemaVersion == 0)
            s = execPostgres("CREATE TABLE servicelens_store (application_id BIGINT NOT NULL, "
                             "version BIGINT NOT NULL); INSERT INTO servicelens_store VALUES (" +
                             QByteArray::number(applicationId) + ", 0)");
        if (s)
            s = execPostgres(script, false); // written for PostgreSQL
        if (s && step.apply) {
            m_txDepth = 1;
            s = step.apply(*this);
            m_txDepth = 0;
        }
        if (s)
            s = execPostgres("UPDATE servicelens_store SET version = " +
                             QByteArray::number(step.version) + "; COMMIT");
        if (!s) {
            (void)execPostgres("ROLLBACK");
            return makeError(s.error().kind,
                             tr("The store could not be brought to format %1 (%2); it was left at "
                                "format %3.")
                                 .arg(step.version)
                                 .arg(step.description)
                                 .arg(m_schemaVersion),
                             s.error().message + QLatin1Char('\n') + s.error().detail);
        }
        m_schemaVersion = step.version;
    }
    return {};
}

} // namespace servicelens
