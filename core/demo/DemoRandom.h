// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Xoshiro256.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace servicelens::demo {

// The demo's source of randomness. Its own generator and distributions (not <random>'s,
// whose distributions differ between standard libraries) so a seed gives the same workbook on
// every machine.
class DemoRandom final {
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_generator(seed)
    {}

    std::uint64_t next() { return m_generator.next(); }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [lo, hi].
    int between(int lo, int hi)
    {
        return lo + static_cast<int>(uniform() * static_cast<double>(hi - lo + 1));
    }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        // Box-Muller; one value per call keeps the sequence simple to reason about.
        double u1 = uniform();
        if (u1 < 1e-300)
            u1 = 1e-300;
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * uniform());
    }
    // exp(N(ln median, sigma)): durations with a long tail.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    // An index chosen with the given (not necessarily normalised) weights.
    std::size_t weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return weights.size() - 1;
    }

private:
    Xoshiro256 m_generator;
};

} // namespace servicelens::demo
