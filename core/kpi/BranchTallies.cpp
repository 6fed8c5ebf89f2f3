// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiSection.h"

#include "storage/FastQuery.h"

namespace servicelens::kpi {

BranchTallies::BranchTallies(std::vector<qint64> ids)
    : m_ids(std::move(ids))
    , m_tallies(m_ids.size())
{
    for (std::size_t i = 0; i < m_ids.size(); ++i)
        m_index.emplace(m_ids[i], i);
}

BranchTally &BranchTallies::of(qint64 branchId)
{
    if (m_last && m_lastId == branchId)
        return *m_last;
    // A statement reads only the branches of its IN list: any id it gives is one of them.
    m_last = &m_tallies[m_index.at(branchId)];
    m_lastId = branchId;
    return *m_last;
}

QByteArray BranchTallies::inList(const char *column, int first) const
{
    QByteArray sql = QByteArray(column) + " IN (";
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        if (i > 0)
            sql += ", ";
        sql += '?' + QByteArray::number(first + static_cast<int>(i));
    }
    return sql + ')';
}

void BranchTallies::bind(FastQuery &q, int first) const
{
    for (std::size_t i = 0; i < m_ids.size(); ++i)
        q.bind(first + static_cast<int>(i), m_ids[i]);
}

FastQuery BranchTallies::select(const Database &db, const QByteArray &head, const char *column,
                                const QByteArray &tail, int first) const
{
    const QByteArray sql = head + inList(column, first) + tail;
    FastQuery q(db, sql.constData());
    bind(q, first);
    return q;
}

} // namespace servicelens::kpi
