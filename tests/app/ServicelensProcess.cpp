// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicelensProcess.h"

#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace servicelens::test {

namespace {

QProcessEnvironment headless(const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // commands must not need a display
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal-does-not-exist"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return env;
}

} // namespace

void startServicelens(QProcess &process, const QStringList &arguments,
                      const QProcessEnvironment &environment)
{
    process.setProcessEnvironment(headless(environment));
    process.start(QStringLiteral(SERVICELENS_BINARY), arguments);
    REQUIRE(process.waitForStarted());
}

Run runServicelens(const QStringList &arguments, const std::function<void()> &inChild,
                   const QProcessEnvironment &environment)
{
    QProcess p;
    if (inChild)
        p.setChildProcessModifier(inChild);
    p.setProcessEnvironment(headless(environment));
    p.start(QStringLiteral(SERVICELENS_BINARY), arguments);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run runReported(const QStringList &arguments)
{
    const Run r = runServicelens(arguments);
    UNSCOPED_INFO("servicelens " << arguments.join(QLatin1Char(' ')).toStdString() << "\n"
                                 << r.out.toStdString() << r.err.toStdString());
    return r;
}

} // namespace servicelens::test
