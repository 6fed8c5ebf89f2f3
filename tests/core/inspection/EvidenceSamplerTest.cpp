// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence sampler: which closed orders an inspector is offered to check against the
// paperwork. Times in Shanghai.
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "inspection/EvidenceSampler.h"

#include <QTimeZone>

#include <set>

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::inspection;
using namespace servicelens::test;

namespace {

qint64 at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

struct SamplerFixture : TempWorkbook {
    SamplerFixture()
        : TempWorkbook(QStringLiteral("抽样.servicelens"))
    {}
    Branch branch = *wb->defaultBranch();
    const LocalTime local{QTimeZone("Asia/Shanghai")};

    // An order closed at `closed`, received a day before; returns its id.
    qint64 closedOrder(const QString &no, qint64 closed)
    {
        ServiceOrder o;
        o.branchId = branch.id;
        o.orderNo = no;
        o.times.received = closed - 86400;
        o.times.closed = closed;
        o.status = OrderStatus::Closed;
        REQUIRE(OrderRepository(db).insert(o).ok());
        return o.id;
    }
};

std::set<QString> numbers(const std::vector<EvidenceOrder> &orders)
{
    std::set<QString> out;
    for (const EvidenceOrder &o : orders)
        out.insert(o.orderNo);
    return out;
}

} // namespace

TEST_CASE("An inspection is offered orders closed in its month up to now", "[inspection][evidence]")
{
    SamplerFixture f;
    // Twelve closed from 1 to 12 October, two in September, one after the inspection's "now".
    for (int d = 1; d <= 12; ++d)
        f.closedOrder(QStringLiteral("十月-%1").arg(d), at(10, d));
    f.closedOrder(QStringLiteral("九月-1"), at(9, 20));
    f.closedOrder(QStringLiteral("九月-2"), at(9, 28));
    f.closedOrder(QStringLiteral("以后"), at(10, 20));
    EvidenceSampler sampler(f.db);

    // Started 15 October, now 15 October 18:00: ten of the twelve October orders, none later.
    auto sample =
        sampler.forInspection(f.branch.id, f.local, at(10, 15, 9), at(10, 15, 18), {}, 10);
    REQUIRE(sample.ok());
    CHECK(sample->size() == 10);
    for (const QString &no : numbers(*sample))
        CHECK(no.startsWith(QStringLiteral("十月-")));

    // Started 3 October: only two closed so far, so September is reached too (2 + 2 = 4).
    sample = sampler.forInspection(f.branch.id, f.local, at(10, 3, 9), at(10, 3, 9), {}, 10);
    REQUIRE(sample.ok());
    CHECK(numbers(*sample) == std::set<QString>{QStringLiteral("十月-1"), QStringLiteral("十月-2"),
                                                QStringLiteral("九月-1"),
                                                QStringLiteral("九月-2")});
}

TEST_CASE("Orders already kept as evidence stay first in the offer, each once",
          "[inspection][evidence]")
{
    SamplerFixture f;
    std::vector<qint64> october;
    for (int d = 1; d <= 3; ++d)
        october.push_back(f.closedOrder(QStringLiteral("十月-%1").arg(d), at(10, d)));
    const qint64 august = f.closedOrder(QStringLiteral("八月"), at(8, 15));
    EvidenceSampler sampler(f.db);

    // Kept: one October order (also in the sample) and an August one (outside the window).
    const std::vector<qint64> kept{october[1], august};
    auto sample =
        sampler.forInspection(f.branch.id, f.local, at(10, 15, 9), at(10, 15, 18), kept, 10);
    REQUIRE(sample.ok());
    REQUIRE(sample->size() == 4); // the three October orders and the August one, once each
    CHECK((*sample)[0].id == october[1]);
    CHECK((*sample)[1].id == august);
    CHECK(numbers(*sample).size() == 4);

    // A count of 1 still shows everything kept.
    sample = sampler.forInspection(f.branch.id, f.local, at(10, 15, 9), at(10, 15, 18), kept, 1);
    REQUIRE(sample.ok());
    CHECK(sample->size() >= 2);
    CHECK((*sample)[0].id == october[1]);
    CHECK((*sample)[1].id == august);
}
