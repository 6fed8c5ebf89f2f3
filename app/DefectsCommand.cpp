// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens defects: defect trends per product model for R&D (docs/kpi.md, Defects;
// docs/formats.md, defects).
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "kpi/DefectTrends.h"
#include "report/DefectFeedback.h"
#include "report/FeedbackDocument.h"
#include "report/FeedbackXlsx.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>

namespace servicelens::app {

namespace {

QString number(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("–");
}

void printReport(const kpi::DefectReport &report)
{
    out() << CommandLine::tr("Model") << '\t' << CommandLine::tr("chart") << '\t'
          << CommandLine::tr("repairs") << '\t' << CommandLine::tr("units in the field") << '\t'
          << CommandLine::tr("rate") << '\t' << CommandLine::tr("centre") << '\t'
          << CommandLine::tr("upper limit") << '\t' << CommandLine::tr("signals") << '\t'
          << CommandLine::tr("fault codes") << Qt::endl;
    if (report.models.empty())
        out() << "  " << CommandLine::tr("no listed model had a repair in the last 13 months")
              << Qt::endl;
    for (const kpi::DefectModel &d : report.models) {
        const kpi::ChartMonth &m = d.month();
        // A u-chart's rate per 1,000 units, a p-chart's as a percentage of its category.
        const bool u = d.kind == kpi::ChartKind::U;
        const auto shown = [u](const std::optional<double> &v) {
            return u ? number(v, 2) : number(v ? std::optional<double>(*v * 100) : v, 1) + " %";
        };
        QStringList faults;
        for (const kpi::DefectFault &f : d.faults)
            faults << QStringLiteral("%1×%2%3").arg(f.code).arg(f.n).arg(
                f.alarms.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.alarms.join(',')));
        if (d.withoutCode > 0)
            faults << CommandLine::tr("no code×%1").arg(d.withoutCode);
        out() << "  " << d.model << '\t'
              << (u ? CommandLine::tr("per 1,000 units")
                    : CommandLine::tr("share of %1")
                          .arg(d.category.isEmpty() ? CommandLine::tr("all repairs") : d.category))
              << '\t' << m.count << '\t'
              << (d.base ? QString::number(*d.base) : QStringLiteral("–")) << '\t' << shown(m.rate)
              << '\t' << shown(m.centre) << '\t' << shown(m.upper) << '\t'
              << (d.alarms().isEmpty() ? QStringLiteral("–") : d.alarms().join(',')) << '\t'
              << faults.join(QStringLiteral(", ")) << Qt::endl;
    }
}

// `defects --out FILE`: the R&D feedback report (report/DefectFeedback) as a PDF or workbook.
int writeFeedback(const QCommandLineParser &parser, QDate month, const QCommandLineOption &db,
                  const QCommandLineOption &outFile, const QCommandLineOption &format,
                  const QCommandLineOption &modelOption, const QCommandLineOption &lang)
{
    if (parser.isSet(QStringLiteral("json")))
        return usage(CommandLine::tr("--json and --out exclude each other."),
                     QStringLiteral("defects"));
    const QString kind =
        parser.isSet(format) ? parser.value(format).toLower() : QStringLiteral("pdf");
    if (kind != QLatin1String("pdf") && kind != QLatin1String("xlsx"))
        return usage(CommandLine::tr("Unknown format “%1”; use pdf or xlsx.").arg(kind),
                     QStringLiteral("defects"));
    report::DefectFeedback::Options options;
    options.language = parser.isSet(lang) ? parser.value(lang) : QStringLiteral("en");
    options.models = parser.values(modelOption);
    const QString target = parser.value(outFile);
    if (int exit = ExitOk;
        !documentTarget(options.language, target, QStringLiteral("defects"), exit))
        return exit;
    auto workbook = openForReading(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    Database &store = (*workbook)->database();
    auto feedback = report::DefectFeedback::build(store, month, options);
    if (!feedback)
        return feedback.error().kind == ErrorKind::NotFound
                   ? usage(feedback.error().message, QStringLiteral("defects"))
                   : reportReading(feedback.error(), parser.value(db));
    if (auto s = store.confirmSound(); !s)
        return reportReading(s.error(), parser.value(db));
    const Status written = kind == QLatin1String("xlsx")
                               ? report::FeedbackXlsx::write(*feedback, target)
                               : ui::FeedbackDocument::writePdf(*feedback, target);
    if (!written)
        return report(written.error());
    err() << CommandLine::tr("%1 written; models reported: %2.")
                 .arg(QDir::toNativeSeparators(target))
                 .arg(feedback->models.size())
          << Qt::endl;
    return ExitOk;
}

} // namespace

int runDefects(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const auto month = monthOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print JSON (docs/formats.md, defects)."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CommandLine::tr("With --out: the R&D feedback report as pdf (default) or xlsx."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(
        QStringLiteral("out"),
        CommandLine::tr("Write the R&D feedback report (the signalled models, or those of "
                        "--model) to this file."),
        CommandLine::tr("FILE"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        CommandLine::tr("With --out: report on this model (repeatable) instead of the signalled "
                        "ones."),
        QStringLiteral("MODEL"));
    const QCommandLineOption lang = langOption();
    parser.addOptions({db, month, json, outFile, format, modelOption, lang});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("defects"),
                      CommandLine::tr("Defect trends per product model for R&D: the month's "
                                      "repairs, their rate against the twelve months before "
                                      "with control limits, signals, and the fault codes."),
                      exit))
        return exit;
    if (!parser.isSet(db))
        return usage(CommandLine::tr("--db STORE is required."), QStringLiteral("defects"));
    if (!parser.isSet(month))
        return usage(CommandLine::tr("--month YYYY-MM is required."), QStringLiteral("defects"));
    QDate first;
    if (!monthFrom(parser, month, QStringLiteral("defects"), first, exit))
        return exit;
    if (parser.isSet(outFile))
        return writeFeedback(parser, first, db, outFile, format, modelOption, lang);
    if (parser.isSet(format) || parser.isSet(modelOption) || parser.isSet(lang))
        return usage(CommandLine::tr("--format, --model and --lang go with --out FILE."),
                     QStringLiteral("defects"));
    auto workbook = openForReading(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    Database &store = (*workbook)->database();
    auto defects = kpi::DefectReport::read(store, first.year() * 100 + first.month());
    if (!defects)
        return reportReading(defects.error(), parser.value(db));
    if (auto s = store.confirmSound(); !s)
        return reportReading(s.error(), parser.value(db));
    if (parser.isSet(json)) {
        out() << QJsonDocument(defects->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    printReport(*defects);
    return ExitOk;
}

} // namespace servicelens::app
