#pragma once

#include "KeyBurst.h"
#include "Result.h"
#include "ScannerText.h"

#include <QString>

#include <optional>
#include <vector>

namespace wh::drivers {

// Tells a keyboard-wedge barcode scanner (a USB HID scanner that "types" the code and Enter) from
// a person typing, by the timing of the keys and the terminator (KeyBurst, shared with the badge
// detector), and turns the burst into a ScannedCode: prefix and suffix stripped, GS kept when the
// scanner types it (Ctrl+], text "\x1d") and the configured substitute character mapped back to GS,
// an AIM symbology identifier split off when present (or required, see AimMode).
//
// A burst is a scan when it is prefix + body + suffix + terminator, every gap <= maxGapMs, the body
// between minLength and maxLength characters of printable text or GS. Anything else gives its keys
// back as typed, in order; nothing is lost. A burst that fits but does not decode (no AIM identifier
// when one is required) is ScanRejected: its keys are not typed.
//
// Defaults, and why:
//   maxGapMs 35     HID scanners send a key every 1-16 ms (USB polling, press and release); people
//                   rarely press two keys less than 60-80 ms apart, never four in a row that fast.
//   minLength 4     no useful barcode is shorter; two keys pressed together (a rollover) are.
//   maxLength 4000  a full QR code or DataMatrix; more is a paste.
//   terminator Enter, no prefix, suffix or substitute, AIM optional: the scanners' factory setting.
//
// Time and silence() as in KeyBurst / KeyboardWedgeDetector. Pure; not thread-safe.
class ScannerWedgeDetector {
public:
    using Key = WedgeKey;
    using Terminator = WedgeTerminator;

    // prefix, suffix, terminator, maxGapMs, minLength, maxLength (WedgeFraming), the GS substitute
    // and the AIM mode.
    struct Options : WedgeFraming {
        Options()
        {
            minLength = 4;
            maxLength = 4000;
        }
        QChar gsSubstitute;
        AimMode aim = AimMode::Optional;

        // What the scan text decoder takes of these: prefix, suffix, GS substitute, AIM mode.
        [[nodiscard]] ScannerTextOptions textOptions() const;
    };

    struct Output {
        enum class Kind {
            Typed,       // pass `key` on as typed
            ScanRead,    // a scan: `code`
            ScanRejected // a scanner burst that does not decode: `error`; its keys are not typed
        };
        Kind kind = Kind::Typed;
        Key key;               // Typed
        ScannedCode code;      // ScanRead
        QString raw;           // ScanRead, ScanRejected: the burst's text (prefix and suffix included)
        std::vector<Key> keys; // ScanRead, ScanRejected: the burst's keys, terminator included
        Error error;           // ScanRejected (context: the raw text)
    };

    ScannerWedgeDetector()
        : ScannerWedgeDetector(Options{})
    {
    }
    explicit ScannerWedgeDetector(Options options)
        : m_options(std::move(options))
        , m_burst(m_options.maxGapMs, m_options.terminator)
    {
    }

    [[nodiscard]] const Options &options() const { return m_options; }
    // Refuses options that can never match (minLength > maxLength, gap < 1 ms) or a substitute
    // that is GS1 data or part of the prefix or suffix.
    [[nodiscard]] static Status validate(const Options &options);

    [[nodiscard]] std::vector<Output> keyPressed(const Key &key);
    [[nodiscard]] std::vector<Output> silence();
    [[nodiscard]] std::optional<qint64> silenceDeadlineMs() const { return m_burst.silenceDeadlineMs(); }
    [[nodiscard]] bool isHolding() const { return m_burst.isHolding(); }

    // The character a key types for a scanner: its text, GS for Ctrl+]; null if it is not scanner text.
    [[nodiscard]] static QChar scanCharacter(const Key &key);

private:
    friend class KeyBurstCollector<ScannerWedgeDetector>; // the scanner rules for KeyBurst

    [[nodiscard]] bool canStart(const Key &key) const;
    [[nodiscard]] bool canContinue(const std::vector<Key> &held, const Key &key) const;
    [[nodiscard]] std::optional<Output> judge(const std::vector<Key> &keys) const;

    Options m_options;
    KeyBurst m_burst;
};

} // namespace wh::drivers
