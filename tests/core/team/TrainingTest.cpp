// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "inspection/CorrectiveAction.h"
#include "kpi/ScorecardExtras.h"
#include "org/Staff.h"
#include "storage/AuditLog.h"
#include "team/AttendanceImporter.h"
#include "team/Training.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::team;
using namespace servicelens::kpi;
using namespace servicelens::org;
using namespace servicelens::test;

namespace {

qint64 person(Database &db, const char *code, const char *name, bool active = true)
{
    StaffMember m;
    m.code = QString::fromUtf8(code);
    m.name = QString::fromUtf8(name);
    m.active = active;
    REQUIRE(StaffRepository(db).create(m).ok());
    if (!active)
        REQUIRE(StaffRepository(db).setActive(m.id, false).ok());
    return m.id;
}

} // namespace

TEST_CASE("Courses, sessions and assessment gains", "[team][training]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("培训.servicelens")), clock);
    Database &db = wb->database();
    TrainingRepository training(db);
    const qint64 wang = person(db, "T01", "王师傅");
    const qint64 li = person(db, "T02", "李师傅");

    Course inverter{0,
                    {},
                    QStringLiteral("INV-01"),
                    QStringLiteral("变频空调故障诊断"),
                    SkillArea::FaultDiagnosis,
                    24};
    REQUIRE(training.saveCourse(inverter).ok());
    CHECK(inverter.id > 0);
    // Saved again by code: updated, not duplicated.
    inverter.title = QStringLiteral("变频空调故障诊断（2026版）");
    REQUIRE(training.saveCourse(inverter).ok());
    CHECK(training.courses()->size() == 1);
    CHECK(AuditLog(db).entriesFor(QStringLiteral("training_course"), inverter.uid)->size() == 2);

    Session s;
    s.courseId = inverter.id;
    s.branchId = wb->defaultBranch()->id;
    s.day = QDate(2026, 3, 10);
    s.trainer = QStringLiteral("厂家讲师");
    s.hours = 6;
    s.attendance = {{wang, {}, {}, 55.0, 85.0}, {li, {}, {}, 70.0, std::nullopt}};
    REQUIRE(training.saveSession(s).ok());
    auto rows = *training.sessions(s.branchId);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].attendees == 2);
    CHECK(*rows[0].meanGain == Approx(30.0)); // only 王 has both scores
    CHECK(rows[0].session.attendance[1].staffName == QStringLiteral("李师傅"));
    CHECK_FALSE(rows[0].session.attendance[1].gain().has_value());

    // Scores outside 0-100 and a second session of the course the same day are refused.
    Session bad = s;
    bad.id = 0;
    bad.day = QDate(2026, 3, 11);
    bad.attendance = {{wang, {}, {}, 120.0, 90.0}};
    CHECK(training.saveSession(bad).error().message.contains(QStringLiteral("0 to 100")));
    Session twice = s;
    twice.id = 0;
    twice.attendance.clear();
    CHECK(training.saveSession(twice).error().kind == ErrorKind::Conflict);
}

TEST_CASE("The training matrix shows last trained, expiry and never", "[team][training]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("矩阵.servicelens")), clock);
    Database &db = wb->database();
    TrainingRepository training(db);
    const qint64 branch = wb->defaultBranch()->id;
    const qint64 wang = person(db, "T01", "王师傅");
    const qint64 zhao = person(db, "T02", "赵师傅");
    person(db, "T03", "离职员工", false);
    Course safety{0, {}, QStringLiteral("SAFE"), QStringLiteral("用电安全"), SkillArea::Safety, 12};
    Course safety2{
        0, {}, QStringLiteral("SAFE2"), QStringLiteral("登高作业安全"), SkillArea::Safety, 24};
    Course talk{0, {}, QStringLiteral("COMM"), QStringLiteral("沟通技巧"), SkillArea::Communication,
                0};
    for (Course *c : {&safety, &safety2, &talk})
        REQUIRE(training.saveCourse(*c).ok());
    auto session = [&](const Course &c, QDate day, std::vector<qint64> people) {
        Session s;
        s.courseId = c.id;
        s.branchId = branch;
        s.day = day;
        for (qint64 p : people)
            s.attendance.push_back({p, {}, {}, std::nullopt, std::nullopt});
        REQUIRE(training.saveSession(s).ok());
    };
    session(safety, QDate(2025, 11, 1), {wang, zhao}); // expires 2026-11-01: expired on the 22nd
    session(safety2, QDate(2025, 1, 10), {wang});      // expires 2027-01-10: keeps 王 current
    session(talk, QDate(2024, 5, 1), {zhao});          // never expires
    session(safety, QDate(2025, 12, 15), {zhao});      // 赵: expires 2026-12-15, within 30 days

    auto rows = *TrainingMatrix::compute(db, branch, QDate(2026, 11, 22));
    REQUIRE(rows.size() == 2); // the inactive person is not listed
    const auto safetyIndex = static_cast<std::size_t>(SkillArea::Safety);
    const auto commIndex = static_cast<std::size_t>(SkillArea::Communication);
    const MatrixRow &w = rows[0].code == QStringLiteral("T01") ? rows[0] : rows[1];
    const MatrixRow &z = rows[0].code == QStringLiteral("T01") ? rows[1] : rows[0];
    CHECK(w.cells[safetyIndex].lastTrained == QDate(2025, 11, 1));
    CHECK(w.cells[safetyIndex].expires == QDate(2027, 1, 10));
    CHECK(w.cells[safetyIndex].state == MatrixCell::State::Current);
    CHECK(w.cells[commIndex].state == MatrixCell::State::Never);
    CHECK(z.cells[safetyIndex].lastTrained == QDate(2025, 12, 15));
    CHECK(z.cells[safetyIndex].state == MatrixCell::State::Expiring);
    CHECK(z.cells[commIndex].state == MatrixCell::State::Current);
    CHECK_FALSE(z.cells[commIndex].expires.isValid());
    // A month later 赵's safety training has expired.
    auto later = *TrainingMatrix::compute(db, branch, QDate(2026, 12, 16));
    const MatrixRow &z2 = later[0].code == QStringLiteral("T02") ? later[0] : later[1];
    CHECK(z2.cells[safetyIndex].state == MatrixCell::State::Expired);
}

TEST_CASE("Training attendance imported from CSV", "[team][training][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("培训导入.servicelens")), clock);
    Database &db = wb->database();
    person(db, "T01", "王师傅");
    person(db, "T02", "李师傅");
    const QString csv = dir.file(QStringLiteral("培训记录.csv"));
    writeFile(csv,
              QStringLiteral("课程代码,课程名称,技能领域,培训日期,讲师,学时,工号,培训前成绩,"
                             "培训后成绩\n"
                             "INV-01,变频空调故障诊断,故障诊断,2026-03-10,厂家讲师,6,T01,55,85\n"
                             "INV-01,变频空调故障诊断,故障诊断,2026-03-10,厂家讲师,6,T02,60,\n"
                             "INV-01,变频空调故障诊断,故障诊断,2026-03-10,厂家讲师,6,T07,60,70\n"
                             "INV-01,变频空调故障诊断,故障诊断,2026-03-10,厂家讲师,6,T01,50,101\n")
                  .toUtf8());
    // Strict: an unknown person and a score out of range stop it, naming line and column.
    auto strict = Importers::run(ImportKind::Training, db, csv, {});
    REQUIRE(strict.ok());
    CHECK_FALSE(strict->committed);
    CHECK(strict->rejected == 2);
    QStringList problems;
    for (const io::ImportIssue &i : strict->issues)
        problems << i.toString();
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Line 4")));
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("“101”")));
    CHECK(TrainingRepository(db).courses()->empty());

    io::ImportOptions skip;
    skip.skipInvalid = true;
    auto imported = Importers::run(ImportKind::Training, db, csv, skip);
    REQUIRE(imported.ok());
    CHECK(imported->inserted == 2);
    auto sessions = *TrainingRepository(db).sessions(wb->defaultBranch()->id);
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].course.skillArea == SkillArea::FaultDiagnosis);
    CHECK(sessions[0].session.trainer == QStringLiteral("厂家讲师"));
    CHECK(sessions[0].attendees == 2);
    CHECK(*sessions[0].meanGain == 30.0);
    // Again: nothing changes.
    auto again = Importers::run(ImportKind::Training, db, csv, skip);
    CHECK(again->unchanged == 2);
    CHECK(again->inserted == 0);

    // People by name or "code name"; the same person twice under two names is found; a
    // newcomer is listed, then added on request.
    writeFile(csv, QStringLiteral("课程代码,培训日期,工号,培训后成绩\n"
                                  "SAFE-01,2026-04-02,王师傅,90\n"
                                  "SAFE-01,2026-04-02,T02 李师傅,80\n"
                                  "SAFE-01,2026-04-02,赵师傅,75\n")
                       .toUtf8());
    auto named = Importers::run(ImportKind::Training, db, csv, {});
    REQUIRE(named.ok());
    CHECK(named->failed());
    REQUIRE(named->unknownPeople.size() == 1);
    CHECK(named->unknownPeople[0].value == QStringLiteral("赵师傅"));
    io::ImportOptions create;
    create.createStaff = true;
    auto added = Importers::run(ImportKind::Training, db, csv, create);
    REQUIRE(added.ok());
    CHECK(added->inserted == 3);
    CHECK((*org::StaffRepository(db).findByCode(QStringLiteral("T03")))->name ==
          QStringLiteral("赵师傅"));
    writeFile(csv, QStringLiteral("课程代码,培训日期,工号,培训后成绩\n"
                                  "SAFE-01,2026-04-09,T01,90\n"
                                  "SAFE-01,2026-04-09,王师傅,91\n")
                       .toUtf8());
    auto twice = Importers::run(ImportKind::Training, db, csv, {});
    REQUIRE(twice.ok());
    REQUIRE(twice->issues.size() == 1);
    CHECK(twice->issues[0].line == 3);
}

TEST_CASE("Scorecard extras: findings owned and trainings attended in the period", "[team]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("附加.servicelens")), clock);
    Database &db = wb->database();
    const qint64 branch = wb->defaultBranch()->id;
    const qint64 wang = person(db, "T01", "王师傅");
    auto at = [](int m, int d) {
        return QDateTime(QDate(2026, m, d), QTime(10, 0), QTimeZone("Asia/Shanghai"))
            .toSecsSinceEpoch();
    };
    inspection::ActionRepository actions(db);
    for (auto [created, source] : {std::pair{at(10, 5), inspection::ActionSource::Inspection},
                                   {at(10, 20), inspection::ActionSource::Inspection},
                                   {at(10, 21), inspection::ActionSource::Complaint},
                                   {at(11, 2), inspection::ActionSource::Inspection}}) {
        inspection::CorrectiveAction a;
        a.branchId = branch;
        a.source = source;
        a.description = QStringLiteral("整改");
        a.ownerId = wang;
        a.due = QDate(2026, 12, 1);
        a.createdAt = created;
        REQUIRE(actions.create(a).ok());
    }
    TrainingRepository training(db);
    Course c{0, {}, QStringLiteral("X"), QStringLiteral("课程"), SkillArea::Safety, 0};
    REQUIRE(training.saveCourse(c).ok());
    for (QDate day : {QDate(2026, 10, 9), QDate(2026, 11, 1)}) {
        Session s;
        s.courseId = c.id;
        s.branchId = branch;
        s.day = day;
        s.attendance = {{wang, {}, {}, std::nullopt, std::nullopt}};
        REQUIRE(training.saveSession(s).ok());
    }
    auto extras = ScorecardExtras::compute(db, branch, at(10, 1) - 36000, at(11, 1) - 36000,
                                           QDate(2026, 10, 1), QDate(2026, 11, 1));
    REQUIRE(extras.ok());
    CHECK(extras->at(QStringLiteral("T01")).findings == 2);  // October's inspection actions
    CHECK(extras->at(QStringLiteral("T01")).trainings == 1); // 9 October only
}
