// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvImport.h"
#include "ImportTypes.h"

#include <QStringList>

#include <vector>

namespace servicelens::io {

// What one kind of CSV import brings, for the frame and the GUI's mapping dialog.
struct ImportShape {
    std::vector<CsvImport::ColumnSpec> columns; // FORMATS.md's, in its order
    std::vector<int> required;                  // indexes into columns
    QStringList tablesWritten;                  // each checked whole before the first row
    // Every reference written is looked up or created in the import (CsvImport explains).
    bool referencesCorrectByConstruction = false;
};

// One kind of CSV import as the CsvImport frame drives it: what it does once the header is
// matched, with each row (checked with Row::issue, then written through its domain's
// repository) and just before the commit. Each importer lives beside its domain;
// workbook/Importers lists them all.
class RowImporter {
public:
    virtual ~RowImporter() = default;

    // Lookups and prepared state, before the first row.
    virtual Status prepare(const CsvImport &frame);
    virtual Result<CsvImport::Outcome> row(CsvImport::Row &row) = 0;
    // Inside the transaction, just before it commits (batch audit records, covered years).
    virtual Status finish(const ImportSummary &summary);
    // What the user should know about the file as a whole once it is read, such as the figures
    // it cannot feed because it has no column for them (ImportSummary::notes).
    virtual QStringList notes(const CsvImport &frame) const;

    // Runs `importer` over the file in one frame of `shape`.
    static Result<ImportSummary> run(RowImporter &importer, const ImportShape &shape, Database &db,
                                     const QString &path, const ImportOptions &options,
                                     const ImportProgress &progress = {});
};

} // namespace servicelens::io
