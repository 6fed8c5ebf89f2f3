// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalTime.h"

#include <QDateTime>

#include <climits>

namespace servicelens {

LocalTime::LocalTime(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{}

LocalTime LocalTime::inZone(const QString &ianaName)
{
    return LocalTime(QTimeZone(ianaName.toUtf8()));
}

int LocalTime::dayOffset(QDate date) const
{
    const qint64 key = date.toJulianDay();
    const auto it = m_offsets.find(key);
    if (it != m_offsets.end())
        return it->second;
    const QDateTime start(date, QTime(0, 0), m_zone);
    const QDateTime end(date.addDays(1), QTime(0, 0), m_zone);
    const int a = m_zone.offsetFromUtc(start);
    const int b = m_zone.offsetFromUtc(end.addSecs(-1));
    const int offset = (a == b && start.isValid()) ? a : INT_MIN;
    m_offsets.emplace(key, offset);
    return offset;
}

bool LocalTime::split(qint64 utcSecs, QDate &date, int &secOfDay, int &offset) const
{
    // Guess the local day from the UTC day, then confirm with that day's cached offset; days
    // with a transition are left to QDateTime.
    const QDate utcDate = QDate::fromJulianDay(2440588 + utcSecs / 86400 - (utcSecs % 86400 < 0));
    for (int delta : {0, 1, -1}) {
        const QDate candidate = utcDate.addDays(delta);
        offset = dayOffset(candidate);
        if (offset == INT_MIN)
            return false;
        const qint64 local = utcSecs + offset;
        const qint64 day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        if (2440588 + day == candidate.toJulianDay()) {
            date = candidate;
            secOfDay = static_cast<int>(local - day * 86400);
            return true;
        }
    }
    return false;
}

QDate LocalTime::localDate(qint64 utcSecs) const
{
    QDate date;
    int secOfDay = 0;
    int offset = 0;
    if (split(utcSecs, date, secOfDay, offset))
        return date; // without building a QDateTime: month keys are computed per imported row
    return QDateTime::fromSecsSinceEpoch(utcSecs, m_zone).date();
}

QDateTime LocalTime::localDateTime(qint64 utcSecs) const
{
    QDate date;
    int secOfDay = 0;
    int offset = 0;
    if (split(utcSecs, date, secOfDay, offset))
        return QDateTime(date, QTime(0, 0).addSecs(secOfDay), Qt::OffsetFromUTC, offset);
    return QDateTime::fromSecsSinceEpoch(utcSecs, m_zone);
}

int LocalTime::monthKey(qint64 utcSecs) const
{
    return monthKey(localDate(utcSecs));
}

qint64 LocalTime::toUtc(QDate date, QTime time) const
{
    const int offset = dayOffset(date);
    if (offset != INT_MIN)
        return (date.toJulianDay() - 2440588) * 86400 + time.msecsSinceStartOfDay() / 1000 - offset;
    return QDateTime(date, time, m_zone).toSecsSinceEpoch();
}

} // namespace servicelens
