#include "Random.h"

#include <cmath>
#include <numbers>

namespace wh {

namespace {
std::uint64_t splitmix64(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

SeededRandom::SeededRandom(std::uint64_t seed)
{
    for (auto &s : m_s)
        s = splitmix64(seed);
}

std::uint64_t SeededRandom::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double SeededRandom::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

qint64 SeededRandom::between(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    // Unsigned arithmetic: hi - lo overflows qint64 for wide ranges, and the full range has 2^64
    // values (span wraps to 0).
    const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
    const std::uint64_t offset = span == 0 ? next() : next() % span;
    return static_cast<qint64>(static_cast<std::uint64_t>(lo) + offset);
}

double SeededRandom::normal(double mean, double stddev)
{
    double u1 = uniform();
    if (u1 < 1e-300)
        u1 = 1e-300;
    const double u2 = uniform();
    return mean + stddev * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

bool SeededRandom::chance(double p)
{
    return uniform() < p;
}

SeededRandom SeededRandom::fork(std::uint64_t label) const
{
    std::uint64_t mix = m_s[0] ^ rotl(m_s[2], 13) ^ (label * 0x9e3779b97f4a7c15ULL);
    return SeededRandom(splitmix64(mix));
}

} // namespace wh
