// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/Schedule.h"
#include "inspection/TemplateRepository.h"
#include "org/Staff.h"
#include "storage/AuditLog.h"
#include "workbook/WorkbookCheck.h"

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace servicelens;
using namespace servicelens::inspection;
using namespace servicelens::test;

namespace {

qint64 at(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

Answer passFail(const char *code, bool passed)
{
    Answer a;
    a.itemCode = QString::fromUtf8(code);
    a.passed = passed;
    return a;
}

struct Fixture : TempWorkbook {
    Fixture()
        : TempWorkbook(QStringLiteral("巡检.servicelens"))
    {}
    InspectionTemplate t = **TemplateRepository(db).latest(QStringLiteral("branch-ops-monthly"));
    qint64 branch = wb->defaultBranch()->id;

    Inspection start(qint64 startedAt, std::optional<qint64> schedule = std::nullopt)
    {
        Inspection i;
        i.templateId = t.id;
        i.branchId = branch;
        i.startedAt = startedAt;
        i.scheduleId = schedule;
        REQUIRE(InspectionWorkflow(db).start(i).ok());
        return i;
    }
    // Answers every scored item: pass, except the codes given as failed.
    void answerAll(qint64 id, const QStringList &failed = {})
    {
        InspectionWorkflow workflow(db);
        for (const TemplateSection &s : t.sections)
            for (const TemplateItem &item : s.items) {
                Answer a;
                a.itemCode = item.code;
                switch (item.type) {
                case ItemType::PassFail:
                    a.passed = !failed.contains(item.code);
                    break;
                case ItemType::Rating5:
                    a.rating = failed.contains(item.code) ? 1 : 5;
                    break;
                case ItemType::Number:
                    a.number = failed.contains(item.code) ? 99 : 5;
                    break;
                case ItemType::Text:
                    a.text = QStringLiteral("一切正常");
                    break;
                case ItemType::Photo:
                    continue;
                }
                REQUIRE(workflow.saveAnswer(id, a).ok());
            }
    }
};

} // namespace

TEST_CASE("Completing an inspection scores and locks it, a change is an audited amendment",
          "[inspection]")
{
    Fixture f;
    InspectionRepository repo(f.db);
    InspectionWorkflow workflow(f.db);
    const Inspection i = f.start(at(2026, 10, 12, 9));
    f.answerAll(i.id, {QStringLiteral("flow.site")});
    auto result = workflow.complete(i.id, at(2026, 10, 12, 11, 30));
    REQUIRE(result.ok());
    // The shipped template's scored weights sum to 33 (9 + 6 + 4 + 3 + 3 + 4 + 4 by section);
    // flow.site (weight 1) failed: 32/33.
    REQUIRE(result->score.has_value());
    CHECK(*result->score == Approx(100.0 * 32 / 33));
    CHECK(result->passed);
    auto stored = *repo.findById(i.id);
    CHECK(stored->status == InspectionStatus::Completed);
    CHECK(*stored->score == Approx(100.0 * 32 / 33));

    // Locked: answers, notes, photos and evidence refuse changes.
    CHECK(workflow.saveAnswer(i.id, passFail("flow.site", true)).error().kind ==
          ErrorKind::Conflict);
    CHECK_FALSE(workflow.setNote(i.id, QStringLiteral("改")).ok());
    CHECK_FALSE(workflow.complete(i.id, at(2026, 10, 13)).ok());
    CHECK_FALSE(workflow.discardDraft(i.id).ok());

    // An amendment needs a reason; it rescores and is audited with before and after.
    CHECK_FALSE(workflow.amend(i.id, passFail("cx.privacy", false), QString()).ok());
    auto amended = workflow.amend(i.id, passFail("cx.privacy", false),
                                  QStringLiteral("复核录像发现客户资料外露"));
    REQUIRE(amended.ok());
    CHECK_FALSE(amended->passed); // a critical item failed
    CHECK(amended->failedCritical == QStringList{QStringLiteral("cx.privacy")});
    CHECK_FALSE((*repo.findById(i.id))->passed.value());
    auto history = AuditLog(f.db).entriesFor(QStringLiteral("inspection"), i.uid);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3); // started, completed, amended
    const auto &last = history->back();
    CHECK(last.after.value(QStringLiteral("amendment_reason")).toString() ==
          QStringLiteral("复核录像发现客户资料外露"));
    CHECK(last.before.value(QStringLiteral("answer")).toObject().value(QStringLiteral("value")) ==
          QStringLiteral("pass"));
    CHECK(last.after.value(QStringLiteral("answer")).toObject().value(QStringLiteral("value")) ==
          QStringLiteral("fail"));
}

TEST_CASE("Answers keep only their type's value, n/a and empty answers behave", "[inspection]")
{
    Fixture f;
    InspectionRepository repo(f.db);
    InspectionWorkflow workflow(f.db);
    const Inspection i = f.start(at(2026, 10, 12, 9));
    Answer mixed;
    mixed.itemCode = QStringLiteral("flow.wait"); // number item
    mixed.number = 12;
    mixed.passed = true; // ignored
    mixed.note = QStringLiteral("高峰期排队");
    REQUIRE(workflow.saveAnswer(i.id, mixed).ok());
    Answer badRating;
    badRating.itemCode = QStringLiteral("quality.attitude");
    badRating.rating = 6;
    CHECK(workflow.saveAnswer(i.id, badRating).error().message.contains(QStringLiteral("1 to 5")));
    Answer unknown = passFail("no.such.item", true);
    CHECK(workflow.saveAnswer(i.id, unknown)
              .error()
              .message.contains(QStringLiteral("no.such.item")));
    Answer na = passFail("team.dress", true);
    na.na = true;
    REQUIRE(workflow.saveAnswer(i.id, na).ok());
    auto answers = *repo.answers(i.id);
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].itemCode == QStringLiteral("flow.wait"));
    CHECK(*answers[0].number == 12);
    CHECK_FALSE(answers[0].passed.has_value());
    CHECK(answers[1].na);
    CHECK_FALSE(answers[1].passed.has_value());
    // Clearing an answer removes it.
    Answer cleared;
    cleared.itemCode = QStringLiteral("flow.wait");
    REQUIRE(workflow.saveAnswer(i.id, cleared).ok());
    CHECK(repo.answers(i.id)->size() == 1);
}

TEST_CASE("An answer survives the process being killed right after it", "[inspection][crash]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("断电.servicelens"));
    FixedClock clock(referenceNowMsecs());
    qint64 inspectionId = 0;
    {
        auto wb = createWorkbook(path, clock);
        auto t = **TemplateRepository(wb->database()).latest(QStringLiteral("branch-ops-monthly"));
        Inspection i;
        i.templateId = t.id;
        i.branchId = wb->defaultBranch()->id;
        REQUIRE(InspectionWorkflow(wb->database()).start(i).ok());
        inspectionId = i.id;
    }
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The child saves one answer and is killed with the workbook still open.
        auto wb = Workbook::open(path);
        if (!wb)
            _exit(2);
        Answer a = passFail("flow.reception", false);
        a.note = QStringLiteral("前台无人接待");
        if (!InspectionWorkflow((*wb)->database()).saveAnswer(inspectionId, a))
            _exit(3);
        raise(SIGKILL);
        _exit(4);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    auto wb = Workbook::open(path);
    REQUIRE(wb.ok());
    auto answers = InspectionRepository((*wb)->database()).answers(inspectionId);
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 1);
    CHECK(answers->front().passed == false);
    CHECK(answers->front().note == QStringLiteral("前台无人接待"));
    auto problems = WorkbookCheck::verifyFile(path);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("The previous inspection's findings come back, and repeats are flagged", "[inspection]")
{
    Fixture f;
    InspectionRepository repo(f.db);
    InspectionWorkflow workflow(f.db);
    const Inspection sept = f.start(at(2026, 9, 10));
    f.answerAll(sept.id, {QStringLiteral("flow.site"), QStringLiteral("team.skills")});
    REQUIRE(workflow.complete(sept.id, at(2026, 9, 10, 12)).ok());
    // A newer version of the template does not break the link: items match by code.
    InspectionTemplate v2 = f.t;
    v2.passScore = 90;
    REQUIRE(TemplateRepository(f.db).save(v2).ok());
    REQUIRE(v2.version == 2);
    f.t = v2;
    const Inspection oct = f.start(at(2026, 10, 10));
    auto previous = repo.previousFindings(repo.findById(oct.id)->value());
    REQUIRE(previous.ok());
    CHECK(previous->value(QStringLiteral("flow.site")).finding);
    CHECK(previous->value(QStringLiteral("team.skills")).finding);
    CHECK_FALSE(previous->value(QStringLiteral("flow.reception")).finding);
    CHECK(previous->value(QStringLiteral("flow.site")).inspectionUid == sept.uid);
    // Repeat: failed again now.
    REQUIRE(workflow.saveAnswer(oct.id, passFail("flow.site", false)).ok());
    const auto now = *repo.answers(oct.id);
    const TemplateItem &site = *v2.item(QStringLiteral("flow.site"));
    CHECK((Scoring::isFinding(site, &now.front()) &&
           previous->value(QStringLiteral("flow.site")).finding));
    // The first inspection has no previous one.
    CHECK(repo.previousFindings(repo.findById(sept.id)->value())->isEmpty());
}

TEST_CASE("Completing a scheduled inspection moves the next due date", "[inspection]")
{
    CHECK(ScheduleRepository::nextAfter(QDate(2026, 1, 31), Frequency::Monthly) ==
          QDate(2026, 2, 28));
    CHECK(ScheduleRepository::nextAfter(QDate(2026, 11, 30), Frequency::Quarterly) ==
          QDate(2027, 2, 28));
    CHECK(ScheduleRepository::nextAfter(QDate(2026, 12, 28), Frequency::Weekly) ==
          QDate(2027, 1, 4));

    Fixture f;
    ScheduleRepository schedules(f.db);
    Schedule s;
    s.branchId = f.branch;
    s.templateCode = f.t.code;
    s.frequency = Frequency::Monthly;
    s.nextDue = QDate(2026, 10, 15);
    REQUIRE(schedules.create(s).ok());
    auto due = schedules.due(f.branch, QDate(2026, 10, 20), QDate(2026, 10, 27));
    REQUIRE(due->size() == 1);
    CHECK(due->front().daysOverdue == 5);
    CHECK(due->front().templateName.zh == QStringLiteral("网点运营月度巡检"));

    // Done early (before the due date): counts for this period, next is a month after the due.
    InspectionWorkflow workflow(f.db);
    const Inspection early = f.start(at(2026, 10, 10), s.id);
    f.answerAll(early.id);
    REQUIRE(workflow.complete(early.id, at(2026, 10, 10, 23, 30)).ok());
    CHECK((*schedules.findById(s.id))->nextDue == QDate(2026, 11, 15));
    // Done two months late: the next due date lands after the day it was done.
    const Inspection late = f.start(at(2027, 1, 20), s.id);
    f.answerAll(late.id);
    REQUIRE(workflow.complete(late.id, at(2027, 1, 20, 12)).ok());
    CHECK((*schedules.findById(s.id))->nextDue == QDate(2027, 2, 15));
    CHECK(schedules.due(f.branch, QDate(2027, 1, 21), QDate(2027, 1, 28))->empty());
}

TEST_CASE("Photos and evidence belong to the draft", "[inspection]")
{
    Fixture f;
    InspectionRepository repo(f.db);
    InspectionWorkflow workflow(f.db);
    const Inspection i = f.start(at(2026, 10, 12));
    const qint64 photoItem = f.t.item(QStringLiteral("equipment.photo"))->id;
    REQUIRE(workflow
                .addPhoto(i.id, photoItem, QStringLiteral("维修区.jpg"), QByteArray(5000, 'x'),
                          QByteArray(100, 't'))
                .ok());
    auto photos = *repo.photos(i.id);
    REQUIRE(photos.size() == 1);
    CHECK(photos[0].fileName == QStringLiteral("维修区.jpg"));
    CHECK(photos[0].thumbnail.size() == 100);
    CHECK(repo.photoImage(photos[0].id)->size() == 5000);
    const qint64 chain = f.t.item(QStringLiteral("flow.chain"))->id;
    flow::ServiceOrder order;
    order.branchId = f.branch;
    order.orderNo = QStringLiteral("SO-抽查-1");
    order.times.received = at(2026, 10, 3);
    order.times.closed = at(2026, 10, 5);
    order.status = flow::OrderStatus::Closed;
    REQUIRE(flow::OrderRepository(f.db).insert(order).ok());
    REQUIRE(workflow.setEvidence(i.id, chain, {order.id, order.id}).ok());
    CHECK(*repo.evidence(i.id, chain) == std::vector<qint64>{order.id});
    CHECK_FALSE(workflow.setEvidence(i.id, chain, {order.id + 1000}).ok()); // no such order
    CHECK(*repo.evidence(i.id, chain) == std::vector<qint64>{order.id});
    f.answerAll(i.id);
    REQUIRE(workflow.complete(i.id, at(2026, 10, 12, 12)).ok());
    CHECK_FALSE(workflow.addPhoto(i.id, photoItem, QStringLiteral("b.jpg"), "x", "t").ok());
    CHECK_FALSE(workflow.removePhoto(photos[0].id).ok());
    CHECK(repo.photos(i.id)->size() == 1);
}
