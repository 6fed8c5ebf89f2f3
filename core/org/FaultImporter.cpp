// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultImporter.h"

namespace servicelens::org {

using io::CsvImport;
using Outcome = CsvImport::Outcome;

namespace {

enum Column { CodeCol, NameCol, GroupCol, NameEnCol, GroupEnCol };

} // namespace

const io::ImportShape &FaultImporter::shape()
{
    static const io::ImportShape shape{
        {{"code", "故障代码", false, "故障编码|代码|Fault Code|Code"},
         {"name", "故障名称", false, "故障现象|名称|Fault Name|Name"},
         {"group", "故障大类", false, "大类|故障类别|Fault Group|Group|Category"},
         {"name_en", "英文名称", false, "Name (English)|English Name"},
         {"group_en", "大类英文名称", false, "Group (English)|English Group"}},
        {CodeCol, NameCol},
        {QStringLiteral("fault_group"), QStringLiteral("fault_code")}};
    return shape;
}

FaultImporter::FaultImporter(Database &db)
    : m_catalogue(db)
{}

Status FaultImporter::prepare(const io::CsvImport &)
{
    auto list = m_catalogue.load();
    if (!list)
        return list.error();
    for (const FaultCode &c : list->codes)
        m_known.insert(c.code, c);
    for (const FaultGroup &g : list->groups)
        m_groupsEn.insert(g.name, g.nameEn);
    return {};
}

Result<Outcome> FaultImporter::row(CsvImport::Row &row)
{
    FaultCode c;
    c.code = row.cell(CodeCol);
    if (c.code.isEmpty())
        row.issue(CodeCol, c.code, tr("a fault code is required"));
    else if (!m_seen.insert(c.code).second)
        row.issue(CodeCol, c.code, tr("this fault code appears earlier in the file"));
    c.name = row.cell(NameCol);
    if (c.name.isEmpty())
        row.issue(NameCol, c.name, tr("a fault name is required"));
    c.group = row.cell(GroupCol);
    c.nameEn = row.cell(NameEnCol);
    const QString groupEn = row.cell(GroupEnCol);
    if (!groupEn.isEmpty() && c.group.isEmpty())
        row.issue(GroupEnCol, groupEn, tr("an English group name needs the group's own name"));
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame

    const auto known = m_known.constFind(c.code);
    const bool isNew = known == m_known.cend();
    if (!isNew) {
        // Columns the file does not have keep what the list knows.
        if (!row.has(GroupCol))
            c.group = known->group;
        if (!row.has(NameEnCol))
            c.nameEn = known->nameEn;
    }
    bool groupChanged = false;
    if (!c.group.isEmpty() && row.has(GroupEnCol) && !groupEn.isEmpty() &&
        m_groupsEn.value(c.group) != groupEn) {
        auto saved = m_catalogue.saveGroup({0, {}, c.group, groupEn});
        if (!saved)
            return saved.error();
        groupChanged = *saved;
        m_groupsEn.insert(c.group, groupEn);
    }
    auto changed = m_catalogue.saveCode(c);
    if (!changed)
        return changed.error();
    if (!m_groupsEn.contains(c.group))
        m_groupsEn.insert(c.group, QString());
    m_known.insert(c.code, c);
    if (isNew)
        return Outcome::Inserted;
    return *changed || groupChanged ? Outcome::Updated : Outcome::Unchanged;
}

} // namespace servicelens::org
