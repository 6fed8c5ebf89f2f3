// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimestampParser.h"

namespace servicelens::io {

namespace {

// Reads 1..maxDigits digits at pos; advances pos.
std::optional<int> number(QStringView s, qsizetype &pos, int minDigits, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < s.size() && digits < maxDigits && s[pos].isDigit() && s[pos].unicode() < 128) {
        value = value * 10 + (s[pos].unicode() - '0');
        ++pos;
        ++digits;
    }
    if (digits < minDigits)
        return std::nullopt;
    return value;
}

bool take(QStringView s, qsizetype &pos, char c)
{
    if (pos < s.size() && s[pos] == QLatin1Char(c)) {
        ++pos;
        return true;
    }
    return false;
}

// YYYY-MM-DD or YYYY/MM/DD (one separator kind throughout).
std::optional<QDate> date(QStringView s, qsizetype &pos)
{
    const auto year = number(s, pos, 4, 4);
    if (!year || pos >= s.size())
        return std::nullopt;
    const QChar sep = s[pos];
    if (sep != QLatin1Char('-') && sep != QLatin1Char('/'))
        return std::nullopt;
    ++pos;
    const auto month = number(s, pos, 1, 2);
    if (!month || !take(s, pos, static_cast<char>(sep.unicode())))
        return std::nullopt;
    const auto day = number(s, pos, 1, 2);
    if (!day)
        return std::nullopt;
    const QDate d(*year, *month, *day);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace

std::optional<QDate> TimestampParser::parseDate(QStringView text)
{
    const QStringView s = text.trimmed();
    qsizetype pos = 0;
    const auto d = date(s, pos);
    if (!d || pos != s.size())
        return std::nullopt;
    return d;
}

std::optional<qint64> TimestampParser::parseTimestamp(QStringView text) const
{
    const QStringView s = text.trimmed();
    qsizetype pos = 0;
    const auto d = date(s, pos);
    if (!d)
        return std::nullopt;
    if (!take(s, pos, ' ') && !take(s, pos, 'T'))
        return std::nullopt;
    const auto hour = number(s, pos, 1, 2);
    if (!hour || !take(s, pos, ':'))
        return std::nullopt;
    const auto minute = number(s, pos, 2, 2);
    if (!minute)
        return std::nullopt;
    int second = 0;
    if (take(s, pos, ':')) {
        const auto sec = number(s, pos, 2, 2);
        if (!sec)
            return std::nullopt;
        second = *sec;
    }
    if (*hour > 23 || *minute > 59 || second > 59)
        return std::nullopt;
    const QTime time(*hour, *minute, second);
    if (pos == s.size())
        return m_local.toUtc(*d, time);

    // An explicit offset: the time is exact whatever the branch's zone.
    int offset = 0;
    if (take(s, pos, 'Z')) {
        offset = 0;
    } else {
        const QChar sign = s[pos];
        if (sign != QLatin1Char('+') && sign != QLatin1Char('-'))
            return std::nullopt;
        ++pos;
        const auto oh = number(s, pos, 2, 2);
        if (!oh || !take(s, pos, ':'))
            return std::nullopt;
        const auto om = number(s, pos, 2, 2);
        if (!om || *oh > 14 || *om > 59)
            return std::nullopt;
        offset = (*oh * 3600 + *om * 60) * (sign == QLatin1Char('-') ? -1 : 1);
    }
    if (pos != s.size())
        return std::nullopt;
    return (d->toJulianDay() - 2440588) * 86400 + time.msecsSinceStartOfDay() / 1000 - offset;
}

} // namespace servicelens::io
