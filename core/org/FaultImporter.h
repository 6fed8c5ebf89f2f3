// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultCodes.h"
#include "io/RowImporter.h"

#include <QHash>
#include <set>

namespace servicelens::org {

// Head office's fault codes from a CSV file (FORMATS.md `import faults`): code (故障代码) and
// name (故障名称) required, group (故障大类), name_en, and group_en (the group's English name,
// an addition of ours). A row whose code is known updates it; columns the file lacks keep
// what the list knows. A code twice in a file, or a row without a code or a name, is an error
// naming its line and column, and nothing is imported.
class FaultImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(FaultImporter)

public:
    static const io::ImportShape &shape();

    explicit FaultImporter(Database &db);
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;

private:
    FaultCatalogue m_catalogue;
    QHash<QString, FaultCode> m_known;  // by code, as stored and as imported so far
    QHash<QString, QString> m_groupsEn; // group name → English name
    std::set<QString> m_seen;           // codes earlier in the file
};

} // namespace servicelens::org
