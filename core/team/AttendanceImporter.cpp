// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceImporter.h"

#include "Training.h"
#include "io/TimestampParser.h"
#include "org/Branch.h"
#include "org/Staff.h"

#include <QLocale>

#include <map>
#include <set>

namespace servicelens::team {

using io::CsvImport;
using Outcome = CsvImport::Outcome;

namespace {

enum Column {
    CourseCol,
    DateCol,
    StaffCol,
    PreCol,
    PostCol,
    TitleCol,
    AreaCol,
    TrainerCol,
    HoursCol
};

std::optional<double> score(CsvImport::Row &row, int column)
{
    const QString v = row.cell(column);
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double d = QLocale::c().toDouble(v, &ok);
    if (!ok || d < 0 || d > 100) {
        row.issue(column, v, AttendanceImporter::tr("expected a score from 0 to 100"));
        return std::nullopt;
    }
    return d;
}

} // namespace

const io::ImportShape &AttendanceImporter::shape()
{
    static const io::ImportShape shape{{{"course", "课程代码"},
                                        {"date", "培训日期"},
                                        {"staff", "工号"},
                                        {"pre_score", "培训前成绩"},
                                        {"post_score", "培训后成绩"},
                                        {"title", "课程名称"},
                                        {"skill_area", "技能领域"},
                                        {"trainer", "讲师"},
                                        {"hours", "学时"}},
                                       {CourseCol, DateCol, StaffCol},
                                       {QStringLiteral("training_attendance"),
                                        QStringLiteral("training_session"),
                                        QStringLiteral("training_course")}};
    return shape;
}

AttendanceImporter::AttendanceImporter(Database &db)
    : m_db(db)
    , m_training(db)
    , m_people(db)
{}

Status AttendanceImporter::prepare(const CsvImport &frame)
{
    m_createStaff = frame.options().createStaff;
    if (auto s = m_people.load(); !s)
        return s;
    auto branch = BranchRepository(m_db).list();
    if (!branch)
        return branch.error();
    if (branch->empty())
        return makeError(ErrorKind::Database, tr("The workbook has no branch."));
    m_branchId = branch->front().id;
    return {};
}

Result<qint64> AttendanceImporter::sessionId(const Course &course, QDate day, CsvImport::Row &row,
                                             double hours)
{
    qint64 sessionId = 0;
    const auto key = std::pair{course.id, day};
    if (auto it = m_sessions.find(key); it != m_sessions.end()) {
        sessionId = it->second;
    } else {
        auto found = m_training.sessionOn(course.id, m_branchId, day);
        if (!found)
            return found.error();
        if (*found) {
            sessionId = **found;
        } else {
            Session s;
            s.courseId = course.id;
            s.branchId = m_branchId;
            s.day = day;
            s.trainer = row.cell(TrainerCol);
            s.hours = hours;
            if (auto st = m_training.saveSession(s); !st)
                return st.error();
            sessionId = s.id;
        }
        m_sessions[key] = sessionId;
    }
    return sessionId;
}

Result<Outcome> AttendanceImporter::row(CsvImport::Row &row)
{
    const QString courseCode = row.cell(CourseCol);
    if (courseCode.isEmpty())
        row.issue(CourseCol, courseCode, tr("a course code is required"));
    const QString dayText = row.cell(DateCol);
    const auto day = io::TimestampParser::parseDate(dayText);
    if (!day)
        row.issue(DateCol, dayText, tr("expected a date such as 2026-03-10"));
    const QString who = row.cell(StaffCol);
    if (who.isEmpty())
        row.issue(StaffCol, who, tr("a staff code or name is required"));
    const auto named = m_people.name(row, StaffCol, m_createStaff);
    std::optional<qint64> personId = named.id;
    const QString newcomer = named.newcomer;
    auto pre = score(row, PreCol);
    auto post = score(row, PostCol);
    std::optional<SkillArea> area;
    if (const QString v = row.cell(AreaCol); !v.isEmpty()) {
        area = SkillNames::parse(v);
        if (!area)
            row.issue(AreaCol, v,
                      tr("expected product_knowledge, fault_diagnosis, communication, safety, "
                         "service_standards or systems (产品知识, 故障诊断, 沟通技巧, 安全, "
                         "服务规范, 系统操作)"));
    }
    double hours = 0;
    if (const QString v = row.cell(HoursCol); !v.isEmpty()) {
        bool ok = false;
        hours = QLocale::c().toDouble(v, &ok);
        if (!ok || hours < 0)
            row.issue(HoursCol, v, tr("expected a number of hours, 0 or more"));
    }
    // The same person twice, however the file names them.
    const QString personKey = personId ? QStringLiteral("#%1").arg(*personId) : who;
    if (row.ok() && !m_seen.insert({courseCode, *day, personKey}).second)
        row.issue(StaffCol, who, tr("this person appears twice for the same session"));
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame

    auto course = m_training.courseByCode(courseCode);
    if (!course)
        return course.error();
    Course c;
    if (*course) {
        c = **course;
    } else {
        c.code = courseCode;
        c.title = row.cell(TitleCol).isEmpty() ? courseCode : row.cell(TitleCol);
        c.skillArea = area.value_or(SkillArea::ProductKnowledge);
        if (auto s = m_training.saveCourse(c); !s)
            return s.error();
    }
    auto session = sessionId(c, *day, row, hours);
    if (!session)
        return session.error();
    const qint64 sessionId = *session;
    if (!newcomer.isEmpty()) {
        auto id = m_people.createFor(row, StaffCol, newcomer, m_branchId);
        if (!id)
            return id.error();
        personId = *id;
    }
    auto before = m_training.attendance(sessionId, *personId);
    if (!before)
        return before.error();
    Outcome outcome = Outcome::Inserted;
    if (*before) {
        // A re-import changes only the columns the file has (FORMATS.md).
        if (!row.has(PreCol))
            pre = (*before)->preScore;
        if (!row.has(PostCol))
            post = (*before)->postScore;
        if ((*before)->preScore == pre && (*before)->postScore == post)
            return Outcome::Unchanged;
        outcome = Outcome::Updated;
    }
    Attendance a;
    a.staffId = *personId;
    a.preScore = pre;
    a.postScore = post;
    if (auto s = m_training.attend(sessionId, a); !s)
        return s.error();
    return outcome;
}

} // namespace servicelens::team
