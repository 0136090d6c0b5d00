#pragma once

#include "Clock.h"

#include <QUuid>

#include <cstdint>
#include <functional>
#include <mutex>

namespace wh {

// UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits, so ids sort by time and
// index well. Ids from one generator are strictly increasing even within one millisecond or when the
// clock steps back (RFC 9562 section 6.2, method 2: the 74 random bits are incremented).
// Thread-safe.
class UuidV7Generator {
public:
    using RandomSource = std::function<std::uint64_t()>;

    // Uses the system's cryptographic random source.
    explicit UuidV7Generator(const Clock &clock = Clock::system());
    // Uses `random` (the demo passes a seeded generator so the same seed gives the same ids).
    UuidV7Generator(const Clock &clock, RandomSource random);

    [[nodiscard]] QUuid next();
    // An id for a given time (the demo stamps events with their own occurred-at time).
    [[nodiscard]] QUuid nextAt(qint64 unixMs);

    // The millisecond timestamp carried by a version 7 id, or -1 for any other id.
    [[nodiscard]] static qint64 timestampOf(const QUuid &id);

private:
    const Clock &m_clock;
    RandomSource m_random;
    std::mutex m_mutex;
    qint64 m_lastMs = -1;
    std::uint64_t m_randA = 0; // 12 bits
    std::uint64_t m_randB = 0; // 62 bits
};

// Lower-case text with hyphens and no braces: the form stored in the database.
[[nodiscard]] QString uuidText(const QUuid &id);

} // namespace wh
