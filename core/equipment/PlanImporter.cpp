// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanImporter.h"

#include "inspection/TemplateRepository.h"
#include "io/TimestampParser.h"
#include "storage/Clock.h"
#include "storage/Database.h"

#include <QLocale>

namespace servicelens::equipment {

using io::CsvImport;
using Outcome = CsvImport::Outcome;

namespace {

enum Column {
    EquipmentCol,
    KindCol,
    PlanCol,
    CadenceCol,
    EveryCol,
    DayCol,
    FirstMonthCol,
    SinceCol,
    TemplateCol,
    OwnerCol,
    ActiveCol,
    BranchCol
};

// A whole number from `low` to `high` in a cell; none (and an issue) otherwise.
std::optional<int> wholeNumber(CsvImport::Row &row, int column, int low, int high)
{
    const QString v = row.cell(column);
    bool ok = false;
    const int n = QLocale::c().toInt(v, &ok);
    if (!ok || n < low || n > high) {
        row.issue(column, v,
                  PlanImporter::tr("expected a whole number from %1 to %2").arg(low).arg(high));
        return std::nullopt;
    }
    return n;
}

} // namespace

const io::ImportShape &PlanImporter::shape()
{
    static const io::ImportShape shape{
        {{"equipment", "设备编号", false, "资产编号|设备代码|Equipment Code|Equipment"},
         {"kind", "设备类别", false, "类别|设备类型|Kind|Equipment Kind"},
         {"plan", "保养项目", false, "计划名称|保养计划|Plan|Maintenance Plan"},
         {"cadence", "周期类型", false, "周期方式|Cadence"},
         {"every", "周期", false, "间隔|Every|Interval"},
         {"day", "保养日", false, "每月日期|Day|Day of Month"},
         {"first_month", "起始月份", false, "首月|First Month"},
         {"since", "开始日期", false, "起始日期|Since|Start"},
         {"template", "检查表", false, "保养检查表|Checklist|Template"},
         {"owner", "负责人", false, "责任人|Owner"},
         {"active", "启用", false, "是否启用|Active"},
         {"branch", "网点", false, "网点代码|Branch"}},
        {PlanCol, CadenceCol},
        {QStringLiteral("maintenance_plan"), QStringLiteral("staff")}};
    return shape;
}

PlanImporter::PlanImporter(Database &db)
    : EquipmentRowImporter(db)
{}

Status PlanImporter::prepare(const CsvImport &frame)
{
    if (auto s = EquipmentRowImporter::prepare(frame); !s)
        return s;
    auto templates = inspection::TemplateRepository(m_db).list();
    if (!templates)
        return templates.error();
    for (const inspection::TemplateSummary &t : *templates)
        if (t.kind == inspection::TemplateKind::Maintenance)
            m_checklists.insert(t.code);
    return {};
}

Result<Outcome> PlanImporter::row(CsvImport::Row &row)
{
    const Branch &branch = m_branches.ofRow(row, BranchCol);
    MaintenancePlan p;
    p.branchId = branch.id;
    const QString code = row.cell(EquipmentCol);
    p.kind = row.cell(KindCol);
    if (!code.isEmpty()) {
        auto piece = m_register.find(branch.id, code);
        if (!piece)
            return piece.error();
        if (!*piece)
            row.issue(EquipmentCol, code,
                      tr("no piece of equipment has this code at branch %1").arg(branch.code));
        else
            p.equipmentId = (*piece)->id;
        p.kind.clear(); // a plan of one piece; its kind is the piece's
    } else if (p.kind.isEmpty()) {
        row.issue(EquipmentCol, code,
                  tr("a plan is for a piece (设备编号) or for every piece of a kind (设备类别)"));
    }
    p.name = row.cell(PlanCol);
    if (p.name.isEmpty())
        row.issue(PlanCol, p.name, tr("a plan name is required"));
    if (const QString v = row.cell(CadenceCol); auto cadence = Cadences::parse(v))
        p.schedule.cadence = *cadence;
    else
        row.issue(CadenceCol, v,
                  tr("expected working_days (工作日), monthly (每月), quarterly (每季度), usage "
                     "(使用量) or calibration (校准)"));
    if (row.has(EveryCol) && !row.cell(EveryCol).isEmpty())
        p.schedule.every = wholeNumber(row, EveryCol, 1, 100000).value_or(0);
    if (row.has(DayCol) && !row.cell(DayCol).isEmpty())
        p.schedule.dayOfMonth = wholeNumber(row, DayCol, 1, 31).value_or(1);
    if (row.has(FirstMonthCol) && !row.cell(FirstMonthCol).isEmpty())
        p.schedule.firstMonth = wholeNumber(row, FirstMonthCol, 1, 12).value_or(1);
    if (const QString v = row.cell(SinceCol); !v.isEmpty()) {
        if (auto d = io::TimestampParser::parseDate(v))
            p.since = *d;
        else
            row.issue(SinceCol, v, tr("expected a date such as 2026-01-05"));
    }
    p.templateCode = row.cell(TemplateCol);
    if (!p.templateCode.isEmpty() && !m_checklists.count(p.templateCode))
        row.issue(TemplateCol, p.templateCode,
                  tr("no maintenance checklist has this code (inspection templates of kind "
                     "maintenance; equipment-maintenance is shipped)"));
    if (const QString v = row.cell(ActiveCol); !v.isEmpty()) {
        if (auto active = CsvImport::parseBoolean(v))
            p.active = *active;
        else
            row.issue(ActiveCol, v, tr("expected yes (是) or no (否)"));
    }
    const auto owner = m_people.name(row, OwnerCol, m_createStaff);
    if (row.ok() && !m_seen.insert({branch.id, code, p.kind, p.name}).second)
        row.issue(PlanCol, p.name, tr("this plan appears earlier in the file"));
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame

    auto known = m_log.findPlan(branch.id, p.equipmentId, p.kind, p.name);
    if (!known)
        return known.error();
    if (*known) {
        const MaintenancePlan &old = **known;
        // Columns the file does not have keep what the plan says.
        p.id = old.id;
        if (!row.has(EveryCol))
            p.schedule.every = old.schedule.every;
        if (!row.has(DayCol))
            p.schedule.dayOfMonth = old.schedule.dayOfMonth;
        if (!row.has(FirstMonthCol))
            p.schedule.firstMonth = old.schedule.firstMonth;
        if (!row.has(SinceCol) || !p.since.isValid())
            p.since = old.since;
        if (!row.has(TemplateCol))
            p.templateCode = old.templateCode;
        if (!row.has(ActiveCol))
            p.active = old.active;
        if (!row.has(OwnerCol))
            p.ownerId = old.ownerId;
    }
    // A new plan without a start is due from the day it is imported.
    if (!p.since.isValid())
        p.since = branch.localTime().localDate(m_db.clock().nowSecsSinceEpoch());
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        row.issue(p.schedule.every <= 0 ? EveryCol : -1, row.cell(EveryCol), problem);
        return Outcome::Unchanged;
    }
    if (row.has(OwnerCol)) {
        auto id = person(row, OwnerCol, owner, branch.id);
        if (!id)
            return id.error();
        p.ownerId = *id;
    }
    auto changed = m_log.savePlan(p);
    if (!changed)
        return changed.error();
    if (!*known)
        return Outcome::Inserted;
    return *changed ? Outcome::Updated : Outcome::Unchanged;
}

} // namespace servicelens::equipment
