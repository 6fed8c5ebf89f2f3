// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "org/Branch.h"
#include "report/MonthlyReport.h"
#include "report/ReportCsv.h"
#include "report/ReportPdf.h"
#include "report/ReportXlsx.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>

namespace servicelens::app {

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const auto month = monthOption();
    const auto branch = branchOption();
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("pdf, xlsx or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), CommandLine::tr("The file to write."),
                                 CommandLine::tr("FILE"));
    const QCommandLineOption lang = langOption();
    const QCommandLineOption phones(QStringLiteral("show-phones"),
                                    CommandLine::tr("Write customers' phone numbers in full "
                                                    "(masked by default)."));
    const QCommandLineOption allBranches(
        QStringLiteral("all-branches"),
        CommandLine::tr("The network's report: every branch together, the branches side by side "
                        "and a page per branch."));
    parser.addOptions({db, month, branch, allBranches, format, out, lang, phones});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("report"),
                      CommandLine::tr("Write the monthly service report."), exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(month) || !parser.isSet(format) || !parser.isSet(out))
        return usage(CommandLine::tr("--db FILE, --month YYYY-MM, --format and --out FILE are "
                                     "required."),
                     QStringLiteral("report"));
    QDate first;
    if (!monthFrom(parser, month, QStringLiteral("report"), first, exit))
        return exit;
    const QString kind = parser.value(format).toLower();
    if (kind != QLatin1String("xlsx") && kind != QLatin1String("csv") &&
        kind != QLatin1String("pdf")) {
        return usage(CommandLine::tr("Unknown format “%1”; use pdf, xlsx or csv.").arg(kind),
                     QStringLiteral("report"));
    }
    const QString language =
        parser.value(lang).isEmpty() ? QStringLiteral("en") : parser.value(lang);
    if (int exit = ExitOk;
        !documentTarget(language, parser.value(out), QStringLiteral("report"), exit))
        return exit;
    auto workbook = openForReading(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    if (parser.isSet(allBranches) && parser.isSet(branch))
        return usage(CommandLine::tr("--branch and --all-branches exclude each other."),
                     QStringLiteral("report"));
    Branch chosen;
    if (!parser.isSet(allBranches) &&
        !branchFrom(**workbook, parser, branch, QStringLiteral("report"), chosen, exit))
        return exit;
    report::MonthlyReportBuilder::Options reportOptions;
    reportOptions.language = language;
    reportOptions.showPhones = parser.isSet(phones);
    // Each format gets the parts it shows, no more: the CSV is the figures alone.
    using Builder = report::MonthlyReportBuilder;
    reportOptions.parts = kind == QLatin1String("csv") ? Builder::Figures
                          : kind == QLatin1String("xlsx")
                              ? Builder::Lists | Builder::OrderList | Builder::Quality
                              : Builder::Lists | Builder::Charts | Builder::Quality;
    auto model = parser.isSet(allBranches)
                     ? report::MonthlyReportBuilder::buildNetwork((*workbook)->database(), first,
                                                                  reportOptions)
                     : report::MonthlyReportBuilder::build((*workbook)->database(), chosen, first,
                                                           reportOptions);
    if (!model)
        return reportReading(model.error(), parser.value(db));
    const QString target = parser.value(out);
    const Status written = kind == QLatin1String("csv") ? report::ReportCsv::write(*model, target)
                           : kind == QLatin1String("xlsx")
                               ? report::ReportXlsx::write(*model, target)
                               : ui::ReportPdf::write(*model, target);
    if (!written)
        return report(written.error());
    return ExitOk;
}

} // namespace servicelens::app
