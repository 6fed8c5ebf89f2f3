// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace servicelens {

// xoshiro256** (Blackman and Vigna), seeded through splitmix64: fast, well distributed, and
// the same sequence for a seed on every platform. Not for secrets.
class Xoshiro256 final {
public:
    explicit Xoshiro256(std::uint64_t seed)
    {
        for (auto &s : m_state) {
            std::uint64_t z = (seed += 0x9E3779B97F4A7C15ULL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
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

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

} // namespace servicelens
