// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Equipment.h"
#include "MaintenanceLog.h"
#include "flow/ImportBranches.h"
#include "io/RowImporter.h"
#include "org/StaffDirectory.h"

#include <set>

namespace servicelens::equipment {

// The equipment register (设备台账) from a CSV file (docs/formats.md, `equipment import`):
// code (设备编号) and name (设备名称) required; kind, location, serial, purchased, owner (a
// people column), status (in service or retired: a piece goes down through a breakdown, which
// keeps when), usage_unit, reading (the counter today), note, branch. A code known at its
// branch updates that piece with the columns the file has.
class EquipmentImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(EquipmentImporter)

public:
    static const io::ImportShape &shape();

    explicit EquipmentImporter(Database &db);
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;

private:
    Database &m_db;
    EquipmentRegister m_register;
    MaintenanceLog m_log;
    org::StaffDirectory m_people;
    flow::ImportBranches m_branches;
    bool m_createStaff = false;
    std::set<std::pair<qint64, QString>> m_seen; // (branch, code) earlier in the file
};

} // namespace servicelens::equipment
