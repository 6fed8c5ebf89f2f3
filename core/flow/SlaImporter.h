// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SlaPolicy.h"
#include "io/RowImporter.h"

namespace servicelens::flow {

// The SLA policy CSV of FORMATS.md (`import sla`): priority and category (blank = any),
// response_hours, resolution_working_days, pause_while_waiting. The file replaces the
// workbook's policy table as a whole, through SlaPolicyRepository::replaceAll (audited), so a
// row left out of the file is removed; two rows for the same orders are an error.
class SlaImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(SlaImporter)

public:
    static const io::ImportShape &shape();

    explicit SlaImporter(Database &db);
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;
    Status finish(const io::ImportSummary &summary) override;
    QStringList notes(const io::CsvImport &frame) const override;

private:
    SlaPolicyRepository m_repository;
    std::vector<SlaPolicy> m_before;
    std::vector<std::pair<SlaPolicy, int>> m_rows; // with their lines
};

} // namespace servicelens::flow
