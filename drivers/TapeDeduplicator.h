#pragma once

#include "TapeReading.h"

#include <QString>

#include <optional>

namespace wh::drivers {

// Suppresses repeated readings of one tape, so one press of the button is one measurement.
// Where repeats come from: a Leica DISTO replays its last value when indications are enabled
// (on every reconnect: it disconnects when idle); a frame may be sent twice.
//
// The rules, for settled readings (live readings are never duplicates: they are for display):
//   - a reading with the device's own counter (sequenceFromDevice) is a duplicate when the counter
//     and the value equal the last accepted reading's (a new counter is a new measurement, even
//     of the same length);
//   - a reading without one is a duplicate when its value and unit equal the last accepted
//     reading's and it is the first reading within replayWindowMs after a (re)subscription (the
//     replay), or comes within repeatWindowMs after that reading;
//   - with dropUnknownReplay (set for devices that replay, the DISTO), the first reading without a
//     counter within replayWindowMs of a subscription, while no reading was accepted yet, is taken
//     for the replay of a measurement made before this program ran, and dropped.
// The same length measured again a moment later by the person is accepted once repeatWindowMs has
// passed (a person needs a second or more to measure again).
// Pure (time is passed in); not thread-safe.
class TapeDeduplicator {
public:
    struct Options {
        qint64 replayWindowMs = 2000;
        qint64 repeatWindowMs = 500;
        bool dropUnknownReplay = false;
    };

    TapeDeduplicator() = default;
    explicit TapeDeduplicator(Options options)
        : m_options(options)
    {
    }

    [[nodiscard]] const Options &options() const { return m_options; }

    // Indications or notifications were (re)enabled at `atMs`.
    void subscribed(qint64 atMs)
    {
        m_subscribedAtMs = atMs;
        m_replayPending = true;
    }
    // Whether `reading`, arriving at `atMs`, repeats an earlier one: the reason, or nullopt when it
    // is new (then it becomes the last accepted reading).
    [[nodiscard]] std::optional<QString> check(const TapeReading &reading, qint64 atMs);
    // Forget the last reading (another device, or a new item).
    void reset() { m_last.reset(); }

private:
    struct Last {
        double value;
        LengthUnit unit;
        quint32 sequence;
        bool sequenceFromDevice;
        qint64 atMs;
    };

    Options m_options;
    std::optional<Last> m_last;
    std::optional<qint64> m_subscribedAtMs;
    bool m_replayPending = false; // no settled reading yet since the subscription
};

} // namespace wh::drivers
