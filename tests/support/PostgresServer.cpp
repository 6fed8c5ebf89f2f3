// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <arpa/inet.h>
#include <cstdlib>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace servicelens::test {

namespace {

const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/");

} // namespace

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess p;
    // As root, the server's own user runs it (runuser keeps no root rights).
    if (::geteuid() == 0)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), m_user, QStringLiteral("--"), program} +
                    arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(120000)) {
        m_failure = program + QStringLiteral(" did not finish");
        p.kill();
        return false;
    }
    const QString text =
        QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
    if (output)
        *output = text;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_failure = program + QStringLiteral(" failed: ") + text;
        return false;
    }
    return true;
}

namespace {

// A port free now on the loopback interface: the one the system gives for port 0 (0: none).
int freePort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    if (probe < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    int port = 0;
    if (::bind(probe, reinterpret_cast<sockaddr *>(&address), size) == 0 &&
        ::getsockname(probe, reinterpret_cast<sockaddr *>(&address), &size) == 0)
        port = ntohs(address.sin_port);
    ::close(probe);
    return port;
}

} // namespace

PostgresServer::PostgresServer(bool durable)
{
    if (!QFile::exists(bin + QStringLiteral("initdb"))) {
        m_failure = QStringLiteral("PostgreSQL 15 is not installed (postgresql-15)");
        return;
    }
    m_user = ::geteuid() == 0 ? QStringLiteral("postgres")
                              : QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
    // A folder the server's user owns (mkdtemp: only it may enter).
    QByteArray pattern = QDir::tempPath().toLocal8Bit() + "/servicelens-pg-XXXXXX";
    if (!::mkdtemp(pattern.data())) {
        m_failure = QStringLiteral("no temporary folder");
        return;
    }
    m_folder = QString::fromLocal8Bit(pattern);
    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw || ::chown(pattern.constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_failure = QStringLiteral("no postgres user to run the server as");
            return;
        }
    }
    const QString data = m_folder + QStringLiteral("/data");
    if (!run(bin + QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), m_user,
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}))
        return;
    // A port free at the probe can be taken by another test program's server before this one
    // binds it (several start at once under ctest -j): a failed start is tried again on a new
    // port, and the last failure says what the server logged.
    const QString log = m_folder + QStringLiteral("/server.log");
    for (int attempt = 0; attempt < 4; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            m_failure = QStringLiteral("no free port");
            return;
        }
        // Only 127.0.0.1; the socket in the cluster's own folder; no fsync for a test's server.
        const QString options = QStringLiteral("-h 127.0.0.1 -p %1 -k %2%3")
                                    .arg(m_port)
                                    .arg(data, durable ? QString() : QStringLiteral(" -F"));
        m_failure.clear();
        if (run(bin + QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                 log, QStringLiteral("-w"), QStringLiteral("start")})) {
            watchForCrash();
            return;
        }
        QFile logged(log);
        if (logged.open(QIODevice::ReadOnly))
            m_failure +=
                QStringLiteral("\n") + QString::fromLocal8Bit(logged.readAll().right(2000));
    }
}

void PostgresServer::watchForCrash()
{
    // A test program that crashes never runs its destructors: a detached watcher stops the
    // server and removes its folder once the program is gone, however it ended (after a normal
    // end it finds nothing left to do).
    const QString stop =
        (::geteuid() == 0 ? QStringLiteral("runuser -u %1 -- ").arg(m_user) : QString()) + bin +
        QStringLiteral("pg_ctl -D '%1/data' -m immediate -w stop").arg(m_folder);
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                          "[ -d '%2/data' ] && %3 >/dev/null 2>&1; rm -rf '%2'")
                               .arg(QCoreApplication::applicationPid())
                               .arg(m_folder, stop);
    QProcess::startDetached(QStringLiteral("sh"), {QStringLiteral("-c"), script});
}

PostgresServer::~PostgresServer()
{
    if (m_folder.isEmpty())
        return;
    if (running())
        run(bin + QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_folder + QStringLiteral("/data"), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    QDir(m_folder).removeRecursively();
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(m_user).arg(m_port).arg(database);
}

} // namespace servicelens::test

namespace servicelens::test {

QString PostgresServer::createDatabase(const QString &name)
{
    if (!running() || !run(bin + QStringLiteral("createdb"),
                           {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                            QString::number(m_port), QStringLiteral("-U"), m_user, name}))
        return {};
    return url(name);
}

PostgresServer &PostgresServer::shared()
{
    // Started on first use, stopped when the test program ends (its static destructor).
    static PostgresServer server;
    return server;
}

} // namespace servicelens::test
