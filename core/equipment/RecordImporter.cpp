// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordImporter.h"

#include "io/TimestampParser.h"

namespace servicelens::equipment {

using io::CsvImport;
using Outcome = CsvImport::Outcome;

namespace {

enum Column {
    EquipmentCol,
    PlanCol,
    DateCol,
    ReadingCol,
    ResultCol,
    CertificateCol,
    ExpiresCol,
    ByCol,
    NoteCol,
    BranchCol
};

// A result cell: passed (true) or failed; none when it says neither.
std::optional<bool> passedOf(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("pass") || t == QLatin1String("passed") || t == QLatin1String("ok") ||
        t == QStringLiteral("合格") || t == QStringLiteral("通过") || t == QStringLiteral("正常"))
        return true;
    if (t == QLatin1String("fail") || t == QLatin1String("failed") ||
        t == QStringLiteral("不合格") || t == QStringLiteral("未通过") ||
        t == QStringLiteral("异常"))
        return false;
    return std::nullopt;
}

QDate dateCell(CsvImport::Row &row, int column)
{
    const QString v = row.cell(column);
    if (v.isEmpty())
        return {};
    if (auto d = io::TimestampParser::parseDate(v))
        return *d;
    row.issue(column, v, RecordImporter::tr("expected a date such as 2026-03-10"));
    return {};
}

} // namespace

const io::ImportShape &RecordImporter::shape()
{
    static const io::ImportShape shape{
        {{"equipment", "设备编号", false, "资产编号|设备代码|Equipment Code|Equipment"},
         {"plan", "保养项目", false, "计划名称|保养计划|Plan|Maintenance Plan"},
         {"date", "日期", false, "保养日期|校准日期|读数日期|Date|Done On"},
         {"reading", "读数", false, "当前读数|计数|Reading|Counter"},
         {"result", "结果", false, "保养结果|校准结果|Result"},
         {"certificate", "证书编号", false, "校准证书|证书|Certificate"},
         {"expires", "有效期至", false, "有效期|到期日期|Expires|Valid Until"},
         {"by", "保养人", false, "执行人|校准人|Done By|By"},
         {"note", "备注", true, "说明|Note|Notes"},
         {"branch", "网点", false, "网点代码|Branch"}},
        {EquipmentCol, DateCol},
        {QStringLiteral("maintenance_record"), QStringLiteral("equipment_reading"),
         QStringLiteral("staff")}};
    return shape;
}

RecordImporter::RecordImporter(Database &db)
    : EquipmentRowImporter(db)
{}

Result<Outcome> RecordImporter::row(CsvImport::Row &row)
{
    const Branch &branch = m_branches.ofRow(row, BranchCol);
    MaintenanceRecord r;
    const QString code = row.cell(EquipmentCol);
    std::optional<Equipment> piece;
    if (code.isEmpty()) {
        row.issue(EquipmentCol, code, tr("an equipment code is required"));
    } else {
        auto found = m_register.find(branch.id, code);
        if (!found)
            return found.error();
        piece = *found;
        if (!piece)
            row.issue(EquipmentCol, code,
                      tr("no piece of equipment has this code at branch %1").arg(branch.code));
    }
    const QString planName = row.cell(PlanCol);
    if (piece && !planName.isEmpty()) {
        auto plan = m_log.findPlan(branch.id, piece->id, {}, planName);
        if (plan && !*plan && !piece->kind.isEmpty())
            plan = m_log.findPlan(branch.id, std::nullopt, piece->kind, planName);
        if (!plan)
            return plan.error();
        if (!*plan)
            row.issue(PlanCol, planName,
                      tr("%1 has no plan of this name, nor has its kind").arg(code));
        else
            r.planId = (*plan)->id;
    }
    r.doneOn = dateCell(row, DateCol);
    if (row.cell(DateCol).isEmpty())
        row.issue(DateCol, {}, tr("a date is required"));
    const std::optional<double> counter = reading(row, ReadingCol);
    if (const QString v = row.cell(ResultCol); !v.isEmpty()) {
        if (auto passed = passedOf(v))
            r.passed = *passed;
        else
            row.issue(ResultCol, v, tr("expected pass (合格) or fail (不合格)"));
    }
    r.certificate = row.cell(CertificateCol);
    r.expiresOn = dateCell(row, ExpiresCol);
    r.note = row.cell(NoteCol);
    const auto by = m_people.name(row, ByCol, m_createStaff);
    if (counter && piece && piece->usageUnit == UsageUnit::None)
        row.issue(ReadingCol, row.cell(ReadingCol),
                  tr("%1 has no usage counter (计数单位 in the register)").arg(code));
    const bool readingOnly = planName.isEmpty() && counter && row.cell(ResultCol).isEmpty() &&
                             r.certificate.isEmpty() && !r.expiresOn.isValid() &&
                             r.note.isEmpty() && row.cell(ByCol).isEmpty();
    if (row.ok() && !readingOnly &&
        !m_seen.insert({piece->id, r.planId.value_or(0), r.doneOn}).second)
        row.issue(DateCol, row.cell(DateCol),
                  tr("this piece's maintenance under this plan on this day appears earlier in "
                     "the file"));
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame

    r.equipmentId = piece->id;
    bool readingChanged = false;
    if (counter) {
        auto set = m_log.setReading(piece->id, r.doneOn, *counter);
        if (!set)
            return set.error();
        readingChanged = *set;
    }
    if (readingOnly)
        return readingChanged ? Outcome::Inserted : Outcome::Unchanged;

    auto known = m_log.findRecord(piece->id, r.planId, r.doneOn);
    if (!known)
        return known.error();
    r.reading = counter;
    if (*known) {
        const MaintenanceRecord &old = **known;
        // Columns the file does not have keep what the record says.
        r.id = old.id;
        r.inspectionId = old.inspectionId;
        if (!row.has(ReadingCol))
            r.reading = old.reading;
        if (!row.has(ResultCol))
            r.passed = old.passed;
        if (!row.has(CertificateCol))
            r.certificate = old.certificate;
        if (!row.has(ExpiresCol))
            r.expiresOn = old.expiresOn;
        if (!row.has(NoteCol))
            r.note = old.note;
        if (!row.has(ByCol))
            r.doneBy = old.doneBy;
    }
    if (row.has(ByCol)) {
        auto id = person(row, ByCol, by, branch.id);
        if (!id)
            return id.error();
        r.doneBy = *id;
    }
    auto changed = m_log.saveRecord(r);
    if (!changed)
        return changed.error();
    if (!*known)
        return Outcome::Inserted;
    return *changed || readingChanged ? Outcome::Updated : Outcome::Unchanged;
}

} // namespace servicelens::equipment
