// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvImport.h"
#include "io/ImportTypes.h"

namespace servicelens {
class Database;
}

namespace servicelens::org {

// Staff from a CSV file (FORMATS.md "import staff"): code (工号), name (姓名), role (客服,
// 技术支持, 备件物流, 质量, 经理), team (班组), hire_date (入职日期). A row whose code exists
// updates that person (audited); the rest is as for orders: strict unless skip-invalid, one
// transaction, a second import changes nothing.
class StaffImporter final {
    Q_DECLARE_TR_FUNCTIONS(StaffImporter)

public:
    static const std::vector<io::CsvImport::ColumnSpec> &columns();
    static std::vector<int> requiredColumns();

    static Result<io::ImportSummary> run(Database &db, const QString &path,
                                         const io::ImportOptions &options,
                                         const io::ImportProgress &progress = {});
};

} // namespace servicelens::org
