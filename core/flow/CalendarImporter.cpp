// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarImporter.h"

#include "io/TimestampParser.h"

#include <QFileInfo>

namespace servicelens::flow {

using Outcome = io::CsvImport::Outcome;

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

const io::ImportShape &CalendarImporter::shape()
{
    static const io::ImportShape shape{
        {{"date", "日期"}, {"kind", "类型"}, {"name", "名称"}},
        {DateCol, KindCol},
        {QStringLiteral("calendar_day"), QStringLiteral("calendar_year")}};
    return shape;
}

Status CalendarImporter::installShipped(Database &db)
{
    io::ImportOptions options;
    options.source = tr("Official calendar of mainland China (State Council General Office)");
    CalendarImporter importer(db);
    auto summary = io::RowImporter::run(importer, shape(), db,
                                        CalendarRepository::shippedCalendarResource(), options);
    if (!summary)
        return summary.error();
    if (!summary->committed)
        return makeError(
            ErrorKind::Database,
            tr("The shipped calendar is damaged: %1")
                .arg(summary->issues.empty() ? QString() : summary->issues.front().toString()));
    return {};
}

CalendarImporter::CalendarImporter(Database &db)
    : m_calendar(db)
{}

Status CalendarImporter::prepare(const io::CsvImport &frame)
{
    m_source = frame.options().source.isEmpty()
                   ? tr("Imported from %1").arg(QFileInfo(frame.path()).fileName())
                   : frame.options().source;
    auto loaded = m_calendar.load();
    if (!loaded)
        return loaded.error();
    m_before = std::move(*loaded);
    return {};
}

Result<Outcome> CalendarImporter::row(io::CsvImport::Row &row)
{
    const QString dateText = row.cell(DateCol);
    const auto date = io::TimestampParser::parseDate(dateText);
    if (!date)
        row.issue(DateCol, dateText, tr("expected a date such as 2027-01-01"));
    else if (!m_seen.insert(*date).second)
        row.issue(DateCol, dateText, tr("this day appears earlier in the file"));
    const QString kindText = row.cell(KindCol);
    const auto kind = kindOf(kindText);
    if (!kind)
        row.issue(KindCol, kindText, tr("expected holiday (假日) or workday (调休上班)"));
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame
    const auto old = m_before.specialDay(*date);
    const QString name = row.cell(NameCol);
    m_years.insert(date->year());
    if (old && old->kind == *kind && old->name == name)
        return Outcome::Unchanged;
    if (auto s = m_calendar.setDay(*date, *kind, name); !s)
        return s.error();
    return old ? Outcome::Updated : Outcome::Inserted;
}

Status CalendarImporter::finish(const io::ImportSummary &)
{
    for (int year : m_years)
        if (auto s = m_calendar.addCoveredYear(year, m_source); !s)
            return s;
    return {};
}

} // namespace servicelens::flow
