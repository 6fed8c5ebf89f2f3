// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EquipmentRowImporter.h"

#include <set>

namespace servicelens::equipment {

// The equipment register (设备台账) from a CSV file (docs/formats.md, `equipment import`):
// code (设备编号) and name (设备名称) required; kind, location, serial, purchased, owner (a
// people column), status (in service or retired: a piece goes down through a breakdown, which
// keeps when), usage_unit, reading (the counter today), note, branch. A code known at its
// branch updates that piece with the columns the file has.
class EquipmentImporter final : public EquipmentRowImporter {
    Q_DECLARE_TR_FUNCTIONS(EquipmentImporter)

public:
    static const io::ImportShape &shape();

    explicit EquipmentImporter(Database &db);
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;

private:
    std::set<std::pair<qint64, QString>> m_seen; // (branch, code) earlier in the file
};

} // namespace servicelens::equipment
