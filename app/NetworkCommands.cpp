// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens pack and merge: a branch's changes carried to head office (docs/head-office.md).
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "io/OrderedJson.h"
#include "network/PackMerger.h"
#include "network/PackWriter.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>

namespace servicelens::app {

namespace {

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

int runPack(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const auto branch = branchOption();
    const QCommandLineOption target(QStringLiteral("out"),
                                    CommandLine::tr("The pack to write (FILE.slpack)."),
                                    CommandLine::tr("FILE"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 CommandLine::tr("Pack the whole history, not only what changed "
                                                 "since the last pack."));
    parser.addOptions({db, target, all, branch});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("pack"),
                      CommandLine::tr("Write what this branch changed since its last pack, for "
                                      "head office."),
                      exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(target))
        return usage(CommandLine::tr("--db FILE and --out FILE are required."),
                     QStringLiteral("pack"));
    auto workbook = Workbook::open(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    if ((*workbook)->isHeadOffice())
        return usage(CommandLine::tr("%1 is a head office's store; packs are written by branches.")
                         .arg(QDir::toNativeSeparators(parser.value(db))),
                     QStringLiteral("pack"));
    Branch chosen;
    if (!branchFrom(**workbook, parser, branch, QStringLiteral("pack"), chosen, exit))
        return exit;
    auto written = network::PackWriter((*workbook)->database())
                       .write(parser.value(target), chosen, parser.isSet(all));
    if (!written)
        return report(written.error());
    qint64 rows = 0;
    for (const auto &[table, n] : written->rows)
        rows += n;
    out() << CommandLine::tr("Wrote pack %1 of branch %2 (number %3, %4 rows, changes since %5).")
                 .arg(QDir::toNativeSeparators(parser.value(target)), written->branchCode)
                 .arg(written->sequence)
                 .arg(rows)
                 .arg(written->since == 0 ? CommandLine::tr("the beginning")
                                          : isoTime(written->since))
          << Qt::endl;
    return ExitOk;
}

int runMerge(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption in(QStringLiteral("in"),
                                CommandLine::tr("A pack to merge; repeat for several."),
                                CommandLine::tr("FILE"));
    parser.addOptions({db, in});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("merge"),
                      CommandLine::tr("Merge branches' packs into a head office's store "
                                      "(merging a pack again changes nothing)."),
                      exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(in))
        return usage(CommandLine::tr("--db STORE and --in FILE are required."),
                     QStringLiteral("merge"));
    auto workbook = Workbook::open(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    if (!(*workbook)->isHeadOffice())
        return usage(CommandLine::tr("%1 is a branch's workbook; merge packs into a head office's "
                                     "store (servicelens init --db FILE --head-office).")
                         .arg(QDir::toNativeSeparators(parser.value(db))),
                     QStringLiteral("merge"));
    network::PackMerger merger((*workbook)->database());
    // Each pack in a transaction of its own: one refused leaves the ones before it merged.
    for (const QString &pack : parser.values(in)) {
        auto merged = merger.merge(pack);
        if (!merged)
            return report(merged.error());
        using io::OrderedJson;
        OrderedJson line = OrderedJson::object();
        line.add(QStringLiteral("pack"), OrderedJson::string(QDir::toNativeSeparators(pack)))
            .add(QStringLiteral("branch"), OrderedJson::string(merged->pack.branchCode))
            .add(QStringLiteral("created_at"), OrderedJson::string(isoTime(merged->pack.createdAt)))
            .add(QStringLiteral("inserted"), OrderedJson::number(merged->inserted))
            .add(QStringLiteral("updated"), OrderedJson::number(merged->updated))
            .add(QStringLiteral("unchanged"), OrderedJson::number(merged->unchanged))
            .add(QStringLiteral("conflicts"), OrderedJson::number(merged->conflicts));
        out() << line.toString(-1) << Qt::endl;
    }
    return ExitOk;
}

} // namespace servicelens::app
