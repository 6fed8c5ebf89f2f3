// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>

#include <optional>

namespace servicelens {
class Database;
}

namespace servicelens::kpi {

// The targets the dashboard measures against, stored in the workbook and editable. Defaults
// are those of the yearly work plan in DOMAIN.md.
struct KpiTargets {
    double csat = 0.90;                 // satisfaction >= 90 %
    double resolutionWdMean = 3.0;      // mean resolution <= 3 working days
    double responseWithinTarget = 0.80; // >= 80 % responded within the response target
    double complaintRate = 0.03;        // complaint rate <= 3 %
    // Not in the work plan: levels common in after-sales service, to be set to the branch's own.
    double slaMet = 0.90;       // >= 90 % of closed orders on time for response and resolution
    double firstTimeFix = 0.80; // >= 80 % fixed at the first visit, never reopened
    // Optional (0: none): a capacity of orders received in a month, and the most orders open
    // at a month's end.
    double ordersReceived = 0;
    double backlogEnd = 0;

    enum class Rating { Good, Warning, Bad, Unknown };
    // Good when the target is met; Warning when missed by at most 10 % of the target;
    // Bad beyond that; Unknown without a value.
    static Rating rate(const std::optional<double> &value, double target, bool higherIsBetter);
};

class KpiTargetRepository final {
    Q_DECLARE_TR_FUNCTIONS(KpiTargetRepository)

public:
    explicit KpiTargetRepository(Database &db)
        : m_db(db)
    {}
    Result<KpiTargets> load() const;
    Status save(const KpiTargets &targets);

private:
    Database &m_db;
};

} // namespace servicelens::kpi
