// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens pack and merge: a branch's changes carried to head office (docs/head-office.md).
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "io/OrderedJson.h"
#include "kpi/KpiEngine.h"
#include "network/HeadOfficeReceiver.h"
#include "network/NetworkFigures.h"
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

QString percent(const std::optional<double> &rate)
{
    return rate ? QStringLiteral("%1 %").arg(*rate * 100.0, 0, 'f', 1) : QStringLiteral("—");
}

// The readable form of `servicelens network`: a line per branch with its volume, how current
// its data is and each compared rate, marked ▲/▼ beyond its 99.8 % funnel limit.
void printNetworkTable(const network::NetworkMonth &m)
{
    const auto rates = network::NetworkFigures::comparedRates();
    out() << CommandLine::tr("Network, %1").arg(m.month.toString(QStringLiteral("yyyy-MM")));
    if (m.provisional)
        out() << "  "
              << CommandLine::tr("(provisional: not every branch's data reaches the "
                                 "month's end)");
    out() << "\n\n"
          << CommandLine::tr("branch").leftJustified(8)
          << CommandLine::tr("received").rightJustified(9)
          << CommandLine::tr("closed").rightJustified(8) << "  "
          << CommandLine::tr("data until").leftJustified(12);
    std::vector<int> widths;
    for (const kpi::KpiDefinition *d : rates) {
        const QString name = d->jsonName().remove(QStringLiteral("_rate"));
        widths.push_back(std::max<int>(name.size(), 17) + 2);
        out() << name.rightJustified(widths.back());
    }
    out() << '\n';
    const auto row = [&](const QString &code, const kpi::MonthKpis &k, const QString &until,
                         const std::vector<network::RateStanding> *standing) {
        out() << code.leftJustified(8) << QString::number(k.orders.received).rightJustified(9)
              << QString::number(k.orders.closed).rightJustified(8) << "  "
              << until.leftJustified(12);
        for (std::size_t i = 0; i < rates.size(); ++i) {
            QString cell = percent(rates[i]->value(k));
            if (standing) {
                const network::RateStanding &r = (*standing)[i];
                cell += QStringLiteral(" n=%1").arg(r.n);
                cell += r.beyond998 > 0   ? QStringLiteral(" ▲")
                        : r.beyond998 < 0 ? QStringLiteral(" ▼")
                                          : QStringLiteral("  ");
            }
            out() << cell.rightJustified(widths[i]);
        }
        out() << '\n';
    };
    for (const network::BranchMonth &b : m.branches)
        row(b.branch.code, b.kpis,
            b.dataUntil ? b.branch.localTime().localDate(*b.dataUntil).toString(Qt::ISODate)
                        : CommandLine::tr("no pack"),
            &b.rates);
    row(CommandLine::tr("all"), m.pooled, QString(), nullptr);
    out() << '\n'
          << CommandLine::tr("▲/▼: beyond the 99.8 % funnel limit around the network's rate "
                             "for that many orders; inside it a difference is not called one.")
          << Qt::endl;
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
    if ((*workbook)->isHeadOffice()) {
        // Head office's pack for its branches: its own records, whole.
        if (parser.isSet(branch))
            return usage(CommandLine::tr("A head office's pack is for every branch: no --branch."),
                         QStringLiteral("pack"));
        auto written =
            network::PackWriter((*workbook)->database()).writeHeadOffice(parser.value(target));
        if (!written)
            return report(written.error());
        out() << CommandLine::tr("Wrote head office's pack %1 (number %2) for the branches: "
                                 "templates, surveys, courses, calendar, SLA policies, targets.")
                     .arg(QDir::toNativeSeparators(parser.value(target)))
                     .arg(written->sequence)
              << Qt::endl;
        return ExitOk;
    }
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
                      CommandLine::tr("Merge branches' packs into a head office's store, or head "
                                      "office's pack into a branch's workbook (merging a pack "
                                      "again changes nothing)."),
                      exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(in))
        return usage(CommandLine::tr("--db STORE and --in FILE are required."),
                     QStringLiteral("merge"));
    auto workbook = Workbook::open(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    const bool headOffice = (*workbook)->isHeadOffice();
    network::PackMerger merger((*workbook)->database());
    network::HeadOfficeReceiver receiver((*workbook)->database());
    // Each pack in a transaction of its own: one refused leaves the ones before it merged.
    for (const QString &pack : parser.values(in)) {
        // Branches' packs go to head office, head office's to the branches.
        const auto kind = network::PackFile::peek(pack);
        const bool fromHeadOffice = kind && kind->kind == QLatin1String("head_office");
        if (!headOffice && kind && !fromHeadOffice)
            return usage(CommandLine::tr("%1 is a branch's workbook; merge packs into a head "
                                         "office's store (servicelens init --db FILE "
                                         "--head-office).")
                             .arg(QDir::toNativeSeparators(parser.value(db))),
                         QStringLiteral("merge"));
        if (headOffice && fromHeadOffice)
            return usage(CommandLine::tr("%1 is head office's own pack, for its branches.")
                             .arg(QDir::toNativeSeparators(pack)),
                         QStringLiteral("merge"));
        if (!headOffice) {
            auto received = receiver.receive(pack);
            if (!received)
                return report(received.error());
            using io::OrderedJson;
            OrderedJson line = OrderedJson::object();
            line.add(QStringLiteral("pack"), OrderedJson::string(QDir::toNativeSeparators(pack)))
                .add(QStringLiteral("branch"), OrderedJson::null())
                .add(QStringLiteral("created_at"),
                     OrderedJson::string(isoTime(received->pack.createdAt)))
                .add(QStringLiteral("inserted"), OrderedJson::number(received->inserted))
                .add(QStringLiteral("updated"), OrderedJson::number(received->updated))
                .add(QStringLiteral("unchanged"), OrderedJson::number(received->unchanged))
                .add(QStringLiteral("conflicts"), OrderedJson::number(qint64(0)));
            out() << line.toString(-1) << Qt::endl;
            continue;
        }
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
            .add(QStringLiteral("conflicts"), OrderedJson::number(merged->conflicts))
            .add(QStringLiteral("deleted"), OrderedJson::number(merged->deleted));
        out() << line.toString(-1) << Qt::endl;
    }
    return ExitOk;
}

int runNetwork(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const auto month = monthOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print JSON (FORMATS.md, network)."));
    parser.addOptions({db, month, json});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("network"),
                      CommandLine::tr("Every branch's month side by side with the network, funnel "
                                      "limits and how current each branch's data is."),
                      exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(month))
        return usage(CommandLine::tr("--db STORE and --month YYYY-MM are required."),
                     QStringLiteral("network"));
    QDate first;
    if (!monthFrom(parser, month, QStringLiteral("network"), first, exit))
        return exit;
    auto workbook = openForReading(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    auto figures =
        network::NetworkFigures((*workbook)->database()).compute(first, kpi::KpiEngine::Orders);
    if (!figures)
        return reportReading(figures.error(), parser.value(db));
    if (auto s = (*workbook)->database().confirmSound(); !s)
        return reportReading(s.error(), parser.value(db));
    if (parser.isSet(json)) {
        out() << network::NetworkFigures::toJson(*figures) << Qt::endl;
        return ExitOk;
    }
    printNetworkTable(*figures);
    return ExitOk;
}

} // namespace servicelens::app
