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

} // namespace stats
} // namespace servicelens
