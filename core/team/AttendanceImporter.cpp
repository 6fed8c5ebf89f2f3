// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceImporter.h"

#include "Training.h"
#include "io/TimestampParser.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "storage/SqlQuery.h"

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

} // namespace

const std::vector<CsvImport::ColumnSpec> &AttendanceImporter::columns()
{
    static const std::vector<CsvImport::ColumnSpec> specs = {
        {"course", "课程代码"},      {"date", "培训日期"},         {"staff", "工号"},
        {"pre_score", "培训前成绩"}, {"post_score", "培训后成绩"}, {"title", "课程名称"},
        {"skill_area", "技能领域"},  {"trainer", "讲师"},          {"hours", "学时"}};
    return specs;
}

std::vector<int> AttendanceImporter::requiredColumns()
{
    return {CourseCol, DateCol, StaffCol};
}

Result<io::ImportSummary> AttendanceImporter::run(Database &db, const QString &path,
                                                  const io::ImportOptions &options,
                                                  const io::ImportProgress &progress)
{
    auto branch = BranchRepository(db).list();
    if (!branch)
        return branch.error();
    if (branch->empty())
        return makeError(ErrorKind::Database, tr("The workbook has no branch."));
    const qint64 branchId = branch->front().id;
    CsvImport frame(db, path, options, columns(), requiredColumns());
    frame.setTablesWritten({QStringLiteral("training_attendance"),
                            QStringLiteral("training_session"), QStringLiteral("training_course")});
    TrainingRepository training(db);
    org::StaffRepository staff(db);
    std::set<std::tuple<QString, QDate, QString>> seen;
    std::map<std::pair<qint64, QDate>, qint64> sessions; // (course, day) -> session id
    SqlQuery findSession(db, QStringLiteral("SELECT id FROM training_session WHERE course_id = :c "
                                            "AND branch_id = :b AND day = :d"));
    SqlQuery existing(db, QStringLiteral("SELECT pre_score, post_score FROM training_attendance "
                                         "WHERE session_id = :s AND staff_id = :p"));

    auto score = [](CsvImport::Row &row, int column) -> std::optional<double> {
        const QString v = row.cell(column);
        if (v.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double d = QLocale::c().toDouble(v, &ok);
        if (!ok || d < 0 || d > 100) {
            row.issue(column, v, tr("expected a score from 0 to 100"));
            return std::nullopt;
        }
        return d;
    };
    auto handle = [&](CsvImport::Row &row) -> Result<Outcome> {
        const QString courseCode = row.cell(CourseCol);
        if (courseCode.isEmpty())
            row.issue(CourseCol, courseCode, tr("a course code is required"));
        const QString dayText = row.cell(DateCol);
        const auto day = io::TimestampParser::parseDate(dayText);
        if (!day)
            row.issue(DateCol, dayText, tr("expected a date such as 2026-03-10"));
        const QString code = row.cell(StaffCol);
        std::optional<org::StaffMember> person;
        if (code.isEmpty()) {
            row.issue(StaffCol, code, tr("a staff code is required"));
        } else {
            auto found = staff.findByCode(code);
            if (!found)
                return found.error();
            if (!*found)
                row.issue(StaffCol, code,
                          tr("no staff member has this code; import the staff first"));
            else
                person = **found;
        }
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
        if (row.ok() && !seen.insert({courseCode, *day, code}).second)
            row.issue(StaffCol, code, tr("this person appears twice for the same session"));
        if (!row.ok())
            return Outcome::Unchanged; // rejected by the frame

        auto course = training.courseByCode(courseCode);
        if (!course)
            return course.error();
        Course c;
        if (*course) {
            c = **course;
        } else {
            c.code = courseCode;
            c.title = row.cell(TitleCol).isEmpty() ? courseCode : row.cell(TitleCol);
            c.skillArea = area.value_or(SkillArea::ProductKnowledge);
            if (auto s = training.saveCourse(c); !s)
                return s.error();
        }
        qint64 sessionId = 0;
        const auto key = std::pair{c.id, *day};
        if (auto it = sessions.find(key); it != sessions.end()) {
            sessionId = it->second;
        } else {
            findSession.bind(QStringLiteral(":c"), c.id)
                .bind(QStringLiteral(":b"), branchId)
                .bind(QStringLiteral(":d"), day->toString(Qt::ISODate));
            auto id = findSession.scalar();
            if (!id)
                return id.error();
            if (id->isValid()) {
                sessionId = id->toLongLong();
            } else {
                Session s;
                s.courseId = c.id;
                s.branchId = branchId;
                s.day = *day;
                s.trainer = row.cell(TrainerCol);
                s.hours = hours;
                if (auto st = training.saveSession(s); !st)
                    return st.error();
                sessionId = s.id;
            }
            sessions[key] = sessionId;
        }
        existing.bind(QStringLiteral(":s"), sessionId).bind(QStringLiteral(":p"), person->id);
        if (auto s = existing.exec(); !s)
            return s.error();
        Outcome outcome = Outcome::Inserted;
        if (existing.next()) {
            const auto value = [](const QVariant &v) {
                return v.isNull() ? std::optional<double>() : std::optional<double>(v.toDouble());
            };
            // A re-import changes only the columns the file has (FORMATS.md).
            if (!row.has(PreCol))
                pre = value(existing.value(0));
            if (!row.has(PostCol))
                post = value(existing.value(1));
            if (value(existing.value(0)) == pre && value(existing.value(1)) == post)
                return Outcome::Unchanged;
            outcome = Outcome::Updated;
        }
        Attendance a;
        a.staffId = person->id;
        a.preScore = pre;
        a.postScore = post;
        if (auto s = training.attend(sessionId, a); !s)
            return s.error();
        return outcome;
    };
    return frame.run(handle, {}, {}, progress);
}

} // namespace servicelens::team
