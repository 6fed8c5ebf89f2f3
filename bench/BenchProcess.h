// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share: running a program as its own process, timed from outside, with
// its peak resident memory from wait4().
#pragma once

#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace servicelens::bench {

[[noreturn]] inline void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

struct Run {
    double seconds = 0;
    long peakKb = 0;
};

// Runs a program to its end, feeding `input` to its standard input; wall time and peak RSS.
// `quiet`: its standard output goes to /dev/null (what it prints would drown the figures).
inline Run runProcess(const QStringList &argv, const QByteArray &input = {}, bool quiet = false)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        fail(QStringLiteral("pipe failed"));
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFds[0], STDIN_FILENO);
        close(pipeFds[1]);
        if (quiet)
            if (FILE *null = std::fopen("/dev/null", "w"))
                dup2(fileno(null), STDOUT_FILENO);
        std::vector<QByteArray> args;
        for (const QString &a : argv)
            args.push_back(a.toLocal8Bit());
        std::vector<char *> raw;
        for (QByteArray &a : args)
            raw.push_back(a.data());
        raw.push_back(nullptr);
        execvp(raw[0], raw.data());
        _exit(127);
    }
    close(pipeFds[0]);
    if (!input.isEmpty() && write(pipeFds[1], input.constData(), input.size()) != input.size())
        fail(QStringLiteral("could not feed %1").arg(argv.front()));
    close(pipeFds[1]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run r;
    r.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    r.peakKb = usage.ru_maxrss;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(QStringLiteral("%1 failed (status %2)").arg(argv.join(u' ')).arg(status));
    return r;
}

// The value after `--name` on the command line (`--orders 200000`), or `fallback`.
inline QString option(const QStringList &args, const char *name, const QString &fallback = {})
{
    const QString flag = QStringLiteral("--") + QLatin1String(name);
    for (int i = 1; i + 1 < args.size(); i += 2)
        if (args[i] == flag)
            return args[i + 1];
    return fallback;
}

} // namespace servicelens::bench
