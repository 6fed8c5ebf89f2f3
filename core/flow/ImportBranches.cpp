// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBranches.h"

namespace servicelens::flow {

Status ImportBranches::load(Database &db, const QString &wanted)
{
    auto branches = BranchRepository(db).list();
    if (!branches)
        return branches.error();
    if (branches->empty())
        return makeError(ErrorKind::Database, tr("The workbook has no branch."));
    m_branches = std::move(*branches);
    m_default = &m_branches.front();
    if (!wanted.isEmpty()) {
        m_default = nullptr;
        for (const Branch &b : m_branches)
            if (b.code == wanted)
                m_default = &b;
        if (!m_default)
            return makeError(ErrorKind::InvalidInput,
                             tr("The workbook has no branch “%1”.").arg(wanted));
    }
    for (const Branch &b : m_branches)
        m_byCode.insert(b.code, &b);
    return {};
}

const Branch &ImportBranches::ofRow(io::CsvImport::Row &row, int branchColumn) const
{
    const QString code = row.cell(branchColumn);
    if (code.isEmpty())
        return *m_default;
    const auto it = m_byCode.constFind(code);
    if (it != m_byCode.constEnd())
        return **it;
    row.issue(branchColumn, code, tr("no branch has this code"));
    return *m_default;
}

} // namespace servicelens::flow
