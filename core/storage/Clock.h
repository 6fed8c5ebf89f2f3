// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace servicelens {

// Everything in core that needs "now" asks a Clock, so tests can pin time (the demo generator
// ends "last month", audit records carry a time, SLA countdowns depend on it).
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMsecsSinceEpoch() const = 0;

    qint64 nowSecsSinceEpoch() const { return nowMsecsSinceEpoch() / 1000; }
    QDateTime nowUtc() const
    {
        return QDateTime::fromMSecsSinceEpoch(nowMsecsSinceEpoch(), Qt::UTC);
    }
};

class SystemClock final : public Clock {
public:
    qint64 nowMsecsSinceEpoch() const override { return QDateTime::currentMSecsSinceEpoch(); }
    // The clock used when nobody injected one.
    static const Clock &instance();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(qint64 msecs)
        : m_msecs(msecs)
    {}
    qint64 nowMsecsSinceEpoch() const override { return m_msecs; }
    void set(qint64 msecs) { m_msecs = msecs; }
    void advance(qint64 msecs) { m_msecs += msecs; }

private:
    qint64 m_msecs;
};

} // namespace servicelens
