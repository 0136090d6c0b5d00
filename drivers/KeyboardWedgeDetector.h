#pragma once

#include "BadgeNumberFormat.h"
#include "KeyBurst.h"
#include "Result.h"

#include <QString>
#include <qnamespace.h>

#include <optional>
#include <vector>

namespace wh::drivers {

// Tells a keyboard-wedge badge reader (a USB HID reader that "types" the card number and Enter)
// from a person typing, by the timing of the keys and the terminator. The kiosk feeds it every key
// press of its window and acts on what comes out: typed keys go on to the focused field (the PIN
// or search field still gets what a person types), a badge read goes to the punch flow.
//
// The rules. A burst may start only with a key that comes more than maxGapMs after the previous key
// (any key: so a barcode scanned into the search field never yields a badge from its tail). While
// keys follow each other within maxGapMs (a gap equal to maxGapMs still counts as fast), they are
// held back. The burst is a badge when it is
//     prefix + body + suffix + terminator,
// with every gap <= maxGapMs, the body between minLength and maxLength characters, each of them in
// allowedCharacters, and the body decodes in `format` (BadgeNumberFormat). With terminator None a
// burst ends by silence instead. Anything else -- a burst cut by a long gap, too short, too long,
// a wrong prefix, a key outside the rules, no terminator -- gives its keys back as typed, in order,
// with their own timestamps; nothing is lost. A burst that is not a badge leaves the rest of its
// fast run typed too (a 30-character barcode stays text all the way).
//
// Defaults, and why:
//   maxGapMs 35      HID readers send a key every 1-16 ms (USB polling of 1-10 ms, press and release);
//                    people rarely press two keys less than 60-80 ms apart, and never eight in a
//                    row that fast. 35 ms keeps a margin for jitter on both sides.
//   minLength 8      readers send 8 (hex) or 10 (decimal) digits; PINs have 4 to 6.
//   maxLength 20     more is a barcode or a paste, not a badge.
//   allowed "0-9"    the default decimal format; set hex digits for Hex32 / Em4100Hex readers.
//   terminator Enter what readers send by default; prefix and suffix empty.
//
// Time: timestamps are the key events' own (QKeyEvent::timestamp()), in milliseconds, in one clock.
// The first key of every burst waits until the next key or the silence: the kiosk calls silence()
// from a single-shot timer restarted on each key, with an interval of about twice maxGapMs (a timer
// that fired before the next key of a burst was processed would type the burst), so a lone key a
// person typed still shows without a perceptible delay. Simulated time (tests, the demo) calls
// silence() once silenceDeadlineMs() has passed.
//
// Pure: no Qt Gui, no clock, no logging. Not thread-safe; use from one thread (the GUI thread).
class KeyboardWedgeDetector {
public:
    using Terminator = WedgeTerminator;
    using Key = WedgeKey;

    // prefix, suffix, terminator, maxGapMs, minLength, maxLength (WedgeFraming), and the badge's
    // characters and number format.
    struct Options : WedgeFraming {
        Options()
        {
            minLength = 8;
            maxLength = 20;
        }
        QString allowedCharacters = QStringLiteral("0123456789");
        BadgeNumberFormat format;
    };

    struct Output {
        enum class Kind {
            Typed,        // pass `key` on as typed
            BadgeRead,    // a badge: `badgeId`
            BadgeRejected // a reader burst whose number does not decode: `error`; its keys are not typed
        };
        Kind kind = Kind::Typed;
        Key key;               // Typed
        QString badgeId;       // BadgeRead: normalised 10-digit id
        QString raw;           // BadgeRead, BadgeRejected: the burst's text (prefix and suffix included)
        std::vector<Key> keys; // BadgeRead, BadgeRejected: the burst's keys, terminator included
        Error error;           // BadgeRejected (context: the raw text)
    };

    KeyboardWedgeDetector()
        : KeyboardWedgeDetector(Options{})
    {
    }
    explicit KeyboardWedgeDetector(Options options)
        : m_options(std::move(options))
        , m_burst(m_options.maxGapMs, m_options.terminator)
    {
    }

    [[nodiscard]] const Options &options() const { return m_options; }
    // Checks the options; the detector works with any, but a kiosk should refuse a configuration
    // that can never match (minLength > maxLength, empty allowed set, gap < 1 ms).
    [[nodiscard]] static Status validate(const Options &options);

    // One key press. Returns what is decided now, in order.
    [[nodiscard]] std::vector<Output> keyPressed(const Key &key);
    // No key came for a while: the held burst ends now (a badge if terminator is None and it fits,
    // otherwise typed keys).
    [[nodiscard]] std::vector<Output> silence();
    // When, in key timestamps, silence() is due; nullopt when no key is held.
    [[nodiscard]] std::optional<qint64> silenceDeadlineMs() const { return m_burst.silenceDeadlineMs(); }
    [[nodiscard]] bool isHolding() const { return m_burst.isHolding(); }

    [[nodiscard]] static QString terminatorName(Terminator terminator);
    [[nodiscard]] static Result<Terminator> parseTerminator(QStringView name);

private:
    friend class KeyBurstCollector<KeyboardWedgeDetector>; // the badge rules for KeyBurst

    [[nodiscard]] bool isTextKey(const Key &key) const;
    [[nodiscard]] bool canStart(const Key &key) const;
    [[nodiscard]] bool canContinue(const std::vector<Key> &held, const Key &key) const;
    // The held burst, complete: a badge output, or nullopt when it does not fit the rules.
    [[nodiscard]] std::optional<Output> judge(const std::vector<Key> &keys) const;

    Options m_options;
    KeyBurst m_burst;
};

} // namespace wh::drivers
