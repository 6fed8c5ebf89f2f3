// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCsv.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "flow/CalendarRepository.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <set>

namespace servicelens::io {

using flow::WorkingCalendar;

namespace {

int columnOf(const QStringList &header, const QString &name, const QString &alias)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed();
        if (h.compare(name, Qt::CaseInsensitive) == 0 || h == alias)
            return i;
    }
    return -1;
}

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

QDate dateOf(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
}

} // namespace

Result<CalendarCsv::Summary> CalendarCsv::importFile(Database &db, const QString &path)
{
    auto rows = CsvReader::parseFile(path);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError(ErrorKind::InvalidInput,
                         tr("“%1” is empty; a calendar CSV starts with the header date,kind,name.")
                             .arg(QDir::toNativeSeparators(path)));
    const QStringList header = rows->front().fields;
    const int date = columnOf(header, QStringLiteral("date"), QString::fromUtf8("日期"));
    const int kind = columnOf(header, QStringLiteral("kind"), QString::fromUtf8("类型"));
    const int name = columnOf(header, QStringLiteral("name"), QString::fromUtf8("名称"));
    if (date < 0 || kind < 0)
        return makeError(
            ErrorKind::InvalidInput,
            tr("Line 1: the header needs the columns “date” (日期) and “kind” (类型)."));

    struct Day {
        QDate date;
        WorkingCalendar::DayKind kind;
        QString name;
    };
    std::vector<Day> days;
    std::set<QDate> seen;
    for (std::size_t i = 1; i < rows->size(); ++i) {
        const CsvRow &row = (*rows)[i];
        const QString dateText = row.fields.value(date);
        const QDate d = dateOf(dateText);
        if (!d.isValid())
            return makeError(
                ErrorKind::InvalidInput,
                tr("Line %1, column “date”: “%2” is not a date; write it as YYYY-MM-DD.")
                    .arg(row.line)
                    .arg(dateText));
        const auto k = kindOf(row.fields.value(kind));
        if (!k)
            return makeError(
                ErrorKind::InvalidInput,
                tr("Line %1, column “kind”: “%2” is neither holiday (假日) nor workday (调休上班).")
                    .arg(row.line)
                    .arg(row.fields.value(kind)));
        if (!seen.insert(d).second)
            return makeError(
                ErrorKind::InvalidInput,
                tr("Line %1: %2 appears twice.").arg(row.line).arg(d.toString(Qt::ISODate)));
        days.push_back({d, *k, name >= 0 ? row.fields.value(name).trimmed() : QString()});
    }

    flow::CalendarRepository calendar(db);
    WriteTransaction tx(db);
    if (!tx.status())
        return tx.status().error();
    std::set<int> years;
    for (const Day &d : days) {
        if (auto s = calendar.setDay(d.date, d.kind, d.name); !s)
            return s.error();
        years.insert(d.date.year());
    }
    for (int year : years)
        if (auto s = calendar.addCoveredYear(
                year, tr("Imported from %1").arg(QFileInfo(path).fileName()));
            !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Summary summary;
    summary.days = static_cast<int>(days.size());
    summary.years = QList<int>(years.begin(), years.end());
    return summary;
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
                csvField(special.name) + QLatin1Char('\n');
    // Written whole or not at all; the BOM lets Excel read the Chinese names.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io,
                         tr("“%1” cannot be written: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return makeError(ErrorKind::Io,
                         tr("“%1” cannot be written: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace servicelens::io
