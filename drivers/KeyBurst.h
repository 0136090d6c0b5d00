#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>
#include <qnamespace.h>

#include <optional>
#include <vector>

namespace wh::drivers {

// One key press, as a keyboard-wedge device (badge reader, barcode scanner) or a person types it.
struct WedgeKey {
    qint64 timestampMs = 0;
    int key = Qt::Key_unknown; // a Qt::Key
    QString text;              // what the key types ("7"); empty for Enter, Tab, arrows, ...
    Qt::KeyboardModifiers modifiers;

    [[nodiscard]] static WedgeKey character(qint64 timestampMs, QChar c);
    [[nodiscard]] static WedgeKey enter(qint64 timestampMs);
    [[nodiscard]] static WedgeKey tab(qint64 timestampMs);
    // GS (0x1D) as a scanner types it: Ctrl+], which Qt delivers as Key_BracketRight with the text "\x1d".
    [[nodiscard]] static WedgeKey groupSeparator(qint64 timestampMs);
    // The one printable character this key types, or null: devices press Shift for upper case and
    // may use the keypad; Control, Alt and Meta mean a shortcut, never device data.
    [[nodiscard]] QChar printableCharacter() const;
    friend bool operator==(const WedgeKey &, const WedgeKey &) = default;
};

// What ends a device's burst of keys.
enum class WedgeTerminator { Enter, Tab, None };

[[nodiscard]] QString wedgeTerminatorName(WedgeTerminator terminator);
[[nodiscard]] Result<WedgeTerminator> parseWedgeTerminator(QStringView name);

// The framing a keyboard-wedge device puts around its data, and its timing: the options the badge
// and scanner detectors share (each sets its own length defaults).
struct WedgeFraming {
    QString prefix;
    QString suffix;
    WedgeTerminator terminator = WedgeTerminator::Enter;
    int maxGapMs = 35;
    int minLength = 1; // of the body: without prefix and suffix
    int maxLength = 100;

    // Refuses limits that can never match (gap < 1 ms, minLength > maxLength); `what` names the
    // data in the message ("badge", "scan").
    [[nodiscard]] Status validateLimits(const QString &what) const;
    // May a key typing `c` stand at `position` of a burst: the prefix's character there, and not
    // past prefix + maxLength + suffix?
    [[nodiscard]] bool fitsAt(qsizetype position, QChar c) const;
    // The body of a complete burst's text, or nullopt when prefix, suffix or length do not fit.
    [[nodiscard]] std::optional<QString> body(const QString &text) const;
};

// Simulated key presses of `text` (GS as groupSeparator()) and then `terminator`, from startMs, gaps
// drawn uniformly from [minGapMs, maxGapMs] with `seed`. For simulators and tests.
[[nodiscard]] std::vector<WedgeKey> simulatedKeys(const QString &text, WedgeTerminator terminator,
                                                  qint64 startMs, int minGapMs, int maxGapMs, quint64 seed);

// The timing half of telling a keyboard-wedge device from a person typing, shared by the badge and
// the scanner detectors (which supply the Rules: which keys may start and continue a burst, and
// whether a complete burst is a read).
//
// A burst may start only with a key that comes more than maxGapMs after the previous key (any key:
// so a device burst typed into a field never yields a read from its tail). While keys follow each
// other within maxGapMs (a gap equal to maxGapMs still counts as fast) and the rules let them
// continue, they are held back. A terminator key (or, with WedgeTerminator::None, the silence
// after the burst) completes it and the rules judge it; a burst the rules do not accept, or one cut
// by a long gap or a key the rules refuse, gives its keys back as typed, in order; nothing is lost.
// A fast key after a typed one stays typed: a run that is not a read stays text all the way.
//
// Time: the key events' own timestamps, in milliseconds, in one clock. The caller calls silence()
// once silenceDeadlineMs() has passed (from a timer, or before the next key).
// Pure: no Qt Gui, no clock, no logging. Not thread-safe.
class KeyBurst {
public:
    class Rules {
    public:
        virtual ~Rules() = default;
        // May `key` start a burst (after a gap)?
        [[nodiscard]] virtual bool canStart(const WedgeKey &key) const = 0;
        // May `key` follow the `held` keys of a burst?
        [[nodiscard]] virtual bool canContinue(const std::vector<WedgeKey> &held,
                                               const WedgeKey &key) const = 0;
        // A complete burst (the terminator last, if there is one): true if it is a read, which the
        // rules keep as their output; false gives its keys back as typed.
        virtual bool accept(const std::vector<WedgeKey> &burst) = 0;
        // A key that goes on as typed.
        virtual void typed(const WedgeKey &key) = 0;
    };

    KeyBurst(int maxGapMs, WedgeTerminator terminator)
        : m_maxGapMs(maxGapMs)
        , m_terminator(terminator)
    {
    }

    void keyPressed(const WedgeKey &key, Rules &rules);
    void silence(Rules &rules);
    [[nodiscard]] std::optional<qint64> silenceDeadlineMs() const;
    [[nodiscard]] bool isHolding() const { return !m_held.empty(); }
    [[nodiscard]] static bool isTerminatorKey(WedgeTerminator terminator, const WedgeKey &key);

private:
    void releaseHeld(Rules &rules);

    int m_maxGapMs;
    WedgeTerminator m_terminator;
    std::vector<WedgeKey> m_held;
    std::optional<qint64> m_lastKeyMs; // of any key, held or typed
};

// KeyBurst::Rules for a detector with canStart(key), canContinue(held, key), judge(burst) ->
// std::optional<Output> and an Output whose default is a typed `key` (a friend of the detector):
// collects what is decided, in order.
template <typename Detector>
class KeyBurstCollector final : public KeyBurst::Rules {
public:
    using Output = typename Detector::Output;

    KeyBurstCollector(const Detector &detector, std::vector<Output> &out)
        : m_detector(detector)
        , m_out(out)
    {
    }
    bool canStart(const WedgeKey &key) const override { return m_detector.canStart(key); }
    bool canContinue(const std::vector<WedgeKey> &held, const WedgeKey &key) const override
    {
        return m_detector.canContinue(held, key);
    }
    bool accept(const std::vector<WedgeKey> &burst) override
    {
        auto read = m_detector.judge(burst);
        if (!read)
            return false;
        m_out.push_back(std::move(*read));
        return true;
    }
    void typed(const WedgeKey &key) override
    {
        Output o;
        o.key = key;
        m_out.push_back(std::move(o));
    }

    // One key press / the silence through `burst`, with `detector`'s rules: the outputs, in order.
    static std::vector<Output> keyPressed(KeyBurst &burst, const Detector &detector, const WedgeKey &key)
    {
        std::vector<Output> out;
        KeyBurstCollector rules(detector, out);
        burst.keyPressed(key, rules);
        return out;
    }
    static std::vector<Output> silence(KeyBurst &burst, const Detector &detector)
    {
        std::vector<Output> out;
        KeyBurstCollector rules(detector, out);
        burst.silence(rules);
        return out;
    }

private:
    const Detector &m_detector;
    std::vector<Output> &m_out;
};

} // namespace wh::drivers
