// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCsv.h"

#include "flow/CalendarRepository.h"
#include "io/CsvWriter.h"
#include "io/OutputFile.h"

namespace servicelens::flow {

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
