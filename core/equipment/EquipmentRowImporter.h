// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Equipment.h"
#include "MaintenanceLog.h"
#include "flow/ImportBranches.h"
#include "io/RowImporter.h"
#include "org/StaffDirectory.h"

namespace servicelens::equipment {

// What the three equipment imports share (the register, plans, records): the workbook's
// register, maintenance log, people and branches, read before the first row; a people cell
// resolved once the row is known good; a counter reading read from a cell.
class EquipmentRowImporter : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(EquipmentRowImporter)

public:
    explicit EquipmentRowImporter(Database &db);
    Status prepare(const io::CsvImport &frame) override;

protected:
    // The person a people cell names (org::StaffDirectory::name, called while the row is
    // checked), the newcomer created now that the row is written.
    Result<std::optional<qint64>> person(io::CsvImport::Row &row, int column,
                                         const org::StaffDirectory::Named &named, qint64 branchId);
    // A counter reading, 0 or more; none for an empty cell (an issue when it is not a reading).
    static std::optional<double> reading(io::CsvImport::Row &row, int column);

    Database &m_db;
    EquipmentRegister m_register;
    MaintenanceLog m_log;
    org::StaffDirectory m_people;
    flow::ImportBranches m_branches;
    bool m_createStaff = false;
};

} // namespace servicelens::equipment
