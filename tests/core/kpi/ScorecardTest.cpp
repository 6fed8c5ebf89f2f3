// SPDX-License-Identifier: GPL-3.0-or-later
// Scorecard figures of technicians and teams over a period, computed by hand. Times in Shanghai;
// October 2026 has National Day holidays 1-8 October (make-up working day Saturday 10 October
// in the shipped calendar is irrelevant here: all orders are in November).
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "kpi/KpiEngine.h"
#include "org/Staff.h"
#include "storage/SqlQuery.h"
#include "survey/CallbackWorkflow.h"
#include "survey/SurveySettings.h"

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::kpi;
using namespace servicelens::test;

namespace {

qint64 at(int m, int d, int h = 10)
{
    return QDateTime(QDate(2026, m, d), QTime(h, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

} // namespace

TEST_CASE("Scorecard figures of technicians and teams over a period", "[team][kpi]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("绩效.servicelens")), clock);
    Database &db = wb->database();
    const Branch branch = *wb->defaultBranch();
    std::map<QString, qint64> ids;
    for (auto [code, team] : {std::pair{"T01", "一组"}, {"T02", "一组"}, {"T03", "二组"}}) {
        org::StaffMember m;
        m.code = QString::fromLatin1(code);
        m.name = m.code;
        m.team = QString::fromUtf8(team);
        REQUIRE(org::StaffRepository(db).create(m).ok());
        ids[m.code] = m.id;
    }
    // Normal priority: response target 24 h, resolution 3 working days.
    auto add = [&](const char *no, const char *tech, qint64 received, qint64 responded,
                   qint64 closed, int visits, int reopened) {
        ServiceOrder o;
        o.branchId = branch.id;
        o.orderNo = QString::fromLatin1(no);
        o.technicianId = ids.at(QString::fromLatin1(tech));
        o.times.received = received;
        o.times.responded = responded;
        o.times.closed = closed;
        o.status = OrderStatus::Closed;
        o.visits = visits;
        o.reopened = reopened;
        REQUIRE(OrderRepository(db).insert(o).ok());
        return o.id;
    };
    // T01: Mon 2 Nov -> Wed 4 Nov (2 wd, SLA met, FTF); Mon 9 -> Mon 16 (5 wd, missed, reopened).
    const qint64 a = add("A", "T01", at(11, 2), at(11, 2, 12), at(11, 4), 1, 0);
    add("B", "T01", at(11, 9), at(11, 9, 11), at(11, 16), 2, 1);
    // T02: Tue 3 -> Thu 5 (2 wd) but responded after 30 h: SLA missed; FTF.
    const qint64 c = add("C", "T02", at(11, 3), at(11, 4, 16), at(11, 5), 1, 0);
    // T03: Wed 4 -> Wed 4 (0 wd), SLA met, FTF.
    add("D", "T03", at(11, 4, 9), at(11, 4, 10), at(11, 4, 15), 1, 0);
    // Surveys: A overall 5 / NPS 10; C overall 3 / NPS 6.
    survey::ResponseRepository responses(db);
    survey::CallbackWorkflow workflow(db);
    const auto surveyId =
        (*survey::SurveyRepository(db).latest(QStringLiteral("default-csat")))->id;
    SqlQuery insert(db, QStringLiteral("INSERT INTO survey_response (uid, survey_id, branch_id, "
                                       "order_id, status, due_at, sent_at, created_at, "
                                       "updated_at) VALUES (:u, :s, :b, :o, 'due', :t, :t, 0, 0)"));
    for (auto [order, overall, nps] : {std::tuple{a, 5.0, 10.0}, {c, 3.0, 6.0}}) {
        insert.bind(QStringLiteral(":u"), db.uids().next())
            .bind(QStringLiteral(":s"), surveyId)
            .bind(QStringLiteral(":b"), branch.id)
            .bind(QStringLiteral(":o"), order)
            .bind(QStringLiteral(":t"), at(11, 18));
        REQUIRE(insert.exec().ok());
        REQUIRE(workflow
                    .recordAnswers(insert.lastInsertId(),
                                   {{QStringLiteral("q_overall"), overall, {}},
                                    {QStringLiteral("q_nps"), nps, {}}},
                                   {}, at(11, 18, 11))
                    .ok());
    }

    KpiEngine engine(db);
    auto k = engine.computePeriod(branch, QDate(2026, 11, 1), QDate(2026, 11, 21));
    REQUIRE(k.ok());
    REQUIRE(k->technicians.size() == 3);
    const TechnicianKpis &t1 = k->technicians[0];
    CHECK(t1.code == QStringLiteral("T01"));
    CHECK(t1.team == QStringLiteral("一组"));
    CHECK(t1.closed == 2);
    CHECK(*t1.resolutionWdMean == Approx(3.5));
    CHECK(*t1.resolutionWdP90 == 5); // nearest rank: ceil(0.9 × 2) = 2nd value
    CHECK(*t1.slaMetRate == Approx(0.5));
    CHECK(*t1.firstTimeFixRate == Approx(0.5));
    CHECK(*t1.reopenRate == Approx(0.5));
    CHECK(*t1.csat == 1.0);
    CHECK(t1.csatAnswers == 1);
    CHECK(*t1.nps == 100.0);
    const TechnicianKpis &t2 = k->technicians[1];
    CHECK(*t2.slaMetRate == 0.0);
    CHECK(*t2.csat == 0.0);
    CHECK(*t2.nps == -100.0);
    // Teams: 一组 = T01 + T02 (3 orders), 二组 = T03.
    REQUIRE(k->teams.size() == 2);
    const TechnicianKpis &one =
        k->teams[0].team == QStringLiteral("一组") ? k->teams[0] : k->teams[1];
    CHECK(one.closed == 3);
    CHECK(*one.resolutionWdMean == Approx((2.0 + 5 + 2) / 3));
    CHECK(*one.slaMetRate == Approx(1.0 / 3));
    CHECK(*one.csat == Approx(0.5));
    CHECK(*one.nps == Approx(0.0)); // one promoter, one detractor
    // A period that is not a whole month has no backlog or inspection figures.
    CHECK(k->orders.backlogEnd == 0);
    CHECK(k->orders.closed == 4);
}
