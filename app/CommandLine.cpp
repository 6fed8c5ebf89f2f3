// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CommandSupport.h"
#include "Commands.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace servicelens::app {

namespace {

// The commands, in the order `--help` and the "unknown command" message list them.
struct Command {
    const char *name;
    int (*run)(const QStringList &arguments);
};
const Command commandTable[] = {
    {"init", &runInit},
    {"import", &runImport},
    {"inspection", &runInspection},
    {"kpi", &runKpi},
    {"report", &runReport},
    {"survey", &runSurvey},
    {"check", &runCheck},
    {"export-training-copy", &runTrainingCopy},
    {"backup", &runBackup},
    {"pack", &runPack},
    {"merge", &runMerge},
    {"network", &runNetwork},
    {"products", &runProducts},
    {"defects", &runDefects},
    {"cases", &runCases},
    {"equipment", &runEquipment},
    {"incident", &runIncident},
    {"review", &runReview},
};

} // namespace

QStringList CommandLine::commands()
{
    QStringList names;
    for (const Command &c : commandTable)
        names << QString::fromLatin1(c.name);
    return names;
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'));
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    // The monthly report, the R&D feedback report that `defects --out` writes, an incident's
    // situation report and a person's review report.
    return isCommand(arguments) &&
           (arguments.at(1) == QLatin1String("report") ||
            (arguments.at(1) == QLatin1String("defects") &&
             arguments.contains(QLatin1String("--out"))) ||
            (arguments.at(1) == QLatin1String("incident") &&
             arguments.contains(QLatin1String("report"))) ||
            (arguments.at(1) == QLatin1String("review") &&
             arguments.contains(QLatin1String("report")))) &&
           !isInformational(arguments);
}

bool CommandLine::isInformational(const QStringList &arguments)
{
    for (const QString &a : arguments.mid(1))
        if (a == QLatin1String("--help") || a == QLatin1String("-h") ||
            a == QLatin1String("--version") || a == QLatin1String("-v") ||
            a == QLatin1String("--help-all"))
            return true;
    return false;
}

int CommandLine::run(const QStringList &arguments)
{
    if (!isCommand(arguments)) {
        // Only --help / --version reach here without a command.
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("ServiceLens: after-sales service centre operations.\n\n"
               "Without a command it opens the window. Commands (run headless):\n"
               "  init      create a workbook, optionally with demo data\n"
               "  check     verify a workbook without changing it\n"
               "  backup    copy a workbook safely\n"
               "  kpi       print a month's KPIs (--json for the JSON of KPI.md)\n"
               "  import    import a CSV or Excel file: orders, events, surveys, staff, calendar, "
               "training, SLA policies, products, fault codes, installed base, review forms\n"
               "  inspection  share inspection templates and completed inspections (JSON)\n"
               "  report    write a month's service report (PDF, XLSX or CSV)\n"
               "  survey themes  what the survey comments of a period talk about\n"
               "  export-training-copy  a copy with customers' names and phones pseudonymised\n"
               "  pack      write what a branch changed since its last pack, for head office\n"
               "  merge     merge branches' packs into a head office's store\n"
               "  network   every branch's month side by side, funnel limits, freshness\n"
               "  products  product models and categories: orders each, texts to map\n"
               "  defects   defect trends per product model, with control limits and signals\n"
               "  cases     the case library: import, export (JSON), search\n"
               "  equipment  the equipment register: import, what is due\n"
               "  incident  incidents: the list, a situation report (PDF)\n"
               "  review    a 360-degree review cycle's results\n\n"
               "Exit status: 0 done, 1 other failure, 2 wrong usage, 3 invalid input data, "
               "4 database problem."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(QCommandLineOption(QStringLiteral("db"),
                                            tr("Open this workbook in the window."), tr("FILE")));
        parser.addOption(QCommandLineOption(QStringLiteral("demo"),
                                            tr("Open the demo workbook in the window, creating "
                                               "it if needed.")));
        parser.process(arguments); // prints and exits for --help and --version
        return ExitOk;
    }

    const QString command = arguments.at(1);
    const QStringList rest =
        QStringList{arguments.at(0) + QLatin1Char(' ') + command} + arguments.mid(2);
    for (const Command &c : commandTable)
        if (command == QLatin1String(c.name))
            return c.run(rest);
    return usage(tr("Unknown command “%1”. Commands: %2.")
                     .arg(command, commands().join(QStringLiteral(", "))),
                 QString());
}

} // namespace servicelens::app
