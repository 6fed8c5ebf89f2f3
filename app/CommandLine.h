// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace servicelens::app {

// Exit statuses of FORMATS.md.
enum ExitStatus {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitInvalidData = 3,
    ExitDatabase = 4,
};

// The headless half of the binary: `servicelens <command> ...`. Messages go to stderr,
// results to stdout.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Whether the arguments name a command (and so must run without a window).
    static bool isCommand(const QStringList &arguments);
    // Whether the arguments only ask for --help or --version (answered without a window too).
    static bool isInformational(const QStringList &arguments);
    // Whether the command lays out text (the report) and so needs Qt Gui's fonts, headless.
    static bool needsFonts(const QStringList &arguments);
    static int run(const QStringList &arguments);

    static QStringList commands();
};

} // namespace servicelens::app
