// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "io/TimestampParser.h"

using namespace servicelens;
using namespace servicelens::io;

namespace {
qint64 utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}
} // namespace

TEST_CASE("Timestamps of FORMATS.md parse in the branch's zone or their own offset", "[io][time]")
{
    const LocalTime shanghai(QTimeZone("Asia/Shanghai"));
    const TimestampParser p(shanghai);
    // Local (UTC+8) without an offset.
    CHECK(p.parseTimestamp(u"2026-10-31 23:30") == utc(2026, 10, 31, 15, 30));
    CHECK(p.parseTimestamp(u"2026/10/31 23:30:15") == utc(2026, 10, 31, 15, 30, 15));
    CHECK(p.parseTimestamp(u"2026-10-31T23:30") == utc(2026, 10, 31, 15, 30));
    CHECK(p.parseTimestamp(u"  2026/3/5 9:05 ") == utc(2026, 3, 5, 1, 5));
    // Explicit offsets.
    CHECK(p.parseTimestamp(u"2026-10-31T23:30:00Z") == utc(2026, 10, 31, 23, 30));
    CHECK(p.parseTimestamp(u"2026-10-31T23:30+09:00") == utc(2026, 10, 31, 14, 30));
    CHECK(p.parseTimestamp(u"2026-10-31 08:00-05:30") == utc(2026, 10, 31, 13, 30));
    // Not timestamps.
    for (const char16_t *bad :
         {u"", u"2026-10-31", u"2026-13-01 10:00", u"2026-02-30 10:00", u"2026-10-31 24:00",
          u"2026-10-31 10:60", u"2026-10/31 10:00", u"31/10/2026 10:00", u"2026-10-31 10:00 extra",
          u"2026-10-31 10:00+8", u"２０２６-10-31 10:00"})
        CHECK_FALSE(p.parseTimestamp(bad).has_value());

    CHECK(TimestampParser::parseDate(u"2026/2/28") == QDate(2026, 2, 28));
    CHECK(TimestampParser::parseDate(u"2026-10-31") == QDate(2026, 10, 31));
    CHECK_FALSE(TimestampParser::parseDate(u"2026-10-31 10:00").has_value());
    CHECK_FALSE(TimestampParser::parseDate(u"2025-02-29").has_value());
}

TEST_CASE("Parsed local times agree with QDateTime across a DST change", "[io][time]")
{
    const QTimeZone zone("America/New_York");
    const LocalTime local(zone);
    const TimestampParser p(local);
    for (const char *text :
         {"2026-03-08 01:30", "2026-03-08 12:00", "2026-11-01 00:30", "2026-11-02 09:15"}) {
        INFO(text);
        const QDateTime expected =
            QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
        CHECK(p.parseTimestamp(QString::fromLatin1(text)) ==
              QDateTime(expected.date(), expected.time(), zone).toSecsSinceEpoch());
    }
}
