// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvImport.h"
#include "io/ImportTypes.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::team {

// Training attendance from CSV through the import pipeline: course (课程代码), date (培训日期),
// staff (工号), pre_score (培训前成绩), post_score (培训后成绩), and optionally title (课程名称),
// skill_area (技能领域), trainer (讲师), hours (学时). A course or session not in the workbook yet
// is created; a person's row for a session seen before updates their scores.
class AttendanceImporter final {
    Q_DECLARE_TR_FUNCTIONS(AttendanceImporter)

public:
    static const std::vector<io::CsvImport::ColumnSpec> &columns();
    static std::vector<int> requiredColumns();
    static Result<io::ImportSummary> run(Database &db, const QString &path,
                                         const io::ImportOptions &options,
                                         const io::ImportProgress &progress = {});
};

} // namespace servicelens::team
