// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace servicelens::stats {

std::optional<double> mean(const std::vector<double> &values)
{
    if (values.empty())
        return std::nullopt;
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    const std::size_t n = values.size();
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (n % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2.0;
}

std::optional<double> p90(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    // ceil(0.9 n) in integers: 0.9 has no exact binary form, so 0.9 * n can land above an
    // integer it should equal.
    const std::size_t n = values.size();
    const std::size_t rank = (9 * n + 9) / 10;
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(rank - 1);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

std::optional<double> rate(long long numerator, long long denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return static_cast<double>(numerator) / static_cast<double>(denominator);
}

FunnelLimits funnelLimits(double pooled, long long n)
{
    FunnelLimits f;
    if (n <= 0)
        return f;
    const double se = std::sqrt(pooled * (1.0 - pooled) / static_cast<double>(n));
    const auto clamp = [](double v) {
        return std::clamp(v, 0.0, 1.0);
    };
    f.lower95 = clamp(pooled - 1.96 * se);
    f.upper95 = clamp(pooled + 1.96 * se);
    f.lower998 = clamp(pooled - 3.09 * se);
    f.upper998 = clamp(pooled + 3.09 * se);
    return f;
}

} // namespace servicelens::stats
