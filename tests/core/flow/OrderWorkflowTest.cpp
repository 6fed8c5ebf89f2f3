// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "flow/OrderWorkflow.h"
#include "storage/AuditLog.h"

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::test;

namespace {

qint64 local(int d, int h, int mi)
{
    return QDateTime(QDate(2026, 11, d), QTime(h, mi), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

struct WorkflowFixture {
    WorkflowFixture()
        : clock(referenceNowMsecs())
        , workbook(createWorkbook(dir.file(QStringLiteral("流程.servicelens")), clock))
        , orders(workbook->database())
        , flow(workbook->database())
    {
        ServiceOrder o;
        o.branchId = workbook->defaultBranch()->id;
        o.orderNo = QStringLiteral("SO202611020001");
        o.category = QStringLiteral("热水器");
        o.times.received = local(2, 9, 0);
        REQUIRE(orders.insert(o).ok());
        id = o.id;
    }
    ServiceOrder current() { return **orders.findById(id); }

    TempFolder dir;
    FixedClock clock;
    std::unique_ptr<Workbook> workbook;
    OrderRepository orders;
    OrderWorkflow flow;
    qint64 id = 0;
};

} // namespace

TEST_CASE("An order moves through its stages, waits and closes", "[flow][workflow]")
{
    WorkflowFixture f;
    REQUIRE(f.flow.respond(f.id, local(2, 9, 20)).ok());
    REQUIRE(f.flow.advance(f.id, Stage::Analysed, local(2, 10, 0)).ok());
    REQUIRE(f.flow.advance(f.id, Stage::Solution, local(2, 11, 0), {}, QStringLiteral("更换加热管"))
                .ok());
    REQUIRE(f.flow
                .startWait(f.id, OrderWorkflow::Wait::Parts, local(2, 11, 5),
                           QStringLiteral("加热管缺货"))
                .ok());
    CHECK(f.current().status == OrderStatus::WaitingParts);
    // A waiting order does not move on until the wait ends.
    CHECK(f.flow.advance(f.id, Stage::Implemented, local(3, 9, 0)).error().kind ==
          ErrorKind::InvalidInput);
    CHECK_FALSE(f.flow.endWait(f.id, local(2, 11, 0)).ok()); // before the wait began
    REQUIRE(f.flow.endWait(f.id, local(4, 8, 30)).ok());
    REQUIRE(f.flow.advance(f.id, Stage::Implemented, local(4, 10, 0)).ok());
    REQUIRE(f.flow.advance(f.id, Stage::FollowedUp, local(5, 10, 0)).ok());
    REQUIRE(f.flow.close(f.id, local(5, 10, 30)).ok());

    const ServiceOrder o = f.current();
    CHECK(o.status == OrderStatus::Closed);
    CHECK(o.times.stage() == Stage::Closed);
    CHECK(o.times.closed == local(5, 10, 30));

    auto events = StageEventRepository(f.workbook->database()).forOrder(f.id);
    REQUIRE(events.ok());
    QStringList kinds;
    for (const StageEvent &e : *events)
        kinds << StageEvent::kindCode(e.kind) +
                     (e.stage.isEmpty() ? QString() : QLatin1Char(':') + e.stage);
    CHECK(kinds ==
          QStringList({QStringLiteral("stage:responded"), QStringLiteral("stage:analysed"),
                       QStringLiteral("stage:solution"), QStringLiteral("wait_parts_start"),
                       QStringLiteral("wait_parts_end"), QStringLiteral("stage:implemented"),
                       QStringLiteral("stage:followed_up"), QStringLiteral("stage:closed")}));
    // Every step left an update of the order in the audit trail.
    auto audit =
        AuditLog(f.workbook->database()).entriesFor(QStringLiteral("service_order"), o.uid);
    REQUIRE(audit.ok());
    CHECK(audit->size() == 1 + 8);
}

TEST_CASE("Stage times cannot go backwards through the workflow either", "[flow][workflow]")
{
    WorkflowFixture f;
    REQUIRE(f.flow.advance(f.id, Stage::Analysed, local(2, 12, 0)).ok());
    const Status s = f.flow.advance(f.id, Stage::Solution, local(2, 11, 0));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("earlier than the analysed time")));
    CHECK_FALSE(f.current().times.solution.has_value()); // nothing half-written
    CHECK(StageEventRepository(f.workbook->database()).forOrder(f.id)->size() == 1);
    CHECK(f.flow.advance(f.id, Stage::Analysed, local(2, 13, 0))
              .error()
              .message.contains(QStringLiteral("already")));
    CHECK(f.flow.advance(f.id, Stage::Received, local(2, 13, 0)).error().kind ==
          ErrorKind::InvalidInput);
}

TEST_CASE("Reopening a closed order sends it back for a new repair", "[flow][workflow]")
{
    WorkflowFixture f;
    CHECK(f.flow.reopen(f.id, local(3, 9, 0), QStringLiteral("x")).error().kind ==
          ErrorKind::InvalidInput);
    REQUIRE(f.flow.advance(f.id, Stage::Implemented, local(2, 15, 0)).ok());
    REQUIRE(f.flow.close(f.id, local(2, 16, 0)).ok());
    CHECK_FALSE(f.flow.reopen(f.id, local(2, 15, 30), QStringLiteral("太早")).ok());
    REQUIRE(f.flow.reopen(f.id, local(6, 9, 0), QStringLiteral("客户反映仍不出热水")).ok());
    ServiceOrder o = f.current();
    CHECK(o.status == OrderStatus::Open);
    CHECK(o.reopened == 1);
    CHECK_FALSE(o.times.closed.has_value());
    CHECK_FALSE(o.times.implemented.has_value());
    REQUIRE(f.flow.advance(f.id, Stage::Implemented, local(9, 10, 0)).ok());
    REQUIRE(f.flow.close(f.id, local(9, 11, 0)).ok());
    o = f.current();
    CHECK(o.status == OrderStatus::Closed);
    CHECK(o.reopened == 1);
    // The first closing is kept in the history.
    auto audit =
        AuditLog(f.workbook->database()).entriesFor(QStringLiteral("service_order"), o.uid);
    REQUIRE(audit.ok());
    bool sawFirstClosing = false;
    for (const auto &e : *audit)
        sawFirstClosing |=
            e.before.value(QStringLiteral("closed_at")).toDouble() == double(local(2, 16, 0));
    CHECK(sawFirstClosing);
}

TEST_CASE("A step is undone and redone whole, audited, and never over a later change",
          "[flow][workflow][undo]")
{
    WorkflowFixture f;
    Database &db = f.workbook->database();
    const ServiceOrder received = f.current();
    REQUIRE(f.flow.respond(f.id, local(2, 9, 20)).ok());
    REQUIRE(f.flow.lastStep().has_value());
    OrderWorkflow::Step step = *f.flow.lastStep();
    CHECK(step.before == received);
    CHECK(step.after == f.current());
    CHECK(step.event.stage == QStringLiteral("responded"));

    REQUIRE(f.flow.undo(step).ok());
    CHECK(f.current() == received);
    CHECK(StageEventRepository(db).forOrder(f.id)->empty());
    auto eventHistory = AuditLog(db).entriesFor(QStringLiteral("stage_event"), step.event.uid);
    REQUIRE(eventHistory->size() == 2); // recorded, then removed
    CHECK(eventHistory->back().action == AuditLog::Action::Delete);

    REQUIRE(f.flow.redo(step).ok());
    CHECK(f.current().times.responded == local(2, 9, 20));
    REQUIRE(StageEventRepository(db).forOrder(f.id)->size() == 1);

    // Changed since (another window): the undo is refused and nothing moves.
    ServiceOrder edited = f.current();
    edited.product = QStringLiteral("JSQ30");
    REQUIRE(f.orders.update(edited).ok());
    const Status refused = f.flow.undo(step);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Stale);
    CHECK(f.current() == edited);
    CHECK(StageEventRepository(db).forOrder(f.id)->size() == 1);
}
