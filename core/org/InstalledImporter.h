// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstalledBase.h"
#include "ProductMatcher.h"
#include "io/RowImporter.h"

#include <optional>
#include <set>

namespace servicelens::org {

// Units in the field from a CSV file (FORMATS.md `import installed`): model (型号), month
// (月份, YYYY-MM; also 2026/10, 202610, 2026年10月 or a date in the month) and units (保有量),
// all required. The model is any spelling the product list knows (its code, name or an
// alias); a model the list does not know, a month or a number that cannot be read, or a
// (model, month) twice in the file is an error naming its line and column, and nothing is
// imported. A known (model, month) is updated.
class InstalledImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(InstalledImporter)

public:
    static const io::ImportShape &shape();
    // YYYYMM of a month cell, or nothing.
    static std::optional<int> parseMonth(const QString &text);

    explicit InstalledImporter(Database &db);
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;

private:
    Database &m_db;
    InstalledBase m_base;
    std::optional<ProductMatcher> m_matcher;
    std::set<std::pair<QString, int>> m_seen; // (model, month) earlier in the file
};

} // namespace servicelens::org
