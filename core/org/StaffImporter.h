// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Staff.h"
#include "io/RowImporter.h"

#include <set>

namespace servicelens::org {

// Staff from a CSV file (FORMATS.md "import staff"): code (工号), name (姓名), role (客服,
// 技术支持, 备件物流, 质量, 经理), team (班组), hire_date (入职日期). A row whose code exists
// updates that person (audited); the rest is as for orders: strict unless skip-invalid, one
// transaction, a second import changes nothing.
class StaffImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(StaffImporter)

public:
    static const io::ImportShape &shape();

    explicit StaffImporter(Database &db);
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;

private:
    StaffRepository m_staff;
    std::set<QString> m_seen; // codes so far: a staff list is short
};

} // namespace servicelens::org
