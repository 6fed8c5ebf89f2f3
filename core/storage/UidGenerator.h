// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Xoshiro256.h"

#include <QString>

#include <cstdint>

namespace servicelens {

class Clock;

// Business rows carry a UUID in the version 7 layout (RFC 9562): 48 bits of Unix milliseconds,
// then random bits. Time-ordered keys keep inserts at the end of the unique index (random v4
// keys scatter them, see PERF-NOTES.md) and let files of several branches merge without clashes.
// Within one millisecond the 12-bit rand_a field is a counter, so uids a generator hands out are
// strictly increasing (RFC 9562, method 1).
class UidGenerator {
public:
    // Seeds its random bits from the system's random source.
    explicit UidGenerator(const Clock &clock);
    // Deterministic: the same seed and the same times give the same uids (demo generator).
    UidGenerator(const Clock &clock, std::uint64_t seed);

    // A uid for "now" by the clock.
    QString next();
    // A uid whose time part is the given instant (e.g. when an order was received).
    QString nextAt(qint64 msecsSinceEpoch);

    static bool isValid(const QString &uid);
    // Milliseconds since the epoch encoded in a v7 uid; -1 if it is not one.
    static qint64 timestampOf(const QString &uid);

private:
    const Clock &m_clock;
    Xoshiro256 m_random;
    qint64 m_lastMsecs = -1;
    std::uint32_t m_counter = 0;
};

} // namespace servicelens
