// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvImport.h"
#include "io/ImportTypes.h"
#include "storage/Result.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// The calendar CSV of FORMATS.md: `date,kind,name` (or 日期, 类型, 名称), kind `holiday` (假日)
// or `workday` (调休上班). Imported through the common CSV frame (encodings, delimiters, every
// problem with its line and column, strict unless skip-invalid); the years of the imported days
// are marked as covered.
class CalendarCsv final {
    Q_DECLARE_TR_FUNCTIONS(CalendarCsv)

public:
    static const std::vector<io::CsvImport::ColumnSpec> &columns();
    static std::vector<int> requiredColumns();
    static Result<io::ImportSummary> importFile(Database &db, const QString &path,
                                                const io::ImportOptions &options = {},
                                                const io::ImportProgress &progress = {});
    static Status exportFile(Database &db, const QString &path);
};

} // namespace servicelens::flow
