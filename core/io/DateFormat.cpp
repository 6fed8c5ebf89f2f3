// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateFormat.h"

#include <QDateTime>

namespace servicelens::io {

DateFormat::DateFormat(const QString &format)
    : m_format(format)
{
    auto literal = [this](const QString &text) {
        if (!m_tokens.empty() && m_tokens.back().field == Field::Literal)
            m_tokens.back().literal += text;
        else
            m_tokens.push_back({Field::Literal, 0, 0, text});
    };
    const bool twelveHour = format.contains(QLatin1String("ap"), Qt::CaseInsensitive) ||
                            format.contains(QLatin1Char('a'), Qt::CaseInsensitive);
    qsizetype i = 0;
    while (i < format.size()) {
        const QChar c = format.at(i);
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        if (c == QLatin1Char('\'')) {
            // 'quoted text'; '' is a quote.
            const qsizetype end = format.indexOf(QLatin1Char('\''), i + 1);
            if (end == i + 1) {
                literal(QStringLiteral("'"));
                i += 2;
                continue;
            }
            if (end < 0) {
                m_compiled = false;
                return;
            }
            literal(format.mid(i + 1, end - i - 1));
            i = end + 1;
            continue;
        }
        auto numeric = [&](Field f, int shortRun, int longRun) {
            if (run == shortRun)
                m_tokens.push_back({f, 1, shortRun == 1 ? 2 : shortRun, {}});
            else if (run == longRun)
                m_tokens.push_back({f, longRun, longRun, {}});
            else
                m_compiled = false;
        };
        switch (c.unicode()) {
        case 'd':
            numeric(Field::Day, 1, 2);
            break;
        case 'M':
            numeric(Field::Month, 1, 2);
            break;
        case 'y':
            if (run == 4)
                m_tokens.push_back({Field::Year, 4, 4, {}});
            else
                m_compiled = false; // two-digit years are refused by the caller's range check
            break;
        case 'h':
            numeric(twelveHour ? Field::Hour12 : Field::Hour24, 1, 2);
            break;
        case 'H':
            numeric(Field::Hour24, 1, 2);
            break;
        case 'm':
            numeric(Field::Minute, 1, 2);
            break;
        case 's':
            numeric(Field::Second, 1, 2);
            break;
        case 'z':
            if (run == 1 || run == 3)
                m_tokens.push_back({Field::Millis, 1, 3, {}});
            else
                m_compiled = false;
            break;
        case 'A':
        case 'a':
            if (run == 1 && i + 1 < format.size() &&
                format.at(i + 1).toLower() == QLatin1Char('p')) {
                m_tokens.push_back({Field::AmPm, 0, 0, {}});
                i += 2;
                continue;
            }
            if (run == 1)
                m_tokens.push_back({Field::AmPm, 0, 0, {}});
            else
                m_compiled = false;
            break;
        default:
            if (c.isLetter())
                m_compiled = false; // MMM, ddd, t, …: Qt reads them
            else
                literal(QString(run, c));
            break;
        }
        if (!m_compiled)
            return;
        i += run;
    }
}

std::optional<std::pair<QDate, QTime>> DateFormat::parse(QStringView text) const
{
    if (!m_compiled) {
        const QDateTime dt = QDateTime::fromString(text.toString(), m_format);
        if (!dt.isValid())
            return std::nullopt;
        return std::make_pair(dt.date(), dt.time());
    }
    int day = 1, month = 1, year = 1900, hour = 0, minute = 0, second = 0, millis = 0;
    std::optional<bool> pm;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    for (const Token &t : m_tokens) {
        if (t.field == Field::Literal) {
            if (text.mid(pos, t.literal.size()).compare(t.literal, Qt::CaseInsensitive) != 0)
                return std::nullopt;
            pos += t.literal.size();
            continue;
        }
        if (t.field == Field::AmPm) {
            const QStringView two = text.mid(pos, 2);
            if (two.compare(QLatin1String("am"), Qt::CaseInsensitive) == 0)
                pm = false;
            else if (two.compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0)
                pm = true;
            else
                return std::nullopt;
            pos += 2;
            continue;
        }
        int value = 0;
        int digits = 0;
        while (digits < t.maxDigits && pos < n && text.at(pos).isDigit() &&
               text.at(pos).unicode() < 128) {
            value = value * 10 + (text.at(pos).unicode() - '0');
            ++digits;
            ++pos;
        }
        if (digits < t.minDigits)
            return std::nullopt;
        switch (t.field) {
        case Field::Day:
            day = value;
            break;
        case Field::Month:
            month = value;
            break;
        case Field::Year:
            year = value;
            break;
        case Field::Hour24:
        case Field::Hour12:
            hour = value;
            break;
        case Field::Minute:
            minute = value;
            break;
        case Field::Second:
            second = value;
            break;
        case Field::Millis:
            millis = digits == 1 ? value * 100 : digits == 2 ? value * 10 : value;
            break;
        default:
            break;
        }
    }
    if (pos != n)
        return std::nullopt;
    if (pm) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (*pm ? 12 : 0);
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return std::make_pair(date, time);
}

} // namespace servicelens::io
