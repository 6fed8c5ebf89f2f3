// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCsv.h"

#include "flow/CalendarRepository.h"
#include "io/CsvImport.h"
#include "io/CsvWriter.h"
#include "io/OutputFile.h"
#include "io/TimestampParser.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <set>

namespace servicelens::flow {

namespace {

enum Column { DateCol, KindCol, NameCol };

std::optional<WorkingCalendar::DayKind> kindOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("holiday"), Qt::CaseInsensitive) == 0 ||
        t == QString::fromUtf8("假日"))
        return WorkingCalendar::DayKind::Holiday;
    if (t.compare(QLatin1String("workday"), Qt::CaseInsensitive) == 0 ||
        t == QString::fromUtf8("调休上班"))
        return WorkingCalendar::DayKind::Workday;
    return std::nullopt;
}

} // namespace

const std::vector<io::CsvImport::ColumnSpec> &CalendarCsv::columns()
{
    static const std::vector<io::CsvImport::ColumnSpec> specs = {
        {"date", "日期"}, {"kind", "类型"}, {"name", "名称"}};
    return specs;
}

std::vector<int> CalendarCsv::requiredColumns()
{
    return {DateCol, KindCol};
}

Result<io::ImportSummary> CalendarCsv::importFile(Database &db, const QString &path,
                                                  const io::ImportOptions &options,
                                                  const io::ImportProgress &progress)
{
    io::CsvImport frame(db, path, options, columns(), requiredColumns());
    frame.setTablesWritten({QStringLiteral("calendar_day"), QStringLiteral("calendar_year")});
    flow::CalendarRepository calendar(db);
    std::set<QDate> seen; // a calendar has a few dozen days a year
    std::set<int> years;
    WorkingCalendar before; // the days as they were, loaded once
    auto prepare = [&]() -> Status {
        auto loaded = calendar.load();
        if (!loaded)
            return loaded.error();
        before = std::move(*loaded);
        return {};
    };
    auto handle = [&](io::CsvImport::Row &row) -> Result<io::CsvImport::Outcome> {
        const QString dateText = row.cell(DateCol);
        const auto date = io::TimestampParser::parseDate(dateText);
        if (!date)
            row.issue(DateCol, dateText, tr("expected a date such as 2027-01-01"));
        else if (!seen.insert(*date).second)
            row.issue(DateCol, dateText, tr("this day appears earlier in the file"));
        const QString kindText = row.cell(KindCol);
        const auto kind = kindOf(kindText);
        if (!kind)
            row.issue(KindCol, kindText, tr("expected holiday (假日) or workday (调休上班)"));
        if (!row.ok())
            return io::CsvImport::Outcome::Unchanged; // rejected by the frame
        const auto old = before.specialDay(*date);
        const QString name = row.cell(NameCol);
        years.insert(date->year());
        if (old && old->kind == *kind && old->name == name)
            return io::CsvImport::Outcome::Unchanged;
        if (auto s = calendar.setDay(*date, *kind, name); !s)
            return s.error();
        return old ? io::CsvImport::Outcome::Updated : io::CsvImport::Outcome::Inserted;
    };
    auto finish = [&](const io::ImportSummary &) -> Status {
        for (int year : years)
            if (auto s = calendar.addCoveredYear(
                    year, tr("Imported from %1").arg(QFileInfo(path).fileName()));
                !s)
                return s;
        return {};
    };
    return frame.run(handle, prepare, finish, progress);
}

Status CalendarCsv::exportFile(Database &db, const QString &path)
{
    auto calendar = flow::CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    QString text = QStringLiteral("date,kind,name\n");
    for (const auto &[day, special] : calendar->specialDays())
        text += day.toString(Qt::ISODate) + QLatin1Char(',') +
                flow::CalendarRepository::kindCode(special.kind) + QLatin1Char(',') +
                io::csvField(special.name) + QLatin1Char('\n');
    // Written whole or not at all; the BOM lets Excel read the Chinese names.
    return io::OutputFile::writeWhole(path, QByteArray("\xEF\xBB\xBF") + text.toUtf8());
}

} // namespace servicelens::flow
