// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthTallies.h"

#include "TallyCodec.h"

#include "storage/Database.h"
#include "storage/FastQuery.h"

namespace servicelens::kpi {

bool MonthTallies::kept() const
{
    return m_db.isPostgres();
}

Result<qint64> MonthTallies::current() const
{
    FastQuery q(m_db, "SELECT version FROM data_version WHERE id = 1");
    if (q.next())
        return q.int64(0);
    if (!q.status())
        return q.status().error();
    return makeError(ErrorKind::Damaged, QStringLiteral("data_version has no row"));
}

Result<qint64> MonthTallies::hold()
{
    FastQuery q(m_db,
                "UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version - 1");
    if (q.next())
        return q.int64(0);
    if (!q.status())
        return q.status().error();
    return makeError(ErrorKind::Damaged, QStringLiteral("data_version has no row"));
}

Result<std::unordered_map<qint64, BranchTally>>
MonthTallies::valid(const std::vector<qint64> &branchIds, qint64 month) const
{
    std::unordered_map<qint64, BranchTally> out;
    if (branchIds.empty())
        return out;
    const BranchTallies ids(branchIds);
    FastQuery q = ids.select(m_db,
                             "SELECT t.branch_id, t.tally FROM month_tally t JOIN data_version v "
                             "ON v.id = 1 AND v.version = t.version WHERE t.month = ?1 AND ",
                             "t.branch_id", "", 2);
    q.bind(1, month);
    while (q.next()) {
        const auto *text = reinterpret_cast<const char *>(q.rawText(1));
        // A tally of another layout (an older ServiceLens kept it) is read from the rows.
        if (auto tally = TallyCodec::decode(QByteArray(text)))
            out.emplace(q.int64(0), std::move(*tally));
    }
    if (!q.status())
        return q.status().error();
    return out;
}

Result<std::vector<qint64>> MonthTallies::validMonths(qint64 branchId, qint64 version) const
{
    std::vector<qint64> months;
    FastQuery q(m_db, "SELECT month FROM month_tally WHERE branch_id = ?1 AND version = ?2 "
                      "ORDER BY month");
    q.bind(1, branchId).bind(2, version);
    while (q.next())
        months.push_back(q.int64(0));
    if (!q.status())
        return q.status().error();
    return months;
}

Status MonthTallies::keep(qint64 branchId, qint64 month, qint64 version, const BranchTally &tally)
{
    FastQuery q(m_db, "INSERT INTO month_tally (branch_id, month, version, tally) VALUES (?1, ?2, "
                      "?3, ?4) ON CONFLICT (branch_id, month) DO UPDATE SET version = "
                      "excluded.version, tally = excluded.tally");
    const QByteArray text = TallyCodec::encode(tally);
    q.bind(1, branchId).bind(2, month).bind(3, version).bindUtf8(4, text.constData(), text.size());
    return q.exec();
}

Status MonthTallies::forget(qint64 branchId)
{
    FastQuery q(m_db, "DELETE FROM month_tally WHERE branch_id = ?1");
    q.bind(1, branchId);
    return q.exec();
}

Status MonthTallies::carry(qint64 from, qint64 to)
{
    FastQuery q(m_db, "UPDATE month_tally SET version = ?2 WHERE version = ?1");
    q.bind(1, from).bind(2, to);
    return q.exec();
}

} // namespace servicelens::kpi
