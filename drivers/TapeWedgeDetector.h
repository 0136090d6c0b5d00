#pragma once

#include "KeyBurst.h"
#include "Result.h"
#include "TapeReading.h"

#include <QString>

#include <optional>
#include <vector>

namespace wh::drivers {

// Tells a keyboard-wedge tape measure (it types the length and Enter, like a barcode scanner) from a
// person typing, by burst timing and terminator (KeyBurst, shared with the badge and scanner
// detectors), and turns the burst into a tape frame: a settled reading, or a rejection.
//
// A burst is a tape's when it is prefix + body + suffix + terminator, every gap <= maxGapMs, and
// the body starts with a digit and holds only digits, '.', ',', spaces and unit letters (mm, cm,
// m, in, ft, ", '). Its body is read with parseLengthText (a number without unit is in
// defaultUnit): a length becomes a Reading; a body that does not read (an unknown unit, zero) a
// Rejected frame whose keys are not typed. A number above maxMillimetres is no tape's (an
// 8-digit barcode typed by a scanner): its keys go back as typed, like every burst that does not fit.
// Nothing is lost.
//
// Defaults: maxGapMs 35 (as the scanner), minLength 1, maxLength 12 ("1234.5 mm" is 9), terminator
// Enter, unit mm, maxMillimetres 100 m (the longest laser meters).
// Time and silence() as in KeyBurst. Pure; not thread-safe.
class TapeWedgeDetector {
public:
    using Key = WedgeKey;

    struct Options : WedgeFraming {
        Options()
        {
            minLength = 1;
            maxLength = 12;
        }
        LengthUnit defaultUnit = LengthUnit::Millimetre;
        double maxMillimetres = 100000.0;
    };

    struct Output {
        enum class Kind {
            Typed, // pass `key` on as typed
            Frame, // a tape's burst: `frame` (a Reading or a Rejected; raw = the burst's text, UTF-8)
        };
        Kind kind = Kind::Typed;
        Key key;               // Typed
        TapeFrame frame;       // Frame
        std::vector<Key> keys; // Frame: the burst's keys, terminator included
    };

    TapeWedgeDetector()
        : TapeWedgeDetector(Options{})
    {
    }
    explicit TapeWedgeDetector(Options options)
        : m_options(std::move(options))
        , m_burst(m_options.maxGapMs, m_options.terminator)
    {
    }

    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] static Status validate(const Options &options);

    [[nodiscard]] std::vector<Output> keyPressed(const Key &key);
    [[nodiscard]] std::vector<Output> silence();
    [[nodiscard]] std::optional<qint64> silenceDeadlineMs() const { return m_burst.silenceDeadlineMs(); }
    [[nodiscard]] bool isHolding() const { return m_burst.isHolding(); }

    // May `c` stand in a tape's body?
    [[nodiscard]] static bool isLengthCharacter(QChar c);

private:
    friend class KeyBurstCollector<TapeWedgeDetector>; // the tape rules for KeyBurst

    [[nodiscard]] bool canStart(const Key &key) const;
    [[nodiscard]] bool canContinue(const std::vector<Key> &held, const Key &key) const;
    [[nodiscard]] std::optional<Output> judge(const std::vector<Key> &keys) const;

    Options m_options;
    KeyBurst m_burst;
};

} // namespace wh::drivers
