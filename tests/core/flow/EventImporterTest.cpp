// SPDX-License-Identifier: GPL-3.0-or-later
// `import events` (FORMATS.md): a helpdesk's state history, shaped like the ServiceNow export
// (`?` for no value, day-first times without padding, Awaiting … states, a reopening), turned
// into orders whose stage times, waits and reopen counts follow the log, and the month figures
// they give, worked out by hand. Times are the branch's (Asia/Shanghai); October 2025 has the
// National Day holidays 1-8 October.
#include "TestSupport.h"

#include "flow/OrderQuery.h"
#include "flow/OrderRepository.h"
#include "flow/StageEvent.h"
#include "kpi/KpiEngine.h"
#include "kpi/ProcessMap.h"
#include "storage/SqlQuery.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::test;

namespace {

const char *serviceNowMap = "@date_format=d/M/yyyy hh:mm\n"
                            "@empty=?\n"
                            "@value.state.New=received\n"
                            "@value.state.Active=analysed\n"
                            "@value.state.Awaiting User Info=waiting_customer\n"
                            "@value.state.Awaiting Vendor=waiting_parts\n"
                            "@value.state.Resolved=implemented\n"
                            "@value.state.Closed=closed\n"
                            "@value.state.-100=ignore\n"
                            "@value.priority.1 - Critical=urgent\n"
                            "@value.priority.2 - High=high\n"
                            "@value.priority.3 - Moderate=normal\n"
                            "@value.priority.4 - Low=low\n";

// Four incidents: INC001 waits for a vendor, INC002 is reopened once by its caller and closes
// in November, INC003 still waits for its user, INC004 has a junk -100 row.
const char *serviceNowLog =
    "number,incident_state,sys_updated_at,priority,category,sys_updated_by\n"
    "INC001,New,13/10/2025 09:00,3 - Moderate,Network,Updated by 1\n"
    "INC001,Active,13/10/2025 10:00,3 - Moderate,Network,Updated by 2\n"
    "INC001,Awaiting Vendor,14/10/2025 11:00,3 - Moderate,Network,Updated by 2\n"
    "INC001,Active,16/10/2025 15:00,3 - Moderate,Network,Updated by 2\n"
    "INC001,Resolved,17/10/2025 16:00,3 - Moderate,Network,Updated by 2\n"
    "INC001,Closed,22/10/2025 16:00,3 - Moderate,Network,?\n"
    "INC002,New,20/10/2025 08:30,2 - High,Email,Updated by 1\n"
    "INC002,Active,20/10/2025 09:00,2 - High,Email,Updated by 3\n"
    "INC002,Resolved,21/10/2025 10:00,2 - High,Email,Updated by 3\n"
    "INC002,Closed,21/10/2025 12:00,2 - High,Email,Updated by 3\n"
    "INC002,Active,23/10/2025 09:00,2 - High,Email,Updated by 3\n"
    "INC002,Resolved,24/10/2025 10:00,2 - High,Email,Updated by 3\n"
    "INC002,Closed,3/11/2025 10:00,2 - High,Email,?\n"
    "INC003,New,30/10/2025 17:00,1 - Critical,?,Updated by 1\n"
    "INC003,Active,30/10/2025 17:30,1 - Critical,?,Updated by 4\n"
    "INC003,Awaiting User Info,31/10/2025 09:00,1 - Critical,?,Updated by 4\n"
    "INC004,-100,2/11/2025 23:00,4 - Low,Email,?\n"
    "INC004,New,3/11/2025 10:00,4 - Low,Email,Updated by 1\n"
    "INC004,Active,3/11/2025 11:00,4 - Low,Email,Updated by 5\n"
    "INC004,Resolved,4/11/2025 09:00,4 - Low,Email,Updated by 5\n"
    "INC004,Closed,5/11/2025 09:00,4 - Low,Email,Updated by 5\n";

qint64 at(int mo, int d, int h, int mi)
{
    return QDateTime(QDate(2025, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

struct EventFixture {
    EventFixture()
        : clock(referenceNowMsecs())
        , wb(createWorkbook(dir.file(QStringLiteral("事件.servicelens")), clock))
        , db(wb->database())
        , branch(*wb->defaultBranch())
        , log(dir.file(QStringLiteral("事件日志.csv")))
    {
        auto mapping = io::ColumnMapping::parse(QString::fromUtf8(serviceNowMap));
        REQUIRE(mapping.ok());
        options.mapping = *mapping;
    }

    Result<io::ImportSummary> import(const QByteArray &csv)
    {
        writeFile(log, csv);
        return Importers::run(ImportKind::Events, db, log, options);
    }

    ServiceOrder order(const char *no)
    {
        auto id = OrderRepository(db).idByOrderNo(branch.id, QString::fromLatin1(no));
        REQUIRE(id.ok());
        REQUIRE(id->has_value());
        auto o = OrderRepository(db).findById(**id);
        REQUIRE(o.ok());
        return **o;
    }

    kpi::OrderKpis month(int m)
    {
        kpi::KpiEngine engine(db);
        auto k = engine.compute(branch, QDate(2025, m, 1));
        REQUIRE(k.ok());
        return k->orders;
    }

    // Everything the import writes, for "the same file again changes nothing".
    QString snapshot()
    {
        QStringList rows;
        const std::pair<const char *, int> queries[] = {
            {"SELECT id, uid, received_at, analysed_at, implemented_at, closed_at, status, "
             "stage, reopened, unknown_inputs, priority, category, updated_at FROM service_order "
             "ORDER BY id",
             13},
            {"SELECT id, order_id, at, source_state, state, by_name FROM order_event ORDER BY id",
             6},
            {"SELECT id, uid, order_id, kind, at, from_log FROM stage_event ORDER BY id", 6},
            {"SELECT month, received, closed FROM order_month_count ORDER BY month", 3},
            {"SELECT count(*) FROM audit_log", 1}};
        for (const auto &[sql, columns] : queries) {
            SqlQuery q(db, QString::fromLatin1(sql));
            REQUIRE(q.exec().ok());
            while (q.next()) {
                QStringList fields;
                for (int c = 0; c < columns; ++c)
                    fields << q.value(c).toString();
                rows << fields.join(u'|');
            }
        }
        return rows.join(u'\n');
    }

    TempFolder dir;
    FixedClock clock;
    std::unique_ptr<Workbook> wb;
    Database &db;
    Branch branch;
    QString log;
    io::ImportOptions options;
};

} // namespace

TEST_CASE("An event log becomes orders whose stages, waits and reopenings follow it",
          "[flow][events][import]")
{
    EventFixture f;
    auto summary = f.import(serviceNowLog);
    REQUIRE(summary.ok());
    INFO((summary->issues.empty() ? QString() : summary->issues.front().toString()).toStdString());
    REQUIRE(summary->committed);
    CHECK(summary->read == 21);
    CHECK(summary->inserted == 20); // the -100 row is ignored
    CHECK(summary->notes.join(u' ').contains(
        QStringLiteral("Skipped 1 row whose state is mapped to ignore")));
    CHECK(summary->notes.join(u' ').contains(QStringLiteral("4 new, 0 changed")));

    // INC001: the last entry to a stage counts; the vendor wait is a wait.
    const ServiceOrder one = f.order("INC001");
    CHECK(one.times.received == at(10, 13, 9, 0));
    CHECK(one.times.analysed == at(10, 16, 15, 0));
    CHECK(one.times.implemented == at(10, 17, 16, 0));
    CHECK(one.times.closed == at(10, 22, 16, 0));
    CHECK_FALSE(one.times.solution.has_value());
    CHECK(one.reopened == 0);
    CHECK(one.priority == Priority::Normal);
    CHECK(one.category == QStringLiteral("Network"));
    CHECK(one.status == OrderStatus::Closed);
    // Unknown is not zero: no response time and no visit count in a log; reopenings are known.
    CHECK_FALSE(one.knows(ServiceOrder::ResponseUnknown));
    CHECK_FALSE(one.knows(ServiceOrder::VisitsUnknown));
    CHECK(one.knows(ServiceOrder::ReopenedUnknown));
    auto waits = StageEventRepository(f.db).forOrder(one.id);
    REQUIRE(waits->size() == 2);
    CHECK(waits->at(0).kind == StageEvent::Kind::WaitPartsStart);
    CHECK(waits->at(0).at == at(10, 14, 11, 0));
    CHECK(waits->at(1).kind == StageEvent::Kind::WaitPartsEnd);
    CHECK(waits->at(1).at == at(10, 16, 15, 0));

    // INC002: closed, then rejected by the caller: one reopening, the later times stand.
    const ServiceOrder two = f.order("INC002");
    CHECK(two.reopened == 1);
    CHECK(two.times.analysed == at(10, 23, 9, 0));
    CHECK(two.times.implemented == at(10, 24, 10, 0));
    CHECK(two.times.closed == at(11, 3, 10, 0));
    CHECK(two.priority == Priority::High);

    // INC003: still waiting for its user; `?` is no category.
    const ServiceOrder three = f.order("INC003");
    CHECK(three.status == OrderStatus::WaitingCustomer);
    CHECK_FALSE(three.times.closed.has_value());
    CHECK(three.category.isEmpty());
    CHECK(three.priority == Priority::Urgent);

    // October, by hand: received INC001-003 (3), closed INC001 (1): 7 working days after 13
    // October (14-17, 20-22) against normal's 3: missed. No response times: the response
    // figures and SLA met are not in the data; no visits: nor is first-time fix.
    const auto oct = f.month(10);
    CHECK(oct.received == 3);
    CHECK(oct.closed == 1);
    CHECK(oct.backlogEnd == 2);
    CHECK_FALSE(oct.responseWithinTargetRate.has_value());
    CHECK_FALSE(oct.responseHoursMean.has_value());
    CHECK_FALSE(oct.slaMetRate.has_value());
    CHECK_FALSE(oct.firstTimeFixRate.has_value());
    CHECK(oct.resolutionWithinTargetRate == 0.0);
    CHECK(oct.resolutionWdMean == 7.0);
    CHECK(oct.reopenRate == 0.0);
    CHECK(oct.complaintRate == 0.0);
    // Analysis: 16 October 15:00 - 13 October 09:00 = 78 h; no other stage has both times.
    CHECK(oct.stageDwellHoursMedian[0] == 78.0);
    CHECK_FALSE(oct.stageDwellHoursMedian[1].has_value());
    CHECK(oct.bottleneckStage == kpi::DwellStage::Analysis);

    // November: received INC004; closed INC002 (10 working days after 20 October against
    // high's 2: missed) and INC004 (2 after 3 November against low's 5: met).
    const auto nov = f.month(11);
    CHECK(nov.received == 1);
    CHECK(nov.closed == 2);
    CHECK(nov.backlogEnd == 1);
    CHECK(nov.resolutionWithinTargetRate == 0.5);
    CHECK(nov.resolutionWdMean == 6.0);
    CHECK(nov.resolutionWdMedian == 6.0);
    CHECK(nov.resolutionWdP90 == 10.0);
    CHECK(nov.reopenRate == 0.5);
    CHECK_FALSE(nov.slaMetRate.has_value());
    CHECK_FALSE(nov.firstTimeFixRate.has_value());
}

TEST_CASE("The same log again changes nothing, a longer one extends the history",
          "[flow][events][import]")
{
    EventFixture f;
    REQUIRE(f.import(serviceNowLog)->committed);
    const QString before = f.snapshot();
    f.clock.advance(3600 * 1000);
    auto again = f.import(serviceNowLog);
    REQUIRE(again->committed);
    CHECK(again->inserted == 0);
    CHECK(again->unchanged == 21);
    CHECK(f.snapshot() == before);

    // INC003's user answers, it is resolved and closed; INC001's caller reopens it.
    auto more = f.import("number,incident_state,sys_updated_at\n"
                         "INC003,Active,3/11/2025 09:00\n"
                         "INC003,Resolved,3/11/2025 15:00\n"
                         "INC001,Active,24/10/2025 10:00\n"
                         "INC003,Closed,4/11/2025 09:00\n"
                         "INC001,Resolved,27/10/2025 10:00\n"
                         "INC001,Closed,28/10/2025 10:00\n");
    REQUIRE(more.ok());
    REQUIRE(more->committed);
    CHECK(more->inserted == 6);
    const ServiceOrder three = f.order("INC003");
    CHECK(three.status == OrderStatus::Closed);
    CHECK(three.times.closed == at(11, 4, 9, 0));
    // The wait for the user ended with the next event.
    auto waits = StageEventRepository(f.db).forOrder(three.id);
    REQUIRE(waits->size() == 2);
    CHECK(waits->at(1).kind == StageEvent::Kind::WaitCustomerEnd);
    CHECK(waits->at(1).at == at(11, 3, 9, 0));
    // INC001's rows came in two blocks, between INC003's: the whole history counts.
    const ServiceOrder one = f.order("INC001");
    CHECK(one.reopened == 1);
    CHECK(one.times.closed == at(10, 28, 10, 0));
    CHECK(one.priority == Priority::Normal); // no priority column: kept
    // The monthly counts follow the orders that moved (INC003 closed in November).
    CHECK(f.month(11).closed == 3);
    CHECK(f.month(10).closed == 1);
}

TEST_CASE("An event log's problems name line and column, and nothing is imported",
          "[flow][events][import]")
{
    EventFixture f;
    // An unmapped state, twice, and a month-first time.
    auto bad = f.import("number,incident_state,sys_updated_at\n"
                        "INC010,New,13/10/2025 09:00\n"
                        "INC010,Awaiting Problem,13/10/2025 10:00\n"
                        "INC011,New,13/10/2025 11:00\n"
                        "INC011,Awaiting Problem,13/10/2025 12:00\n"
                        "INC011,Active,10/13/2025 13:00\n");
    REQUIRE(bad.ok());
    CHECK_FALSE(bad->committed);
    REQUIRE(bad->issues.size() == 3);
    CHECK(bad->issues[0].line == 3);
    CHECK(bad->issues[0].column == QStringLiteral("incident_state"));
    CHECK(bad->issues[0].message.contains(QStringLiteral("@value.state.Awaiting Problem=")));
    CHECK(bad->issues[2].line == 6);
    CHECK(bad->issues[2].column == QStringLiteral("sys_updated_at"));
    CHECK(bad->notes.join(u' ').contains(QStringLiteral("“Awaiting Problem” (2 rows)")));
    SqlQuery count(f.db, QStringLiteral("SELECT (SELECT count(*) FROM service_order) + "
                                        "(SELECT count(*) FROM order_event)"));
    CHECK(count.scalar()->toInt() == 0);

    // A hostile file of many distinct states: each counted up to a bound, the rest together.
    QByteArray many = "number,incident_state,sys_updated_at\n";
    for (int i = 0; i < 250; ++i)
        many += "INC9,State " + QByteArray::number(i) + ",13/10/2025 09:00\n";
    auto manyStates = f.import(many);
    REQUIRE(manyStates.ok());
    CHECK_FALSE(manyStates->committed);
    CHECK(manyStates->notes.join(u' ').contains(QStringLiteral("“State 0” (1 row)")));
    CHECK(manyStates->notes.join(u' ').contains(QStringLiteral("50 rows of other states")));

    // The order columns of an order's latest row win, wherever the rows are in the file.
    auto ok = f.import("number,incident_state,sys_updated_at,priority,category\n"
                       "INC020,Active,14/10/2025 09:00,2 - High,Printer\n"
                       "INC020,New,13/10/2025 09:00,4 - Low,Network\n");
    REQUIRE(ok->committed);
    CHECK(f.order("INC020").priority == Priority::High);
    CHECK(f.order("INC020").category == QStringLiteral("Printer"));
    CHECK(f.order("INC020").times.received == at(10, 13, 9, 0));
}

TEST_CASE("The process map follows each order's real path, reopenings drawn as rework",
          "[kpi][events][processmap]")
{
    using kpi::FlowNode;
    EventFixture f;
    REQUIRE(f.import(serviceNowLog)->committed);
    auto edge = [](const kpi::ProcessMapData &m, FlowNode from, FlowNode to) {
        for (const kpi::ProcessEdge &e : m.edges)
            if (e.from == from && e.to == to)
                return e;
        return kpi::ProcessEdge{};
    };
    // November: INC002 (closed, rejected, closed again) and INC004.
    kpi::ProcessFilter november;
    november.month = QDate(2025, 11, 1);
    auto nov = kpi::ProcessMap::compute(f.db, f.branch, november);
    REQUIRE(nov.ok());
    CHECK(nov->orders == 2);
    CHECK(nov->fromLogs == 2);
    CHECK(nov->reworked == 1);
    CHECK(nov->edges.size() == 4);
    const auto start = edge(*nov, FlowNode::Received, FlowNode::Analysed);
    CHECK(start.orders == 2);
    CHECK(start.medianHours == 0.75); // 0.5 h and 1 h
    const auto repair = edge(*nov, FlowNode::Analysed, FlowNode::Implemented);
    CHECK(repair.orders == 2);
    CHECK(repair.moves == 3);
    CHECK(repair.medianHours == 25.0); // 25, 25 and 22 h
    const auto closing = edge(*nov, FlowNode::Implemented, FlowNode::Closed);
    CHECK(closing.medianHours == 24.0); // 2, 240 and 24 h
    const auto back = edge(*nov, FlowNode::Closed, FlowNode::Analysed);
    CHECK(back.rework);
    CHECK(back.orders == 1);
    CHECK(back.medianHours == 45.0);
    CHECK_FALSE(repair.rework);
    REQUIRE(nov->variants.size() == 2);
    CHECK(nov->variants[0].share == 0.5);
    CHECK(nov->nodeOrders[static_cast<int>(FlowNode::Solution)] == 0);
    CHECK(nov->nodeOrders[static_cast<int>(FlowNode::Closed)] == 2);
    // Each number opens its orders.
    REQUIRE(back.orderIds.size() == 1);
    CHECK(back.orderIds[0] == f.order("INC002").id);
    flow::OrderFilter picked;
    picked.orderIds = back.orderIds;
    flow::OrderQuery query(f.db, f.branch);
    CHECK(*query.count(picked) == 1);
    // Filtered by priority: INC004 (low) alone.
    november.priority = Priority::Low;
    CHECK(kpi::ProcessMap::compute(f.db, f.branch, november)->orders == 1);

    // October: INC001 waits for its vendor on the way.
    kpi::ProcessFilter october;
    october.month = QDate(2025, 10, 1);
    auto oct = kpi::ProcessMap::compute(f.db, f.branch, october);
    REQUIRE(oct->variants.size() == 1);
    CHECK(oct->variants[0].path == std::vector<FlowNode>{FlowNode::Received, FlowNode::Analysed,
                                                         FlowNode::WaitingParts, FlowNode::Analysed,
                                                         FlowNode::Implemented, FlowNode::Closed});
    CHECK(edge(*oct, FlowNode::WaitingParts, FlowNode::Analysed).medianHours == 52.0);

    // An order made in ServiceLens: its stage times, with its wait in between.
    ServiceOrder o;
    o.branchId = f.branch.id;
    o.orderNo = QStringLiteral("本地-1");
    o.times.received = at(10, 13, 9, 0);
    o.times.analysed = at(10, 13, 10, 0);
    o.times.implemented = at(10, 15, 10, 0);
    o.times.closed = at(10, 16, 10, 0);
    REQUIRE(OrderRepository(f.db).insert(o).ok());
    for (auto [kind, t] : {std::pair{StageEvent::Kind::WaitPartsStart, at(10, 14, 9, 0)},
                           {StageEvent::Kind::WaitPartsEnd, at(10, 14, 17, 0)}}) {
        StageEvent e;
        e.orderId = o.id;
        e.kind = kind;
        e.at = t;
        REQUIRE(StageEventRepository(f.db).add(e).ok());
    }
    oct = kpi::ProcessMap::compute(f.db, f.branch, october);
    CHECK(oct->orders == 2);
    CHECK(oct->fromLogs == 1);
    // Both took the same path: one variant for two orders.
    REQUIRE(oct->variants.size() == 1);
    CHECK(oct->variants[0].orders == 2);
    CHECK(edge(*oct, FlowNode::WaitingParts, FlowNode::Analysed).medianHours == 30.0); // 52, 8
}
