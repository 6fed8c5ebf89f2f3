// SPDX-License-Identifier: GPL-3.0-or-later
// Surveys: the shipped questionnaire, callbacks and their outcomes, and the surveys section of
// KPI.md computed by hand (October 2026 in Shanghai).
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "kpi/KpiEngine.h"
#include "org/Staff.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"
#include "survey/CallbackWorkflow.h"
#include "survey/SurveyJson.h"
#include "survey/SurveySettings.h"

using namespace servicelens;
using namespace servicelens::survey;
using namespace servicelens::test;

namespace {

qint64 at(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

struct Fixture : TempWorkbook {
    Fixture()
        : TempWorkbook(QStringLiteral("回访.servicelens"))
    {}
    qint64 branch = wb->defaultBranch()->id;
    Survey survey = **SurveyRepository(db).latest(SurveyRepository::defaultCode());

    qint64 order(const QString &no, qint64 closedAt, std::optional<qint64> technician = {})
    {
        flow::ServiceOrder o;
        o.branchId = branch;
        o.orderNo = no;
        o.times.received = closedAt - 86400;
        o.times.closed = closedAt;
        o.status = flow::OrderStatus::Closed;
        o.technicianId = technician;
        REQUIRE(flow::OrderRepository(db).insert(o).ok());
        return o.id;
    }
};

std::vector<AnswerValue> answers(double overall, double nps, double speed)
{
    return {{QStringLiteral("q_overall"), overall, {}},
            {QStringLiteral("q_nps"), nps, {}},
            {QStringLiteral("q_speed"), speed, {}},
            {QStringLiteral("q_suggest"), std::nullopt, QStringLiteral("上门时间再准时一点")}};
}

} // namespace

TEST_CASE("Every workbook has the default survey of FORMATS.md", "[survey]")
{
    Fixture f;
    CHECK(f.survey.questions.size() == 10);
    CHECK(f.survey.overall()->code == QStringLiteral("q_overall"));
    CHECK(f.survey.nps()->code == QStringLiteral("q_nps"));
    CHECK(f.survey.question(QStringLiteral("q_speed"))->dimension ==
          QStringLiteral("response_speed"));
    CHECK(f.survey.question(QStringLiteral("q_prof"))->text.zh ==
          QStringLiteral("您对技术人员的专业水平满意吗？"));
    auto again = SurveyJson::parse(SurveyJson::write(f.survey).toUtf8());
    REQUIRE(again.ok());
    CHECK(again->sameContent(f.survey));
}

TEST_CASE("A questionnaire with answers is saved as a new version", "[survey]")
{
    Fixture f;
    f.order(QStringLiteral("SO-1"), at(2026, 11, 18));
    REQUIRE(*CallbackWorkflow(f.db).createDue(f.branch, at(2026, 11, 22)) == 1);
    auto calls = *ResponseRepository(f.db).callbackList(f.branch, at(2026, 11, 22), 10);
    REQUIRE(CallbackWorkflow(f.db)
                .recordAnswers(calls.front().response.id, answers(5, 9, 5), {}, at(2026, 11, 22))
                .ok());
    Survey edited = f.survey;
    edited.questions.pop_back(); // no open question any more
    auto saved = SurveyRepository(f.db).save(edited);
    REQUIRE(saved.ok());
    CHECK(*saved == SurveyRepository::Saved::NewVersion);
    CHECK(edited.version == f.survey.version + 1);
    CHECK(edited.questions.size() == 9);
    // The answered response keeps the version it answered and its comment.
    CHECK((*ResponseRepository(f.db).findById(calls.front().response.id))->surveyId == f.survey.id);
    CHECK(ResponseRepository(f.db).answers(calls.front().response.id)->back().text ==
          QStringLiteral("上门时间再准时一点"));
    CHECK(*SurveyRepository(f.db).save(edited) == SurveyRepository::Saved::Unchanged);
}

TEST_CASE("Closed orders become due after the delay, sampled the same way every time", "[survey]")
{
    Fixture f;
    SurveySettings settings;
    settings.delayDays = 2;
    settings.samplingPercent = 100;
    REQUIRE(SurveySettingsRepository(f.db).save(settings).ok());
    const qint64 now = at(2026, 11, 22);
    f.order(QStringLiteral("SO-1"), at(2026, 11, 18));
    f.order(QStringLiteral("SO-2"), at(2026, 11, 21)); // due on the 23rd
    f.order(QStringLiteral("SO-old"), at(2026, 9, 1)); // long before: never called about
    auto created = CallbackWorkflow(f.db).createDue(f.branch, now);
    REQUIRE(created.ok());
    CHECK(*created == 2);
    auto list = ResponseRepository(f.db).callbackList(f.branch, now, 50);
    REQUIRE(list->size() == 1);
    CHECK(list->front().orderNo == QStringLiteral("SO-1"));
    CHECK(ResponseRepository(f.db).callbackList(f.branch, at(2026, 11, 23, 11), 50)->size() == 2);
    // A second run finds nothing new; an order closed since then, or imported late with an
    // earlier closing time, is picked up.
    CHECK(*CallbackWorkflow(f.db).createDue(f.branch, now) == 0);
    f.order(QStringLiteral("SO-3"), at(2026, 11, 22, 12));
    f.order(QStringLiteral("SO-late"), at(2026, 11, 20));
    CHECK(*CallbackWorkflow(f.db).createDue(f.branch, at(2026, 11, 22, 13)) == 2);

    // Sampling: 0 % invites nobody.
    settings.samplingPercent = 0;
    REQUIRE(SurveySettingsRepository(f.db).save(settings).ok());
    f.order(QStringLiteral("SO-4"), at(2026, 11, 22, 14));
    CHECK(*CallbackWorkflow(f.db).createDue(f.branch, at(2026, 11, 22, 15)) == 0);
}

TEST_CASE("Calls without answers are counted, retried, and end as no answer", "[survey]")
{
    Fixture f;
    REQUIRE(SurveySettingsRepository(f.db).save(SurveySettings{}).ok()); // 3 attempts
    f.order(QStringLiteral("SO-1"), at(2026, 11, 18));
    REQUIRE(*CallbackWorkflow(f.db).createDue(f.branch, at(2026, 11, 22)) == 1);
    ResponseRepository responses(f.db);
    CallbackWorkflow workflow(f.db);
    const qint64 id = responses.callbackList(f.branch, at(2026, 11, 22), 10)->front().response.id;
    REQUIRE(workflow.recordOutcome(id, CallOutcome::NoAnswer, {}, {}, at(2026, 11, 22)).ok());
    auto r = **responses.findById(id);
    CHECK(r.status == ResponseStatus::CallBack);
    CHECK(*r.sentAt == at(2026, 11, 22)); // an invitation from the first call
    CHECK(*r.callBackAt == at(2026, 11, 23));
    CHECK(responses.callbackList(f.branch, at(2026, 11, 22, 12), 10)->empty());
    REQUIRE(workflow.recordOutcome(id, CallOutcome::NoAnswer, {}, {}, at(2026, 11, 23)).ok());
    REQUIRE(workflow.recordOutcome(id, CallOutcome::NoAnswer, {}, {}, at(2026, 11, 24)).ok());
    r = **responses.findById(id);
    CHECK(r.status == ResponseStatus::NoAnswer);
    CHECK(r.attempts == 3);
    CHECK(*r.sentAt == at(2026, 11, 22));
    // "Call back later" needs a later time.
    f.order(QStringLiteral("SO-2"), at(2026, 11, 19));
    REQUIRE(*CallbackWorkflow(f.db).createDue(f.branch, at(2026, 11, 25)) == 1);
    const qint64 other =
        responses.callbackList(f.branch, at(2026, 11, 25), 10)->front().response.id;
    CHECK_FALSE(
        workflow.recordOutcome(other, CallOutcome::CallBackLater, {}, {}, at(2026, 11, 25)).ok());
    REQUIRE(workflow
                .recordOutcome(other, CallOutcome::CallBackLater, at(2026, 11, 25, 18), {},
                               at(2026, 11, 25))
                .ok());
    CHECK(responses.callbackList(f.branch, at(2026, 11, 25, 18), 10)->size() == 1);
    // Out-of-range answers are refused, naming the question.
    auto bad = workflow.recordAnswers(other, answers(6, 10, 5), {}, at(2026, 11, 25, 18));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("q_overall")));
    REQUIRE(workflow.recordAnswers(other, answers(4, 9, 5), {}, at(2026, 11, 25, 18)).ok());
    CHECK((*responses.findById(other))->status == ResponseStatus::Answered);
    auto stored = *responses.answers(other);
    REQUIRE(stored.size() == 4);
    CHECK(stored.back().text == QStringLiteral("上门时间再准时一点"));
    CHECK(AuditLog(f.db)
              .entriesFor(QStringLiteral("survey_response"), (*responses.findById(other))->uid)
              ->size() == 2);
}

TEST_CASE("The surveys section of KPI.md, by hand, at the month's edges", "[survey][kpi]")
{
    Fixture f;
    org::StaffMember t1;
    t1.code = QStringLiteral("T01");
    t1.name = QStringLiteral("王师傅");
    REQUIRE(org::StaffRepository(f.db).create(t1).ok());
    ResponseRepository responses(f.db);
    CallbackWorkflow workflow(f.db);
    SqlQuery insert(f.db, QStringLiteral("INSERT INTO survey_response (uid, survey_id, branch_id, "
                                         "order_id, status, due_at, sent_at, created_at, "
                                         "updated_at) VALUES (:uid, :s, :b, :o, 'due', :sent, "
                                         ":sent, 0, 0)"));
    auto invite = [&](qint64 orderId, qint64 sent) {
        insert.bind(QStringLiteral(":uid"), f.db.uids().next())
            .bind(QStringLiteral(":s"), f.survey.id)
            .bind(QStringLiteral(":b"), f.branch)
            .bind(QStringLiteral(":o"), orderId)
            .bind(QStringLiteral(":sent"), sent);
        REQUIRE(insert.exec().ok());
        return insert.lastInsertId();
    };
    // T01 closes an order on 10 October (listed among October's technicians).
    const qint64 o1 = f.order(QStringLiteral("A1"), at(2026, 10, 10), t1.id);
    const qint64 o2 = f.order(QStringLiteral("A2"), at(2026, 10, 11));
    const qint64 o3 = f.order(QStringLiteral("A3"), at(2026, 10, 12));
    const qint64 o4 = f.order(QStringLiteral("A4"), at(2026, 9, 29));
    // Sent in October: r1 (1 Oct 00:05 local), r2, r3 (31 Oct 23:55) -> 3 invitations.
    const qint64 r1 = invite(o1, at(2026, 10, 1, 0, 5));
    const qint64 r2 = invite(o2, at(2026, 10, 15));
    const qint64 r3 = invite(o3, at(2026, 10, 31, 23, 55));
    // Sent 30 September 23:50, answered 1 October: a response of October, an invitation of Sept.
    const qint64 r4 = invite(o4, at(2026, 9, 30, 23, 50));
    REQUIRE(workflow.recordAnswers(r1, answers(5, 10, 5), {}, at(2026, 10, 2)).ok());
    REQUIRE(workflow.recordAnswers(r2, answers(3, 6, 4), {}, at(2026, 10, 16)).ok());
    REQUIRE(
        workflow.recordOutcome(r3, CallOutcome::Refused, {}, {}, at(2026, 10, 31, 23, 56)).ok());
    REQUIRE(workflow.recordAnswers(r4, answers(4, 8, 2), {}, at(2026, 10, 1, 9)).ok());

    kpi::KpiEngine engine(f.db);
    auto k = engine.compute(*f.wb->defaultBranch(), QDate(2026, 10, 1));
    REQUIRE(k.ok());
    const kpi::SurveyKpis &s = k->surveys;
    CHECK(s.invitations == 3);                    // r1, r2, r3
    CHECK(*s.responseRate == Approx(2.0 / 3));    // r1 and r2 answered, r3 refused
    CHECK(s.responses == 3);                      // r1, r2, r4 answered in October
    CHECK(*s.csat == Approx(2.0 / 3));            // 5, 3, 4: two of three >= 4
    CHECK(*s.nps == Approx(100.0 * (1 - 1) / 3)); // 10 promoter, 6 detractor, 8 passive
    const kpi::DimensionKpis &speed = s.dimensions.front();
    CHECK(speed.code == QStringLiteral("response_speed"));
    CHECK(speed.n == 3);
    CHECK(*speed.mean == Approx((5.0 + 4 + 2) / 3));
    CHECK(*speed.top2 == Approx(2.0 / 3));
    CHECK(s.dimensions[1].n == 0); // professionalism not asked: present, empty
    CHECK_FALSE(s.dimensions[1].mean.has_value());
    REQUIRE(k->technicians.size() == 1);
    CHECK(k->technicians.front().code == QStringLiteral("T01"));
    CHECK(*k->technicians.front().csat == 1.0); // r1: overall 5

    // September: one invitation (r4), answered in October: the rate counts it as answered.
    auto sept = engine.compute(*f.wb->defaultBranch(), QDate(2026, 9, 1));
    CHECK(sept->surveys.invitations == 1);
    CHECK(*sept->surveys.responseRate == 1.0);
    CHECK(sept->surveys.responses == 0);
    CHECK_FALSE(sept->surveys.csat.has_value());
    CHECK_FALSE(sept->surveys.nps.has_value());
}
