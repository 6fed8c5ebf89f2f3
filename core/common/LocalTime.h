// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTime>
#include <QTimeZone>

#include <unordered_map>

namespace servicelens {

// Converts between stored UTC seconds and a branch's local dates and times. Days and months are
// counted in the branch's zone (KPI.md). QDateTime with a QTimeZone costs microseconds per call,
// so the UTC offset is cached per local day; a day on which the offset changes (a DST switch) is
// never cached and always converted exactly.
class LocalTime final {
public:
    explicit LocalTime(const QTimeZone &zone);
    // The local time of an IANA zone name as stored (a branch's `time_zone`).
    static LocalTime inZone(const QString &ianaName);

    const QTimeZone &zone() const { return m_zone; }

    QDate localDate(qint64 utcSecs) const;
    QDateTime localDateTime(qint64 utcSecs) const;
    // YYYYMM of the local date, the month key stored beside each time.
    int monthKey(qint64 utcSecs) const;
    // UTC seconds of a local date and time.
    qint64 toUtc(QDate date, QTime time) const;
    // UTC seconds at local midnight starting `date`.
    qint64 startOfDay(QDate date) const { return toUtc(date, QTime(0, 0)); }

    static int monthKey(QDate date) { return date.year() * 100 + date.month(); }

private:
    // Offset in seconds valid for the whole local day, or INT_MIN if it changes that day.
    int dayOffset(QDate date) const;
    // The local day, second of the day and offset of a UTC time; false on a transition day.
    bool split(qint64 utcSecs, QDate &date, int &secOfDay, int &offset) const;

    QTimeZone m_zone;
    mutable std::unordered_map<qint64, int> m_offsets; // key: Julian day
};

} // namespace servicelens
