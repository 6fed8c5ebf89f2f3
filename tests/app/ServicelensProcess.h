// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace servicelens::test {

struct Run {
    int status = -1; // -1: it did not exit by itself (killed, crashed)
    QString out;
    QString err;
};

// Runs the real servicelens binary headless (no display, C.UTF-8) and waits for it.
// `inChild` runs in the child between fork and exec (resource limits, another user).
// `environment` adds to (or replaces in) the headless environment, e.g. TMPDIR.
Run runServicelens(const QStringList &arguments, const std::function<void()> &inChild = {},
                   const QProcessEnvironment &environment = {});

// runServicelens, the command and its output kept for the next check: shown if that fails
// (a scoped INFO in a helper would be gone once it returns).
Run runReported(const QStringList &arguments);

// Starts it without waiting (for kill tests); the caller owns the process.
void startServicelens(QProcess &process, const QStringList &arguments,
                      const QProcessEnvironment &environment = {});

} // namespace servicelens::test
