// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens review results|report: a 360-degree review cycle's results, the groups under three
// answers left out, and one person's individual report as a PDF (docs/formats.md, review;
// docs/kpi.md, Reviews).
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "org/Branch.h"
#include "org/Staff.h"
#include "report/ReviewDocument.h"
#include "report/ReviewReport.h"
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

int writeReport(Database &db, const team::ReviewCycle &cycle, const QString &personCode,
                const QString &language, const QString &target)
{
    auto person = org::StaffRepository(db).findByCode(personCode);
    if (!person)
        return report(person.error());
    if (!*person)
        return usage(CommandLine::tr("The workbook has no person “%1”.").arg(personCode), command);
    auto individual = report::ReviewReport::build(db, cycle.id, (*person)->id, language);
    if (!individual)
        return report(individual.error());
    return writeDocument(
        db, [&] { return ui::ReviewDocument::writePdf(*individual, target); }, target);
}

} // namespace

int runReview(const QStringList &arguments)
{
    QStringList rest;
    QString action;
    int exit = ExitOk;
    if (!takeAction(arguments, {QStringLiteral("results"), QStringLiteral("report")},
                    CommandLine::tr("Say results or report."), command, rest, action, exit))
        return exit;
    QCommandLineParser parser;
    const auto db = dbOption();
    const auto branch = branchOption();
    const QCommandLineOption cycle(QStringLiteral("cycle"),
                                   CommandLine::tr("The review cycle's code (2026H1)."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("results: print JSON (docs/formats.md)."));
    const QCommandLineOption person(QStringLiteral("person"),
                                    CommandLine::tr("report: the person's staff code."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     CommandLine::tr("report: the PDF to write."),
                                     CommandLine::tr("FILE"));
    const QCommandLineOption lang = langOption();
    parser.addOptions({db, branch, cycle, json, person, outFile, lang});
    if (!parseCommand(parser, rest, command,
                      CommandLine::tr("360-degree reviews: servicelens review results --db STORE "
                                      "--cycle CODE [--json], or review report --db STORE --cycle "
                                      "CODE --person CODE --out FILE.pdf [--lang en|zh_CN]"),
                      exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(cycle))
        return usage(CommandLine::tr("--db STORE and --cycle CODE are required."), command);
    const bool isReport = action == QLatin1String("report");
    const QString language = parser.isSet(lang) ? parser.value(lang) : QStringLiteral("en");
    if (isReport) {
        if (!parser.isSet(person) || !parser.isSet(outFile))
            return usage(CommandLine::tr("report needs --person CODE and --out FILE."), command);
        if (!documentTarget(language, parser.value(outFile), command, exit))
            return exit;
    }
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
    if (isReport)
        return writeReport(store, **found, parser.value(person), language, parser.value(outFile));
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
