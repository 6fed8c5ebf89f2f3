// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kpi.h"
#include "common/LocalTime.h"
#include "flow/SlaPolicy.h"
#include "flow/WorkingCalendar.h"
#include "io/OrderedJson.h"
#include "org/Branch.h"
#include "storage/Result.h"

#include <QCoreApplication>

#include <map>
#include <memory>

namespace servicelens {
class Database;
}

namespace servicelens::kpi {

struct KpiReference;

// A month of several branches: each branch's own figures and the network's pooled ones.
struct NetworkKpis {
    MonthKpis pooled;
    std::vector<MonthKpis> branches;
};

// The one place that computes KPI.md's figures. The dashboard, the reports and
// `servicelens kpi` all call it, so they agree to the last digit. It reads the month's orders
// through the covering KPI indexes on the raw SQLite connection and does the arithmetic here,
// where working days, medians and percentiles are exact.
class KpiEngine final {
    Q_DECLARE_TR_FUNCTIONS(KpiEngine)

public:
    explicit KpiEngine(Database &db);
    ~KpiEngine();

    // Loads the calendar, SLA policies and staff once; call again after they change.
    Status reload();

    // What to compute: a trend that shows only order figures need not read every survey
    // answer of twelve months. Sections not computed keep their empty values. OrdersBrief
    // makes the order section what a trend plots — orders received and closed, complaint rate,
    // the closed orders' rates, mean resolution and backlog — without response times, stage
    // dwell, resolution median and p90, or per-technician and team figures (about 40 % less
    // work per month; MonthKpis::brief says so).
    // Equipment and Incidents are one branch's duties (MonthKpis::equipment, ::incidents):
    // computed by compute() and computePeriod() for a whole month when asked, never pooled, and
    // not part of All (`kpi --json` has exactly KPI.md's sections).
    enum Section {
        Orders = 0x1,
        Surveys = 0x2,
        Inspections = 0x4,
        All = 0x7,
        OrdersBrief = 0x8,
        Equipment = 0x10,
        Incidents = 0x20,
        Duties = Equipment | Incidents
    };

    Result<MonthKpis> compute(const Branch &branch, QDate month, int sections = All);
    // The same figures for any run of days [from, to) (a quarter, 12 months, a training's
    // before/after window). Backlog and inspections are month figures: computed only when the
    // period is one whole month.
    Result<MonthKpis> computePeriod(const Branch &branch, QDate from, QDate to, int sections = All);
    // The month's figures over several branches (KPI.md, "Several branches"): ratios of sums
    // and percentiles over every order, each branch's month in its own time zone. The
    // technicians list stays empty: technicians are figures of their branch. branchCode is
    // empty.
    Result<MonthKpis> computePooled(const std::vector<Branch> &branches, QDate month,
                                    int sections = All);
    // Both at once, each branch read once: every branch's month (as compute() gives it, in
    // the order given) and the pooled month.
    Result<NetworkKpis> computeNetwork(const std::vector<Branch> &branches, QDate month,
                                       int sections = All);
    // The orders closed in the month behind its SLA and first-time-fix failures: what a click
    // on those figures lists (computed by the same pass as the figures, so the same orders).
    Result<OrdersBehind> ordersBehind(const Branch &branch, QDate month);
    // The inspections section alone (KPI.md), for the inspection charts.
    Result<InspectionKpis> inspections(const Branch &branch, QDate month);
    // Counts each of the branch's `months` in full and keeps it in the store's month tallies,
    // valid at `version` (a head office's PostgreSQL store; MonthTallies).
    Status keepMonths(const Branch &branch, const std::vector<QDate> &months, qint64 version);
    // `count` consecutive months ending with `lastMonth` (oldest first), for trends.
    Result<std::vector<MonthKpis>> computeTrend(const Branch &branch, QDate lastMonth, int count,
                                                int sections = All);

    // "YYYY-MM" to the first day of that month; nullopt if it is not one.
    static std::optional<QDate> parseMonth(const QString &text);
    // The JSON of KPI.md, keys in its order.
    static QString toJson(const MonthKpis &kpis, int indent = 2);
    // Its "orders" section alone (`network --json` shows it per branch and pooled).
    static io::OrderedJson ordersJson(const MonthKpis &kpis);

private:
    Result<const KpiReference *> cache();

    Database &m_db;
    std::unique_ptr<KpiReference> m_cache;
};

} // namespace servicelens::kpi
