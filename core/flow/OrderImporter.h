// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvImport.h"
#include "io/ImportTypes.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// Service orders from a CSV file (FORMATS.md "import orders"): encoding and delimiter detected,
// headers matched by name or Chinese alias, every cell validated with the line and column of
// each problem. Strict by default: one bad row and nothing is imported. All rows are written in
// one transaction as they are read (memory stays flat whatever the file's size); a row whose
// order id exists updates that order (audited), so importing the same file again changes
// nothing.
class OrderImporter final {
    Q_DECLARE_TR_FUNCTIONS(OrderImporter)

public:
    // The columns of FORMATS.md, in its order (for the GUI's mapping dialog).
    static const std::vector<io::CsvImport::ColumnSpec> &columns();
    static std::vector<int> requiredColumns();

    static Result<io::ImportSummary> run(Database &db, const QString &path,
                                         const io::ImportOptions &options,
                                         const io::ImportProgress &progress = {});
};

} // namespace servicelens::flow
