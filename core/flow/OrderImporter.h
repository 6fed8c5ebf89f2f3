// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "io/RowImporter.h"

#include <memory>

namespace servicelens::flow {

class OrderImport;

// Service orders from a CSV file (FORMATS.md "import orders"): encoding and delimiter detected,
// headers matched by name or Chinese alias, every cell validated with the line and column of
// each problem. Strict by default: one bad row and nothing is imported. All rows are written in
// one transaction as they are read (memory stays flat whatever the file's size); a row whose
// order id exists updates that order (audited), so importing the same file again changes
// nothing.
class OrderImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(OrderImporter)

public:
    // The columns of FORMATS.md, in its order (for the GUI's mapping dialog as well).
    static const io::ImportShape &shape();
    // A time cell in the branch's local time: the formats TimestampParser reads, else the
    // mapping's @date_format; a problem is recorded on the row. Empty: none.
    static std::optional<qint64> readTime(io::CsvImport::Row &row, int column,
                                          const LocalTime &local, const io::CsvImport &frame,
                                          qint64 now);

    explicit OrderImporter(Database &db);
    ~OrderImporter() override;
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;
    Status finish(const io::ImportSummary &summary) override;
    // The figures the file cannot feed for its orders, by the column it lacks (KPI.md).
    QStringList notes(const io::CsvImport &frame) const override;

private:
    Database &m_db;
    std::unique_ptr<OrderImport> m_import; // the lookups and state of one run
};

} // namespace servicelens::flow
