// SPDX-License-Identifier: GPL-3.0-or-later
// SLA policies by priority and/or category (FORMATS.md, "SLA policies"): which row applies to an
// order, the table replaced as a whole (the dialog and `import sla`), and the figures measured
// against each order's own row. October 2025: holidays 1-8 October.
#include "TestSupport.h"

#include "flow/CalendarRepository.h"
#include "flow/OrderRepository.h"
#include "flow/SlaClock.h"
#include "flow/SlaPolicy.h"
#include "flow/StageEvent.h"
#include "kpi/KpiEngine.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::test;

namespace {

SlaPolicy policy(std::optional<Priority> priority, const char *category, double hours, int days,
                 bool pause = false)
{
    SlaPolicy p;
    p.priority = priority;
    p.category = QString::fromUtf8(category);
    p.responseHours = hours;
    p.resolutionWorkingDays = days;
    p.pauseWhileWaiting = pause;
    return p;
}

qint64 at(int mo, int d, int h, int mi)
{
    return QDateTime(QDate(2025, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

} // namespace

TEST_CASE("The most specific policy matching an order applies", "[flow][sla]")
{
    const SlaPolicySet set(
        {policy(Priority::Urgent, "", 4, 1), policy(std::nullopt, "空调安装", 24, 5),
         policy(Priority::Urgent, "空调安装", 2, 2), policy(std::nullopt, "", 72, 10),
         policy(std::nullopt, "Network", 6, 4)});
    // Category and priority, then category, then priority, then any order.
    CHECK(set.forOrder(Priority::Urgent, QStringLiteral("空调安装")).resolutionWorkingDays == 2);
    CHECK(set.forOrder(Priority::Normal, QStringLiteral("空调安装")).resolutionWorkingDays == 5);
    CHECK(set.forOrder(Priority::Urgent, QStringLiteral("冰箱")).resolutionWorkingDays == 1);
    CHECK(set.forOrder(Priority::Low, QStringLiteral("冰箱")).resolutionWorkingDays == 10);
    CHECK(set.forOrder(Priority::Low, QString()).resolutionWorkingDays == 10);
    // Categories as the orders hold them, trimmed, ignoring case.
    CHECK(set.forOrder(Priority::High, QStringLiteral(" network ")).resolutionWorkingDays == 4);
    CHECK(set.forOrder(Priority::High, QStringLiteral("NETWORK")).responseHours == 6);
    // What the order form names.
    CHECK(set.forOrder(Priority::Urgent, QStringLiteral("空调安装")).scopeText() ==
          QStringLiteral("category 空调安装, priority Urgent"));
    CHECK(set.forOrder(Priority::Low, QString()).scopeText() == QStringLiteral("any order"));

    // No row for an order: KPI.md's default for its priority.
    const SlaPolicySet some({policy(Priority::Urgent, "", 4, 1)});
    const SlaPolicy &low = some.forOrder(Priority::Low, QStringLiteral("冰箱"));
    CHECK(low.builtIn);
    CHECK(low.resolutionWorkingDays == 5);
    CHECK(low.responseHours == 48);
    CHECK(some.forOrder(Priority::Urgent, QStringLiteral("冰箱")).resolutionWorkingDays == 1);
    // A copy answers the same (the memo holds indexes, not pointers).
    const SlaPolicySet copy = set;
    CHECK(copy.forOrder(Priority::Urgent, QStringLiteral("空调安装")).resolutionWorkingDays == 2);
}

TEST_CASE("The policy table is replaced as a whole, audited, each scope once", "[flow][sla]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("时限.servicelens")), clock);
    Database &db = wb->database();
    SlaPolicyRepository repo(db);
    auto before = repo.list();
    REQUIRE(before->size() == 4);
    const QString urgentUid = before->front().uid;
    REQUIRE(before->front().priority == Priority::Urgent);

    auto auditCount = [&] {
        SqlQuery q(db,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'sla_policy'"));
        return q.scalar()->toInt();
    };
    const int audited = auditCount();
    // Urgent changed, high kept, normal and low removed, a category row added.
    REQUIRE(repo.replaceAll({policy(Priority::Urgent, "", 2, 1), policy(Priority::High, "", 8, 2),
                             policy(std::nullopt, "空调安装", 24, 5, true)})
                .ok());
    auto after = repo.list();
    REQUIRE(after->size() == 3);
    CHECK(after->at(0).uid == urgentUid); // same scope: updated in place
    CHECK(after->at(0).responseHours == 2);
    CHECK(after->at(2).category == QStringLiteral("空调安装"));
    CHECK_FALSE(after->at(2).priority.has_value());
    CHECK(after->at(2).pauseWhileWaiting);
    // One record per row changed (urgent), removed (normal, low) and added (空调安装).
    CHECK(auditCount() == audited + 4);

    // Two rows for the same orders: refused, nothing changed.
    const auto twice = repo.replaceAll(
        {policy(std::nullopt, "空调安装", 24, 5), policy(std::nullopt, "空调安装", 12, 2)});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("category 空调安装")));
    CHECK(repo.list()->size() == 3);
    // A category written with spaces around it would never match: refused.
    CHECK_FALSE(repo.replaceAll({policy(std::nullopt, " 空调安装", 24, 5)}).ok());
}

TEST_CASE("import sla replaces the policies, each order is measured against its own row",
          "[flow][sla][kpi][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("时限.servicelens")), clock);
    Database &db = wb->database();
    const Branch branch = *wb->defaultBranch();
    const QString orders = dir.file(QStringLiteral("工单.csv"));
    // Received Monday 13 October; working days after it: 14, 15, 16, 17, 20, 21 October.
    writeFile(orders,
              QByteArray("工单号,受理时间,响应时间,关闭时间,优先级,类别\n"
                         "A1,2025-10-13 09:00,2025-10-13 10:00,2025-10-17 16:00,普通,空调安装\n"
                         "A2,2025-10-13 09:00,2025-10-13 09:30,2025-10-15 16:00,紧急,空调安装\n"
                         "A3,2025-10-13 09:00,2025-10-13 09:30,2025-10-16 16:00,高,空调维修\n"
                         "A4,2025-10-13 09:00,2025-10-15 09:00,2025-10-21 16:00,低,冰箱\n"));
    REQUIRE(Importers::run(ImportKind::Orders, db, orders, {})->inserted == 4);
    auto october = [&] {
        kpi::KpiEngine engine(db);
        auto k = engine.compute(branch, QDate(2025, 10, 1));
        REQUIRE(k.ok());
        return k->orders;
    };
    // KPI.md's defaults: A1 4 wd > 3, A2 2 > 1, A3 3 > 2, A4 6 > 5; every response in time
    // (A4: 48 h ≤ 48 h).
    auto defaults = october();
    CHECK(defaults.resolutionWithinTargetRate == 0.0);
    CHECK(defaults.responseWithinTargetRate == 1.0);

    const QString sla = dir.file(QStringLiteral("服务时限.csv"));
    writeFile(sla, QByteArray("优先级,类别,响应时限,解决时限,等待时暂停\n"
                              "紧急,,4,1,否\n"
                              "高,,8,2,否\n"
                              ",空调安装,24,5,是\n"
                              "紧急,空调安装,1,1,否\n"
                              ",,72,10,否\n"));
    auto imported = Importers::run(ImportKind::Sla, db, sla, {});
    REQUIRE(imported.ok());
    REQUIRE(imported->committed);
    CHECK(imported->read == 5);
    CHECK(imported->unchanged == 2); // urgent and high as before
    CHECK(imported->inserted == 3);
    // Normal and low are gone, and the summary says so.
    REQUIRE(imported->notes.size() == 1);
    CHECK(imported->notes[0].contains(QStringLiteral("2 earlier rows")));
    CHECK(imported->notes[0].contains(QStringLiteral("priority Normal")));
    CHECK(SlaPolicyRepository(db).list()->size() == 5);

    // A1 category row 5 wd: met. A2 category and priority 1 wd: missed. A3 high 2 wd: missed.
    // A4 (low, 冰箱) the any-order row, 72 h and 10 wd: met.
    auto mine = october();
    CHECK(mine.resolutionWithinTargetRate == 0.5);
    CHECK(mine.slaMetRate == 0.5);
    CHECK(mine.responseWithinTargetRate == 1.0);

    // The order form names where its targets come from.
    auto id = OrderRepository(db).idByOrderNo(branch.id, QStringLiteral("A2"));
    REQUIRE(id.ok());
    auto a2 = OrderRepository(db).findById(**id);
    auto policies = SlaPolicyRepository(db).load();
    CHECK(policies->forOrder((*a2)->priority, (*a2)->category).scopeText() ==
          QStringLiteral("category 空调安装, priority Urgent"));

    // Two rows for the same orders: the second is refused naming the first's line; nothing
    // changes (strict).
    writeFile(sla, QByteArray("priority,category,response_hours,resolution_working_days\n"
                              ",空调安装,24,5\n"
                              "urgent,,4,1\n"
                              ",空调安装,12,2\n"
                              "high,,0,x\n"));
    auto bad = Importers::run(ImportKind::Sla, db, sla, {});
    REQUIRE(bad.ok());
    CHECK_FALSE(bad->committed);
    REQUIRE(bad->issues.size() == 3);
    CHECK(bad->issues[0].line == 4);
    CHECK(bad->issues[0].message.contains(QStringLiteral("line 2")));
    CHECK(bad->issues[1].line == 5);
    CHECK(bad->issues[1].column == QStringLiteral("response_hours"));
    CHECK(bad->issues[2].column == QStringLiteral("resolution_working_days"));
    CHECK(SlaPolicyRepository(db).list()->size() == 5);

    // A file with a header and no row would remove every policy: refused, nothing changes.
    writeFile(sla, QByteArray("priority,category,response_hours,resolution_working_days\n"));
    auto empty = Importers::run(ImportKind::Sla, db, sla, {});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("no policy rows")));
    CHECK(SlaPolicyRepository(db).list()->size() == 5);
}

TEST_CASE("A policy that pauses extends the target by the working days waited, in kpi too",
          "[flow][sla][kpi]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("暂停.servicelens")), clock);
    Database &db = wb->database();
    const Branch branch = *wb->defaultBranch();
    // Received Monday 13 October, closed Monday 20 October: 5 working days (14-17, 20).
    ServiceOrder o;
    o.branchId = branch.id;
    o.orderNo = QStringLiteral("等件-1");
    o.times.received = at(10, 13, 9, 0);
    o.times.responded = at(10, 13, 10, 0);
    o.times.closed = at(10, 20, 10, 0);
    o.status = OrderStatus::Closed;
    REQUIRE(OrderRepository(db).insert(o).ok());
    // Waiting for parts from Tuesday 14 to Thursday 16 October: 2 working days (15, 16).
    StageEventRepository events(db);
    for (auto [kind, t] : {std::pair{StageEvent::Kind::WaitPartsStart, at(10, 14, 10, 0)},
                           {StageEvent::Kind::WaitPartsEnd, at(10, 16, 10, 0)}}) {
        StageEvent e;
        e.orderId = o.id;
        e.kind = kind;
        e.at = t;
        REQUIRE(events.add(e).ok());
    }
    auto resolvedInTime = [&] {
        kpi::KpiEngine engine(db);
        auto k = engine.compute(branch, QDate(2025, 10, 1));
        REQUIRE(k.ok());
        return *k->orders.resolutionWithinTargetRate;
    };
    // Normal: 3 working days, no pause: 5 > 3, missed.
    CHECK(resolvedInTime() == 0.0);
    REQUIRE(SlaPolicyRepository(db).replaceAll({policy(Priority::Normal, "", 24, 3, true)}).ok());
    // Paused: 3 + 2 = 5 ≥ 5, met — and the order's own deadline says the same.
    CHECK(resolvedInTime() == 1.0);
    auto set = SlaPolicyRepository(db).load();
    auto deadlines =
        SlaClock::compute(o, set->forOrder(o.priority, o.category), *CalendarRepository(db).load(),
                          branch.localTime(), clock.nowSecsSinceEpoch(), *events.forOrder(o.id));
    CHECK(deadlines.pausedWorkingDays == 2);
    CHECK_FALSE(deadlines.resolutionOverdue);
}
