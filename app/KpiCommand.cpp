// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens kpi: a month's figures as JSON or as a table, read-only.
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "network/NetworkFigures.h"
#include "storage/Database.h"
#include "survey/Survey.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>

namespace servicelens::app {

namespace {

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
            QString value = d->unit == kpi::KpiUnit::Count
                                ? QString::number(static_cast<qint64>(v.value_or(0)))
                            : d->unit == kpi::KpiUnit::Rate ? percent(v)
                                                            : decimal(v, d->decimals);
            // Never a confident 0 % for what the data never had (KPI.md).
            if (const auto missing = KpiCatalogue::missingInputs(*d, k))
                value = KpiCatalogue::notInDataText() +
                        CommandLine::tr(" (no %1 in the imported files)").arg(*missing);
            line(KpiCatalogue::shortLabel(*d), value);
        }
    };
    out() << (k.branchCode.isEmpty()
                  ? CommandLine::tr("All branches, %1")
                        .arg(k.month.toString(QStringLiteral("yyyy-MM")))
                  : CommandLine::tr("Branch %1, %2")
                        .arg(k.branchCode, k.month.toString(QStringLiteral("yyyy-MM"))))
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

} // namespace

int runKpi(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const auto month = monthOption();
    const auto branch = branchOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print the JSON of KPI.md."));
    const QCommandLineOption allBranches(
        QStringLiteral("all-branches"),
        CommandLine::tr("Every branch of the store together: ratios of sums over all their "
                        "orders, each branch's month in its own time zone."));
    parser.addOptions({db, month, branch, allBranches, json});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("kpi"),
                      CommandLine::tr("Print a month's KPIs."), exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(month))
        return usage(CommandLine::tr("--db FILE and --month YYYY-MM are required."),
                     QStringLiteral("kpi"));
    QDate first;
    if (!monthFrom(parser, month, QStringLiteral("kpi"), first, exit))
        return exit;
    auto workbook = openForReading(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    if (parser.isSet(allBranches) && parser.isSet(branch))
        return usage(CommandLine::tr("--branch and --all-branches exclude each other."),
                     QStringLiteral("kpi"));
    kpi::KpiEngine engine((*workbook)->database());
    Result<kpi::MonthKpis> kpis = makeError(ErrorKind::NotFound, QString());
    if (parser.isSet(allBranches)) {
        auto fresh = network::NetworkFigures((*workbook)->database()).freshness(first);
        if (!fresh)
            return reportReading(fresh.error(), parser.value(db));
        std::vector<Branch> branches;
        QStringList behind;
        for (const auto &f : *fresh) {
            branches.push_back(f.branch);
            if (!f.complete && (*workbook)->isHeadOffice())
                behind << f.branch.code;
        }
        if (!behind.isEmpty())
            err() << "servicelens: "
                  << CommandLine::tr("provisional: the data of %1 does not reach the end of %2 "
                                     "yet; these figures may change when their packs come.")
                         .arg(behind.join(QStringLiteral(", ")),
                              first.toString(QStringLiteral("yyyy-MM")))
                  << Qt::endl;
        kpis = engine.computePooled(branches, first);
    } else {
        Branch chosen;
        if (!branchFrom(**workbook, parser, branch, QStringLiteral("kpi"), chosen, exit))
            return exit;
        kpis = engine.compute(chosen, first);
    }
    if (!kpis)
        return reportReading(kpis.error(), parser.value(db));
    if (!kpis->calendarCoversMonth)
        err() << "servicelens: "
              << CommandLine::tr(
                     "warning: the working-day calendar does not cover %1; working days "
                     "count Monday to Friday only.")
                     .arg(first.year())
              << Qt::endl;
    if (parser.isSet(json))
        out() << kpi::KpiEngine::toJson(*kpis) << Qt::endl;
    else
        printKpiTable(*kpis);
    return ExitOk;
}

} // namespace servicelens::app
