#pragma once

#include "Clock.h"
#include "ScannerText.h"
#include "ScannerWedgeDetector.h"
#include "SerialScanner.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>

class QCommandLineParser;
class QKeyEvent;
class QWindow;

namespace wh {

// A keyboard-wedge barcode scanner in any GUI program (Widgets or Qt Quick): an event filter on the
// application that feeds every key press to the drivers' ScannerWedgeDetector, holds a burst's keys
// while it may still be a scan, and then either
//   - emits scanned() (the burst's keys are gone: never half a code in a text field), or
//   - emits scanRejected() for a burst that is a scanner's but does not decode (its keys are gone), or
//   - gives the keys back to the object that had the focus, in order, as new key events (press and
//     release), which this filter lets pass: nothing a person types is lost or reordered.
// A person's key waits at most the silence interval (twice the maximum gap, about 70 ms) before it
// shows. Modifier keys (Shift, Ctrl, ...) pass untouched and do not count as keys; the release of a
// key that was held or scanned is swallowed (the key comes back as press and release).
//
// Key times: the event's own timestamp when it has one (platform events), else `clock` at the moment
// the key is handled (synthetic events carry none). Re-sent keys skip shortcuts and input methods.
// Where the filter sees a key: at the focused object (widget or Qt Quick item), or at the window when
// nothing in it has the focus. GUI thread only; install one per application.
class ScannerKeyInput : public QObject {
    Q_OBJECT

public:
    using Options = drivers::ScannerWedgeDetector::Options;

    // Installs itself on the application (QGuiApplication::instance()) and removes itself when it
    // goes. `options` must have passed ScannerWedgeDetector::validate().
    explicit ScannerKeyInput(Options options = {}, const Clock &clock = Clock::system(),
                             QObject *parent = nullptr);
    ~ScannerKeyInput() override;

    [[nodiscard]] const Options &options() const { return m_options; }
    // Changes the options at run time (a device's stored prefix and suffix): a burst held now is
    // given back first, then the next key is judged by `options`. Options that fail
    // ScannerWedgeDetector::validate() are refused (InvalidArgument) and the current ones stay.
    [[nodiscard]] Status setOptions(Options options);
    // While disabled every key passes untouched (a burst held now is given back first).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    // A burst is held now (its keys have not reached anyone yet).
    [[nodiscard]] bool isHolding() const { return m_detector.isHolding(); }
    // The silence interval: how long a held key waits for the next before it is given back.
    [[nodiscard]] int silenceMs() const { return m_silence.interval(); }

    // The scanner's command-line options, shared by the programs: --scanner-prefix, --scanner-suffix,
    // --scanner-gap-ms, --scanner-gs-substitute, --scanner-aim, --scanner-terminator,
    // --scanner-min-length.
    static void addOptions(QCommandLineParser &parser);
    // The options given (`defaults`, the program's own, for the rest), validated; InvalidArgument
    // with a translated message naming the option otherwise.
    [[nodiscard]] static Result<Options> optionsFrom(const QCommandLineParser &parser, Options defaults = {});

    // A serial scanner at a station that has one: --scanner-serial PORT (9600 8N1),
    // --scanner-serial-baud N, --scanner-serial-terminator cr|lf|crlf|none; prefix, suffix, GS
    // substitute and AIM mode as for the keyboard wedge. Returns nullptr without --scanner-serial;
    // otherwise the started scanner, whose scans and bad input go out through `input`'s scanned()
    // and scanRejected(), like a wedge scan (the programs handle both alike).
    [[nodiscard]] static Result<std::unique_ptr<drivers::SerialScanner>>
    serialFrom(const QCommandLineParser &parser, const Options &options, ScannerKeyInput &input);

signals:
    void scanned(const wh::drivers::ScannedCode &code);
    // A scanner's burst that does not decode (e.g. no AIM identifier when one is required); `raw`
    // is its text (control characters as <1D>).
    void scanRejected(const QString &raw, const wh::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Held {
        QPointer<QObject> receiver;
        QPointer<QWindow> window; // the focus window when the key came
        drivers::WedgeKey key;
        int nativeKey = 0;
        quint32 nativeScanCode = 0;
        quint32 nativeVirtualKey = 0;
        quint32 nativeModifiers = 0;
        bool autoRepeat = false;
    };

    bool handleKeyPress(QObject *receiver, QKeyEvent *event);
    void handleOutputs(std::vector<drivers::ScannerWedgeDetector::Output> outputs);
    void silenceNow();
    void resend(const Held &held);
    // The key matches the one at the front of m_held (the detector gives keys back in order).
    Held takeHeld(const drivers::WedgeKey &key);

    Options m_options;
    const Clock &m_clock;
    drivers::ScannerWedgeDetector m_detector;
    QTimer m_silence;
    bool m_enabled = true;
    bool m_resending = false;
    std::deque<Held> m_held;             // the keys the detector holds, in order
    QHash<int, int> m_swallowReleases;   // Qt::Key -> releases still to swallow
    const QEvent *m_lastPress = nullptr; // the key press seen last (propagation sends it again)
    QObject *m_lastPressReceiver = nullptr;
};

} // namespace wh
