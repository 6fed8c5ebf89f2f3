// SPDX-License-Identifier: GPL-3.0-or-later
// Every KPI.md rule against figures computed by hand on a small workbook. The month is
// October 2025: National Day holidays 1-8 October, Saturday 11 October a make-up working day.
#include "TestSupport.h"

#include "common/Statistics.h"
#include "flow/BranchUpdate.h"
#include "flow/OrderRepository.h"
#include "flow/SlaClock.h"
#include "kpi/DashboardData.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "org/Staff.h"
#include "storage/SqlQuery.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::kpi;
using namespace servicelens::test;

namespace {

std::optional<qint64> at(int mo, int d, int h, int mi, int y = 2025)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

class KpiFixture {
public:
    KpiFixture()
        : clock(referenceNowMsecs())
        , workbook(createWorkbook(dir.file(QStringLiteral("指标.servicelens")), clock))
    {
        branch = *workbook->defaultBranch();
        org::StaffRepository staff(workbook->database());
        for (auto [code, name] :
             {std::pair{"T01", "王师傅"}, {"T02", "李师傅"}, {"T03", "张师傅"}}) {
            org::StaffMember m;
            m.code = QString::fromUtf8(code);
            m.name = QString::fromUtf8(name);
            REQUIRE(staff.create(m).ok());
            technicians[m.code] = m.id;
        }
    }

    void add(const QString &no, Priority priority, const QString &tech, StageTimes times,
             int visits = 1, int reopened = 0, bool complaint = false)
    {
        ServiceOrder o;
        o.branchId = branch.id;
        o.orderNo = no;
        o.priority = priority;
        o.technicianId = technicians.at(tech);
        o.times = times;
        o.visits = visits;
        o.reopened = reopened;
        o.complaint = complaint;
        o.status = times.closed ? OrderStatus::Closed : OrderStatus::Open;
        const Status s = OrderRepository(workbook->database()).insert(o);
        INFO((s.ok() ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.ok());
    }

    MonthKpis kpis(int year, int month)
    {
        KpiEngine engine(workbook->database());
        auto k = engine.compute(branch, QDate(year, month, 1));
        INFO(
            (k.ok() ? std::string() : QString(k.error().message + k.error().detail).toStdString()));
        REQUIRE(k.ok());
        return *k;
    }

    TempFolder dir;
    FixedClock clock;
    std::unique_ptr<Workbook> workbook;
    Branch branch;
    std::map<QString, qint64> technicians;
};

StageTimes times(std::optional<qint64> received, std::optional<qint64> responded,
                 std::optional<qint64> analysed, std::optional<qint64> solution,
                 std::optional<qint64> implemented, std::optional<qint64> followedUp,
                 std::optional<qint64> closed)
{
    StageTimes t;
    t.received = *received;
    t.responded = responded;
    t.analysed = analysed;
    t.solution = solution;
    t.implemented = implemented;
    t.followedUp = followedUp;
    t.closed = closed;
    return t;
}

const std::nullopt_t none = std::nullopt;

void addOctoberOrders(KpiFixture &f)
{
    const QString T01 = QStringLiteral("T01"), T02 = QStringLiteral("T02"),
                  T03 = QStringLiteral("T03");
    // A: received 30 Sep 23:30, closed 9 Oct: 1-8 Oct are holidays, so 1 working day.
    f.add(QStringLiteral("A"), Priority::Normal, T01,
          times(at(9, 30, 23, 30), at(10, 1, 1, 30), at(10, 1, 9, 0), at(10, 1, 10, 0),
                at(10, 9, 9, 0), at(10, 9, 9, 30), at(10, 9, 10, 0)));
    // B: urgent, answered after 6 h (miss), closed Monday 13 Oct: Sat 11 (make-up) + Mon 13 = 2 wd.
    f.add(QStringLiteral("B"), Priority::Urgent, T01,
          times(at(10, 10, 9, 0), at(10, 10, 15, 0), at(10, 10, 16, 0), none, at(10, 13, 10, 0),
                none, at(10, 13, 12, 0)),
          2, 0, true);
    // C: 23:30 on the last day of the month, never answered, still open.
    f.add(QStringLiteral("C"), Priority::High, T01,
          times(at(10, 31, 23, 30), none, none, none, none, none, none));
    // D: low priority, closed the same day (0 wd), reopened once.
    f.add(QStringLiteral("D"), Priority::Low, T02,
          times(at(10, 20, 10, 0), at(10, 20, 11, 0), at(10, 20, 12, 0), at(10, 20, 13, 0),
                at(10, 20, 15, 0), at(10, 20, 16, 0), at(10, 20, 17, 0)),
          1, 1);
    // E: ten minutes into November, local time.
    f.add(QStringLiteral("E"), Priority::Normal, T01,
          times(at(11, 1, 0, 10), none, none, none, none, none, none));
    // F: received in October, closed in November: part of October's backlog.
    f.add(QStringLiteral("F"), Priority::Normal, T02,
          times(at(10, 15, 9, 0), at(10, 15, 9, 30), none, none, none, none, at(11, 3, 10, 0)));
    // G: all in September.
    f.add(QStringLiteral("G"), Priority::Normal, T03,
          times(at(9, 10, 9, 0), at(9, 10, 10, 0), none, none, none, none, at(9, 12, 10, 0)));
}

} // namespace

TEST_CASE("Order KPIs follow KPI.md to the last digit", "[kpi]")
{
    KpiFixture f;
    addOctoberOrders(f);
    const MonthKpis k = f.kpis(2025, 10);
    const OrderKpis &o = k.orders;

    CHECK(k.calendarCoversMonth);
    CHECK(o.received == 4);   // B, C, D, F (C at 23:30 local on 31 October counts)
    CHECK(o.closed == 3);     // A, B, D
    CHECK(o.complaints == 1); // B
    CHECK(o.complaintRate == 0.25);
    CHECK(o.backlogEnd == 2);                 // C (open), F (closed in November)
    CHECK(o.responseHoursMean == 2.5);        // (6 + 1 + 0.5) / 3
    CHECK(o.responseWithinTargetRate == 0.5); // D and F; B late, C never answered
    CHECK(o.resolutionWdMean == 1.0);         // A 1, B 2, D 0
    CHECK(o.resolutionWdMedian == 1.0);
    CHECK(o.resolutionWdP90 == 2.0);                  // rank ceil(2.7) = 3
    CHECK(o.resolutionWithinTargetRate == 2.0 / 3.0); // B (urgent, 1 wd) misses
    CHECK(o.slaMetRate == 2.0 / 3.0);
    CHECK(o.firstTimeFixRate == 1.0 / 3.0); // A only: B had 2 visits, D was reopened
    CHECK(o.reopenRate == 1.0 / 3.0);
    const auto &dwell = o.stageDwellHoursMedian;
    CHECK(dwell[0] == 7.0);  // analysis: A 9.5, B 7, D 2
    CHECK(dwell[1] == 1.0);  // solution: A 1, D 1
    CHECK(dwell[2] == 96.5); // implementation: A 191, D 2
    CHECK(dwell[3] == 0.75); // follow-up: A 0.5, D 1
    CHECK(dwell[4] == 0.75); // closing: A 0.5, D 1
    CHECK(o.bottleneckStage == DwellStage::Implementation);

    REQUIRE(k.technicians.size() == 2); // T03 had nothing in October
    const TechnicianKpis &t1 = k.technicians[0];
    CHECK(t1.code == QStringLiteral("T01"));
    CHECK(t1.name == QStringLiteral("王师傅"));
    CHECK(t1.closed == 2);
    CHECK(t1.resolutionWdMean == 1.5);
    CHECK(t1.firstTimeFixRate == 0.5);
    CHECK(t1.complaints == 1);
    CHECK_FALSE(t1.csat.has_value());
    const TechnicianKpis &t2 = k.technicians[1];
    CHECK(t2.code == QStringLiteral("T02"));
    CHECK(t2.closed == 1);
    CHECK(t2.resolutionWdMean == 0.0);
    CHECK(t2.firstTimeFixRate == 0.0);
    CHECK(t2.complaints == 0);
}

TEST_CASE("A brief month, for trends, has the same counts and rates and says what it left out",
          "[kpi]")
{
    KpiFixture f;
    addOctoberOrders(f);
    KpiEngine engine(f.workbook->database());
    auto brief =
        engine.compute(f.branch, QDate(2025, 10, 1), KpiEngine::Orders | KpiEngine::OrdersBrief);
    REQUIRE(brief.ok());
    const OrderKpis &o = brief->orders;
    CHECK(brief->brief);
    // The same hand-computed figures as the full month above.
    CHECK(o.received == 4);
    CHECK(o.closed == 3);
    CHECK(o.complaintRate == 0.25);
    CHECK(o.complaints == 1);
    CHECK(o.backlogEnd == 2);
    CHECK(o.resolutionWdMean == 1.0);
    CHECK(o.resolutionWithinTargetRate == 2.0 / 3.0);
    CHECK(o.slaMetRate == 2.0 / 3.0);
    CHECK(o.firstTimeFixRate == 1.0 / 3.0);
    CHECK(o.reopenRate == 1.0 / 3.0);
    // Left out, and empty rather than zero.
    CHECK_FALSE(o.responseHoursMean);
    CHECK_FALSE(o.responseWithinTargetRate);
    CHECK(o.responseKnown == 0);
    CHECK_FALSE(o.resolutionWdMedian);
    CHECK_FALSE(o.resolutionWdP90);
    for (const auto &dwell : o.stageDwellHoursMedian)
        CHECK_FALSE(dwell);
    CHECK_FALSE(o.bottleneckStage);
    CHECK(brief->technicians.empty());
    CHECK(brief->teams.empty());
    CHECK_FALSE(f.kpis(2025, 10).brief);
}

TEST_CASE("An empty month gives zero counts and nulls", "[kpi]")
{
    KpiFixture f;
    addOctoberOrders(f);
    const MonthKpis k = f.kpis(2025, 12);
    const OrderKpis &o = k.orders;
    CHECK(o.received == 0);
    CHECK(o.closed == 0);
    CHECK_FALSE(o.complaintRate.has_value());
    CHECK_FALSE(o.responseHoursMean.has_value());
    CHECK_FALSE(o.responseWithinTargetRate.has_value());
    CHECK_FALSE(o.resolutionWdMean.has_value());
    CHECK_FALSE(o.resolutionWdMedian.has_value());
    CHECK_FALSE(o.resolutionWdP90.has_value());
    CHECK_FALSE(o.slaMetRate.has_value());
    CHECK_FALSE(o.firstTimeFixRate.has_value());
    CHECK_FALSE(o.bottleneckStage.has_value());
    CHECK(o.backlogEnd == 2); // C and E are still open at the end of December
    CHECK(k.technicians.empty());

    const MonthKpis november = f.kpis(2025, 11);
    CHECK(november.orders.received == 1); // E, ten minutes into November
    CHECK(november.orders.closed == 1);   // F
}

TEST_CASE("A month outside the calendar's years is flagged", "[kpi]")
{
    KpiFixture f;
    CHECK_FALSE(f.kpis(2027, 3).calendarCoversMonth);
}

TEST_CASE("The bottleneck is the earlier stage on a tie", "[kpi]")
{
    KpiFixture f;
    // Analysis 2 h, solution 2 h, implementation 1 h, follow-up 2 h, closing 1 h.
    f.add(QStringLiteral("TIE"), Priority::Normal, QStringLiteral("T01"),
          times(at(10, 20, 8, 0), at(10, 20, 8, 30), at(10, 20, 10, 0), at(10, 20, 12, 0),
                at(10, 20, 13, 0), at(10, 20, 15, 0), at(10, 20, 16, 0)));
    const MonthKpis k = f.kpis(2025, 10);
    CHECK(k.orders.bottleneckStage == DwellStage::Analysis);
}

TEST_CASE("Medians, p90 and rates follow KPI.md", "[kpi]")
{
    using namespace stats;
    CHECK(median({4, 1, 3, 2}) == 2.5); // even count: mean of the middle two
    CHECK(median({5}) == 5.0);
    CHECK(median({3, 1, 2}) == 2.0);
    CHECK_FALSE(median({}).has_value());
    // Nearest rank ceil(0.9 n).
    CHECK(p90({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) == 9.0);      // rank 9
    CHECK(p90({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) == 10.0); // rank ceil(9.9) = 10
    CHECK(p90({7}) == 7.0);
    CHECK(p90({2, 1}) == 2.0); // rank ceil(1.8) = 2
    std::vector<double> twenty;
    for (int i = 20; i >= 1; --i)
        twenty.push_back(i);
    CHECK(p90(twenty) == 18.0); // rank 18 exactly, not 19
    CHECK(rate(1, 4) == 0.25);
    CHECK_FALSE(rate(0, 0).has_value());
    CHECK(mean({1, 2}) == 1.5);
}

TEST_CASE("The KPI JSON has exactly KPI.md's keys, in its order", "[kpi]")
{
    KpiFixture f;
    addOctoberOrders(f);
    const QString json = KpiEngine::toJson(f.kpis(2025, 10));
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    CHECK(root.keys() == QStringList({QStringLiteral("branch"), QStringLiteral("inspections"),
                                      QStringLiteral("month"), QStringLiteral("orders"),
                                      QStringLiteral("surveys"), QStringLiteral("technicians")}));
    CHECK(json.indexOf(QStringLiteral("\"month\"")) < json.indexOf(QStringLiteral("\"branch\"")));
    CHECK(json.indexOf(QStringLiteral("\"orders\"")) < json.indexOf(QStringLiteral("\"surveys\"")));
    CHECK(root.value(QStringLiteral("month")).toString() == QStringLiteral("2025-10"));
    const QJsonObject orders = root.value(QStringLiteral("orders")).toObject();
    CHECK(orders.size() == 16);
    CHECK(orders.value(QStringLiteral("resolution_within_target_rate")).toDouble() == 2.0 / 3.0);
    CHECK(orders.value(QStringLiteral("bottleneck_stage")).toString() ==
          QStringLiteral("implementation"));
    CHECK(orders.value(QStringLiteral("stage_dwell_hours_median")).toObject().keys().size() == 5);
    const QJsonObject surveys = root.value(QStringLiteral("surveys")).toObject();
    CHECK(surveys.value(QStringLiteral("csat")).isNull());
    CHECK(surveys.value(QStringLiteral("dimensions")).toObject().size() == 7);
    CHECK(surveys.value(QStringLiteral("dimensions"))
              .toObject()
              .value(QStringLiteral("brand_impression"))
              .toObject()
              .value(QStringLiteral("n"))
              .toInt() == 0);
    const QJsonObject inspections = root.value(QStringLiteral("inspections")).toObject();
    CHECK(inspections.size() == 6);
    CHECK(inspections.value(QStringLiteral("mean_score")).isNull());
    const QJsonArray techs = root.value(QStringLiteral("technicians")).toArray();
    REQUIRE(techs.size() == 2);
    CHECK(techs[0].toObject().keys().size() == 7);
    CHECK(techs[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("王师傅"));
    CHECK(techs[0].toObject().value(QStringLiteral("csat")).isNull());
}

TEST_CASE("Months are parsed strictly", "[kpi]")
{
    CHECK(KpiEngine::parseMonth(QStringLiteral("2026-10")) == QDate(2026, 10, 1));
    CHECK_FALSE(KpiEngine::parseMonth(QStringLiteral("2026-13")).has_value());
    CHECK_FALSE(KpiEngine::parseMonth(QStringLiteral("2026-1")).has_value());
    CHECK_FALSE(KpiEngine::parseMonth(QStringLiteral("Oct 2026")).has_value());
}

TEST_CASE("The monthly counts behind the backlog stay exact through edits", "[kpi]")
{
    KpiFixture f;
    addOctoberOrders(f);
    Database &db = f.workbook->database();
    OrderRepository orders(db);
    // Close C in November, move F's closing into October, delete G.
    auto c = *orders.findByOrderNo(f.branch.id, QStringLiteral("C"));
    c->times.closed = *at(11, 2, 9, 0);
    c->status = OrderStatus::Closed;
    REQUIRE(orders.update(*c).ok());
    auto fo = *orders.findByOrderNo(f.branch.id, QStringLiteral("F"));
    fo->times.closed = *at(10, 30, 9, 0);
    REQUIRE(orders.update(*fo).ok());
    REQUIRE(orders.remove((*orders.findByOrderNo(f.branch.id, QStringLiteral("G")))->id).ok());

    for (int month : {9, 10, 11, 12}) {
        INFO(month);
        const qint64 end =
            QDateTime(QDate(2025, month, 1).addMonths(1), QTime(0, 0), QTimeZone("Asia/Shanghai"))
                .toSecsSinceEpoch();
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM service_order WHERE received_at < :end "
                                      "AND (closed_at IS NULL OR closed_at >= :end)"));
        q.bind(QStringLiteral(":end"), end);
        const qint64 bruteForce = q.scalar()->toLongLong();
        CHECK(f.kpis(2025, month).orders.backlogEnd == bruteForce);
    }
}

TEST_CASE("A read-only open computes the same figures and cannot write", "[kpi]")
{
    KpiFixture f;
    addOctoberOrders(f);
    const QString path = f.workbook->path();
    const QString expected = KpiEngine::toJson(f.kpis(2025, 10));
    Database::Options options;
    options.mode = Database::OpenMode::ReadOnly;
    auto ro = Workbook::open(path, options);
    REQUIRE(ro.ok());
    CHECK((*ro)->database().isReadOnly());
    KpiEngine engine((*ro)->database());
    auto k = engine.compute(*(*ro)->defaultBranch(), QDate(2025, 10, 1));
    REQUIRE(k.ok());
    CHECK(KpiEngine::toJson(*k) == expected);
    const Status write = (*ro)->database().execScript("INSERT INTO setting VALUES ('x', 'y')");
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().kind == ErrorKind::ReadOnly);
}

TEST_CASE("The dashboard's backlog by age, data quality and targets", "[kpi][dashboard]")
{
    KpiFixture f;
    addOctoberOrders(f);
    auto d = DashboardData::load(f.workbook->database(), f.branch, QDate(2025, 10, 1));
    REQUIRE(d.ok());
    CHECK(d->trend.size() == 12);
    CHECK(d->trend.front().month == QDate(2024, 11, 1));
    CHECK(d->month.month == QDate(2025, 10, 1));
    CHECK(d->month.orders.received == 4);
    // Open at the end of October: C (received on the 31st: 0 working days) and F (received
    // Wednesday 15 October: 12 working days to Friday 31 October).
    CHECK(d->backlogByAge == std::array<qint64, 4>{1, 0, 0, 1});
    CHECK(d->quality.closedWithoutFollowUp == 1); // B
    CHECK(d->quality.closedWithoutResponse == 0);
    CHECK(d->quality.stagesOutOfOrder == 0);
    CHECK(d->targets.csat == 0.90);

    KpiTargets targets = d->targets;
    targets.resolutionWdMean = 2.5;
    REQUIRE(KpiTargetRepository(f.workbook->database()).save(targets).ok());
    CHECK(KpiTargetRepository(f.workbook->database()).load()->resolutionWdMean == 2.5);
    // Every tile's target is kept: the rates and the optional counts.
    targets.slaMet = 0.75;
    targets.firstTimeFix = 0.85;
    targets.backlogEnd = 40;
    REQUIRE(KpiTargetRepository(f.workbook->database()).save(targets).ok());
    const KpiTargets saved = *KpiTargetRepository(f.workbook->database()).load();
    CHECK(saved.slaMet == 0.75);
    CHECK(saved.firstTimeFix == 0.85);
    CHECK(saved.backlogEnd == 40);
    CHECK(saved.ordersReceived == 0);
    targets.backlogEnd = -1;
    CHECK(KpiTargetRepository(f.workbook->database()).save(targets).error().kind ==
          ErrorKind::InvalidInput);
    targets.backlogEnd = 40;
    targets.csat = 1.5;
    CHECK(KpiTargetRepository(f.workbook->database()).save(targets).error().kind ==
          ErrorKind::InvalidInput);

    using R = KpiTargets::Rating;
    CHECK(KpiTargets::rate(0.90, 0.90, true) == R::Good);
    CHECK(KpiTargets::rate(0.85, 0.90, true) == R::Warning); // within 10 % of the target
    CHECK(KpiTargets::rate(0.70, 0.90, true) == R::Bad);
    CHECK(KpiTargets::rate(3.2, 3.0, false) == R::Warning);
    CHECK(KpiTargets::rate(4.0, 3.0, false) == R::Bad);
    CHECK(KpiTargets::rate(std::nullopt, 3.0, false) == R::Unknown);
}

TEST_CASE("Changing a branch's time zone moves orders to the months of the new zone", "[kpi]")
{
    KpiFixture f;
    addOctoberOrders(f);
    // C was received at 23:30 on 31 October in Shanghai: 15:30 UTC, still October in London.
    // E at 00:10 on 1 November in Shanghai is 16:10 UTC on 31 October: October in London.
    CHECK(f.kpis(2025, 10).orders.received == 4);
    Branch london = f.branch;
    london.timeZone = QStringLiteral("Europe/London");
    // The zone cannot change without the orders' months; through the flow it can.
    CHECK_FALSE(BranchRepository(f.workbook->database()).update(london).ok());
    REQUIRE(flow::updateBranch(f.workbook->database(), london).ok());
    f.branch = london;
    const MonthKpis october = f.kpis(2025, 10);
    CHECK(october.orders.received == 5); // B, C, D, F and now E
    // The backlog from the monthly counts still equals the count by times.
    SqlQuery q(f.workbook->database(),
               QStringLiteral("SELECT count(*) FROM service_order WHERE received_at < :end "
                              "AND (closed_at IS NULL OR closed_at >= :end)"));
    q.bind(
        QStringLiteral(":end"),
        QDateTime(QDate(2025, 11, 1), QTime(0, 0), QTimeZone("Europe/London")).toSecsSinceEpoch());
    CHECK(october.orders.backlogEnd == q.scalar()->toLongLong());
}

TEST_CASE("Unknown is not zero: rates count only the orders whose inputs the data gave",
          "[kpi][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("未知.servicelens")), clock);
    Database &db = wb->database();
    const Branch branch = *wb->defaultBranch();
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    // A file without responded_at, visits and reopened: those are unknown for A1 and A2.
    writeFile(csv, QByteArray("order_id,received_at,closed_at,technician\n"
                              "A1,2026-11-02 09:00,2026-11-03 10:00,\n"
                              "A2,2026-11-03 09:00,2026-11-04 10:00,\n"));
    auto first = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(first->inserted == 2);
    // The import says which figures the file cannot feed.
    REQUIRE(first->notes.size() == 3);
    CHECK(first->notes[0].contains(QStringLiteral("responded_at")));
    CHECK(first->notes[1].contains(QStringLiteral("first-time fix")));
    KpiEngine engine(db);
    auto only = engine.compute(branch, QDate(2026, 11, 1));
    REQUIRE(only.ok());
    CHECK(only->orders.received == 2);
    CHECK(only->orders.closed == 2);
    // Not 0 % responded and met, not 100 % fixed first time: the data never said.
    CHECK_FALSE(only->orders.responseWithinTargetRate.has_value());
    CHECK_FALSE(only->orders.responseHoursMean.has_value());
    CHECK_FALSE(only->orders.slaMetRate.has_value());
    CHECK_FALSE(only->orders.firstTimeFixRate.has_value());
    CHECK_FALSE(only->orders.reopenRate.has_value());
    CHECK(only->orders.responseKnown == 0);
    CHECK(only->orders.firstTimeFixKnown == 0);
    // What needs no unknown input is there: both resolved within 3 working days.
    CHECK(*only->orders.resolutionWithinTargetRate == 1.0);
    // The views say so: "not in the data", naming the column.
    const auto &sla = KpiCatalogue::at("orders.sla_met_rate");
    CHECK(KpiCatalogue::missingInputs(sla, *only) == QStringLiteral("responded_at"));
    CHECK(KpiCatalogue::missingInputs(KpiCatalogue::at("orders.first_time_fix_rate"), *only) ==
          QStringLiteral("visits, reopened"));
    CHECK_FALSE(KpiCatalogue::missingInputs(KpiCatalogue::at("orders.received"), *only));

    // A file with the columns: B2's empty responded_at is a known "never responded".
    // B1: Mon 09:00 -> 10:00 (1 h, met), closed Wed (2 wd, met), 1 visit, no reopening.
    // B2: not responded (a miss), 2 visits, reopened once.
    writeFile(csv, QByteArray("order_id,received_at,responded_at,closed_at,visits,reopened\n"
                              "B1,2026-11-02 09:00,2026-11-02 10:00,2026-11-04 09:00,1,0\n"
                              "B2,2026-11-05 09:00,,2026-11-06 09:00,2,1\n"));
    auto second = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(second->inserted == 2);
    CHECK(second->notes.isEmpty());
    auto both = engine.compute(branch, QDate(2026, 11, 1));
    REQUIRE(both.ok());
    CHECK(both->orders.received == 4);
    CHECK(both->orders.responseKnown == 2);
    CHECK(*both->orders.responseWithinTargetRate == 0.5); // B1 of B1, B2
    CHECK(*both->orders.responseHoursMean == 1.0);
    CHECK(both->orders.closedResponseKnown == 2);
    CHECK(*both->orders.slaMetRate == 0.5);                 // B1 of B1, B2
    CHECK(*both->orders.firstTimeFixRate == 0.5);           // B1 of B1, B2
    CHECK(*both->orders.reopenRate == 0.5);                 // B2 of B1, B2
    CHECK(*both->orders.resolutionWithinTargetRate == 1.0); // all four
    CHECK_FALSE(KpiCatalogue::missingInputs(sla, *both));   // known for B1 and B2

    // A later file with the column makes A1's response known; one without keeps it unknown.
    writeFile(csv, QByteArray("order_id,received_at,responded_at\n"
                              "A1,2026-11-02 09:00,2026-11-02 20:00\n"));
    REQUIRE(Importers::run(ImportKind::Orders, db, csv, {})->updated == 1);
    writeFile(csv, QByteArray("order_id,received_at,closed_at\n"
                              "A1,2026-11-02 09:00,2026-11-03 11:00\n"));
    REQUIRE(Importers::run(ImportKind::Orders, db, csv, {})->updated == 1);
    auto later = engine.compute(branch, QDate(2026, 11, 1));
    CHECK(later->orders.responseKnown == 3);
    CHECK(*later->orders.responseWithinTargetRate == Approx(2.0 / 3.0)); // B1 and A1 (11 h)
    CHECK(later->orders.firstTimeFixKnown == 2); // A1's visits are still unknown
    auto a1 = **flow::OrderRepository(db).findByOrderNo(branch.id, QStringLiteral("A1"));
    CHECK(a1.knows(flow::ServiceOrder::ResponseUnknown));
    CHECK_FALSE(a1.knows(flow::ServiceOrder::VisitsUnknown));
}

TEST_CASE("An order's own due_at is its resolution target, in the KPIs and its deadline",
          "[kpi][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("期限.servicelens")), clock);
    Database &db = wb->database();
    const Branch branch = *wb->defaultBranch();
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    // Normal priority: 3 working days. D1 is due the next morning and closed after it (missed,
    // though within 3 working days); D2 is due in 10 days and closed on day 6 (met, though
    // beyond 3 working days); P1 has no due date and is measured by the policy (2 wd, met).
    writeFile(csv,
              QStringLiteral("工单号,受理时间,响应时间,关闭时间,上门次数,返修次数,承诺完成时间\n"
                             "D1,2026-11-02 09:00,2026-11-02 09:30,2026-11-03 12:00,1,0,"
                             "2026-11-03 09:00\n"
                             "D2,2026-11-02 09:00,2026-11-02 09:30,2026-11-10 12:00,1,0,"
                             "2026-11-12 18:00\n"
                             "P1,2026-11-02 09:00,2026-11-02 09:30,2026-11-04 12:00,1,0,\n")
                  .toUtf8());
    auto imported = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(imported.ok());
    REQUIRE(imported->inserted == 3);
    auto k = KpiEngine(db).compute(branch, QDate(2026, 11, 1));
    REQUIRE(k.ok());
    CHECK(*k->orders.resolutionWithinTargetRate == Approx(2.0 / 3.0)); // D2, P1
    CHECK(*k->orders.slaMetRate == Approx(2.0 / 3.0));

    // The order's deadline says the same.
    auto d1 = **flow::OrderRepository(db).findByOrderNo(branch.id, QStringLiteral("D1"));
    const LocalTime local = branch.localTime();
    auto deadlines = flow::SlaClock::compute(d1, flow::SlaPolicy{}, flow::WorkingCalendar{}, local,
                                             clock.nowSecsSinceEpoch());
    REQUIRE(deadlines.resolutionDueAt.has_value());
    CHECK(*deadlines.resolutionDueAt == *d1.dueAt);
    CHECK(deadlines.resolutionDueDate == QDate(2026, 11, 3));
    CHECK(deadlines.resolutionOverdue);

    // A due time before the order was received is refused, naming line and column.
    writeFile(csv,
              QByteArray("order_id,received_at,due_at\nD3,2026-11-02 09:00,2026-11-01 09:00\n"));
    auto bad = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(bad.ok());
    REQUIRE(bad->issues.size() == 1);
    CHECK(bad->issues[0].column == QStringLiteral("due_at"));
}
