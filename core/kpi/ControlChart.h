// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

namespace servicelens::kpi {

// Control charts of a count per month (docs/kpi.md, Defects): each month judged against the
// twelve months before it.
//
// - u-chart: repairs per 1,000 units in the field (exposure = units); p-chart: the share of a
//   reference count (exposure = the category's repairs). A month without exposure has no rate
//   (unknown, not zero).
// - Centre: the pooled rate of the preceding twelve months that have a rate, Σcount / Σexposure,
//   when at least six of them do and they counted something; else the month has no limits.
// - Upper limit: centre + 3σ for the month's own exposure: u: σ = √(ū / n) (n in the rate's
//   units); p: σ = √(p̄(1 − p̄) / n).
// - Signals of a month: above_upper (rate > upper), run_of_8 (this month and the seven before
//   each above their own centre) and cusum: the upper CUSUM of z = (rate − centre) / σ with
//   allowance k = 0.5, C = max(0, C_prev + z − 0.5) over the twelve months ending at the month
//   (starting from 0; a month without limits, and a month that signalled, start it again),
//   crossing h = 4 in the month.
enum class ChartKind { U, P };

struct ChartInput {
    int month = 0; // YYYYMM; the series is consecutive months, oldest first
    long long count = 0;
    std::optional<double> exposure; // units in the field (u) or the reference count (p)
};

struct ChartMonth {
    int month = 0;
    long long count = 0;
    std::optional<double> exposure;
    std::optional<double> rate; // per 1,000 units (u) or a share 0..1 (p)
    std::optional<double> centre;
    std::optional<double> upper;
    std::optional<double> sigma;
    double cusum = 0;
    bool aboveUpper = false;
    bool runOf8 = false;
    bool cusumSignal = false;

    bool signalled() const { return aboveUpper || runOf8 || cusumSignal; }
    // How far above its centre the month is, in σ; unknown without limits.
    std::optional<double> excess() const
    {
        if (!centre || !sigma || *sigma <= 0)
            return std::nullopt;
        return (*rate - *centre) / *sigma;
    }
};

class ControlChart final {
public:
    static constexpr int baselineMonths = 12;
    static constexpr int minimumBaseline = 6;
    static constexpr int runLength = 8;
    static constexpr double allowance = 0.5;
    static constexpr double decision = 4.0;
    // The months a chart needs before the first month it judges fully: the baseline of the
    // first month of a run of eight, and twelve months of CUSUM.
    static constexpr int historyMonths = baselineMonths + baselineMonths - 1;

    static std::vector<ChartMonth> compute(ChartKind kind, const std::vector<ChartInput> &series);
    // The month `months` after `month` (YYYYMM; negative goes back).
    static int addMonths(int month, int months);
};

} // namespace servicelens::kpi
