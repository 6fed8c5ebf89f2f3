// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens init: a new workbook, empty or with demo data.
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "demo/DemoGenerator.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookSummary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

namespace servicelens::app {

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
    const QCommandLineOption headOffice(
        QStringLiteral("head-office"),
        CommandLine::tr("Create a head office's store: no branch of its own, packs merged in."));
    parser.addOptions({db, demo, seed, orders, branch, branchName, timezone, headOffice});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("init"),
                      CommandLine::tr("Create a new workbook."), exit))
        return exit;
    if (!parser.isSet(db))
        return usage(CommandLine::tr("--db FILE is required."), QStringLiteral("init"));
    const QString path = parser.value(db);
    if (!parser.isSet(demo) && (parser.isSet(seed) || parser.isSet(orders)))
        return usage(CommandLine::tr("--seed and --orders need --demo."), QStringLiteral("init"));
    if (parser.isSet(timezone) && !BranchRepository::isKnownTimeZone(parser.value(timezone)))
        return usage(CommandLine::tr("“%1” is not a time zone; use an IANA name such as "
                                     "Asia/Shanghai.")
                         .arg(parser.value(timezone)),
                     QStringLiteral("init"));

    if (parser.isSet(headOffice)) {
        if (parser.isSet(demo) || parser.isSet(branch) || parser.isSet(branchName) ||
            parser.isSet(timezone))
            return usage(CommandLine::tr("--head-office takes no --demo or branch: the branches "
                                         "arrive with their packs."),
                         QStringLiteral("init"));
        NewWorkbook spec;
        spec.headOffice = true;
        auto workbook = Workbook::create(path, spec);
        if (!workbook)
            return report(workbook.error());
        out() << CommandLine::tr("Created head office store %1; merge the branches' packs into "
                                 "it with servicelens merge.")
                     .arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        return ExitOk;
    }

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
    options.branchCode = parser.value(branch);
    options.branchName = parser.value(branchName);
    options.timeZone = parser.value(timezone);
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

} // namespace servicelens::app
