// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens review results: a 360-degree review cycle's results, the groups under three answers
// left out (docs/formats.md, review; docs/kpi.md, Reviews).
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "org/Branch.h"
#include "storage/Database.h"
#include "team/ReviewCycles.h"
#include "team/ReviewResults.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>

namespace servicelens::app {

namespace {

const QString command = QStringLiteral("review");

QString mean(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 2) : QStringLiteral("–");
}

void printTable(const std::vector<team::PersonResult> &people)
{
    for (const team::PersonResult &p : people) {
        out() << p.code << ' ' << p.name << Qt::endl;
        for (const team::GroupResult &g : p.groups) {
            QStringList values;
            for (const auto &[code, value] : g.competencies)
                values << QStringLiteral("%1 %2").arg(code, mean(value));
            out() << "  " << team::ReviewNames::code(g.group) << " (n=" << g.n << ")\t"
                  << values.join(QStringLiteral(", ")) << Qt::endl;
        }
        for (team::RaterGroup hidden : p.hidden)
            out() << "  " << team::ReviewNames::code(hidden) << '\t'
                  << CommandLine::tr("hidden: fewer than three answers") << Qt::endl;
        QStringList gaps;
        for (const auto &[code, gap] : p.gaps)
            gaps << QStringLiteral("%1 %2%3").arg(code, gap >= 0 ? QStringLiteral("+") : QString(),
                                                  QString::number(gap, 'f', 2));
        if (!gaps.isEmpty())
            out() << "  " << CommandLine::tr("others − self") << '\t'
                  << gaps.join(QStringLiteral(", ")) << Qt::endl;
    }
}

} // namespace

int runReview(const QStringList &arguments)
{
    const bool help = arguments.size() > 1 && (arguments.at(1) == QLatin1String("--help") ||
                                               arguments.at(1) == QLatin1String("-h"));
    if (!help && (arguments.size() < 2 || arguments.at(1) != QLatin1String("results")))
        return usage(CommandLine::tr("Say results."), command);
    QStringList rest = arguments;
    if (!help)
        rest.removeAt(1);
    QCommandLineParser parser;
    const auto db = dbOption();
    const auto branch = branchOption();
    const QCommandLineOption cycle(QStringLiteral("cycle"),
                                   CommandLine::tr("The review cycle's code (2026H1)."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print JSON (docs/formats.md)."));
    parser.addOptions({db, branch, cycle, json});
    int exit = ExitOk;
    if (!parseCommand(parser, rest, command,
                      CommandLine::tr("360-degree review results: servicelens review results "
                                      "--db STORE --cycle CODE [--json]"),
                      exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(cycle))
        return usage(CommandLine::tr("--db STORE and --cycle CODE are required."), command);
    auto workbook = openForReading(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    Branch chosen;
    if (!branchFrom(**workbook, parser, branch, command, chosen, exit))
        return exit;
    Database &store = (*workbook)->database();
    auto found = team::ReviewCycles(store).findByCode(chosen.id, parser.value(cycle));
    if (!found)
        return reportReading(found.error(), parser.value(db));
    if (!*found)
        return usage(
            CommandLine::tr("The branch has no review cycle “%1”.").arg(parser.value(cycle)),
            command);
    auto people = team::ReviewResults::compute(store, (*found)->id);
    if (!people)
        return reportReading(people.error(), parser.value(db));
    if (auto s = store.confirmSound(); !s)
        return reportReading(s.error(), parser.value(db));
    if (parser.isSet(json))
        out() << team::ReviewResults::toJson((*found)->code, *people).toString(-1) << Qt::endl;
    else
        printTable(*people);
    return ExitOk;
}

} // namespace servicelens::app
