#pragma once

#include <QtGlobal>

#include <cstdint>

namespace wh {

// A small, seedable, platform-independent generator (xoshiro256**, seeded by splitmix64).
// std::mt19937 is portable but std's distributions are not, and the demo warehouse must be the
// same for the same seed on every machine; so the distributions are written here too.
// Not thread-safe: one instance per thread.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed);

    std::uint64_t next();
    // Uniform in [0, 1).
    double uniform();
    // Uniform integer in [lo, hi] (inclusive).
    qint64 between(qint64 lo, qint64 hi);
    // Normal distribution (Box-Muller), mean and standard deviation.
    double normal(double mean, double stddev);
    // True with probability p.
    bool chance(double p);
    // An independent generator derived from this one and a label (for per-worker streams).
    [[nodiscard]] SeededRandom fork(std::uint64_t label) const;

private:
    std::uint64_t m_s[4];
};

} // namespace wh
