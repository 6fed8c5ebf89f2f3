// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens defects: defect trends per product model for R&D (docs/kpi.md, Defects;
// docs/formats.md, defects).
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "kpi/DefectTrends.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>
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

} // namespace

int runDefects(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const auto month = monthOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print JSON (docs/formats.md, defects)."));
    parser.addOptions({db, month, json});
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
