// SPDX-License-Identifier: GPL-3.0-or-later
#include "UidGenerator.h"

#include "Clock.h"

#include <QRandomGenerator>

namespace servicelens {

namespace {

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

} // namespace

UidGenerator::UidGenerator(const Clock &clock)
    : UidGenerator(clock, QRandomGenerator::system()->generate64())
{}

UidGenerator::UidGenerator(const Clock &clock, std::uint64_t seed)
    : m_clock(clock)
    , m_random(seed)
{}

QString UidGenerator::next()
{
    return nextAt(m_clock.nowMsecsSinceEpoch());
}

QString UidGenerator::nextAt(qint64 msecs)
{
    if (msecs < 0)
        msecs = 0;
    // Keep the sequence increasing even if the clock steps back or a caller passes an
    // earlier business time: reuse the last millisecond and count on.
    if (msecs <= m_lastMsecs) {
        msecs = m_lastMsecs;
        if (++m_counter > 0xFFF) {
            ++msecs;
            m_counter = static_cast<std::uint32_t>(m_random.next() & 0x3FF);
        }
    } else {
        // Start each millisecond's counter in the lower part of its range so it has room.
        m_counter = static_cast<std::uint32_t>(m_random.next() & 0x3FF);
    }
    m_lastMsecs = msecs;

    const std::uint64_t ms = static_cast<std::uint64_t>(msecs) & 0xFFFFFFFFFFFFULL;
    const std::uint64_t hi = (ms << 16) | (0x7ULL << 12) | (m_counter & 0xFFF);
    const std::uint64_t lo = (m_random.next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;

    char buf[37];
    static const char digits[] = "0123456789abcdef";
    int pos = 0;
    auto put = [&](std::uint64_t v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            buf[pos++] = digits[(v >> (i * 4)) & 0xF];
    };
    put(hi >> 32, 8);
    buf[pos++] = '-';
    put((hi >> 16) & 0xFFFF, 4);
    buf[pos++] = '-';
    put(hi & 0xFFFF, 4);
    buf[pos++] = '-';
    put(lo >> 48, 4);
    buf[pos++] = '-';
    put(lo & 0xFFFFFFFFFFFFULL, 12);
    buf[pos] = '\0';
    return QString::fromLatin1(buf, 36);
}

bool UidGenerator::isValid(const QString &uid)
{
    if (uid.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
        if (dash ? uid[i] != QLatin1Char('-') : hexValue(uid[i]) < 0)
            return false;
    }
    const int variant = hexValue(uid[19]);
    return uid[14] == QLatin1Char('7') && variant >= 8 && variant <= 11;
}

qint64 UidGenerator::timestampOf(const QString &uid)
{
    if (!isValid(uid))
        return -1;
    qint64 ms = 0;
    for (int i = 0; i < 13; ++i) {
        if (i == 8)
            continue;
        ms = (ms << 4) | hexValue(uid[i]);
    }
    return ms;
}

} // namespace servicelens
