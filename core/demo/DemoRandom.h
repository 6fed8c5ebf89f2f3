// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

namespace servicelens::demo {

// The demo's source of randomness. Its own generator and distributions (not <random>'s,
// whose distributions differ between standard libraries) so a seed gives the same workbook on
// every machine.
class DemoRandom final {
public:
    explicit DemoRandom(std::uint64_t seed) {
        for (auto &s : m_state) {
            std::uint64_t z = (seed += 0x9E3779B97F4A7C15ULL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [lo, hi].
    int between(int lo, int hi) {
        return lo + static_cast<int>(uniform() * static_cast<double>(hi - lo + 1));
    }
    bool chance(double p) { return uniform() < p; }
    double normal() {
        // Box-Muller; one value per call keeps the sequence simple to reason about.
        double u1 = uniform();
        if (u1 < 1e-300)
            u1 = 1e-300;
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * uniform());
    }
    // exp(N(ln median, sigma)): durations with a long tail.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    // An index chosen with the given (not necessarily normalised) weights.
    std::size_t weighted(const std::vector<double> &weights) {
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
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

} // namespace servicelens::demo
