// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

namespace servicelens {

// The summary statistics of KPI.md. Each returns nullopt for an empty input ("a figure whose
// denominator is 0 is null"). The vectors are taken by value because they get sorted.
namespace stats {

std::optional<double> mean(const std::vector<double> &values);
// The middle value; the mean of the two middle values when the count is even.
std::optional<double> median(std::vector<double> values);
// Nearest rank: the value at 1-based rank ceil(0.9 × n) in ascending order.
std::optional<double> p90(std::vector<double> values);
// numerator / denominator, null when the denominator is 0.
std::optional<double> rate(long long numerator, long long denominator);

// Funnel limits (KPI.md, "Several branches"): where a unit's rate over n cases may fall by
// chance alone around the pooled rate p, p ± z·sqrt(p(1−p)/n), clamped to [0, 1]; z = 1.96
// for 95 %, 3.09 for 99.8 %.
struct FunnelLimits {
    double lower95 = 0;
    double upper95 = 1;
    double lower998 = 0;
    double upper998 = 1;
};
FunnelLimits funnelLimits(double pooled, long long n);

} // namespace stats
} // namespace servicelens
