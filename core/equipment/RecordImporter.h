// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EquipmentRowImporter.h"

#include <set>
#include <tuple>

namespace servicelens::equipment {

// Maintenance records (保养记录) and counter readings from a CSV file (docs/formats.md,
// `equipment import`): equipment (设备编号) and date (日期) required; plan (保养项目, the piece's
// own plan or its kind's; empty for a maintenance outside any plan), reading, result, certificate,
// expires, by, note, branch. A row that names no plan and says nothing but a reading is the
// counter read that day. A record is known by its piece, plan and day: a known one is updated
// with the columns the file has. A record's reading is also the counter's reading that day.
class RecordImporter final : public EquipmentRowImporter {
    Q_DECLARE_TR_FUNCTIONS(RecordImporter)

public:
    static const io::ImportShape &shape();

    explicit RecordImporter(Database &db);
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;

private:
    std::set<std::tuple<qint64, qint64, QDate>> m_seen; // piece, plan, day earlier in the file
};

} // namespace servicelens::equipment
