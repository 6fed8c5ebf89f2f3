// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"

#include <QDate>
#include <QStringView>

#include <optional>

namespace servicelens::io {

// The timestamps and dates of FORMATS.md, parsed by fixed-position code: QDateTime::fromString
// costs microseconds, and an import reads seven timestamps a row (PERF-NOTES.md).
//   YYYY-MM-DD HH:MM[:SS]   YYYY/MM/DD HH:MM[:SS]   YYYY-MM-DDTHH:MM[:SS]
// each optionally followed by Z or ±HH:MM; without an offset the time is the branch's local time.
// Months and days may have one digit (2026/3/5 9:05), as spreadsheets often write them.
class TimestampParser final {
public:
    explicit TimestampParser(const LocalTime &local)
        : m_local(local)
    {}

    // Unix seconds, or nullopt when the text is not one of the formats or not a real time.
    std::optional<qint64> parseTimestamp(QStringView text) const;
    static std::optional<QDate> parseDate(QStringView text);

    // FORMATS.md's plausible range for an imported time: from 2000-01-01 (UTC) to one year
    // after `now`. Earlier or later is a typo, a two-digit year or a placeholder (1970, 9999).
    static bool isPlausible(qint64 secs, qint64 now)
    {
        return secs >= 946684800 && secs <= now + 366 * 86400;
    }

private:
    const LocalTime &m_local;
};

} // namespace servicelens::io
