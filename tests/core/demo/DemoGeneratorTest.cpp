// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "common/LocalTime.h"
#include "demo/DemoGenerator.h"
#include "flow/CalendarRepository.h"
#include "flow/OrderRepository.h"
#include "kpi/TrainingEffect.h"
#include "storage/SqlQuery.h"
#include "workbook/WorkbookSummary.h"

#include <QCryptographicHash>

using namespace servicelens;
using namespace servicelens::test;

namespace {

std::unique_ptr<Workbook> demoWorkbook(const QString &path, const Clock &clock, std::uint64_t seed,
                                       int orders)
{
    DemoOptions options;
    options.seed = seed;
    options.orders = orders;
    auto wb = DemoGenerator::createDemoWorkbook(path, options, &clock);
    if (!wb)
        FAIL(wb.error().message.toStdString() + " " + wb.error().detail.toStdString());
    return std::move(*wb);
}

// A digest of the business content (not of uids of staff or creation times).
QByteArray contentDigest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const char *queries[] = {
        "SELECT code, name, role, team, hire_date FROM staff ORDER BY code",
        "SELECT o.uid, order_no, channel, category, product, priority, complaint, s.code, c.name, "
        "c.phone, visits, reopened, status, received_at, responded_at, analysed_at, solution_at, "
        "implemented_at, followed_up_at, closed_at, description FROM service_order o "
        "LEFT JOIN staff s ON s.id = o.technician_id LEFT JOIN customer c ON c.id = o.customer_id "
        "ORDER BY order_no",
        "SELECT e.uid, o.order_no, kind, at FROM stage_event e JOIN service_order o ON o.id = "
        "e.order_id ORDER BY e.uid",
    };
    for (const char *sql : queries) {
        SqlQuery q(db, QString::fromLatin1(sql));
        REQUIRE(q.exec().ok());
        while (q.next())
            for (int i = 0; q.value(i).isValid(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
    }
    return hash.result().toHex();
}

double scalar(Database &db, const char *sql)
{
    SqlQuery q(db, QString::fromLatin1(sql));
    auto v = q.scalar();
    REQUIRE(v.ok());
    return v->toDouble();
}

} // namespace

TEST_CASE("The demo generator is deterministic for a seed", "[demo]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto a = demoWorkbook(dir.file(QStringLiteral("演示甲.servicelens")), clock, 11, 1500);
    clock.advance(3'600'000); // a different moment of creation changes nothing in the content
    auto b = demoWorkbook(dir.file(QStringLiteral("演示乙.servicelens")), clock, 11, 1500);
    auto c = demoWorkbook(dir.file(QStringLiteral("演示丙.servicelens")), clock, 12, 1500);
    const QByteArray da = contentDigest(a->database());
    CHECK(da == contentDigest(b->database()));
    CHECK(da != contentDigest(c->database()));
}

TEST_CASE("A default demo workbook is a believable year of one branch", "[demo]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs()); // 22 November 2026: the year is Nov 2025 - Oct 2026
    auto wb = demoWorkbook(dir.file(QStringLiteral("演示.servicelens")), clock, DemoOptions{}.seed,
                           DemoOptions{}.orders);
    Database &db = wb->database();

    CHECK(scalar(db, "SELECT count(*) FROM service_order") == 20000);
    const qint64 first =
        QDateTime(QDate(2025, 11, 1), QTime(0, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    const qint64 end =
        QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    CHECK(scalar(db, "SELECT min(received_at) FROM service_order") >= first);
    CHECK(scalar(db, "SELECT min(received_month) FROM service_order") == 202511);
    CHECK(scalar(db, "SELECT max(received_month) FROM service_order") == 202610);
    // Nothing has happened after the end of last month.
    CHECK(scalar(
              db,
              "SELECT max(max(received_at), coalesce(max(responded_at), 0), "
              "coalesce(max(closed_at), 0), coalesce(max(implemented_at), 0)) FROM service_order") <
          end);
    CHECK(scalar(db, "SELECT count(*) FROM service_order WHERE closed_at IS NULL") >
          50); // a backlog

    // Staff: 20-30 across the four groups, plus a manager.
    const double staff = scalar(db, "SELECT count(*) FROM staff");
    CHECK(staff >= 20);
    CHECK(staff <= 30);
    CHECK(scalar(db, "SELECT count(DISTINCT role) FROM staff") == 5);
    CHECK(scalar(db, "SELECT count(*) FROM service_order o JOIN staff s ON s.id = o.technician_id "
                     "WHERE s.role <> 'technical_support'") == 0);
    // Nobody is given orders before they joined.
    CHECK(scalar(db, "SELECT count(*) FROM service_order o JOIN staff s ON s.id = o.technician_id "
                     "WHERE date(o.received_at, 'unixepoch', '+8 hours') < s.hire_date") == 0);

    // About 4 % complaints, about 85 % first-time fixes.
    const double complaintRate = scalar(db, "SELECT avg(complaint) FROM service_order");
    CHECK(complaintRate > 0.03);
    CHECK(complaintRate < 0.05);
    const double ftf = scalar(
        db,
        "SELECT avg(visits <= 1 AND reopened = 0) FROM service_order WHERE closed_at IS NOT NULL");
    CHECK(ftf > 0.82);
    CHECK(ftf < 0.89);
    CHECK(scalar(db, "SELECT count(DISTINCT channel) FROM service_order") == 6);
    const double normal = scalar(db, "SELECT avg(priority = 'normal') FROM service_order");
    CHECK(normal > 0.60);
    CHECK(normal < 0.70);
    // Summer brings the air conditioners.
    CHECK(scalar(db, "SELECT count(*) FROM service_order WHERE received_month = 202607") >
          1.3 * scalar(db, "SELECT count(*) FROM service_order WHERE received_month = 202603"));

    // Stage times in order; repairs, callbacks and closings on working days: every order.
    auto calendar = flow::CalendarRepository(db).load();
    REQUIRE(calendar.ok());
    const LocalTime local(QTimeZone("Asia/Shanghai"));
    SqlQuery q(
        db, QStringLiteral(
                "SELECT order_no, implemented_at, followed_up_at, closed_at FROM service_order"));
    REQUIRE(q.exec().ok());
    int checked = 0;
    while (q.next()) {
        INFO(q.value(0).toString().toStdString());
        for (int column : {1, 2, 3})
            if (!q.value(column).isNull())
                REQUIRE(calendar->isWorkingDay(local.localDate(q.value(column).toLongLong())));
        ++checked;
    }
    CHECK(checked == 20000);
    CHECK(scalar(db, "SELECT count(*) FROM service_order WHERE responded_at < received_at OR "
                     "analysed_at < coalesce(responded_at, received_at) OR solution_at < "
                     "coalesce(analysed_at, responded_at, received_at) OR implemented_at < "
                     "coalesce(solution_at, analysed_at, responded_at, received_at) OR "
                     "followed_up_at < coalesce(implemented_at, solution_at, analysed_at, "
                     "responded_at, received_at) OR closed_at < coalesce(followed_up_at, "
                     "implemented_at, solution_at, analysed_at, responded_at, received_at)") == 0);

    auto summary = WorkbookSummary::read(db);
    REQUIRE(summary.ok());
    CHECK(summary->orders == 20000);
    CHECK(summary->branchCode == QStringLiteral("SH01"));

    // A year of monthly inspections, one of them failed, actions at every stage, and this
    // month's inspection begun as a draft.
    CHECK(scalar(db, "SELECT count(*) FROM inspection WHERE status = 'completed'") == 12);
    CHECK(scalar(db, "SELECT count(DISTINCT strftime('%Y-%m', completed_at, 'unixepoch', "
                     "'+8 hours')) FROM inspection") == 12);
    CHECK(scalar(db, "SELECT count(*) FROM inspection WHERE status = 'draft'") == 1);
    CHECK(scalar(db, "SELECT count(*) FROM inspection WHERE passed = 0") >= 1);
    CHECK(scalar(db, "SELECT count(*) FROM corrective_action WHERE status = 'verified'") >= 5);
    CHECK(scalar(db, "SELECT count(*) FROM corrective_action WHERE status IN ('open', "
                     "'in_progress')") >= 1);
    CHECK(scalar(db, "SELECT count(*) FROM corrective_action WHERE verifier_id = owner_id") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM inspection_schedule WHERE next_due = '2026-11-10'") ==
          1);

    // A year of follow-up surveys: about a third of the orders, three in four answered, with
    // Chinese comments; complaints score lower.
    const qint64 surveyed = scalar(db, "SELECT count(*) FROM survey_response");
    CHECK(surveyed > 5000);
    CHECK(surveyed < 8000);
    const qint64 answered = scalar(db, "SELECT count(*) FROM survey_response WHERE status = "
                                       "'answered'");
    CHECK(answered > surveyed * 65 / 100);
    CHECK(answered < surveyed * 85 / 100);
    CHECK(scalar(db, "SELECT count(*) FROM survey_answer WHERE text <> ''") > answered / 4);
    CHECK(scalar(db, "SELECT count(*) FROM survey_response r JOIN service_order o ON o.id = "
                     "r.order_id WHERE r.sent_at <> o.followed_up_at") == 0);
    const auto meanOverall = [&db](int complaint) {
        SqlQuery q(db, QStringLiteral(
                           "SELECT avg(a.value) FROM survey_answer a JOIN survey_question q ON "
                           "q.id = a.question_id JOIN survey_response r ON r.id = a.response_id "
                           "JOIN service_order o ON o.id = r.order_id WHERE q.code = 'q_overall' "
                           "AND o.complaint = :c"));
        q.bind(QStringLiteral(":c"), complaint);
        return q.scalar()->toDouble();
    };
    CHECK(meanOverall(1) < meanOverall(0) - 1.0);

    // A year of training: four courses, a session each, scores that rise.
    CHECK(scalar(db, "SELECT count(*) FROM training_course") == 4);
    CHECK(scalar(db, "SELECT count(*) FROM training_session") == 4);
    CHECK(scalar(db, "SELECT count(*) FROM training_attendance") >= 15);
    CHECK(scalar(db, "SELECT count(*) FROM training_attendance WHERE post_score <= pre_score") ==
          0);
    // The fault-diagnosis training has a visible effect: its attendees' first-time fixes rise
    // beyond chance over 60 days, more than their colleagues'.
    const qint64 diagnosis = scalar(db, "SELECT s.id FROM training_session s JOIN "
                                        "training_course c ON c.id = s.course_id WHERE "
                                        "c.skill_area = 'fault_diagnosis'");
    auto effect = kpi::TrainingEffect::compute(db, *wb->defaultBranch(), diagnosis, 60);
    REQUIRE(effect.ok());
    const kpi::MeasureChange &fix = effect->measures.front();
    CHECK(fix.attendeesChanged);
    CHECK(*fix.attendeesAfter.rate() > *fix.attendeesBefore.rate());
    CHECK(*fix.attendeesAfter.rate() - *fix.attendeesBefore.rate() >
          *fix.othersAfter.rate() - *fix.othersBefore.rate());
}

TEST_CASE("A cancelled demo generation leaves no file behind", "[demo]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("取消.servicelens"));
    DemoOptions options;
    options.orders = 3000;
    auto wb = DemoGenerator::createDemoWorkbook(path, options, &clock,
                                                [](qint64 done, qint64) { return done < 1000; });
    REQUIRE_FALSE(wb.ok());
    CHECK(wb.error().kind == ErrorKind::Cancelled);
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    options.orders = 0;
    CHECK(DemoGenerator::createDemoWorkbook(path, options, &clock).error().kind ==
          ErrorKind::InvalidInput);
}
