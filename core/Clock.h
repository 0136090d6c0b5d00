#pragma once

#include <QtGlobal>

#include <atomic>

namespace wh {

// The time source. Everything that asks "what time is it" takes a Clock, so tests swap in a
// MockClock (tests/support). Time is UTC milliseconds since the epoch everywhere in the store.
// May be called from any thread.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;

    // The process-wide wall clock.
    static Clock &system();
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] qint64 nowMs() const override;
};

// A clock that shows what it was last set to: for replaying a simulated day (the demo) and for
// tests. Thread-safe.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_nowMs(startMs)
    {
    }
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs.load(); }
    void set(qint64 ms) { m_nowMs.store(ms); }
    void advance(qint64 ms) { m_nowMs.fetch_add(ms); }

private:
    std::atomic<qint64> m_nowMs;
};

} // namespace wh
