// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "common/LocalTime.h"

using namespace servicelens;

TEST_CASE("Months are counted in the branch's time zone", "[flow][time]")
{
    const LocalTime shanghai(QTimeZone("Asia/Shanghai"));
    // 2026-10-31 16:00 UTC is 2026-11-01 00:00 in Shanghai.
    const qint64 midnight =
        QDateTime(QDate(2026, 10, 31), QTime(16, 0), Qt::UTC).toSecsSinceEpoch();
    CHECK(shanghai.monthKey(midnight) == 202611);
    CHECK(shanghai.monthKey(midnight - 1) == 202610);
    CHECK(shanghai.localDate(midnight - 1) == QDate(2026, 10, 31));
    CHECK(shanghai.startOfDay(QDate(2026, 11, 1)) == midnight);
    CHECK(shanghai.toUtc(QDate(2026, 11, 1), QTime(8, 30)) == midnight + 8 * 3600 + 1800);

    const LocalTime utc(QTimeZone::utc());
    CHECK(utc.monthKey(midnight) == 202610);
}

TEST_CASE("Local times agree with QDateTime across DST changes", "[flow][time]")
{
    for (const char *zoneId :
         {"America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Shanghai"}) {
        INFO(zoneId);
        const QTimeZone zone(zoneId);
        REQUIRE(zone.isValid());
        const LocalTime local(zone);
        const qint64 start =
            QDateTime(QDate(2025, 12, 20), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        // Every 37 minutes for a year and a half: every kind of day, transitions included.
        for (qint64 t = start; t < start + 540LL * 86400; t += 37 * 60) {
            const QDateTime expected = QDateTime::fromSecsSinceEpoch(t, zone);
            const QDateTime actual = local.localDateTime(t);
            REQUIRE(actual.date() == expected.date());
            REQUIRE(actual.time() == expected.time());
        }
        for (QDate day(2026, 1, 1); day < QDate(2027, 1, 1); day = day.addDays(1)) {
            // Noon exists on every day, even on transition days.
            REQUIRE(local.toUtc(day, QTime(12, 0)) ==
                    QDateTime(day, QTime(12, 0), zone).toSecsSinceEpoch());
        }
    }
}
