// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Statistics.h"
#include "io/OrderedJson.h"
#include "kpi/Kpi.h"
#include "kpi/KpiCatalogue.h"
#include "org/Branch.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::network {

// One rate of one branch against the network (KPI.md, "Several branches"): its value over its
// n orders, and the funnel limits around the pooled rate for that n.
struct RateStanding {
    const kpi::KpiDefinition *kpi = nullptr;
    std::optional<double> rate;
    qint64 n = 0;
    stats::FunnelLimits limits;
    // Beyond the 99.8 % limits: the only difference called a difference. -1 below, +1 above.
    int beyond998 = 0;
    // Beyond the 95 % limits (a warning: one branch in twenty is there by chance).
    int beyond95 = 0;
};

struct BranchMonth {
    Branch branch;
    std::optional<qint64> dataUntil; // the newest time its merged packs cover (UTC seconds)
    bool complete = false;           // its data covers the month to its end
    kpi::MonthKpis kpis;
    std::vector<RateStanding> rates;
    // "sla_met_rate below the 99.8 % limit", for each rate beyond its 99.8 % limits.
    QStringList flags() const;
};

struct NetworkMonth {
    QDate month;
    std::vector<BranchMonth> branches; // by code
    kpi::MonthKpis pooled;             // over every branch's orders, not an average of branches
    // Some branch's data stops before the month's end (or never came): the figures may change.
    bool provisional = false;
};

// A rate month by month for each branch and for the network (pooled), oldest month first.
struct NetworkTrend {
    const kpi::KpiDefinition *kpi = nullptr;
    std::vector<QDate> months;
    struct Line {
        Branch branch; // empty code: the network
        std::vector<std::optional<double>> values;
    };
    std::vector<Line> lines; // the branches by code, then the network
};

// Every branch of a head office's store side by side for a month, with the pooled figures and
// each rate's funnel limits, and how current each branch's data is.
class NetworkFigures final {
    Q_DECLARE_TR_FUNCTIONS(NetworkFigures)

public:
    explicit NetworkFigures(Database &db)
        : m_db(db)
    {}

    // `sections` as KpiEngine's (orders are always computed: the funnels are theirs).
    Result<NetworkMonth> compute(QDate month, int sections);
    // Each branch (by code) with its data_until, and whether it covers the month to its end.
    struct Freshness {
        Branch branch;
        std::optional<qint64> dataUntil;
        bool complete = false;
    };
    Result<std::vector<Freshness>> freshness(QDate month) const;

    // `rate` over the `count` months ending with `lastMonth`, per branch and pooled.
    Result<NetworkTrend> trend(const kpi::KpiDefinition &rate, QDate lastMonth, int count);

    // The rates a funnel compares, in the catalogue's order.
    static std::vector<const kpi::KpiDefinition *> comparedRates();
    // FORMATS.md, `network --json`.
    static QString toJson(const NetworkMonth &m, int indent = 2);

private:
    Database &m_db;
};

} // namespace servicelens::network
