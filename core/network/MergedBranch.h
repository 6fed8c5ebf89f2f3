// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackFile.h"
#include "storage/Result.h"

namespace servicelens {
class Database;
}

namespace servicelens::network {

// The branch a pack is of, in a head office's store, for one merge (PackMerger): found by its
// uid, its name and time zone following a pack newer than what the store knows (never an older
// one), or added; refused when another workbook already holds its code. Once the pack's rows are
// in, the branch's orders' months are counted again in its zone when the pack moved it or was
// written in another zone.
class MergedBranch final {
public:
    explicit MergedBranch(Database &store)
        : m_db(store)
    {}

    Result<qint64> find(const PackManifest &pack);
    Status keepMonthsInZone(qint64 branchId, const PackManifest &pack);
    // keepMonthsInZone() counted the branch's months again (in another zone than before).
    bool monthsRecounted() const { return m_recounted; }

private:
    Database &m_db;
    bool m_zoneMoved = false; // find() moved the branch to the pack's zone
    bool m_recounted = false;
};

} // namespace servicelens::network
