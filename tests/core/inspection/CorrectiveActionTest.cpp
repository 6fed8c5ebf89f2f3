// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "inspection/CorrectiveAction.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/TemplateRepository.h"
#include "kpi/InspectionAnalysis.h"
#include "kpi/KpiEngine.h"
#include "org/Staff.h"
#include "storage/AuditLog.h"

using namespace servicelens;
using namespace servicelens::inspection;
using namespace servicelens::kpi;
using namespace servicelens::test;

namespace {

qint64 at(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

qint64 addStaff(Database &db, const char *code, const char *name)
{
    org::StaffMember m;
    m.code = QString::fromUtf8(code);
    m.name = QString::fromUtf8(name);
    REQUIRE(org::StaffRepository(db).create(m).ok());
    return m.id;
}

// An inspection of `t` started and completed at the given times, every scored item answered
// well except the codes in `failed`.
Inspection completeInspection(InspectionWorkflow &inspections, const InspectionTemplate &t,
                              qint64 branchId, qint64 startedAt, qint64 completedAt,
                              const QStringList &failed)
{
    Inspection i;
    i.templateId = t.id;
    i.branchId = branchId;
    i.startedAt = startedAt;
    REQUIRE(inspections.start(i).ok());
    for (const TemplateSection &s : t.sections)
        for (const TemplateItem &item : s.items) {
            if (!item.scored())
                continue;
            Answer a;
            a.itemCode = item.code;
            a.passed = !failed.contains(item.code);
            a.rating = failed.contains(item.code) ? 1 : 5;
            a.number = failed.contains(item.code) ? 99 : 5;
            REQUIRE(inspections.saveAnswer(i.id, a).ok());
        }
    REQUIRE(inspections.complete(i.id, completedAt).ok());
    return i;
}

} // namespace

TEST_CASE("A corrective action goes open, in progress, done, verified by someone else",
          "[inspection][actions]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("整改.servicelens")), clock);
    Database &db = wb->database();
    const qint64 owner = addStaff(db, "T03", "王工");
    const qint64 manager = addStaff(db, "M01", "李经理");
    ActionRepository actions(db);

    CorrectiveAction a;
    a.branchId = wb->defaultBranch()->id;
    a.source = ActionSource::Other;
    a.description = QStringLiteral("整理维修工具板");
    a.ownerId = owner;
    a.due = QDate(2026, 11, 30);
    REQUIRE(actions.create(a).ok());
    REQUIRE(a.id > 0);
    CHECK(a.status == ActionStatus::Open);

    // Verification before it is done, and done twice, are refused.
    CHECK_FALSE(actions.verify(a.id, manager, {}, {}, at(2026, 11, 25)).ok());
    REQUIRE(actions.startWork(a.id).ok());
    CHECK_FALSE(actions.startWork(a.id).ok());
    REQUIRE(actions.markDone(a.id, at(2026, 11, 24)).ok());
    CHECK_FALSE(actions.markDone(a.id, at(2026, 11, 24)).ok());
    // The owner cannot verify their own work.
    auto own = actions.verify(a.id, owner, QStringLiteral("已完成"), {}, at(2026, 11, 25));
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().message.contains(QStringLiteral("other than its owner")));
    // Rejected with a reason: back in progress, done time cleared.
    CHECK_FALSE(actions.reject(a.id, manager, QString()).ok());
    REQUIRE(actions.reject(a.id, manager, QStringLiteral("工具仍未归位")).ok());
    auto back = **actions.findById(a.id);
    CHECK(back.status == ActionStatus::InProgress);
    CHECK_FALSE(back.doneAt.has_value());
    REQUIRE(actions.markDone(a.id, at(2026, 11, 26)).ok());
    REQUIRE(actions
                .verify(a.id, manager, QStringLiteral("复查合格"), QByteArray("jpeg-bytes"),
                        at(2026, 11, 27))
                .ok());
    auto verified = **actions.findById(a.id);
    CHECK(verified.status == ActionStatus::Verified);
    CHECK(*verified.verifierId == manager);
    CHECK(verified.verifyNote == QStringLiteral("复查合格"));
    CHECK(*actions.verificationPhoto(a.id) == QByteArray("jpeg-bytes"));
    CHECK_FALSE(actions.markDone(a.id, at(2026, 11, 28)).ok());
    // Every step is in the audit trail: created + 6 changes.
    CHECK(AuditLog(db).entriesFor(QStringLiteral("corrective_action"), a.uid)->size() == 6);

    // The list filters by status and overdue.
    CorrectiveAction late;
    late.branchId = a.branchId;
    late.description = QStringLiteral("补充设备维护记录");
    late.ownerId = owner;
    late.due = QDate(2026, 11, 20);
    REQUIRE(actions.create(late).ok());
    ActionFilter filter;
    filter.branchId = a.branchId;
    filter.overdueOnly = true;
    filter.today = QDate(2026, 11, 22);
    auto overdue = *actions.list(filter);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].action.id == late.id);
    CHECK(overdue[0].ownerName == QStringLiteral("王工"));
    filter.overdueOnly = false;
    filter.statuses = {ActionStatus::Verified};
    CHECK(actions.list(filter)->size() == 1);
}

TEST_CASE("Inspection KPIs of a month, hand-computed, at the time-zone boundaries",
          "[inspection][kpi]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("指标.servicelens")), clock);
    Database &db = wb->database();
    const Branch branch = *wb->defaultBranch();
    const InspectionTemplate t =
        **TemplateRepository(db).latest(QStringLiteral("branch-ops-monthly"));
    InspectionWorkflow inspections(db);
    auto inspect = [&](qint64 startedAt, qint64 completedAt, const QStringList &failed) {
        return completeInspection(inspections, t, branch.id, startedAt, completedAt, failed);
    };
    // October 2026 in Shanghai = [Sep 30 16:00 UTC, Oct 31 16:00 UTC).
    // 1 Oct 00:10 local (30 Sep 16:10 UTC): in October. Score 100, passed.
    inspect(at(2026, 10, 1, 0, 0), at(2026, 10, 1, 0, 10), {});
    // 31 Oct 23:50 local: in October. cx.privacy (critical, w2) failed: 31/33, failed.
    inspect(at(2026, 10, 31, 23, 0), at(2026, 10, 31, 23, 50), {QStringLiteral("cx.privacy")});
    // 1 Nov 00:05 local: November, not counted.
    inspect(at(2026, 11, 1, 0, 0), at(2026, 11, 1, 0, 5), {});
    // 30 Sep 23:59 local: September.
    inspect(at(2026, 9, 30, 23, 0), at(2026, 9, 30, 23, 59), {});
    // A draft never counts.
    Inspection draft;
    draft.templateId = t.id;
    draft.branchId = branch.id;
    draft.startedAt = at(2026, 10, 15);
    REQUIRE(inspections.start(draft).ok());

    ActionRepository actions(db);
    const qint64 owner = addStaff(db, "T01", "赵工");
    auto action = [&](qint64 created, QDate due, std::optional<qint64> done) {
        CorrectiveAction a;
        a.branchId = branch.id;
        a.source = ActionSource::Inspection;
        a.description = QStringLiteral("整改");
        a.ownerId = owner;
        a.due = due;
        a.createdAt = created;
        REQUIRE(actions.create(a).ok());
        if (done)
            REQUIRE(actions.markDone(a.id, *done).ok());
    };
    // A: due 31 Oct, done 31 Oct 23:30 local (15:30 UTC, still 31 Oct locally): on time.
    action(at(2026, 10, 2), QDate(2026, 10, 31), at(2026, 10, 31, 23, 30));
    // B: due 15 Oct, done 16 Oct 00:30 local (15 Oct 16:30 UTC): late, done in October.
    action(at(2026, 10, 2), QDate(2026, 10, 15), at(2026, 10, 16, 0, 30));
    // C: due 20 Oct, not done: open and overdue at the end of October.
    action(at(2026, 10, 5), QDate(2026, 10, 20), std::nullopt);
    // D: due 10 Nov, done 1 Nov 00:30 local: open at the end of October (done after it), not
    // overdue (due after 31 Oct); not in October's on-time denominator.
    action(at(2026, 10, 20), QDate(2026, 11, 10), at(2026, 11, 1, 0, 30));
    // E: created 1 Nov 00:01 local: not open at the end of October.
    action(at(2026, 11, 1, 0, 1), QDate(2026, 10, 31), std::nullopt);

    kpi::KpiEngine engine(db);
    auto k = engine.compute(branch, QDate(2026, 10, 1));
    REQUIRE(k.ok());
    const kpi::InspectionKpis &in = k->inspections;
    CHECK(in.completed == 2);
    REQUIRE(in.meanScore.has_value());
    CHECK(*in.meanScore == Approx((100.0 + 100.0 * 31 / 33) / 2));
    CHECK(in.failed == 1);
    CHECK(in.actionsOpenEnd == 2);    // C, D
    CHECK(in.actionsOverdueEnd == 1); // C
    // Due in October: A, B, C, E (E due 31 Oct though created later); on time: A only.
    REQUIRE(in.actionsOnTimeRate.has_value());
    CHECK(*in.actionsOnTimeRate == Approx(1.0 / 4));

    // An empty month: zeros and nulls.
    auto empty = engine.compute(branch, QDate(2026, 6, 1));
    CHECK(empty->inspections.completed == 0);
    CHECK_FALSE(empty->inspections.meanScore.has_value());
    CHECK_FALSE(empty->inspections.actionsOnTimeRate.has_value());
    CHECK(empty->inspections.actionsOpenEnd == 0);
}

TEST_CASE("The inspection charts' numbers: section means, pass rate, most failed items",
          "[inspection][kpi]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("图表.servicelens")), clock);
    Database &db = wb->database();
    const Branch branch = *wb->defaultBranch();
    const InspectionTemplate t =
        **TemplateRepository(db).latest(QStringLiteral("branch-ops-monthly"));
    InspectionWorkflow inspections(db);
    auto inspect = [&](qint64 at, const QStringList &failed) {
        completeInspection(inspections, t, branch.id, at, at + 3600, failed);
    };
    // September: flow.site fails. October: flow.site and the critical cx.privacy fail.
    inspect(at(2026, 9, 10), {QStringLiteral("flow.site")});
    inspect(at(2026, 10, 10), {QStringLiteral("flow.site"), QStringLiteral("cx.privacy")});
    auto data = InspectionAnalysis::compute(db, branch, t.code, QDate(2026, 10, 1), 3);
    REQUIRE(data.ok());
    REQUIRE(data->months.size() == 3);
    CHECK(data->months[0].month == QDate(2026, 8, 1));
    CHECK_FALSE(data->months[0].passRate.has_value()); // no inspection in August
    CHECK(*data->months[1].passRate == 1.0);
    CHECK(*data->months[2].passRate == 0.0); // the critical failure
    // Service flow section: weights 2+1+1+2+1+2 = 9, flow.site (1) failed: 8/9.
    REQUIRE(data->sections.size() == 7);
    CHECK(data->sections[0].en == QStringLiteral("Service flow"));
    CHECK(*data->months[1].sectionMeans[0] == Approx(100.0 * 8 / 9));
    // Customer experience: 1+1+2, privacy (2) failed in October: 2/4.
    CHECK(*data->months[1].sectionMeans[2] == Approx(100.0));
    CHECK(*data->months[2].sectionMeans[2] == Approx(50.0));
    CHECK_FALSE(data->months[0].sectionMeans[0].has_value());
    REQUIRE(data->mostFailed.size() == 2);
    CHECK(data->mostFailed[0].code == QStringLiteral("flow.site"));
    CHECK(data->mostFailed[0].findings == 2);
    CHECK(data->mostFailed[0].answered == 2);
    CHECK(data->mostFailed[1].code == QStringLiteral("cx.privacy"));
}
