// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/RowImporter.h"

#include <QCoreApplication>

namespace servicelens {

class Database;

// What a CSV file can bring into a workbook (FORMATS.md), and the one place that dispatches to
// each importer, for the command line and the import dialog alike.
enum class ImportKind {
    Orders,
    Events,
    Staff,
    Calendar,
    Surveys,
    Training,
    Sla,
    Products,
    Faults,
    Installed,
    Equipment,
    MaintenancePlans,
    Maintenance,
    Reviews
};

class Importers final {
    Q_DECLARE_TR_FUNCTIONS(Importers)

public:
    // Every kind, in the order the dialog offers them.
    static std::vector<ImportKind> kinds();
    static QString code(ImportKind kind); // "orders", as on the command line
    static std::optional<ImportKind> fromCode(const QString &code);
    static QString label(ImportKind kind); // translated, for the dialog

    static const std::vector<io::CsvImport::ColumnSpec> &columns(ImportKind kind);
    static std::vector<int> requiredColumns(ImportKind kind);
    // The kind whose columns the header matches best (orders when nothing matches).
    // With the first rows: an event log is recognised by its shape (an order id on several rows
    // with a time and a state).
    static ImportKind guess(const QStringList &header, const std::vector<io::CsvRow> &rows = {});
    // The kind among `among` whose columns a file's header has (`equipment import` tells a
    // register from plans and records so); an error naming each kind's required columns when
    // none fits.
    static Result<ImportKind> guessFile(const QString &path, io::Encoding encoding,
                                        const std::vector<ImportKind> &among);

    static Result<io::ImportSummary> run(ImportKind kind, Database &db, const QString &path,
                                         const io::ImportOptions &options,
                                         const io::ImportProgress &progress = {});

private:
    // The kind among `among` whose required columns the header has and which knows the largest
    // share of its columns; none when no kind's required columns are all there.
    static std::optional<ImportKind> bestMatch(const QStringList &header,
                                               const std::vector<ImportKind> &among);
};

} // namespace servicelens
