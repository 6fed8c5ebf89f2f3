// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens import: CSV files into a workbook, all or nothing.
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "storage/Database.h"
#include "workbook/Importers.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace servicelens::app {

namespace {

// The people the file names who were not in the staff list: added (--create-staff) or to add.
void printUnknownPeople(const io::ImportSummary &summary)
{
    QStringList added;
    QStringList missing;
    for (const io::UnknownPerson &p : summary.unknownPeople)
        (p.created ? added : missing) << p.toString();
    if (!missing.isEmpty()) {
        err() << "servicelens: "
              << CommandLine::tr("%n people named in the file are not in the staff list; add "
                                 "them (import staff), or run again with --create-staff:",
                                 nullptr, static_cast<int>(missing.size()))
              << Qt::endl;
        for (const QString &line : missing)
            err() << "  " << line << Qt::endl;
    }
    if (!added.isEmpty() && summary.committed) {
        out() << CommandLine::tr("Added to the staff list (complete them on the Staff tab):")
              << Qt::endl;
        for (const QString &line : added)
            out() << "  " << line << Qt::endl;
    }
}

// `import WHAT …`, or, with `guessAmong`, `equipment import …` whose kind is told by the file's
// header among those kinds (`command` names it in messages).
int importCsv(const QStringList &arguments, const std::vector<ImportKind> &guessAmong,
              const QString &command)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption in(QStringLiteral("in"), CommandLine::tr("The CSV file to import."),
                                CommandLine::tr("FILE"));
    const QCommandLineOption branch(
        QStringLiteral("branch"),
        CommandLine::tr("The branch of rows without one (default: the first branch)."),
        CommandLine::tr("CODE"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      CommandLine::tr("auto (default), utf-8 or gb18030."),
                                      QStringLiteral("ENC"), QStringLiteral("auto"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 CommandLine::tr("A file mapping other headers and values."),
                                 CommandLine::tr("FILE"));
    const QCommandLineOption skip(
        QStringLiteral("skip-invalid"),
        CommandLine::tr("Import the good rows; write the others to <input>.rejected.csv."));
    const QCommandLineOption survey(QStringLiteral("survey"),
                                    CommandLine::tr("The survey of the responses."),
                                    CommandLine::tr("CODE"));
    const QCommandLineOption createStaff(
        QStringLiteral("create-staff"),
        CommandLine::tr("Add the people the file names who are not in the staff list."));
    parser.addOptions({db, in, branch, encoding, map, skip, survey, createStaff});
    // What can be imported, as Importers lists it: "orders, staff, …, sla".
    QStringList codes;
    for (ImportKind k : Importers::kinds())
        codes << Importers::code(k);
    const QString kinds = codes.join(QStringLiteral(", "));
    if (guessAmong.empty())
        parser.addPositionalArgument(QStringLiteral("what"), kinds);
    int exit = ExitOk;
    parser.setApplicationDescription(CommandLine::tr("Import a CSV file into a workbook."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return usage(parser.errorText(), command);
    if (parser.isSet(help)) {
        out() << parser.helpText();
        return ExitOk;
    }
    Q_UNUSED(exit);
    const QStringList what = parser.positionalArguments();
    const std::size_t expected = guessAmong.empty() ? 1 : 0;
    if (std::size_t(what.size()) > expected)
        return usage(CommandLine::tr("Unexpected argument “%1”; give the CSV file with --in FILE.")
                         .arg(what.at(int(expected))),
                     command);
    if (what.isEmpty() && guessAmong.empty())
        return usage(CommandLine::tr("Say what to import: %1.").arg(kinds), command);
    if (!parser.isSet(db) || !parser.isSet(in))
        return usage(CommandLine::tr("--db FILE and --in FILE are required."), command);
    const auto enc = io::TextDecoder::fromName(parser.value(encoding));
    if (!enc)
        return usage(CommandLine::tr("Unknown encoding “%1”; use auto, utf-8 or gb18030.")
                         .arg(parser.value(encoding)),
                     command);
    std::optional<ImportKind> importKind;
    if (guessAmong.empty()) {
        const QString kind = what.front();
        importKind = Importers::fromCode(kind);
        if (!importKind)
            return usage(
                CommandLine::tr("“%1” cannot be imported; say one of %2.").arg(kind, kinds),
                command);
    } else {
        auto told = Importers::guessFile(parser.value(in), *enc, guessAmong);
        if (!told)
            return report(told.error());
        importKind = *told;
    }
    auto workbook = Workbook::open(parser.value(db));
    if (!workbook)
        return report(workbook.error());

    io::ImportOptions options;
    options.encoding = *enc;
    options.skipInvalid = parser.isSet(skip);
    options.branchCode = parser.value(branch);
    options.surveyCode = parser.value(survey);
    options.createStaff = parser.isSet(createStaff);
    if (parser.isSet(map)) {
        auto mapping = io::ColumnMapping::load(parser.value(map));
        if (!mapping)
            return report(mapping.error());
        options.mapping = *mapping;
    }
    TerminalProgress progress(CommandLine::tr("Importing: %1 %"));
    Database &target = (*workbook)->database();
    const QString input = parser.value(in);
    auto summary = Importers::run(*importKind, target, input, options, std::ref(progress));
    progress.clear();
    if (!summary)
        return report(summary.error());
    for (const QString &w : summary->warnings)
        err() << "servicelens: " << CommandLine::tr("warning: %1").arg(w) << Qt::endl;
    if (summary->failed())
        err() << "servicelens: " << summary->failureMessage(input) << Qt::endl;
    printUnknownPeople(*summary);
    // At most 50 problems, then how many more.
    const qint64 shown = std::min<qint64>(50, static_cast<qint64>(summary->issues.size()));
    for (qint64 i = 0; i < shown; ++i)
        err() << "  " << summary->issues[static_cast<std::size_t>(i)].toString() << Qt::endl;
    if (summary->issueCount > shown)
        err() << "  " << CommandLine::tr("… and %1 more.").arg(summary->issueCount - shown)
              << Qt::endl;
    if (summary->failed()) {
        // What the file as a whole lacks (unmapped states with their counts, and the like)
        // helps fix it as much as the first problems do.
        for (const QString &note : summary->notes)
            err() << CommandLine::tr("Note: %1").arg(note) << Qt::endl;
        return ExitInvalidData;
    }
    out() << CommandLine::tr(
                 "%n row(s) read, %1 inserted, %2 updated, %3 unchanged, %4 rejected in %5 s (%6).",
                 nullptr, static_cast<int>(std::min<qint64>(summary->read, INT_MAX)))
                 .arg(summary->inserted)
                 .arg(summary->updated)
                 .arg(summary->unchanged)
                 .arg(summary->rejected)
                 .arg(summary->seconds, 0, 'f', 2)
                 .arg(summary->spreadsheet ? CommandLine::tr("Excel workbook")
                                           : io::TextDecoder::name(summary->encoding))
          << Qt::endl;
    for (const QString &note : summary->notes)
        out() << CommandLine::tr("Note: %1").arg(note) << Qt::endl;
    if (!summary->rejectedPath.isEmpty())
        out() << CommandLine::tr("Rejected rows and their reasons: %1")
                     .arg(QDir::toNativeSeparators(summary->rejectedPath))
              << Qt::endl;
    return ExitOk;
}

} // namespace

int runImport(const QStringList &arguments)
{
    return importCsv(arguments, {}, QStringLiteral("import"));
}

int runEquipmentImport(const QStringList &arguments)
{
    return importCsv(arguments,
                     {ImportKind::Equipment, ImportKind::MaintenancePlans, ImportKind::Maintenance},
                     QStringLiteral("equipment"));
}

} // namespace servicelens::app
