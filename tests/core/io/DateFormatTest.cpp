// SPDX-License-Identifier: GPL-3.0-or-later
// A map file's @date_format read as Qt's QDateTime::fromString reads it, without its cost.
#include "TestSupport.h"

#include "io/DateFormat.h"

#include <QDateTime>

using namespace servicelens::io;

namespace {
std::pair<QDate, QTime> dt(int y, int mo, int d, int h, int mi, int s = 0)
{
    return {QDate(y, mo, d), QTime(h, mi, s)};
}
} // namespace

TEST_CASE("@date_format reads day-first, US 12-hour and quoted formats", "[io][dateformat]")
{
    // ServiceNow: day first, no padding, 24-hour.
    const DateFormat serviceNow(QStringLiteral("d/M/yyyy hh:mm"));
    CHECK(serviceNow.parse(u"5/3/2016 12:00") == dt(2016, 3, 5, 12, 0));
    CHECK(serviceNow.parse(u"29/2/2016 01:16") == dt(2016, 2, 29, 1, 16));
    CHECK(serviceNow.parse(u"13/10/2025 09:00") == dt(2025, 10, 13, 9, 0));
    CHECK_FALSE(serviceNow.parse(u"29/2/2017 01:16")); // no such day
    CHECK_FALSE(serviceNow.parse(u"10/13/2025 09:00")); // month 13
    CHECK_FALSE(serviceNow.parse(u"5/3/2016 12:00 extra"));
    CHECK_FALSE(serviceNow.parse(u"5/3/16 12:00"));
    // NYC 311: US order, 12-hour clock with AM/PM.
    const DateFormat nyc(QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
    CHECK(nyc.parse(u"05/01/2022 12:03:00 AM") == dt(2022, 5, 1, 0, 3));
    CHECK(nyc.parse(u"05/01/2022 12:03:00 PM") == dt(2022, 5, 1, 12, 3));
    CHECK(nyc.parse(u"05/01/2022 01:30:15 pm") == dt(2022, 5, 1, 13, 30, 15));
    CHECK_FALSE(nyc.parse(u"05/01/2022 13:03:00 PM"));
    // Quoted literal text and a 24-hour H.
    const DateFormat chinese(QStringLiteral("yyyy'年'M'月'd'日' H:mm"));
    CHECK(chinese.parse(u"2026年3月5日 9:05") == dt(2026, 3, 5, 9, 5));
    // What this reader leaves to Qt (month names) still reads.
    const DateFormat named(QStringLiteral("dd MMM yyyy HH:mm"));
    const QString text = QStringLiteral("05 Mar 2016 12:00");
    CHECK(named.parse(text) == dt(2016, 3, 5, 12, 0));
    // The same answers as Qt on every day of a year, in both of the real exports' formats.
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        for (const QString &format :
             {QStringLiteral("d/M/yyyy hh:mm"), QStringLiteral("MM/dd/yyyy hh:mm:ss AP")}) {
            const QDateTime when(d, QTime(d.dayOfYear() % 24, d.day()));
            const QString written = QLocale::c().toString(when, format);
            INFO(written.toStdString());
            const auto parsed = DateFormat(format).parse(written);
            REQUIRE(parsed);
            CHECK(parsed->first == d);
            CHECK(parsed->second == when.time());
        }
    }
}
