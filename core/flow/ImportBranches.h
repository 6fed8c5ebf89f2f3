// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvImport.h"
#include "org/Branch.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// The branches an import of orders or of order events writes to: the default one (the first,
// or the one `--branch CODE` names) and each by its code, for a row's branch column.
class ImportBranches final {
    Q_DECLARE_TR_FUNCTIONS(ImportBranches)

public:
    // An error when the workbook has no branch, or none of the code asked for.
    Status load(Database &db, const QString &wanted);
    const std::vector<Branch> &all() const { return m_branches; }
    // The row's branch: the one its branch column names, else the default; an unknown code is
    // an issue on the row (and the default stands in for it until the row is refused).
    const Branch &ofRow(io::CsvImport::Row &row, int branchColumn) const;

private:
    std::vector<Branch> m_branches;
    const Branch *m_default = nullptr;
    QHash<QString, const Branch *> m_byCode;
};

} // namespace servicelens::flow
