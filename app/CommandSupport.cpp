// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandSupport.h"

#include "CommandLine.h"

#include <QCommandLineParser>

#include <cstdio>
#include <unistd.h>

namespace servicelens::app {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int exitStatusFor(const Error &e)
{
    switch (e.kind) {
    case ErrorKind::InvalidInput:
        return ExitInvalidData;
    case ErrorKind::Locked:
    case ErrorKind::Damaged:
    case ErrorKind::NewerVersion:
    case ErrorKind::NotAWorkbook:
    case ErrorKind::ReadOnly:
    case ErrorKind::Database:
    case ErrorKind::NotFound:
        return ExitDatabase;
    default:
        return ExitFailure;
    }
}

int report(const Error &e)
{
    err() << "servicelens: " << e.message << Qt::endl;
    if (!e.detail.isEmpty())
        err() << "  " << QString(e.detail).replace(QLatin1Char('\n'), QStringLiteral("\n  "))
              << Qt::endl;
    return exitStatusFor(e);
}

int usage(const QString &message, const QString &command)
{
    err() << "servicelens: " << message << Qt::endl;
    if (command.isEmpty())
        err() << CommandLine::tr("Run “servicelens --help” for the commands.") << Qt::endl;
    else
        err() << CommandLine::tr("Run “servicelens %1 --help” for the options.").arg(command)
              << Qt::endl;
    return ExitUsage;
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

// Parses the options of one command; on --help prints them and sets `exit`.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                  const QString &description, int &exit)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(command, description);
    QStringList args = arguments;
    if (!parser.parse(args)) {
        exit = usage(parser.errorText(), command);
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        exit = ExitOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        exit = usage(
            CommandLine::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().at(0)),
            command);
        return false;
    }
    return true;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), CommandLine::tr("The workbook file."),
                              CommandLine::tr("FILE"));
}

} // namespace servicelens::app
