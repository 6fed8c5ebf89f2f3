// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"
#include "survey/ResponseRepository.h"

namespace servicelens {
class Database;
class UidGenerator;
namespace flow {
struct ServiceOrder;
}
} // namespace servicelens

namespace servicelens::demo {

// What the demo knows about an order beyond its row, which its customer would feel.
struct OrderExperience {
    double technicianQuality = 0.88; // 0.80-0.96
    bool lateResponse = false;
    bool lateResolution = false;
};

// The follow-up call (回访) of the demo's orders: about a third of the orders followed up in
// the last year are surveyed at the call; three in four answer. Scores follow what happened —
// complaints, reopenings, repeat visits, slow responses and repairs, the technician's skill —
// with the overall score built from the dimensions with known weights (resolution and speed
// weigh most), so the driver analysis has a real answer; about four in ten leave a comment in
// Chinese that matches their score.
class DemoSurveys final {
public:
    // Follow-ups from `pendingFrom` on are still on the callback list (not called yet).
    DemoSurveys(Database &db, UidGenerator &uids, const survey::Survey &survey, qint64 branchId,
                std::uint64_t seed, qint64 pendingFrom);

    Status add(const flow::ServiceOrder &order, const OrderExperience &experience);
    qint64 responses() const { return m_responses; }

private:
    UidGenerator &m_uids;
    const survey::Survey &m_survey;
    qint64 m_branchId;
    qint64 m_pendingFrom;
    DemoRandom m_random;
    survey::ResponseRepository m_repository;
    qint64 m_responses = 0;
};

} // namespace servicelens::demo
