// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReviewCycles.h"
#include "io/RowImporter.h"

#include <QSet>

namespace servicelens::team {

// Filled review forms typed into a spreadsheet (`import reviews`, docs/formats.md): one row per
// form, its one-time code and the ratings and words it carries. Each row is one form sent as the
// kiosk sends it; the file is taken whole or not at all, each problem named by line and column.
// The code is checked and used up, and not kept, as in the kiosk.
class ReviewImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(ReviewImporter)

public:
    static const io::ImportShape &shape();

    explicit ReviewImporter(Database &db);
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;

private:
    Database &m_db;
    ReviewCycles m_cycles;
    qint64 m_branchId = 0;
    QSet<QString> m_seen; // the codes' hashes so far
};

} // namespace servicelens::team
