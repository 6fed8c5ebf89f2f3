// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace servicelens::test {

// A PostgreSQL server of the test's own (DESIGN.md, head office): a new cluster made with
// Debian's postgresql-15 `initdb` in a fresh folder, started with `pg_ctl` on a free port of
// 127.0.0.1 (no network), run as a non-root user (`postgres` when the tests run as root, as
// PostgreSQL refuses root), and stopped and removed with the object.
class PostgresServer {
public:
    // `durable`: the server syncs its writes to disk as a real one does (for benchmarks); a
    // test's server does not (faster, and its data dies with it anyway).
    explicit PostgresServer(bool durable = false);
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Empty when it runs; otherwise what went wrong.
    const QString &failure() const { return m_failure; }
    bool running() const { return m_failure.isEmpty(); }
    int port() const { return m_port; }
    // Where the cluster lives while the server runs.
    QString folder() const { return m_folder; }
    QString user() const { return m_user; }
    // A new empty database of the server: its URL, or empty (see failure()).
    QString createDatabase(const QString &name);
    // One server for the whole test program, started on first use.
    static PostgresServer &shared();
    // postgresql://USER@127.0.0.1:PORT/postgres
    QString url(const QString &database = QStringLiteral("postgres")) const;

private:
    void watchForCrash();
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr);

    QString m_folder;
    QString m_user;
    int m_port = 0;
    QString m_failure;
};

} // namespace servicelens::test
