// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowImporter.h"

namespace servicelens::io {

Status RowImporter::prepare(const CsvImport &)
{
    return {};
}

Status RowImporter::finish(const ImportSummary &)
{
    return {};
}

QStringList RowImporter::notes(const CsvImport &) const
{
    return {};
}

Result<ImportSummary> RowImporter::run(RowImporter &importer, const ImportShape &shape,
                                       Database &db, const QString &path,
                                       const ImportOptions &options, const ImportProgress &progress)
{
    CsvImport frame(db, path, options, shape.columns, shape.required);
    frame.setTablesWritten(shape.tablesWritten);
    frame.setReferencesCorrectByConstruction(shape.referencesCorrectByConstruction);
    auto summary =
        frame.run([&](CsvImport::Row &row) { return importer.row(row); },
                  [&] { return importer.prepare(frame); },
                  [&](const ImportSummary &summary) { return importer.finish(summary); }, progress);
    if (summary)
        summary->notes = importer.notes(frame);
    return summary;
}

} // namespace servicelens::io
