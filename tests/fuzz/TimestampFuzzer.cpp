// SPDX-License-Identifier: GPL-3.0-or-later
// The timestamp and date parser of the import on any text. Beyond "no crash, no undefined
// behaviour": whatever it accepts is a real time, and writing that time back in the first
// format of FORMATS.md and parsing it again gives the same instant (and date).
#include "io/TimestampParser.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

using namespace servicelens;

#define FUZZ_REQUIRE(condition)                                                                    \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FUZZ_REQUIRE failed: %s (line %d)\n", #condition, __LINE__);     \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTimeZone shanghai("Asia/Shanghai");
    static const LocalTime local(shanghai);
    static const io::TimestampParser parser(local);
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const QString &text : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        if (const auto t = parser.parseTimestamp(text)) {
            const QDateTime back = QDateTime::fromSecsSinceEpoch(*t, shanghai);
            FUZZ_REQUIRE(back.isValid());
            const QString written = back.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            const auto again = parser.parseTimestamp(written);
            FUZZ_REQUIRE(again.has_value());
            FUZZ_REQUIRE(*again == *t);
        }
        if (const auto d = io::TimestampParser::parseDate(text)) {
            FUZZ_REQUIRE(d->isValid());
            const auto again = io::TimestampParser::parseDate(d->toString(Qt::ISODate));
            FUZZ_REQUIRE(again.has_value());
            FUZZ_REQUIRE(*again == *d);
        }
    }
    return 0;
}
