// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCsv.h"

#include "io/CsvWriter.h"
#include "io/OutputFile.h"

#include <QDir>
#include <QLocale>

namespace servicelens::report {

namespace {

QString number(const std::optional<double> &v)
{
    // Full precision: nothing is rounded before output (KPI.md).
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

} // namespace

QByteArray ReportCsv::bytes(const MonthlyReport &r)
{
    // The column names are fixed English keys (a contract for other tools), like the rows' keys;
    // the measure's label is in the report's language.
    QString text = io::csvLine({QStringLiteral("branch"), QStringLiteral("month"),
                                QStringLiteral("key"), QStringLiteral("measure"),
                                QStringLiteral("value"), QStringLiteral("previous_month"),
                                QStringLiteral("same_month_last_year"), QStringLiteral("target")});
    const QString month = r.month.toString(QStringLiteral("yyyy-MM"));
    // A network report: its pooled rows (branch empty), then each branch's.
    std::vector<const MonthlyReport *> parts{&r};
    for (const MonthlyReport &b : r.appendix)
        parts.push_back(&b);
    for (const MonthlyReport *part : parts)
        for (const ReportFigure &f : part->figures)
            text += io::csvLine({MonthlyReportBuilder::neutralize(part->branchCode), month, f.key,
                                 MonthlyReportBuilder::neutralize(f.label), number(f.value),
                                 number(f.previous), number(f.lastYear), number(f.target)});
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status ReportCsv::write(const MonthlyReport &report, const QString &path)
{
    return io::OutputFile::writeWhole(path, bytes(report));
}

} // namespace servicelens::report
