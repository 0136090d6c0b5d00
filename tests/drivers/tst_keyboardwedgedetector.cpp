// KeyboardWedgeDetector: a badge reader's burst of keys vs a person typing the same digits, from
// timed key tables (timestamps in ms, as QKeyEvent::timestamp() gives them), plus one run in real
// time with QTest delays and a real silence timer, the way the kiosk drives it.
#include "BadgeReaderSimulator.h"
#include "KeyboardWedgeDetector.h"
#include "WedgeKeys.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace wh;
using namespace wh::drivers;

using Detector = KeyboardWedgeDetector;
using Key = Detector::Key;
using Output = Detector::Output;
using Keys = std::vector<Key>;
using wh::test::keys;
using wh::test::keysOut;
using wh::test::keyText;
using wh::test::replay;
using wh::test::operator+;

Q_DECLARE_METATYPE(wh::drivers::KeyboardWedgeDetector::Key)
Q_DECLARE_METATYPE(std::vector<wh::drivers::KeyboardWedgeDetector::Key>)
Q_DECLARE_METATYPE(wh::drivers::KeyboardWedgeDetector::Options)

namespace {

constexpr qint64 kT0 = 1'000'000; // an arbitrary event timestamp to start from

// Typed keys as text, badges as [badge ID], rejected bursts as [rejected RAW].
QString describe(const std::vector<Output> &outputs)
{
    QString s;
    for (const Output &o : outputs) {
        switch (o.kind) {
        case Output::Kind::Typed: s += keyText(o.key); break;
        case Output::Kind::BadgeRead: s += QStringLiteral("[badge %1]").arg(o.badgeId); break;
        case Output::Kind::BadgeRejected: s += QStringLiteral("[rejected %1]").arg(o.raw); break;
        }
    }
    return s;
}

Detector::Options withPrefix(const QString &prefix)
{
    Detector::Options o;
    o.prefix = prefix;
    return o;
}

} // namespace

class TestKeyboardWedgeDetector : public QObject {
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<Detector::Options>("options");
        QTest::addColumn<Keys>("events");
        QTest::addColumn<QString>("expected");

        const Detector::Options defaults;
        const QString id = QStringLiteral("1040618946");
        const BadgeReaderSimulator sim;
        const quint32 card = 1040618946u;

        // A reader: 5-15 ms per key. A person: 120-300 ms per key. The same digits.
        QTest::newRow("reader burst 5-15 ms")
            << defaults << sim.wedgeBurst(card, kT0, defaults, 5, 15, 1) << "[badge 1040618946]";
        QTest::newRow("person 120-300 ms, same digits")
            << defaults << BadgeReaderSimulator::typing(id, kT0, 120, 300, 2) << "1040618946⏎";
        QTest::newRow("fast person 60-90 ms")
            << defaults << BadgeReaderSimulator::typing(id, kT0, 60, 90, 3) << "1040618946⏎";
        QTest::newRow("person typing a 4-digit PIN")
            << defaults << BadgeReaderSimulator::typing("4711", kT0, 120, 300, 4) << "4711⏎";
        QTest::newRow("gaps exactly at the limit (35 ms)")
            << defaults << keys(id + "\n", kT0, {35}) << "[badge 1040618946]";
        QTest::newRow("gaps 1 ms over the limit") << defaults << keys(id + "\n", kT0, {36}) << "1040618946⏎";
        QTest::newRow("all keys in the same millisecond")
            << defaults << keys(id + "\n", kT0, {0}) << "[badge 1040618946]";
        QTest::newRow("Enter too late after a fast burst")
            << defaults << keys(id, kT0, {8}) + keys("\n", kT0 + 9 * 8 + 200, {0}) << "1040618946⏎";
        QTest::newRow("not zero padded, 8 digits")
            << defaults << keys("19334109\n", kT0, {10}) << "[badge 0019334109]";

        // Mixed: a person, a badge, a person again.
        QTest::newRow("mixed: typing, badge, typing")
            << defaults
            << keys("12", kT0, {200}) + sim.wedgeBurst(card, kT0 + 600, defaults, 5, 15, 5) +
                   keys("34\n", kT0 + 1500, {150})
            << "12[badge 1040618946]34⏎";
        QTest::newRow("two badges a second apart")
            << defaults
            << sim.wedgeBurst(card, kT0, defaults, 5, 15, 6) +
                   sim.wedgeBurst(0x008E6D5Du, kT0 + 1000, defaults, 5, 15, 7)
            << "[badge 1040618946][badge 0009334109]";
        // A person's key 20 ms before a burst cannot be told from the burst: the 11 digits do not
        // fit 32 bits and are reported, not read as a wrong badge.
        QTest::newRow("a key 20 ms before a burst joins it")
            << defaults << keys("5", kT0, {0}) + keys(id + "\n", kT0 + 20, {8}) << "[rejected 51040618946]";

        // Cut or broken bursts: every key comes back as typed.
        QTest::newRow("no terminator") << defaults << keys(id, kT0, {8}) << "1040618946";
        QTest::newRow("long pause mid-burst")
            << defaults << keys("1040", kT0, {8}) + keys("618946\n", kT0 + 24 + 500, {8}) << "1040618946⏎";
        QTest::newRow("too short: 7 digits") << defaults << keys("1040618\n", kT0, {8}) << "1040618⏎";
        QTest::newRow("too long: 25 digits, no badge from its tail")
            << defaults << keys(QStringLiteral("1234567890123451040618946\n"), kT0, {8})
            << "1234567890123451040618946⏎";
        QTest::newRow("barcode with letters first, no badge from its tail")
            << defaults << keys("AB1040618946\n", kT0, {8}) << "AB1040618946⏎";
        QTest::newRow("a letter inside the burst")
            << defaults << keys("10406X8946\n", kT0, {8}) << "10406X8946⏎";
        QTest::newRow("Ctrl+digit inside the burst") << defaults << [&] {
            Keys k = keys(id + "\n", kT0, {8});
            k[3].modifiers = Qt::ControlModifier;
            return k;
        }() << "104^0618946⏎";
        QTest::newRow("time goes backwards mid-burst")
            << defaults << keys("10406", kT0, {8}) + keys("18946\n", kT0 - 100, {8}) << "1040618946⏎";
        QTest::newRow("Tab instead of Enter") << defaults << keys(id + "\t", kT0, {8}) << "1040618946⇥";
        QTest::newRow("Enter alone") << defaults << keys("\n", kT0, {0}) << "⏎";
        QTest::newRow("no keys") << defaults << Keys{} << "";

        // A reader burst whose number does not fit 32 bits: reported, not typed.
        QTest::newRow("burst larger than 32 bits")
            << defaults << keys("9999999999\n", kT0, {8}) << "[rejected 9999999999]";

        // Prefix and suffix.
        QTest::newRow("prefix %") << withPrefix("%") << keys("%" + id + "\n", kT0, {8})
                                  << "[badge 1040618946]";
        QTest::newRow("prefix required, burst without it")
            << withPrefix("%") << keys(id + "\n", kT0, {8}) << "1040618946⏎";
        QTest::newRow("prefix typed slowly by a person")
            << withPrefix("%") << BadgeReaderSimulator::typing("%" + id, kT0, 120, 300, 8) << "%1040618946⏎";
        QTest::newRow("two-character prefix, wrong second")
            << withPrefix(";B") << keys(";C" + id + "\n", kT0, {8}) << ";C1040618946⏎";
        QTest::newRow("two-character prefix")
            << withPrefix(";B") << keys(";B" + id + "\n", kT0, {8}) << "[badge 1040618946]";
        {
            Detector::Options o;
            o.suffix = QStringLiteral("#");
            QTest::newRow("suffix #") << o << keys(id + "#\n", kT0, {8}) << "[badge 1040618946]";
            QTest::newRow("suffix missing") << o << keys(id + "\n", kT0, {8}) << "1040618946⏎";
        }

        // Other terminators.
        {
            Detector::Options o;
            o.terminator = Detector::Terminator::None;
            QTest::newRow("terminator none: burst ends by silence")
                << o << keys(id, kT0, {8}) << "[badge 1040618946]";
            QTest::newRow("terminator none: person")
                << o << BadgeReaderSimulator::typing(id, kT0, 120, 300, 9, false) << "1040618946";
            QTest::newRow("terminator none: Enter in the burst is typed")
                << o << keys(id + "\n", kT0, {8}) << "1040618946⏎";
        }
        {
            Detector::Options o;
            o.terminator = Detector::Terminator::Tab;
            QTest::newRow("terminator tab") << o << keys(id + "\t", kT0, {8}) << "[badge 1040618946]";
            QTest::newRow("terminator tab, Enter sent") << o << keys(id + "\n", kT0, {8}) << "1040618946⏎";
        }

        // A hex reader (8 hex digits, upper case letters come with Shift).
        {
            Detector::Options o;
            o.format = BadgeNumberFormat(BadgeNumberFormat::Encoding::Hex32);
            o.allowedCharacters = QStringLiteral("0123456789ABCDEFabcdef");
            QTest::newRow("hex32 reader")
                << o << sim.wedgeBurst(0x008E6D5Du, kT0, o, 5, 15, 10) << "[badge 0009334109]";
            QTest::newRow("hex32 reader, person types the same")
                << o << BadgeReaderSimulator::typing("008E6D5D", kT0, 120, 300, 11) << "008E6D5D⏎";
        }
        {
            Detector::Options o;
            o.maxGapMs = 60;
            QTest::newRow("custom gap 60 ms: fast person still typing (80 ms)")
                << o << keys(id + "\n", kT0, {80}) << "1040618946⏎";
            QTest::newRow("custom gap 60 ms: slow reader (50 ms)")
                << o << keys(id + "\n", kT0, {50}) << "[badge 1040618946]";
        }
    }
    void detect()
    {
        QFETCH(Detector::Options, options);
        QFETCH(Keys, events);
        QFETCH(QString, expected);
        QVERIFY(Detector::validate(options).ok());
        Detector detector(options);
        const auto outputs = replay(detector, events);
        QCOMPARE(describe(outputs), expected);
        // Never lost, never reordered, timestamps kept.
        QCOMPARE(keysOut(outputs), events);
        QVERIFY(!detector.isHolding());
    }

    // Without any silence() calls (a kiosk whose timer is late) the next key still settles the
    // held ones, in order.
    void withoutSilenceCalls()
    {
        Detector detector;
        std::vector<Output> out;
        for (const Key &k : BadgeReaderSimulator::typing("1234", kT0, 120, 300, 12, false)) {
            auto more = detector.keyPressed(k);
            out.insert(out.end(), more.begin(), more.end());
        }
        QCOMPARE(describe(out), QStringLiteral("123")); // '4' is still held
        QVERIFY(detector.isHolding());
        auto rest = detector.silence();
        QCOMPARE(describe(rest), QStringLiteral("4"));
    }

    void silenceDeadline()
    {
        Detector detector;
        QVERIFY(!detector.silenceDeadlineMs());
        QVERIFY(detector.keyPressed(Key::character(kT0, QLatin1Char('1'))).empty()); // held
        QCOMPARE(detector.silenceDeadlineMs(), std::optional<qint64>(kT0 + 36));
        QVERIFY(detector.keyPressed(Key::character(kT0 + 10, QLatin1Char('0'))).empty());
        QCOMPARE(detector.silenceDeadlineMs(), std::optional<qint64>(kT0 + 46));
        QCOMPARE(describe(detector.silence()), QStringLiteral("10"));
        QVERIFY(!detector.silenceDeadlineMs());
        // A key that cannot start a burst is typed at once, nothing held.
        QCOMPARE(describe(detector.keyPressed(Key::character(kT0 + 500, QLatin1Char('x')))),
                 QStringLiteral("x"));
        QVERIFY(!detector.silenceDeadlineMs());
    }

    void rejectedBurstKeepsItsKeys()
    {
        Detector detector;
        const Keys burst = keys("9999999999\n", kT0, {8});
        const auto outputs = replay(detector, burst);
        QCOMPARE(outputs.size(), size_t(1));
        QCOMPARE(outputs[0].kind, Output::Kind::BadgeRejected);
        QCOMPARE(outputs[0].error.code(), ErrorCode::Parse);
        QCOMPARE(outputs[0].error.context(), QStringLiteral("9999999999"));
        QCOMPARE(outputs[0].keys, burst);
    }

    void validateOptions()
    {
        QVERIFY(Detector::validate({}).ok());
        Detector::Options o;
        o.minLength = 12;
        o.maxLength = 10;
        QVERIFY(!Detector::validate(o).ok());
        o = {};
        o.maxGapMs = 0;
        QVERIFY(!Detector::validate(o).ok());
        o = {};
        o.allowedCharacters.clear();
        QVERIFY(!Detector::validate(o).ok());
        QCOMPARE(*Detector::parseTerminator(u"Enter"), Detector::Terminator::Enter);
        QCOMPARE(*Detector::parseTerminator(u"none"), Detector::Terminator::None);
        QVERIFY(!Detector::parseTerminator(u"space").ok());
        // The documented defaults.
        const Detector::Options d;
        QCOMPARE(d.maxGapMs, 35);
        QCOMPARE(d.minLength, 8);
        QCOMPARE(d.maxLength, 20);
        QCOMPARE(d.terminator, Detector::Terminator::Enter);
        QCOMPARE(d.allowedCharacters, QStringLiteral("0123456789"));
        QVERIFY(d.prefix.isEmpty() && d.suffix.isEmpty());
    }

    // Real time, as the kiosk runs it: key timestamps from a monotonic clock, a single-shot silence
    // timer of 2 x maxGap restarted on each key, QTest::qWait between a person's keys.
    void realTimePersonAndReader()
    {
        Detector detector;
        std::vector<Output> out;
        QTimer silenceTimer;
        silenceTimer.setSingleShot(true);
        silenceTimer.setInterval(2 * detector.options().maxGapMs);
        connect(&silenceTimer, &QTimer::timeout, this, [&] {
            auto more = detector.silence();
            out.insert(out.end(), more.begin(), more.end());
        });
        QElapsedTimer clock;
        clock.start();
        auto press = [&](const Key &k) {
            auto more = detector.keyPressed(k);
            out.insert(out.end(), more.begin(), more.end());
            silenceTimer.start();
        };

        // A person: 150 ms between keys (qWait only ever waits longer: still a person).
        for (QChar c : QStringLiteral("1040618946")) {
            press(Key::character(clock.elapsed(), c));
            QTest::qWait(150);
        }
        press(Key::enter(clock.elapsed()));
        QTRY_VERIFY(!detector.isHolding());
        QCOMPARE(describe(out), QStringLiteral("1040618946⏎"));
        out.clear();
        QTest::qWait(100);

        // A reader: the keys back to back, as fast as this thread runs.
        Keys burst;
        for (QChar c : QStringLiteral("1040618946"))
            burst.push_back(Key::character(clock.elapsed(), c));
        burst.push_back(Key::enter(clock.elapsed()));
        for (const Key &k : burst)
            press(k);
        QTRY_VERIFY(!detector.isHolding());
        // On a machine so loaded that this thread stalled for more than maxGap between two keys,
        // the right answer is typing; say which case ran.
        qint64 widest = 0;
        for (size_t i = 1; i < burst.size(); ++i)
            widest = std::max(widest, burst[i].timestampMs - burst[i - 1].timestampMs);
        qInfo("widest gap in the real-time burst: %lld ms", qlonglong(widest));
        QCOMPARE(describe(out), widest <= detector.options().maxGapMs ? QStringLiteral("[badge 1040618946]")
                                                                      : QStringLiteral("1040618946⏎"));
    }
};

QTEST_GUILESS_MAIN(TestKeyboardWedgeDetector)
#include "tst_keyboardwedgedetector.moc"
