// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>
#include <utility>
#include <vector>

namespace servicelens::io {

// A map file's @date_format (Qt's date format, such as "d/M/yyyy hh:mm" or
// "MM/dd/yyyy hh:mm:ss AP"), read by code compiled once: QDateTime::fromString builds a parser
// per call and resolves the system's local time on each, which made it most of an event log's
// import time. The numeric fields (d dd M MM yyyy h hh H HH m mm s ss z zzz), AP/ap/A/a and
// literal text, quoted or not, are read here; a format with anything else (month names, for
// one) is left to QDateTime::fromString. A one-letter field takes one or two digits, a
// two-letter field two, yyyy four.
class DateFormat final {
public:
    explicit DateFormat(const QString &format);

    const QString &format() const { return m_format; }
    // The date and time the text writes, or nullopt when it does not fit the format or is not
    // a real date and time.
    std::optional<std::pair<QDate, QTime>> parse(QStringView text) const;

private:
    enum class Field { Literal, Day, Month, Year, Hour24, Hour12, Minute, Second, Millis, AmPm };
    struct Token {
        Field field = Field::Literal;
        int minDigits = 1;
        int maxDigits = 2;
        QString literal;
    };
    QString m_format;
    std::vector<Token> m_tokens;
    bool m_compiled = true; // false: the format has fields this reader leaves to Qt
};

} // namespace servicelens::io
