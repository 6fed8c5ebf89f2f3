// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/UidGenerator.h"

#include <QSet>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("Uids have the UUID v7 layout and carry their time", "[storage][uid]")
{
    FixedClock clock(1'767'225'600'123); // 2026-01-01 00:00:00.123 UTC
    UidGenerator uids(clock);
    const QString uid = uids.next();
    CHECK(uid.size() == 36);
    CHECK(UidGenerator::isValid(uid));
    CHECK(uid.at(14) == QLatin1Char('7'));
    CHECK(QStringLiteral("89ab").contains(uid.at(19)));
    CHECK(UidGenerator::timestampOf(uid) == 1'767'225'600'123);
    CHECK(uid.startsWith(QStringLiteral("019b76da-a87b-7")));
    CHECK_FALSE(UidGenerator::isValid(QStringLiteral("not-a-uid")));
    CHECK_FALSE(
        UidGenerator::isValid(QStringLiteral("019b7642-8acb-4000-8000-000000000000"))); // v4
}

TEST_CASE("Uids are unique and strictly increasing, even within one millisecond", "[storage][uid]")
{
    FixedClock clock(1'767'225'600'000);
    UidGenerator uids(clock);
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) { // more than the 4096 counter values of one millisecond
        const QString uid = uids.next();
        REQUIRE(uid > previous);
        seen.insert(uid);
        previous = uid;
        if (i % 7 == 0)
            clock.advance(1);
    }
    CHECK(seen.size() == 20000);

    // A clock stepping back does not break the order.
    clock.set(1'000'000'000'000);
    CHECK(uids.next() > previous);
}

TEST_CASE("A seeded generator gives the same uids for the same times", "[storage][uid]")
{
    FixedClock clock(0);
    UidGenerator a(clock, 42);
    UidGenerator b(clock, 42);
    UidGenerator c(clock, 43);
    const QString ua = a.nextAt(1'767'225'600'000);
    CHECK(ua == b.nextAt(1'767'225'600'000));
    CHECK(ua != c.nextAt(1'767'225'600'000));
    CHECK(UidGenerator::timestampOf(ua) == 1'767'225'600'000);
}
