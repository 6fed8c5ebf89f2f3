// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffImporter.h"

#include "Staff.h"
#include "io/TimestampParser.h"

#include <set>

namespace servicelens::org {

using io::CsvImport;
using io::ImportOptions;
using io::ImportProgress;
using io::ImportSummary;
using io::TimestampParser;
using Outcome = CsvImport::Outcome;

namespace {

enum Column { Code, Name, RoleCol, Team, HireDate, ColumnCount };

} // namespace

const std::vector<CsvImport::ColumnSpec> &StaffImporter::columns()
{
    static const std::vector<CsvImport::ColumnSpec> specs = {{"code", "工号"},
                                                             {"name", "姓名"},
                                                             {"role", "岗位"},
                                                             {"team", "班组"},
                                                             {"hire_date", "入职日期"}};
    return specs;
}

std::vector<int> StaffImporter::requiredColumns()
{
    return {Code, Name};
}

Result<ImportSummary> StaffImporter::run(Database &db, const QString &path,
                                         const ImportOptions &options,
                                         const ImportProgress &progress)
{
    CsvImport frame(db, path, options, columns(), requiredColumns());
    frame.setTablesWritten({QStringLiteral("staff")});
    org::StaffRepository staff(db);
    std::set<QString> seen; // a staff list is short
    auto handle = [&](CsvImport::Row &row) -> Result<Outcome> {
        org::StaffMember m;
        m.code = row.cell(Code);
        m.name = row.cell(Name);
        m.team = row.cell(Team);
        if (m.code.isEmpty())
            row.issue(Code, m.code, tr("a staff code is required"));
        else if (!seen.insert(m.code).second)
            row.issue(Code, m.code, tr("this staff code appears earlier in the file"));
        if (m.name.isEmpty())
            row.issue(Name, m.name, tr("a name is required"));
        if (const QString v = row.cell(RoleCol); !v.isEmpty()) {
            if (auto role = org::RoleNames::parse(v))
                m.role = *role;
            else
                row.issue(RoleCol, v,
                          tr("expected customer_service, technical_support, parts_logistics, "
                             "quality or manager (客服, 技术支持, 备件物流, 质量, 经理)"));
        }
        if (const QString v = row.cell(HireDate); !v.isEmpty()) {
            if (auto d = TimestampParser::parseDate(v))
                m.hireDate = *d;
            else
                row.issue(HireDate, v, tr("expected a date such as 2024-03-01"));
        }
        if (!row.ok())
            return Outcome::Unchanged; // rejected by the frame

        auto existing = staff.findByCode(m.code);
        if (!existing)
            return existing.error();
        if (!existing->has_value()) {
            if (auto s = staff.create(m); !s)
                return s.error();
            return Outcome::Inserted;
        }
        const org::StaffMember &old = **existing;
        // Columns the file does not have keep what the workbook knows.
        if (!row.has(RoleCol))
            m.role = old.role;
        if (!row.has(Team))
            m.team = old.team;
        if (!row.has(HireDate))
            m.hireDate = old.hireDate;
        m.id = old.id;
        m.uid = old.uid;
        m.branchId = old.branchId;
        m.active = old.active;
        if (m.toJson() == old.toJson())
            return Outcome::Unchanged;
        if (auto s = staff.update(m); !s)
            return s.error();
        return Outcome::Updated;
    };
    return frame.run(handle, {}, {}, progress);
}

} // namespace servicelens::org
