#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace wh {

// What a hardware counter (a conveyor's or a sorter's item counter read over Modbus) did between two
// reads, and how many counts that was. Pure; any thread.
//
// The counter is an unsigned register of `widthBits` (16 or 32) bits that counts up. Between two
// reads it can also drop: it wrapped past its top (65535 -> 0 for 16 bits), or it was reset (the
// device restarted, someone zeroed it, it was replaced). Telling these apart needs a plausibility
// bound, `maxDelta`: the most counts the device can make between two reads. The rule:
//
//   no previous value        Baseline  0 counts: nothing is known of what happened before
//   current == previous      Unchanged 0
//   current  > previous      Advanced  current - previous, when that is at most maxDelta;
//                            Jump      0 otherwise (a preset or a replaced device: the new value
//                                      becomes the baseline; counting it would book a huge number)
//   current  < previous      Wrapped   2^width - previous + current, when that is at most maxDelta
//                                      (the counter passed its top);
//                            Reset     current, when the wrapped delta is implausible and current
//                                      itself is at most maxDelta (it restarted from 0 and has
//                                      counted `current` since);
//                            Jump      0 otherwise.
//
// A Jump and a Reset are worth a line in the log (with both raw values); the next read counts from
// the value read now in every case.
enum class CounterChange { Baseline, Unchanged, Advanced, Wrapped, Reset, Jump };

[[nodiscard]] QString counterChangeName(CounterChange change); // "baseline", "unchanged", ...

struct CounterStep {
    CounterChange change = CounterChange::Baseline;
    quint32 counts = 0; // what to book: the counts since the previous read
};

// The default bound: a sixteenth of the register's range (4096 counts for 16 bits, 2^28 for 32),
// far above what a conveyor counts between two polls and far below a counter's drop to zero.
[[nodiscard]] quint32 defaultCounterMaxDelta(int widthBits);

// `widthBits` is 16 or 32; values are taken modulo the width. `maxDelta` 0 means the default.
[[nodiscard]] CounterStep counterStep(std::optional<quint32> previous, quint32 current, int widthBits,
                                      quint32 maxDelta = 0);

} // namespace wh
