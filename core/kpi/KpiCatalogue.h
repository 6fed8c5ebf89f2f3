// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kpi.h"
#include "KpiTargets.h"

#include <QCoreApplication>
#include <QStringView>

#include <optional>
#include <vector>

namespace servicelens::kpi {

// Equipment and Incidents are a branch's own duties: in the monthly report, not in `kpi --json`
// (whose keys are KPI.md's exactly).
enum class KpiSection { Orders, Surveys, Inspections, Equipment, Incidents };
// How a figure is measured, and so how it is written: counts whole, rates as percent.
enum class KpiUnit { Count, Rate, Hours, WorkingDays, Score, Nps };
// Which way a change is an improvement (targets, arrows, colours); Neither for volumes.
enum class Better { Higher, Lower, Neither };

// One figure of KPI.md: the single definition every view reads (`kpi --json` and its table,
// the monthly report's table, PDF cover, XLSX and CSV, the dashboard's tiles). Adding a figure
// is adding a row to KpiCatalogue::all(), and its key to the views that show it.
struct KpiDefinition {
    const char *key; // KPI.md's key, e.g. "orders.sla_met_rate"
    KpiSection section;
    KpiUnit unit;
    Better better;
    const char *label;      // the full name (context "Kpi"): report, XLSX, CSV, PDF, tiles
    const char *shortLabel; // the name under its section's heading: the `kpi` table
    const char *meaning;    // how to read it, one sentence (tooltips, the user guide)
    int decimals;           // in the `kpi` table (rates: of the percent)
    std::optional<double> (*value)(const MonthKpis &k);
    double KpiTargets::*target; // the stored target it is measured against, or nullptr

    // The key within its section of the JSON: "sla_met_rate".
    QString jsonName() const;
};

class KpiCatalogue final {
    Q_DECLARE_TR_FUNCTIONS(Kpi)

public:
    // Every scalar figure of KPI.md, in its order (which is the JSON's).
    static const std::vector<KpiDefinition> &all();
    static const KpiDefinition *find(QStringView key);
    // A key the catalogue must hold (the views' lists below): a missing one is a bug.
    static const KpiDefinition &at(const char *key);
    static std::vector<const KpiDefinition *> section(KpiSection section);
    // Whether the month's figures include the definition's section (a branch's duties are
    // computed only for one branch's whole month).
    static bool computed(const KpiDefinition &d, const MonthKpis &k);

    // The views, as lists of keys in the order they show them.
    static const std::vector<const char *> &reportRows(); // the report's KPI table
    static const std::vector<const char *> &coverTiles(); // the PDF cover's six tiles

    // The label and meaning in the interface's language.
    static QString label(const KpiDefinition &d);
    static QString shortLabel(const KpiDefinition &d);
    static QString meaning(const KpiDefinition &d);

    // When a figure has orders to count but the data never gave the input it needs (KPI.md,
    // "unknown is not zero"): the missing columns ("responded_at"); nullopt otherwise — a
    // figure with a value, or null only because there was nothing to count.
    static std::optional<QString> missingInputs(const KpiDefinition &d, const MonthKpis &k);
    // The orders a rate of the orders section is a share of (its denominator), for the funnel
    // limits that compare branches; nullopt for a figure that is not such a rate.
    static std::optional<qint64> sampleSize(const KpiDefinition &d, const MonthKpis &k);
    // "not in the data" (不在数据中), and its longer explanation naming the columns.
    static QString notInDataText();
    static QString notInDataExplanation(const QString &columns);

    static std::optional<double> target(const KpiDefinition &d, const KpiTargets &targets);
    // Whether the value meets the target (nullopt without either).
    static std::optional<bool> meetsTarget(const KpiDefinition &d,
                                           const std::optional<double> &value,
                                           const KpiTargets &targets);
    // KpiTargets::rate with the figure's own direction.
    static KpiTargets::Rating rate(const KpiDefinition &d, const std::optional<double> &value,
                                   const KpiTargets &targets);
};

} // namespace servicelens::kpi
