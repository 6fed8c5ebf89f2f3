// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Training.h"
#include "io/RowImporter.h"
#include "org/StaffDirectory.h"

#include <map>
#include <set>
#include <tuple>

namespace servicelens::team {

// Training attendance from CSV through the import pipeline: course (课程代码), date (培训日期),
// staff (工号), pre_score (培训前成绩), post_score (培训后成绩), and optionally title (课程名称),
// skill_area (技能领域), trainer (讲师), hours (学时). A course or session not in the workbook yet
// is created; a person's row for a session seen before updates their scores.
class AttendanceImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(AttendanceImporter)

public:
    static const io::ImportShape &shape();

    explicit AttendanceImporter(Database &db);
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;

private:
    // The session of a course on a day at the branch, made when it is new.
    Result<qint64> sessionId(const Course &course, QDate day, io::CsvImport::Row &row,
                             double hours);

    Database &m_db;
    TrainingRepository m_training;
    org::StaffDirectory m_people;
    bool m_createStaff = false;
    qint64 m_branchId = 0;
    std::set<std::tuple<QString, QDate, QString>> m_seen;  // (course, day, staff) so far
    std::map<std::pair<qint64, QDate>, qint64> m_sessions; // (course, day) -> session id
};

} // namespace servicelens::team
