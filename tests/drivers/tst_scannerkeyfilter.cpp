// ScannerKeyFilter on a real QWindow: a scanner's burst is taken and reported, a person's keys reach
// the window in order (held ones after the next key or the silence timer).
#include "Clock.h"
#include "ScannerKeyFilter.h"
#include "ScannerSimulator.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace wh;
using namespace wh::drivers;

namespace {

// Records the key presses that reach it.
class RecordingWindow : public QWindow {
public:
    QString typed;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return)
            typed += QStringLiteral("⏎");
        else if (event->key() == Qt::Key_BracketRight && (event->modifiers() & Qt::ControlModifier))
            typed += QStringLiteral("<GS>");
        else
            typed += event->text();
    }
};

// Sends `keys` to `window` at their timestamps on `clock`.
void press(QWindow &window, ManualClock &clock, const std::vector<WedgeKey> &keys)
{
    for (const WedgeKey &k : keys) {
        clock.set(k.timestampMs);
        QKeyEvent event(QEvent::KeyPress, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(&window, &event);
    }
}

const QString GS = QString(QChar(0x1D));

} // namespace

class TestScannerKeyFilter : public QObject {
    Q_OBJECT

private slots:
    void scanIsTakenTypingPasses()
    {
        ManualClock clock(1'000'000);
        RecordingWindow window;
        ScannerKeyFilter filter(clock, {});
        window.installEventFilter(&filter);
        QSignalSpy scans(&filter, &ScannerKeyFilter::scanned);

        // A scanner: ]C1 + GS1 data with Ctrl+] as GS, 2-12 ms per key, Enter.
        const QString data = QStringLiteral("0109506000134352") + GS + QStringLiteral("10ABC");
        press(window, clock, ScannerSimulator::wedgeBurst(data, QStringLiteral("]C1"), {}, 1'000'000));
        QCOMPARE(scans.count(), 1);
        const auto code = scans.at(0).at(0).value<ScannedCode>();
        QCOMPARE(code.symbology, QStringLiteral("]C1"));
        QCOMPARE(code.text, data);
        QCOMPARE(window.typed, QString());

        // A person, 150 ms a key: every key reaches the window, the last one after the silence.
        press(window, clock,
              simulatedKeys(QStringLiteral("ok12"), WedgeTerminator::Enter, 1'010'000, 150, 150, 1));
        QTRY_COMPARE(window.typed, QStringLiteral("ok12⏎"));
        QCOMPARE(scans.count(), 1);

        // A person's key right after a scan is typed; a short fast run (3 keys) is typed too.
        press(window, clock, ScannerSimulator::wedgeBurst(QStringLiteral("PO-42"), {}, {}, 1'020'000));
        press(window, clock,
              simulatedKeys(QStringLiteral("xyz"), WedgeTerminator::Enter, 1'030'000, 5, 5, 2));
        QTRY_COMPARE(window.typed, QStringLiteral("ok12⏎xyz⏎"));
        QCOMPARE(scans.count(), 2);
        QCOMPARE(scans.at(1).at(0).value<ScannedCode>().text, QStringLiteral("PO-42"));
    }

    void substituteAndRejection()
    {
        ManualClock clock(2'000'000);
        RecordingWindow window;
        ScannerWedgeDetector::Options o;
        o.gsSubstitute = QLatin1Char('|');
        o.aim = AimMode::Required;
        ScannerKeyFilter filter(clock, o);
        window.installEventFilter(&filter);
        QSignalSpy scans(&filter, &ScannerKeyFilter::scanned);
        QSignalSpy rejected(&filter, &ScannerKeyFilter::scanRejected);

        press(window, clock,
              simulatedKeys(QStringLiteral("]d210A|21B"), WedgeTerminator::Enter, 2'000'000, 3, 3, 1));
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.at(0).at(0).value<ScannedCode>().text,
                 QStringLiteral("10A") + GS + QStringLiteral("21B"));
        press(window, clock,
              simulatedKeys(QStringLiteral("NOAIM1"), WedgeTerminator::Enter, 2'001'000, 3, 3, 1));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.at(0).at(0).value<Error>().message().contains(QStringLiteral("AIM")));
        QCOMPARE(window.typed, QString()); // neither burst reached the window
    }
};

QTEST_MAIN(TestScannerKeyFilter)
#include "tst_scannerkeyfilter.moc"
