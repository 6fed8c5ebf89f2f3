// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "storage/Result.h"

#include <QString>

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::inspection {

struct EvidenceOrder {
    qint64 id = 0;
    QString orderNo;
    qint64 receivedAt = 0;
    qint64 closedAt = 0;
    QString category;
    QString product;
    QString technician;
    bool complaint = false;
};

// Service orders for an inspector to check against the paperwork: a random sample of the
// orders closed in a period (e.g. "10 orders closed this month"), and the orders already kept
// as evidence.
class EvidenceSampler final {
public:
    explicit EvidenceSampler(Database &db)
        : m_db(db)
    {}

    // Closed in [from, to) (UTC seconds) at the branch; at most `count`, in random order.
    Result<std::vector<EvidenceOrder>> sampleClosed(qint64 branchId, qint64 from, qint64 to,
                                                    int count) const;
    Result<std::vector<EvidenceOrder>> byIds(const std::vector<qint64> &ids) const;

    // The orders an inspection started at `startedAt` offers to check: `count` closed in its
    // month up to now (or up to its start, if later), reaching back into the month before when
    // the month so far has fewer (early in a month); the orders already kept (`kept`) first,
    // so they stay in the list.
    Result<std::vector<EvidenceOrder>> forInspection(qint64 branchId, const LocalTime &local,
                                                     qint64 startedAt, qint64 now,
                                                     const std::vector<qint64> &kept,
                                                     int count = 10) const;

private:
    Database &m_db;
};

} // namespace servicelens::inspection
