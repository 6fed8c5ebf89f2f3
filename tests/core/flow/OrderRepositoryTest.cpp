// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "flow/StageEvent.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::test;

namespace {

qint64 shanghai(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

ServiceOrder sampleOrder(qint64 branchId)
{
    ServiceOrder o;
    o.branchId = branchId;
    o.orderNo = QStringLiteral("SO202610310001");
    o.channel = Channel::WeChat;
    o.category = QStringLiteral("空调");
    o.product = QStringLiteral("KFR-35GW/BP3DN8Y");
    o.priority = Priority::High;
    o.description = QStringLiteral("不制冷");
    o.times.received = shanghai(2026, 10, 31, 23, 30);
    o.times.responded = shanghai(2026, 10, 31, 23, 50);
    o.times.analysed = shanghai(2026, 11, 1, 9, 0);
    return o;
}

} // namespace

TEST_CASE("Orders are stored with their month keys in the branch's time zone", "[flow][orders]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("工单.servicelens")), clock);
    OrderRepository orders(wb->database());
    ServiceOrder o = sampleOrder(wb->defaultBranch()->id);
    REQUIRE(orders.insert(o).ok());
    CHECK(o.id > 0);
    CHECK(UidGenerator::isValid(o.uid));

    SqlQuery q(wb->database(), QStringLiteral("SELECT received_month, closed_month, stage, status "
                                              "FROM service_order WHERE id = :id"));
    q.bind(QStringLiteral(":id"), o.id);
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 202610); // 23:30 on 31 October, local time
    CHECK(q.value(1).isNull());
    CHECK(q.value(2).toString() == QStringLiteral("analysed"));
    CHECK(q.value(3).toString() == QStringLiteral("open"));

    o.times.solution = shanghai(2026, 11, 1, 10, 0);
    o.times.implemented = shanghai(2026, 11, 2, 15, 0);
    o.times.followedUp = shanghai(2026, 11, 3, 10, 0);
    o.times.closed = shanghai(2026, 11, 3, 10, 5);
    o.status = OrderStatus::Closed;
    REQUIRE(orders.update(o).ok());
    SqlQuery q2(
        wb->database(),
        QStringLiteral("SELECT closed_month, stage, status FROM service_order WHERE id = :id"));
    q2.bind(QStringLiteral(":id"), o.id);
    REQUIRE(q2.exec().ok());
    REQUIRE(q2.next());
    CHECK(q2.value(0).toInt() == 202611);
    CHECK(q2.value(1).toString() == QStringLiteral("closed"));
    CHECK(q2.value(2).toString() == QStringLiteral("closed"));

    auto found = orders.findByOrderNo(o.branchId, QStringLiteral(" SO202610310001 "));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->category == QStringLiteral("空调"));
    CHECK((*found)->times.closed == o.times.closed);

    auto audit = AuditLog(wb->database()).entriesFor(QStringLiteral("service_order"), o.uid);
    REQUIRE(audit.ok());
    REQUIRE(audit->size() == 2);
    CHECK((*audit)[1].before.value(QStringLiteral("closed_at")).isNull());
    CHECK((*audit)[1].after.value(QStringLiteral("closed_at")).toDouble() ==
          double(*o.times.closed));

    REQUIRE(orders.remove(o.id).ok());
    CHECK(*orders.count() == 0);
    CHECK(AuditLog(wb->database()).entriesFor(QStringLiteral("service_order"), o.uid)->size() == 3);
}

TEST_CASE("Stage times may never go backwards", "[flow][orders]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("倒退.servicelens")), clock);
    OrderRepository orders(wb->database());
    ServiceOrder o = sampleOrder(wb->defaultBranch()->id);

    SECTION("analysed before responded")
    {
        o.times.analysed = *o.times.responded - 60;
        const Status s = orders.insert(o);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().kind == ErrorKind::InvalidInput);
        CHECK(s.error().message ==
              QStringLiteral("Order SO202610310001: the analysed time is earlier than the "
                             "responded time; stage times cannot go backwards."));
    }
    SECTION("closed before received, with stages missing in between")
    {
        o.times.responded.reset();
        o.times.analysed.reset();
        o.times.closed = o.times.received - 1;
        const Status s = orders.insert(o);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(
            QStringLiteral("closed time is earlier than the received time")));
    }
    SECTION("negative visits")
    {
        o.visits = -1;
        CHECK(orders.insert(o).error().kind == ErrorKind::InvalidInput);
    }
    SECTION("closed status without a closing time")
    {
        o.status = OrderStatus::Closed;
        CHECK(orders.insert(o).error().kind == ErrorKind::InvalidInput);
    }
    CHECK(*orders.count() == 0);
    CHECK(OrderRepository::validate(sampleOrder(1)).ok());
}

TEST_CASE("Order ids are unique within a branch", "[flow][orders]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("重复.servicelens")), clock);
    OrderRepository orders(wb->database());
    ServiceOrder a = sampleOrder(wb->defaultBranch()->id);
    ServiceOrder b = a;
    REQUIRE(orders.insert(a).ok());
    const Status s = orders.insert(b);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Conflict);
    CHECK(s.error().message.contains(QStringLiteral("SO202610310001")));
    CHECK(*orders.count() == 1);
}

TEST_CASE("An edit saved over a stale read is refused, and the other change kept",
          "[flow][orders][concurrency]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("两处修改.servicelens")), clock);
    OrderRepository orders(wb->database());
    ServiceOrder read = sampleOrder(wb->defaultBranch()->id);
    REQUIRE(orders.insert(read).ok());

    // Someone else saves a change after this editor read the order.
    ServiceOrder theirs = read;
    theirs.description = QStringLiteral("客户改约到周六上午");
    REQUIRE(orders.update(theirs, read).ok());

    ServiceOrder mine = read;
    mine.visits = 3;
    const Status s = orders.update(mine, read);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Stale);
    CHECK(s.error().message.contains(read.orderNo));
    auto stored = orders.findById(read.id);
    CHECK((*stored)->description == theirs.description); // kept
    CHECK((*stored)->visits == read.visits);             // mine not written
    // Read again, redone: saved.
    ServiceOrder again = **stored;
    again.visits = 3;
    CHECK(orders.update(again, **stored).ok());
}

TEST_CASE("Stage events are kept per order", "[flow][orders]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("事件.servicelens")), clock);
    ServiceOrder o = sampleOrder(wb->defaultBranch()->id);
    REQUIRE(OrderRepository(wb->database()).insert(o).ok());
    StageEventRepository events(wb->database());
    StageEvent start;
    start.orderId = o.id;
    start.kind = StageEvent::Kind::WaitPartsStart;
    start.at = shanghai(2026, 11, 1, 10, 0);
    start.note = QStringLiteral("压缩机缺货");
    REQUIRE(events.add(start).ok());
    StageEvent end = start;
    end.uid.clear();
    end.kind = StageEvent::Kind::WaitPartsEnd;
    end.at = shanghai(2026, 11, 2, 8, 30);
    REQUIRE(events.add(end).ok());
    auto list = events.forOrder(o.id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].kind == StageEvent::Kind::WaitPartsStart);
    CHECK((*list)[0].note == QStringLiteral("压缩机缺货"));
    CHECK((*list)[1].kind == StageEvent::Kind::WaitPartsEnd);
}

TEST_CASE("Enumerations accept codes and Chinese aliases", "[flow]")
{
    CHECK(FlowNames::priority(QStringLiteral(" URGENT ")) == Priority::Urgent);
    CHECK(FlowNames::priority(QStringLiteral("普通")) == Priority::Normal);
    CHECK(FlowNames::channel(QStringLiteral("微信")) == Channel::WeChat);
    CHECK(FlowNames::channel(QStringLiteral("app")) == Channel::App);
    CHECK(FlowNames::channel(QStringLiteral("walk_in")) == Channel::WalkIn);
    CHECK_FALSE(FlowNames::channel(QStringLiteral("fax")).has_value());
    CHECK(FlowNames::code(Channel::WalkIn) == QStringLiteral("walk_in"));
}
