// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CommandSupport.h"
#include "InspectionCommand.h"
#include "ReportCommand.h"

#include "demo/DemoGenerator.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "storage/Database.h"
#include "survey/Survey.h"
#include "workbook/Importers.h"
#include "workbook/TrainingCopy.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookSummary.h"

#include "workbook/WorkbookCheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <numeric>
#include <unistd.h>

namespace servicelens::app {

namespace {

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), CommandLine::tr("Fill the new workbook with a year of demo data."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CommandLine::tr("Seed of the demo data (same seed, same data)."),
                                  QStringLiteral("N"), QStringLiteral("2026"));
    const QCommandLineOption orders(QStringLiteral("orders"),
                                    CommandLine::tr("Number of demo orders (default 20000)."),
                                    QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption branch(QStringLiteral("branch"),
                                    CommandLine::tr("Code of the first branch (default SH01)."),
                                    CommandLine::tr("CODE"));
    const QCommandLineOption branchName(QStringLiteral("branch-name"),
                                        CommandLine::tr("Name of the first branch."),
                                        CommandLine::tr("NAME"));
    const QCommandLineOption timezone(QStringLiteral("timezone"),
                                      CommandLine::tr("IANA time zone of the first branch "
                                                      "(default Asia/Shanghai)."),
                                      QStringLiteral("TZ"));
    parser.addOptions({db, demo, seed, orders, branch, branchName, timezone});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("init"),
                      CommandLine::tr("Create a new workbook."), exit))
        return exit;
    if (!parser.isSet(db))
        return usage(CommandLine::tr("--db FILE is required."), QStringLiteral("init"));
    const QString path = parser.value(db);
    if (!parser.isSet(demo) && (parser.isSet(seed) || parser.isSet(orders)))
        return usage(CommandLine::tr("--seed and --orders need --demo."), QStringLiteral("init"));
    if (parser.isSet(demo) &&
        (parser.isSet(branch) || parser.isSet(branchName) || parser.isSet(timezone)))
        return usage(CommandLine::tr("The demo workbook has its own branch; leave out --branch, "
                                     "--branch-name and --timezone."),
                     QStringLiteral("init"));
    if (parser.isSet(timezone) && !BranchRepository::isKnownTimeZone(parser.value(timezone)))
        return usage(CommandLine::tr("“%1” is not a time zone; use an IANA name such as "
                                     "Asia/Shanghai.")
                         .arg(parser.value(timezone)),
                     QStringLiteral("init"));

    if (!parser.isSet(demo)) {
        NewWorkbook spec;
        if (parser.isSet(branch))
            spec.branchCode = parser.value(branch);
        if (parser.isSet(branchName))
            spec.branchName = parser.value(branchName);
        if (parser.isSet(timezone))
            spec.timeZone = parser.value(timezone);
        auto workbook = Workbook::create(path, spec);
        if (!workbook)
            return report(workbook.error());
        out() << CommandLine::tr("Created %1 with branch %2.")
                     .arg(QDir::toNativeSeparators(path), spec.branchCode)
              << Qt::endl;
        return ExitOk;
    }

    bool okSeed = false;
    bool okOrders = false;
    DemoOptions options;
    options.seed = parser.value(seed).toULongLong(&okSeed);
    options.orders = parser.value(orders).toInt(&okOrders);
    if (!okSeed)
        return usage(CommandLine::tr("--seed must be a whole number."), QStringLiteral("init"));
    if (!okOrders || options.orders < 1 || options.orders > DemoGenerator::maxOrders)
        return usage(CommandLine::tr("--orders must be a whole number from 1 to %1.")
                         .arg(DemoGenerator::maxOrders),
                     QStringLiteral("init"));

    TerminalProgress progress(CommandLine::tr("Generating demo orders: %1 %"));
    auto workbook = DemoGenerator::createDemoWorkbook(path, options, nullptr, std::ref(progress));
    progress.clear();
    if (!workbook)
        return report(workbook.error());
    auto summary = WorkbookSummary::read((*workbook)->database());
    if (!summary)
        return report(summary.error());
    out() << CommandLine::tr("Created demo workbook %1: branch %2, %3 staff, %4 orders (seed %5).")
                 .arg(QDir::toNativeSeparators(path), summary->branchCode)
                 .arg(std::accumulate(summary->activeStaffByRole.begin(),
                                      summary->activeStaffByRole.end(), 0,
                                      [](int n, const auto &kv) { return n + kv.second; }))
                 .arg(summary->orders)
                 .arg(options.seed)
          << Qt::endl;
    return ExitOk;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption against(
        QStringLiteral("against"),
        CommandLine::tr("An audit head noted earlier (ID:HASH, as check, a report or backup "
                        "prints it) or a backup file: proves the trail up to it was not "
                        "rewritten since."),
        CommandLine::tr("HEAD|FILE"));
    parser.addOptions({db, against});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("check"),
                      CommandLine::tr("Verify a workbook without changing it."), exit))
        return exit;
    if (!parser.isSet(db))
        return usage(CommandLine::tr("--db FILE is required."), QStringLiteral("check"));
    const QString path = parser.value(db);
    // The earlier head: given as text, or read from a backup (whose own chain must be intact).
    std::optional<std::pair<qint64, QByteArray>> earlier;
    if (parser.isSet(against)) {
        const QString value = parser.value(against);
        if (QFileInfo(value).isFile()) {
            auto theirs = WorkbookCheck::verifyAuditTrail(value);
            if (!theirs)
                return report(theirs.error());
            if (!theirs->intact() || theirs->headId == 0)
                return usage(CommandLine::tr("%1 has no intact audit trail to compare with.")
                                 .arg(QDir::toNativeSeparators(value)),
                             QStringLiteral("check"));
            earlier = std::make_pair(theirs->headId, theirs->headHash);
        } else {
            earlier = AuditChain::parseHead(value);
            if (!earlier)
                return usage(CommandLine::tr("“%1” is neither a file nor an audit head such as "
                                             "20412:3fa8c2d1e0b94f7a.")
                                 .arg(value),
                             QStringLiteral("check"));
        }
    }
    auto verified = WorkbookCheck::verify(path);
    if (!verified)
        return report(verified.error());
    if (verified->problems.isEmpty() && earlier) {
        auto compared = WorkbookCheck::compareAuditHead(path, earlier->first, earlier->second);
        if (!compared)
            return report(compared.error());
        if (!compared->isEmpty())
            verified->problems << *compared;
    }
    if (verified->problems.isEmpty()) {
        // Sound as a file: now the data against itself.
        auto business = WorkbookCheck::runOnFile(path);
        if (!business)
            return report(business.error());
        verified->problems << *business;
    }
    auto probe = Database::probe(path);
    if (!verified->problems.isEmpty()) {
        err() << CommandLine::tr("%1 did not pass the check:").arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        for (const QString &p : verified->problems)
            err() << "  " << p << Qt::endl;
        return ExitDatabase;
    }
    const AuditChain::Finding &chain = verified->chain;
    out() << CommandLine::tr("%1: workbook format %2, integrity ok, references ok.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(probe ? probe->userVersion : 0)
          << Qt::endl;
    if (chain.intact()) {
        out() << CommandLine::tr("Audit trail: %n record(s), hash chain intact.", nullptr,
                                 static_cast<int>(chain.records))
              << Qt::endl;
        if (chain.headId != 0)
            out() << CommandLine::tr("Audit head: %1 (note it, or keep a backup: “check "
                                     "--against” proves later that the trail up to here was "
                                     "not rewritten).")
                         .arg(chain.headText())
                  << Qt::endl;
        if (earlier)
            out() << CommandLine::tr("The trail still holds the earlier head %1:%2 unchanged.")
                         .arg(earlier->first)
                         .arg(QString::fromLatin1(earlier->second.left(16)))
                  << Qt::endl;
    } else
        out() << chain.message << Qt::endl; // not chained yet: an older workbook
    out() << CommandLine::tr("Inspections: %n completed, every seal matches its content.", nullptr,
                             static_cast<int>(verified->seals.sealed))
          << Qt::endl;
    return ExitOk;
}

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption target(QStringLiteral("out"),
                                    CommandLine::tr("The backup file to write."),
                                    CommandLine::tr("FILE"));
    parser.addOptions({db, target});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("backup"),
                      CommandLine::tr("Copy a workbook safely, even while it is open."), exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(target))
        return usage(CommandLine::tr("--db FILE and --out FILE are required."),
                     QStringLiteral("backup"));
    const QString source = parser.value(db);
    const QString dest = parser.value(target);
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(dest).absoluteFilePath())
        return usage(CommandLine::tr("The backup cannot replace the workbook itself."),
                     QStringLiteral("backup"));
    if (QFileInfo::exists(dest))
        return usage(CommandLine::tr("%1 already exists; choose a new file name.")
                         .arg(QDir::toNativeSeparators(dest)),
                     QStringLiteral("backup"));
    if (auto s = Database::backupFile(source, dest); !s)
        return report(s.error());
    out() << CommandLine::tr("Backed up %1 to %2.")
                 .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(dest))
          << Qt::endl;
    // The backup keeps the head in its own trail; printed too, to be noted elsewhere.
    if (auto chain = WorkbookCheck::verifyAuditTrail(dest); chain && chain->headId != 0)
        out() << CommandLine::tr("Audit head: %1").arg(chain->headText()) << Qt::endl;
    return ExitOk;
}

// Pads to a width in terminal columns: Chinese characters take two.
QString padRight(const QString &text, int columns)
{
    int width = 0;
    for (const QChar ch : text)
        width += (ch.unicode() >= 0x1100 && (ch.script() == QChar::Script_Han ||
                                             ch.unicode() >= 0xFF00 || ch.unicode() >= 0x3000))
                     ? 2
                     : 1;
    return text + QString(qMax(1, columns - width), QLatin1Char(' '));
}

QString percent(const std::optional<double> &rate)
{
    return rate ? QStringLiteral("%1 %").arg(*rate * 100.0, 0, 'f', 1) : QStringLiteral("—");
}

QString decimal(const std::optional<double> &value, int decimals = 2)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("—");
}

// The readable form of `servicelens kpi`: the same figures as the JSON, rounded for reading,
// named and ordered by the KPI catalogue.
void printKpiTable(const kpi::MonthKpis &k)
{
    using kpi::KpiCatalogue;
    const kpi::OrderKpis &o = k.orders;
    auto line = [](const QString &label, const QString &value) {
        out() << "  " << padRight(label, 36) << value << '\n';
    };
    auto figures = [&](kpi::KpiSection section) {
        for (const kpi::KpiDefinition *d : KpiCatalogue::section(section)) {
            const std::optional<double> v = d->value(k);
            const QString value = d->unit == kpi::KpiUnit::Count
                                      ? QString::number(static_cast<qint64>(v.value_or(0)))
                                  : d->unit == kpi::KpiUnit::Rate ? percent(v)
                                                                  : decimal(v, d->decimals);
            line(KpiCatalogue::shortLabel(*d), value);
        }
    };
    out() << CommandLine::tr("Branch %1, %2")
                 .arg(k.branchCode, k.month.toString(QStringLiteral("yyyy-MM")))
          << "\n\n"
          << CommandLine::tr("Service orders") << '\n';
    figures(kpi::KpiSection::Orders);
    out() << '\n' << CommandLine::tr("Median dwell per stage (hours)") << '\n';
    for (int s = 0; s < kpi::dwellStageCount; ++s) {
        const auto stage = static_cast<kpi::DwellStage>(s);
        QString value = decimal(o.stageDwellHoursMedian[static_cast<std::size_t>(s)], 1);
        if (o.bottleneckStage == stage)
            value += QLatin1Char(' ') + CommandLine::tr("← bottleneck");
        line(kpi::dwellStageCode(stage), value);
    }
    out() << '\n' << CommandLine::tr("Technicians") << '\n';
    out() << "  " << padRight(CommandLine::tr("code"), 8) << padRight(CommandLine::tr("name"), 10)
          << CommandLine::tr("closed").rightJustified(8)
          << CommandLine::tr("wd mean").rightJustified(9)
          << CommandLine::tr("FTF").rightJustified(9)
          << CommandLine::tr("complaints").rightJustified(12) << '\n';
    for (const kpi::TechnicianKpis &t : k.technicians)
        out() << "  " << padRight(t.code, 8) << padRight(t.name, 10)
              << QString::number(t.closed).rightJustified(8)
              << decimal(t.resolutionWdMean).rightJustified(9)
              << percent(t.firstTimeFixRate).rightJustified(9)
              << QString::number(t.complaints).rightJustified(12) << '\n';
    out() << '\n' << CommandLine::tr("Inspections") << '\n';
    figures(kpi::KpiSection::Inspections);
    out() << '\n' << CommandLine::tr("Surveys") << '\n';
    figures(kpi::KpiSection::Surveys);
    for (const kpi::DimensionKpis &d : k.surveys.dimensions)
        line(QStringLiteral("  ") + survey::SurveyNames::dimensionLabel(d.code),
             QStringLiteral("%1 (%2, n = %3)").arg(decimal(d.mean), percent(d.top2)).arg(d.n));
    out().flush();
}

int runKpi(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption month(QStringLiteral("month"),
                                   CommandLine::tr("The month, as YYYY-MM."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption branch(QStringLiteral("branch"),
                                    CommandLine::tr("The branch code (default: the first branch)."),
                                    CommandLine::tr("CODE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print the JSON of KPI.md."));
    parser.addOptions({db, month, branch, json});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("kpi"),
                      CommandLine::tr("Print a month's KPIs."), exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(month))
        return usage(CommandLine::tr("--db FILE and --month YYYY-MM are required."),
                     QStringLiteral("kpi"));
    const auto first = kpi::KpiEngine::parseMonth(parser.value(month));
    if (!first)
        return usage(CommandLine::tr("“%1” is not a month; write it as YYYY-MM, e.g. 2026-10.")
                         .arg(parser.value(month)),
                     QStringLiteral("kpi"));
    Database::Options readOnly;
    readOnly.mode = Database::OpenMode::ReadOnly;
    auto workbook = Workbook::open(parser.value(db), readOnly);
    if (!workbook)
        return report(workbook.error());
    Result<Branch> chosen = (*workbook)->defaultBranch();
    if (parser.isSet(branch)) {
        auto found = BranchRepository((*workbook)->database()).findByCode(parser.value(branch));
        if (!found)
            return report(found.error());
        if (!found->has_value())
            return usage(
                CommandLine::tr("The workbook has no branch “%1”.").arg(parser.value(branch)),
                QStringLiteral("kpi"));
        chosen = **found;
    }
    if (!chosen)
        return report(chosen.error());
    kpi::KpiEngine engine((*workbook)->database());
    auto kpis = engine.compute(*chosen, *first);
    if (!kpis)
        return report(kpis.error());
    if (auto sound = (*workbook)->database().confirmSound(); !sound)
        return report(sound.error());
    if (!kpis->calendarCoversMonth)
        err() << "servicelens: "
              << CommandLine::tr(
                     "warning: the working-day calendar does not cover %1; working days "
                     "count Monday to Friday only.")
                     .arg(first->year())
              << Qt::endl;
    if (parser.isSet(json))
        out() << kpi::KpiEngine::toJson(*kpis) << Qt::endl;
    else
        printKpiTable(*kpis);
    return ExitOk;
}

int runImport(const QStringList &arguments)
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
    parser.addOptions({db, in, branch, encoding, map, skip, survey});
    parser.addPositionalArgument(QStringLiteral("what"),
                                 CommandLine::tr("orders, surveys, staff, calendar or training"));
    int exit = ExitOk;
    parser.setApplicationDescription(CommandLine::tr("Import a CSV file into a workbook."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return usage(parser.errorText(), QStringLiteral("import"));
    if (parser.isSet(help)) {
        out() << parser.helpText();
        return ExitOk;
    }
    Q_UNUSED(exit);
    const QStringList what = parser.positionalArguments();
    if (what.size() > 1)
        return usage(CommandLine::tr("Unexpected argument “%1”; give the CSV file with --in FILE.")
                         .arg(what.at(1)),
                     QStringLiteral("import"));
    if (what.isEmpty())
        return usage(
            CommandLine::tr("Say what to import: orders, surveys, staff, calendar or training."),
            QStringLiteral("import"));
    if (!parser.isSet(db) || !parser.isSet(in))
        return usage(CommandLine::tr("--db FILE and --in FILE are required."),
                     QStringLiteral("import"));
    const QString kind = what.front();
    const auto importKind = Importers::fromCode(kind);
    if (!importKind)
        return usage(
            CommandLine::tr(
                "“%1” cannot be imported; say orders, surveys, staff, calendar or training.")
                .arg(kind),
            QStringLiteral("import"));
    const auto enc = io::TextDecoder::fromName(parser.value(encoding));
    if (!enc)
        return usage(CommandLine::tr("Unknown encoding “%1”; use auto, utf-8 or gb18030.")
                         .arg(parser.value(encoding)),
                     QStringLiteral("import"));
    auto workbook = Workbook::open(parser.value(db));
    if (!workbook)
        return report(workbook.error());

    io::ImportOptions options;
    options.encoding = *enc;
    options.skipInvalid = parser.isSet(skip);
    options.branchCode = parser.value(branch);
    options.surveyCode = parser.value(survey);
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
    // At most 50 problems, then how many more.
    const qint64 shown = std::min<qint64>(50, static_cast<qint64>(summary->issues.size()));
    for (qint64 i = 0; i < shown; ++i)
        err() << "  " << summary->issues[static_cast<std::size_t>(i)].toString() << Qt::endl;
    if (summary->issueCount > shown)
        err() << "  " << CommandLine::tr("… and %1 more.").arg(summary->issueCount - shown)
              << Qt::endl;
    if (summary->failed())
        return ExitInvalidData;
    out() << CommandLine::tr(
                 "%1 rows read, %2 inserted, %3 updated, %4 unchanged, %5 rejected in %6 s (%7).")
                 .arg(summary->read)
                 .arg(summary->inserted)
                 .arg(summary->updated)
                 .arg(summary->unchanged)
                 .arg(summary->rejected)
                 .arg(summary->seconds, 0, 'f', 2)
                 .arg(io::TextDecoder::name(summary->encoding))
          << Qt::endl;
    if (!summary->rejectedPath.isEmpty())
        out() << CommandLine::tr("Rejected rows and their reasons: %1")
                     .arg(QDir::toNativeSeparators(summary->rejectedPath))
              << Qt::endl;
    return ExitOk;
}

int runTrainingCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption outOption(QStringLiteral("out"), CommandLine::tr("The copy to write."),
                                       CommandLine::tr("FILE"));
    parser.addOptions({db, outOption});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("export-training-copy"),
                      CommandLine::tr("Write a copy of the workbook for training, with customers' "
                                      "names and phone numbers pseudonymised."),
                      exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(outOption))
        return usage(CommandLine::tr("--db FILE and --out FILE are required."),
                     QStringLiteral("export-training-copy"));
    if (QFileInfo::exists(parser.value(outOption)))
        return usage(CommandLine::tr("“%1” already exists; choose a new file.")
                         .arg(QDir::toNativeSeparators(parser.value(outOption))),
                     QStringLiteral("export-training-copy"));
    QStringList warnings;
    if (auto s = TrainingCopy::write(parser.value(db), parser.value(outOption), {}, &warnings); !s)
        return report(s.error());
    for (const QString &w : warnings)
        err() << CommandLine::tr("Warning: %1").arg(w) << Qt::endl;
    out() << CommandLine::tr("Wrote %1: customers' names and phone numbers pseudonymised.")
                 .arg(QDir::toNativeSeparators(parser.value(outOption)))
          << Qt::endl;
    return ExitOk;
}

} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("init"),
            QStringLiteral("import"),
            QStringLiteral("inspection"),
            QStringLiteral("kpi"),
            QStringLiteral("report"),
            QStringLiteral("check"),
            QStringLiteral("export-training-copy"),
            QStringLiteral("backup")};
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'));
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    return isCommand(arguments) && arguments.at(1) == QLatin1String("report") &&
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
               "  import    import orders, staff or a calendar from CSV\n"
               "  inspection  share inspection templates and completed inspections (JSON)\n"
               "  report    write a month's service report (PDF, XLSX or CSV)\n"
               "  export-training-copy  a copy with customers' names and phones pseudonymised\n\n"
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
    if (command == QLatin1String("init"))
        return runInit(rest);
    if (command == QLatin1String("check"))
        return runCheck(rest);
    if (command == QLatin1String("backup"))
        return runBackup(rest);
    if (command == QLatin1String("kpi"))
        return runKpi(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("inspection"))
        return runInspection(rest);
    if (command == QLatin1String("report"))
        return runReport(rest);
    if (command == QLatin1String("export-training-copy"))
        return runTrainingCopy(rest);
    return usage(tr("Unknown command “%1”. Commands: %2.")
                     .arg(command, commands().join(QStringLiteral(", "))),
                 QString());
}

} // namespace servicelens::app
