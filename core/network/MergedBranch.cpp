// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergedBranch.h"

#include "PackMerger.h"

#include "flow/OrderRepository.h"
#include "org/Branch.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

namespace servicelens::network {

Result<qint64> MergedBranch::find(const PackManifest &pack)
{
    FastQuery byUid(m_db, "SELECT id, time_zone FROM branch WHERE uid = ?1");
    byUid.bind(1, pack.branchUid);
    if (byUid.next()) {
        const qint64 id = byUid.int64(0);
        const QString zoneBefore = byUid.text(1);
        // The branch owns its name and its time zone (its months are counted in it, here as at
        // home): a newer pack's replace them, an older pack merged late does not.
        FastQuery follow(m_db,
                         "UPDATE branch SET name = CASE WHEN ?2 = '' THEN name ELSE ?2 END, "
                         "time_zone = CASE WHEN ?4 = '' THEN time_zone ELSE ?4 END, updated_at = "
                         "?3 WHERE id = ?1 AND ?3 >= updated_at AND ((?2 <> '' AND name <> ?2) OR "
                         "(?4 <> '' AND time_zone <> ?4))");
        follow.bind(1, id).bind(2, pack.branchName).bind(3, pack.createdAt).bind(4, pack.timeZone);
        if (auto s = follow.exec(); !s)
            return s.error();
        if (follow.changes() > 0 && !pack.timeZone.isEmpty() && zoneBefore != pack.timeZone)
            m_zoneMoved = true; // its months are counted again once the pack is in
        return id;
    }
    if (!byUid.status())
        return byUid.status().error();
    FastQuery byCode(m_db, "SELECT uid FROM branch WHERE code = ?1");
    byCode.bind(1, pack.branchCode);
    if (byCode.next())
        return makeError(
            ErrorKind::InvalidInput,
            PackMerger::tr("This store already has a branch %1 that is another workbook than the "
                           "one that wrote this pack. Two branches cannot share a code: give one "
                           "of them another code and pack again.")
                .arg(pack.branchCode),
            PackMerger::tr("store %1, pack %2").arg(byCode.text(0), pack.branchUid));
    FastQuery add(m_db, "INSERT INTO branch (uid, code, name, time_zone, created_at, updated_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
    add.bind(1, pack.branchUid)
        .bind(2, pack.branchCode)
        .bind(3, pack.branchName.isEmpty() ? pack.branchCode : pack.branchName)
        .bind(4, pack.timeZone)
        .bind(5, pack.createdAt);
    if (auto s = add.exec(); !s)
        return s.error();
    return add.lastInsertId();
}

Status MergedBranch::keepMonthsInZone(qint64 branchId, const PackManifest &pack)
{
    // An order's months are counted in its branch's zone. A branch that moved to another zone
    // recomputed its orders' months at home without changing the orders, so no pack carries
    // them; and a pack older than the move brings months of the zone before. Whenever a pack's
    // zone is not the branch's zone here (now the newest pack's), the branch's months here are
    // counted again in that zone, as the branch did.
    FastQuery zone(m_db, "SELECT time_zone FROM branch WHERE id = ?1");
    zone.bind(1, branchId);
    if (!zone.next())
        return zone.status();
    const QString here = zone.text(0);
    if (pack.timeZone.isEmpty() || (pack.timeZone == here && !m_zoneMoved))
        return {};
    const Branch branch{branchId, {}, {}, {}, here};
    m_recounted = true;
    return flow::OrderRepository(m_db).recomputeMonthKeys(branchId, branch.localTime().zone());
}

} // namespace servicelens::network
