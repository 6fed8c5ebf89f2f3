// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffImporter.h"

#include "io/TimestampParser.h"

namespace servicelens::org {

using io::CsvImport;
using io::TimestampParser;
using Outcome = CsvImport::Outcome;

namespace {

enum Column { Code, Name, RoleCol, Team, HireDate, ColumnCount };

} // namespace

const io::ImportShape &StaffImporter::shape()
{
    static const io::ImportShape shape{
        {{"code", "工号", false, "员工编号|员工号|人员编号|Employee ID|Staff ID|Staff Code"},
         {"name", "姓名", false, "员工姓名|Full Name|Employee Name"},
         {"role", "岗位", false, "职位|岗位名称|职务|Position|Job Title"},
         {"team", "班组", false, "小组|部门|Group|Department"},
         {"hire_date", "入职日期", false, "入职时间|Hire Date|Start Date"}},
        {Code, Name},
        {QStringLiteral("staff")}};
    return shape;
}

StaffImporter::StaffImporter(Database &db)
    : m_staff(db)
{}

Result<Outcome> StaffImporter::row(CsvImport::Row &row)
{
    org::StaffMember m;
    m.code = row.cell(Code);
    m.name = row.cell(Name);
    m.team = row.cell(Team);
    if (m.code.isEmpty())
        row.issue(Code, m.code, tr("a staff code is required"));
    else if (!m_seen.insert(m.code).second)
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

    auto existing = m_staff.findByCode(m.code);
    if (!existing)
        return existing.error();
    if (!existing->has_value()) {
        if (auto s = m_staff.create(m); !s)
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
    if (auto s = m_staff.update(m); !s)
        return s.error();
    return Outcome::Updated;
}

} // namespace servicelens::org
