// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentImporter.h"

#include "io/TimestampParser.h"
#include "storage/Clock.h"
#include "storage/Database.h"

namespace servicelens::equipment {

using io::CsvImport;
using Outcome = CsvImport::Outcome;

namespace {

enum Column {
    CodeCol,
    NameCol,
    KindCol,
    LocationCol,
    SerialCol,
    PurchasedCol,
    OwnerCol,
    StatusCol,
    UnitCol,
    ReadingCol,
    NoteCol,
    BranchCol
};

// A status cell: in service (false) or retired (true); none when it says neither.
std::optional<bool> retiredOf(const QString &text, bool *down)
{
    const QString t = text.trimmed().toLower();
    *down = false;
    if (t == QLatin1String("in_service") || t == QLatin1String("in service") ||
        t == QLatin1String("active") || t == QStringLiteral("在用") ||
        t == QStringLiteral("正常") || t == QStringLiteral("使用中"))
        return false;
    if (t == QLatin1String("retired") || t == QStringLiteral("报废") ||
        t == QStringLiteral("停用") || t == QStringLiteral("已报废"))
        return true;
    *down = t == QLatin1String("down") || t == QStringLiteral("故障") ||
            t == QStringLiteral("维修中") || t == QStringLiteral("待修");
    return std::nullopt;
}

} // namespace

const io::ImportShape &EquipmentImporter::shape()
{
    static const io::ImportShape shape{
        {{"code", "设备编号", false, "资产编号|设备代码|编号|Equipment Code|Asset Code|Asset Tag"},
         {"name", "设备名称", false, "名称|Equipment|Equipment Name|Asset Name"},
         {"kind", "设备类别", false, "类别|设备类型|类型|Kind|Type|Category"},
         {"location", "存放位置", false, "位置|存放地点|Location"},
         {"serial", "序列号", false, "出厂编号|SN|Serial|Serial Number"},
         {"purchased", "购置日期", false, "购买日期|采购日期|Purchase Date|Purchased"},
         {"owner", "责任人", false, "保管人|负责人|Owner|Custodian"},
         {"status", "状态", false, "设备状态|Status"},
         {"usage_unit", "计数单位", false, "单位|Usage Unit|Unit"},
         {"reading", "当前读数", false, "读数|计数|Reading|Counter"},
         {"note", "备注", true, "说明|Note|Notes"},
         {"branch", "网点", false, "网点代码|Branch"}},
        {CodeCol, NameCol},
        {QStringLiteral("equipment"), QStringLiteral("equipment_reading"),
         QStringLiteral("staff")}};
    return shape;
}

EquipmentImporter::EquipmentImporter(Database &db)
    : EquipmentRowImporter(db)
{}

Result<Outcome> EquipmentImporter::row(CsvImport::Row &row)
{
    const Branch &branch = m_branches.ofRow(row, BranchCol);
    Equipment e;
    e.branchId = branch.id;
    e.code = row.cell(CodeCol);
    if (e.code.isEmpty())
        row.issue(CodeCol, e.code, tr("an equipment code is required"));
    else if (!m_seen.insert({branch.id, e.code}).second)
        row.issue(CodeCol, e.code, tr("this code appears earlier in the file"));
    e.name = row.cell(NameCol);
    if (e.name.isEmpty())
        row.issue(NameCol, e.name, tr("an equipment name is required"));
    e.kind = row.cell(KindCol);
    e.location = row.cell(LocationCol);
    e.serial = row.cell(SerialCol);
    e.note = row.cell(NoteCol);
    if (const QString v = row.cell(PurchasedCol); !v.isEmpty()) {
        if (auto d = io::TimestampParser::parseDate(v))
            e.purchasedOn = *d;
        else
            row.issue(PurchasedCol, v, tr("expected a date such as 2024-03-01"));
    }
    if (const QString v = row.cell(StatusCol); !v.isEmpty()) {
        bool down = false;
        if (auto retired = retiredOf(v, &down))
            e.retired = *retired;
        else if (down)
            row.issue(StatusCol, v,
                      tr("a piece goes down through a breakdown recorded on the Equipment page, "
                         "which keeps since when; import it as in service"));
        else
            row.issue(StatusCol, v, tr("expected in service (在用) or retired (报废)"));
    }
    if (const QString v = row.cell(UnitCol); !v.isEmpty()) {
        if (auto unit = UsageUnits::parse(v))
            e.usageUnit = *unit;
        else
            row.issue(UnitCol, v, tr("expected hours (小时), cycles (次) or km (公里)"));
    }
    const std::optional<double> counter = reading(row, ReadingCol);
    const auto owner = m_people.name(row, OwnerCol, m_createStaff);
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame

    auto known = m_register.find(branch.id, e.code);
    if (!known)
        return known.error();
    if (*known) {
        const Equipment &old = **known;
        // Columns the file does not have keep what the register knows.
        e.id = old.id;
        if (!row.has(KindCol))
            e.kind = old.kind;
        if (!row.has(LocationCol))
            e.location = old.location;
        if (!row.has(SerialCol))
            e.serial = old.serial;
        if (!row.has(PurchasedCol))
            e.purchasedOn = old.purchasedOn;
        if (!row.has(StatusCol))
            e.retired = old.retired;
        if (!row.has(UnitCol))
            e.usageUnit = old.usageUnit;
        if (!row.has(NoteCol))
            e.note = old.note;
        if (!row.has(OwnerCol))
            e.ownerId = old.ownerId;
    }
    if (counter && e.usageUnit == UsageUnit::None) {
        row.issue(ReadingCol, row.cell(ReadingCol),
                  tr("a counter reading needs the piece's usage unit (计数单位)"));
        return Outcome::Unchanged;
    }
    if (row.has(OwnerCol)) {
        auto id = person(row, OwnerCol, owner, branch.id);
        if (!id)
            return id.error();
        e.ownerId = *id;
    }
    auto changed = m_register.save(e);
    if (!changed)
        return changed.error();
    bool readingChanged = false;
    if (counter) {
        const QDate today = branch.localTime().localDate(m_db.clock().nowSecsSinceEpoch());
        auto set = m_log.setReading(e.id, today, *counter);
        if (!set)
            return set.error();
        readingChanged = *set;
    }
    if (!*known)
        return Outcome::Inserted;
    return *changed || readingChanged ? Outcome::Updated : Outcome::Unchanged;
}

} // namespace servicelens::equipment
