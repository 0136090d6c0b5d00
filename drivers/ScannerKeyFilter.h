#pragma once

#include "Clock.h"
#include "Error.h"
#include "ScannerWedgeDetector.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wh::drivers {

// A keyboard-wedge scanner in a program's window (the kiosk, the manager viewer, the handheld):
// install it as an event filter on the window's QWindow (widget->windowHandle(), or the
// QQuickWindow), which sees every key press once before it goes to the focused widget or item.
// Key presses go through a ScannerWedgeDetector: a scanner's burst is taken (scanned, or
// scanRejected with the reason) and never reaches the focused field; a person's keys reach it
// unchanged and in order. A key that may start a burst is held until the next key or the silence
// (a single-shot timer of 2 x maxGapMs), then sent on to the window; so a lone key a person types
// shows about 70 ms later. Key releases pass untouched.
//
// Key times come from `clock` when the key is handled (synthetic events carry no timestamps; the
// GUI thread handles input promptly). GUI thread only.
class ScannerKeyFilter : public QObject {
    Q_OBJECT

public:
    ScannerKeyFilter(const Clock &clock, ScannerWedgeDetector::Options options, QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;
    // Forgets a burst in progress (its keys are dropped, not typed): the screen changed.
    void clear();

signals:
    void scanned(const wh::drivers::ScannedCode &code);
    // A scanner burst that does not decode (e.g. no AIM identifier when one is required).
    void scanRejected(const wh::Error &error);

private:
    void onSilence();
    // Acts on the detector's outputs; returns true if `current` (the key being filtered) came out
    // typed last, so the caller lets its own event through instead of sending a copy.
    bool deliver(const std::vector<ScannerWedgeDetector::Output> &outputs, const WedgeKey *current);
    void sendTyped(const WedgeKey &key);

    const Clock &m_clock;
    ScannerWedgeDetector::Options m_options;
    ScannerWedgeDetector m_detector;
    QTimer m_silence;
    QPointer<QObject> m_target; // where held keys go when they turn out typed
    bool m_replaying = false;
};

} // namespace wh::drivers
