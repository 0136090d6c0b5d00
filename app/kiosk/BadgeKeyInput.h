#pragma once

#include "Clock.h"
#include "KeyboardWedgeDetector.h"

#include <QObject>
#include <QString>

class QKeyEvent;

namespace wh {

// Badge taps from a keyboard-wedge reader on the kiosk screens where nobody types text (idle, card,
// message). The drivers' KeyboardWedgeDetector tells a reader's burst (digits at most 35 ms apart,
// then Enter) from a person pressing keys, by timing and terminator. Digits are taken (those screens
// have no text field to type them into); Enter ends a burst as a badge, or, when it ends nothing,
// goes on to press the focused button; every other key goes on untouched. GUI thread only.
class BadgeKeyInput : public QObject {
    Q_OBJECT

public:
    // Key times come from `clock` when the key is handled (the kiosk's clock, a mock one in tests):
    // the GUI thread handles input promptly, and synthetic events carry no timestamps.
    explicit BadgeKeyInput(const Clock &clock, QObject *parent = nullptr,
                           drivers::KeyboardWedgeDetector::Options options = {});

    // Looks at one key press; returns true when it was taken (a digit, or Enter ending a burst).
    bool handleKey(const QKeyEvent &event);
    // Forgets a burst in progress (the screen changed).
    void clear();
    // A burst another input already took whole (the barcode scanner's, whose timing is the same):
    // if `text` followed by the terminator is what this reader sends, emits badgeRead() or
    // badgeRejected() as for the reader's own keys and returns true; false when it is not.
    bool readBurst(const QString &text);
    [[nodiscard]] const drivers::KeyboardWedgeDetector::Options &options() const { return m_options; }

signals:
    void badgeRead(const QString &badgeId);
    // A reader burst whose number does not decode (e.g. more than 32 bits); the raw text is kept.
    void badgeRejected(const wh::Error &error);

private:
    const Clock &m_clock;
    drivers::KeyboardWedgeDetector::Options m_options;
    drivers::KeyboardWedgeDetector m_detector;
};

} // namespace wh
