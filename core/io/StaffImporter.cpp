// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffImporter.h"

#include "CsvImport.h"
#include "TimestampParser.h"
#include "storage/WriteTransaction.h"
#include "team/Staff.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <set>

namespace servicelens::io {

namespace {

enum Column { Code, Name, RoleCol, Team, HireDate, ColumnCount };

const std::vector<CsvImport::ColumnSpec> columns = {{"code", "工号"},
                                                    {"name", "姓名"},
                                                    {"role", "岗位"},
                                                    {"team", "班组"},
                                                    {"hire_date", "入职日期"}};

} // namespace

Result<ImportSummary> StaffImporter::run(Database &db, const QString &path,
                                         const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    auto input = CsvImport::read(path, options.encoding);
    if (!input)
        return input.error();
    summary.encoding = input->encoding;
    summary.delimiter = input->delimiter;
    auto matched = CsvImport::matchHeader(input->header, columns, options.mapping, {Code, Name},
                                          summary.warnings);
    if (!matched)
        return matched.error();
    const std::vector<int> fileColumn = std::move(*matched);

    std::vector<team::StaffMember> parsed;
    CsvImport::Rejected rejected;
    std::set<QString> seen;
    for (const CsvRow &row : input->rows) {
        ++summary.read;
        std::vector<ImportIssue> issues;
        auto cell = [&](int c) {
            const int i = fileColumn[static_cast<std::size_t>(c)];
            return i >= 0 ? row.fields.value(i).trimmed() : QString();
        };
        auto issue = [&](int c, const QString &value, const QString &message) {
            issues.push_back({row.line,
                              input->header.value(fileColumn[static_cast<std::size_t>(c)]), value,
                              message});
        };
        team::StaffMember m;
        m.code = cell(Code);
        m.name = cell(Name);
        m.team = cell(Team);
        if (m.code.isEmpty())
            issue(Code, m.code, tr("a staff code is required"));
        else if (!seen.insert(m.code).second)
            issue(Code, m.code, tr("this staff code appears earlier in the file"));
        if (m.name.isEmpty())
            issue(Name, m.name, tr("a name is required"));
        if (const QString v = cell(RoleCol); !v.isEmpty()) {
            if (auto role = team::RoleNames::parse(v))
                m.role = *role;
            else
                issue(RoleCol, v,
                      tr("expected customer_service, technical_support, parts_logistics, quality "
                         "or manager "
                         "(客服, 技术支持, 备件物流, 质量, 经理)"));
        }
        if (const QString v = cell(HireDate); !v.isEmpty()) {
            if (auto d = TimestampParser::parseDate(v))
                m.hireDate = *d;
            else
                issue(HireDate, v, tr("expected a date such as 2024-03-01"));
        }
        if (issues.empty()) {
            parsed.push_back(m);
        } else {
            CsvImport::reject(row, issues, rejected, summary);
        }
    }
    if (!summary.issues.empty() && !options.skipInvalid)
        return CsvImport::strictFailure(path, summary);

    WriteTransaction tx(db);
    if (!tx.status())
        return tx.status().error();
    team::StaffRepository staff(db);
    for (team::StaffMember &m : parsed) {
        auto existing = staff.findByCode(m.code);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            const team::StaffMember &old = **existing;
            // Columns the file does not have keep what the workbook knows.
            if (fileColumn[RoleCol] < 0)
                m.role = old.role;
            if (fileColumn[Team] < 0)
                m.team = old.team;
            if (fileColumn[HireDate] < 0)
                m.hireDate = old.hireDate;
            m.id = old.id;
            m.uid = old.uid;
            m.branchId = old.branchId;
            m.active = old.active;
            if (m.toJson() == old.toJson()) {
                ++summary.unchanged;
                continue;
            }
            if (auto s = staff.update(m); !s)
                return s.error();
            ++summary.updated;
        } else {
            if (auto s = staff.create(m); !s)
                return s.error();
            ++summary.inserted;
        }
    }
    if (!rejected.empty()) {
        auto written = CsvImport::writeRejected(path, input->header, rejected);
        if (!written)
            return written.error();
        summary.rejectedPath = *written;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    summary.seconds = timer.nsecsElapsed() / 1e9;
    return summary;
}

} // namespace servicelens::io
