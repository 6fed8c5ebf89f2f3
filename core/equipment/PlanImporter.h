// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EquipmentRowImporter.h"

#include <set>
#include <tuple>

namespace servicelens::equipment {

// Maintenance plans (保养计划) from a CSV file (docs/formats.md, `equipment import`): plan
// (保养项目) and cadence (周期类型) required; equipment (设备编号, one piece) or kind (设备类别,
// every piece of the kind), every, day, first_month, since, template, owner, active, branch. A
// plan is known by its branch, piece or kind, and name: a known one is updated with the columns
// the file has.
class PlanImporter final : public EquipmentRowImporter {
    Q_DECLARE_TR_FUNCTIONS(PlanImporter)

public:
    static const io::ImportShape &shape();

    explicit PlanImporter(Database &db);
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;

private:
    std::set<std::tuple<qint64, QString, QString, QString>> m_seen; // branch, piece, kind, name
    std::set<QString> m_checklists; // the maintenance checklists' codes
};

} // namespace servicelens::equipment
