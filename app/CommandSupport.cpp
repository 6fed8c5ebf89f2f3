// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandSupport.h"

#include "storage/StoreUrl.h"

#include "io/OutputFile.h"
#include "kpi/KpiEngine.h"
#include "org/Branch.h"
#include "report/ReportText.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

#include "CommandLine.h"

#include <QCommandLineParser>
#include <QDir>

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

int reportReading(const Error &e, const QString &path)
{
    if (e.kind != ErrorKind::Damaged)
        return report(e);
    // SQLite found damage in a page the command read: the file, and what to do.
    Error damaged = e;
    damaged.message = CommandLine::tr("“%1” is damaged; nothing was written from it. Restore it "
                                      "from a backup (servicelens check tells more).")
                          .arg(QDir::toNativeSeparators(path));
    damaged.detail = e.message + (e.detail.isEmpty() ? QString() : QLatin1Char('\n') + e.detail);
    return report(damaged);
}

Result<std::unique_ptr<Workbook>> openForReading(const QString &path)
{
    Database::Options readOnly;
    readOnly.mode = Database::OpenMode::ReadOnly;
    readOnly.quickCheck = false;
    return Workbook::open(path, readOnly);
}

bool takeAction(const QStringList &arguments, const QStringList &actions, const QString &say,
                const QString &command, QStringList &rest, QString &action, int &exit)
{
    rest = arguments;
    action.clear();
    const bool help = arguments.size() > 1 && (arguments.at(1) == QLatin1String("--help") ||
                                               arguments.at(1) == QLatin1String("-h"));
    if (help)
        return true;
    if (arguments.size() < 2 || !actions.contains(arguments.at(1))) {
        exit = usage(say, command);
        return false;
    }
    action = rest.takeAt(1);
    return true;
}

int writeDocument(Database &db, const std::function<Status()> &write, const QString &target)
{
    if (auto s = db.confirmSound(); !s)
        return report(s.error());
    if (auto s = write(); !s)
        return report(s.error());
    err() << CommandLine::tr("%1 written.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return ExitOk;
}

bool documentTarget(const QString &language, const QString &target, const QString &command,
                    int &exit)
{
    if (!report::ReportText::isSupported(language)) {
        exit = usage(CommandLine::tr("Unknown language “%1”; use en or zh_CN.").arg(language),
                     command);
        return false;
    }
    if (auto s = io::OutputFile::checkTarget(target); !s) {
        exit = usage(s.error().message, command);
        return false;
    }
    return true;
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

int fileOnly(const QString &store, const QString &command)
{
    return usage(
        CommandLine::tr("“%1” is a store on a PostgreSQL server; %2 works on a workbook "
                        "file. A store is checked and backed up with the server's own "
                        "tools (pg_amcheck, pg_dump).")
            .arg(StoreUrl::parse(store) ? StoreUrl::parse(store)->shown() : store, command),
        command);
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

QCommandLineOption langOption()
{
    return QCommandLineOption(QStringLiteral("lang"), CommandLine::tr("en (default) or zh_CN."),
                              QStringLiteral("LANG"));
}

QCommandLineOption monthOption()
{
    return QCommandLineOption(QStringLiteral("month"), CommandLine::tr("The month, as YYYY-MM."),
                              QStringLiteral("YYYY-MM"));
}

QCommandLineOption branchOption()
{
    return QCommandLineOption(QStringLiteral("branch"),
                              CommandLine::tr("The branch code (default: the first branch)."),
                              CommandLine::tr("CODE"));
}

bool monthFrom(const QCommandLineParser &parser, const QCommandLineOption &month,
               const QString &command, QDate &first, int &exit)
{
    const auto parsed = kpi::KpiEngine::parseMonth(parser.value(month));
    if (!parsed) {
        exit = usage(CommandLine::tr("“%1” is not a month; write it as YYYY-MM, e.g. 2026-10.")
                         .arg(parser.value(month)),
                     command);
        return false;
    }
    first = *parsed;
    return true;
}

bool branchFrom(Workbook &workbook, const QCommandLineParser &parser,
                const QCommandLineOption &branch, const QString &command, Branch &chosen, int &exit)
{
    if (!parser.isSet(branch)) {
        auto first = workbook.defaultBranch();
        if (!first) {
            exit = report(first.error());
            return false;
        }
        chosen = *first;
        return true;
    }
    auto found = BranchRepository(workbook.database()).findByCode(parser.value(branch));
    if (!found) {
        exit = report(found.error());
        return false;
    }
    if (!found->has_value()) {
        exit = usage(CommandLine::tr("The workbook has no branch “%1”.").arg(parser.value(branch)),
                     command);
        return false;
    }
    chosen = **found;
    return true;
}

} // namespace servicelens::app
