// ScannerWedgeDetector and the scan text decoder: a keyboard-wedge scanner's burst of keys vs a
// person typing, from timed key tables (timestamps in ms); GS typed as Ctrl+] or as a substitute,
// AIM identifiers, prefix and suffix; every key comes out exactly once.
#include "Gs1.h"
#include "ScannerSimulator.h"
#include "ScannerText.h"
#include "ScannerWedgeDetector.h"
#include "WedgeKeys.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

using Detector = ScannerWedgeDetector;
using Key = Detector::Key;
using Output = Detector::Output;
using Keys = std::vector<Key>;
using wh::test::keys;
using wh::test::keysOut;
using wh::test::keyText;
using wh::test::replay;
using wh::test::operator+;

Q_DECLARE_METATYPE(std::vector<wh::drivers::WedgeKey>)
Q_DECLARE_METATYPE(wh::drivers::ScannerWedgeDetector::Options)

namespace {

constexpr qint64 kT0 = 2'000'000;
const QString GS = QString(QChar(0x1D));
// devices.md: ]C1 0109506000134352 17250200 10ABC123 GS 21S42
const QString kGs1Data = QStringLiteral("0109506000134352172502001"
                                        "0ABC123") +
                         GS + QStringLiteral("21S42");

QString visible(const QString &s)
{
    QString out = s;
    return out.replace(GS, QStringLiteral("<GS>"));
}

// Typed keys as text (GS as <GS>), scans as [scan SYMBOLOGY|TEXT], rejections as [rejected RAW].
QString describe(const std::vector<Output> &outputs)
{
    QString s;
    for (const Output &o : outputs) {
        switch (o.kind) {
        case Output::Kind::Typed:
            s += Detector::scanCharacter(o.key) == QChar(0x1D) ? QStringLiteral("<GS>") : keyText(o.key);
            break;
        case Output::Kind::ScanRead:
            s += QStringLiteral("[scan %1|%2]").arg(o.code.symbology, visible(o.code.text));
            break;
        case Output::Kind::ScanRejected: s += QStringLiteral("[rejected %1]").arg(visible(o.raw)); break;
        }
    }
    return s;
}

Detector::Options options(const std::function<void(Detector::Options &)> &change = {})
{
    Detector::Options o;
    if (change)
        change(o);
    return o;
}

} // namespace

class TestScannerWedge : public QObject {
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<Detector::Options>("options");
        QTest::addColumn<Keys>("events");
        QTest::addColumn<QString>("expected");

        const Detector::Options defaults;
        const QString gs1Scan = QStringLiteral("[scan ]C1|") + visible(kGs1Data) + QLatin1Char(']');

        // A scanner: 2-12 ms per key. A person: 120-300 ms per key.
        QTest::newRow("GS1-128 with AIM and Ctrl+] for GS")
            << defaults << ScannerSimulator::wedgeBurst(kGs1Data, QStringLiteral("]C1"), defaults, kT0)
            << gs1Scan;
        QTest::newRow("the same text typed by a person")
            << defaults << keys(QStringLiteral("]C1") + kGs1Data + QLatin1Char('\n'), kT0, {150})
            << QStringLiteral("]C1") + visible(kGs1Data) + QStringLiteral("⏎");
        QTest::newRow("fast person 60-90 ms, EAN-13")
            << defaults << keys("5901234123457\n", kT0, {60, 90}) << "5901234123457⏎";
        QTest::newRow("no AIM identifier: plain Code 128")
            << defaults << keys("PO-2026-0042\n", kT0, {4}) << "[scan |PO-2026-0042]";
        QTest::newRow("]E0 EAN-13") << defaults << keys("]E05901234123457\n", kT0, {3})
                                    << "[scan ]E0|5901234123457]";
        QTest::newRow("gaps exactly at the limit (35 ms)")
            << defaults << keys("ABCD1234\n", kT0, {35}) << "[scan |ABCD1234]";
        QTest::newRow("gaps 1 ms over the limit") << defaults << keys("ABCD1234\n", kT0, {36}) << "ABCD1234⏎";
        QTest::newRow("too short: 3 characters") << defaults << keys("ab1\n", kT0, {5}) << "ab1⏎";
        QTest::newRow("shortest: 4 characters") << defaults << keys("ab12\n", kT0, {5}) << "[scan |ab12]";
        QTest::newRow("no terminator") << defaults << keys("ABCD1234", kT0, {5}) << "ABCD1234";
        QTest::newRow("long pause mid-burst: the head typed, the tail a burst of its own")
            << defaults << keys("ABCD", kT0, {5}) + keys("1234\n", kT0 + 15 + 400, {5}) << "ABCD[scan |1234]";
        QTest::newRow("long pause mid-burst, short tail")
            << defaults << keys("ABCDE", kT0, {5}) + keys("123\n", kT0 + 20 + 400, {5}) << "ABCDE123⏎";
        QTest::newRow("Enter too late")
            << defaults << keys("ABCD1234", kT0, {5}) + keys("\n", kT0 + 500, {0}) << "ABCD1234⏎";
        QTest::newRow("Alt+key inside the burst") << defaults << [] {
            Keys k = keys("ABCD1234\n", kT0, {5});
            k[2].modifiers = Qt::AltModifier;
            return k;
        }() << "ABCD1234⏎";
        QTest::newRow("Tab instead of Enter") << defaults << keys("ABCD1234\t", kT0, {5}) << "ABCD1234⇥";
        QTest::newRow("typing, a scan, typing")
            << defaults
            << keys("ok", kT0, {200}) + keys("]C1" + kGs1Data + "\n", kT0 + 600, {6}) +
                   keys("!\n", kT0 + 2000, {150})
            << QStringLiteral("ok") + gs1Scan + QStringLiteral("!⏎");
        QTest::newRow("two scans 300 ms apart")
            << defaults << keys("AAAA1111\n", kT0, {5}) + keys("BBBB2222\n", kT0 + 300, {5})
            << "[scan |AAAA1111][scan |BBBB2222]";
        QTest::newRow("a key 20 ms after a scan stays typed")
            << defaults
            << keys("x", kT0, {0}) + keys("ABCD1234\n", kT0 + 500, {0}) + keys("Z", kT0 + 520, {0})
            << "x[scan |ABCD1234]Z";

        // GS substitute.
        const auto pipe = options([](Detector::Options &o) { o.gsSubstitute = QLatin1Char('|'); });
        QTest::newRow("substitute | mapped back to GS")
            << pipe << ScannerSimulator::wedgeBurst(kGs1Data, QStringLiteral("]C1"), pipe, kT0) << gs1Scan;
        QTest::newRow("Ctrl+] still GS with a substitute")
            << pipe << keys("]C110A" + GS + "21B\n", kT0, {5}) << "[scan ]C1|10A<GS>21B]";
        QTest::newRow("| kept without a substitute")
            << defaults << keys("10A|21B\n", kT0, {5}) << "[scan |10A|21B]";

        // AIM modes.
        const auto required = options([](Detector::Options &o) { o.aim = AimMode::Required; });
        QTest::newRow("AIM required and sent") << required << keys("]Q1https://x.example/01/1\n", kT0, {3})
                                               << "[scan ]Q1|https://x.example/01/1]";
        QTest::newRow("AIM required, missing: rejected, not typed")
            << required << keys("ABCD1234\n", kT0, {5}) << "[rejected ABCD1234]";
        const auto off = options([](Detector::Options &o) { o.aim = AimMode::Off; });
        QTest::newRow("AIM off: ]C1 stays data") << off << keys("]C1ABC\n", kT0, {5}) << "[scan |]C1ABC]";
        QTest::newRow("not an AIM identifier: ]]]")
            << defaults << keys("]]]ABC\n", kT0, {5}) << "[scan |]]]ABC]";

        // Prefix, suffix, terminator.
        const auto framed = options([](Detector::Options &o) {
            o.prefix = QStringLiteral("#");
            o.suffix = QStringLiteral("$");
        });
        QTest::newRow("prefix and suffix stripped") << framed << keys("#]d2" + kGs1Data + "$\n", kT0, {4})
                                                    << QStringLiteral("[scan ]d2|") + visible(kGs1Data) + "]";
        QTest::newRow("prefix required, burst without it")
            << framed << keys("ABCD1234$\n", kT0, {4}) << "ABCD1234$⏎";
        QTest::newRow("suffix missing") << framed << keys("#ABCD1234\n", kT0, {4}) << "#ABCD1234⏎";
        const auto silent = options([](Detector::Options &o) { o.terminator = WedgeTerminator::None; });
        QTest::newRow("terminator none: silence ends the scan")
            << silent << keys("ABCD1234", kT0, {5}) << "[scan |ABCD1234]";
        QTest::newRow("terminator none: a person") << silent << keys("ABCD1234", kT0, {150}) << "ABCD1234";
        const auto tab = options([](Detector::Options &o) { o.terminator = WedgeTerminator::Tab; });
        QTest::newRow("terminator tab") << tab << keys("ABCD1234\t", kT0, {5}) << "[scan |ABCD1234]";
        const auto shortMax = options([](Detector::Options &o) { o.maxLength = 8; });
        QTest::newRow("longer than maxLength") << shortMax << keys("ABCD12345\n", kT0, {5}) << "ABCD12345⏎";
    }
    void detect()
    {
        QFETCH(Detector::Options, options);
        QFETCH(Keys, events);
        QFETCH(QString, expected);
        QVERIFY(Detector::validate(options).ok());
        Detector detector(options);
        const auto out = replay(detector, events);
        QCOMPARE(describe(out), expected);
        QCOMPARE(keysOut(out), events); // nothing lost, nothing repeated, in order
        QVERIFY(!detector.isHolding());
    }

    void scanFeedsTheGs1Parser()
    {
        Detector detector;
        const auto out =
            replay(detector, ScannerSimulator::wedgeBurst(kGs1Data, QStringLiteral("]C1"), {}, kT0));
        QCOMPARE(out.size(), size_t(1));
        const ScannedCode &code = out.front().code;
        QCOMPARE(code.raw, QStringLiteral("]C1") + kGs1Data);
        Gs1Options gs1Options;
        gs1Options.referenceDate = QDate(2026, 12, 5);
        const Gs1Parse gs1 = parseGs1(code.withSymbology(), gs1Options);
        QVERIFY(gs1.isValid());
        QCOMPARE(gs1.hri(), QStringLiteral("(01)09506000134352(17)250200(10)ABC123(21)S42"));
    }

    void rejectionSaysWhy()
    {
        Detector::Options o;
        o.aim = AimMode::Required;
        Detector detector(o);
        const auto out = replay(detector, keys("ABCD1234\n", kT0, {5}));
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out.front().kind, Output::Kind::ScanRejected);
        QCOMPARE(out.front().error.code(), ErrorCode::Parse);
        QVERIFY(out.front().error.message().contains(QStringLiteral("AIM")));
        QCOMPARE(out.front().error.context(), QStringLiteral("ABCD1234"));
    }

    // Random mixes of people and scanners: every key comes out once, in order, and each scan
    // preceded by a pause is read whole.
    void randomMixesLoseNothing()
    {
        const Detector::Options o;
        for (quint64 seed = 1; seed <= 200; ++seed) {
            Keys events;
            qint64 t = kT0;
            int scans = 0;
            for (int part = 0; part < 6; ++part) {
                if ((seed + part) % 3 == 0) {
                    events = events + ScannerSimulator::wedgeBurst(kGs1Data, QStringLiteral("]C1"), o, t, 1,
                                                                   20, seed * 10 + part);
                    ++scans;
                } else {
                    events = events + simulatedKeys(QStringLiteral("abc12"), WedgeTerminator::Enter, t, 80,
                                                    400, seed * 10 + part);
                }
                t = events.back().timestampMs + 500;
            }
            Detector detector(o);
            const auto out = replay(detector, events);
            QCOMPARE(keysOut(out), events);
            const auto read = std::count_if(out.begin(), out.end(),
                                            [](const Output &x) { return x.kind == Output::Kind::ScanRead; });
            QCOMPARE(int(read), scans);
        }
    }

    void validate()
    {
        QVERIFY(Detector::validate({}).ok());
        auto bad = options([](Detector::Options &o) { o.gsSubstitute = QLatin1Char('A'); });
        QVERIFY(!Detector::validate(bad).ok());
        bad = options([](Detector::Options &o) {
            o.gsSubstitute = QLatin1Char('#');
            o.prefix = QStringLiteral("#");
        });
        QVERIFY(!Detector::validate(bad).ok());
        bad = options([](Detector::Options &o) {
            o.minLength = 10;
            o.maxLength = 5;
        });
        QCOMPARE(Detector::validate(bad).error().code(), ErrorCode::InvalidArgument);
        bad = options([](Detector::Options &o) { o.maxGapMs = 0; });
        QVERIFY(!Detector::validate(bad).ok());
    }

    void scannerText_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QChar>("substitute");
        QTest::addColumn<int>("aim");          // AimMode
        QTest::addColumn<QString>("expected"); // "SYMBOLOGY|TEXT" or "error: fragment"
        const int optional = int(AimMode::Optional);
        QTest::newRow("AIM + GS") << ("]C1" + kGs1Data) << QString() << QChar() << optional
                                  << (QStringLiteral("]C1|") + visible(kGs1Data));
        QTest::newRow("~ substitute")
            << QStringLiteral("]d210A~21B") << QString() << QChar(u'~') << optional << "]d2|10A<GS>21B";
        QTest::newRow("leading FNC1 as GS kept for the parser")
            << (GS + "10A") << QString() << QChar() << optional << "|<GS>10A";
        QTest::newRow("line noise") << QStringLiteral("AB\x01"
                                                      "CD")
                                    << QString() << QChar() << optional << "error: control character 0x01";
        QTest::newRow("DEL") << QStringLiteral("AB\x7f") << QString() << QChar() << optional
                             << "error: control character 0x7F";
        QTest::newRow("AIM only") << QStringLiteral("]C1") << QString() << QChar() << optional
                                  << "error: no data";
        QTest::newRow("prefix missing")
            << QStringLiteral("ABC") << QStringLiteral("@") << QChar() << optional << "error: prefix";
        QTest::newRow("required AIM missing")
            << QStringLiteral("ABC") << QString() << QChar() << int(AimMode::Required) << "error: no AIM";
        QTest::newRow("Japanese QR text")
            << QStringLiteral("]Q1検品OK") << QString() << QChar() << optional << "]Q1|検品OK";
    }
    void scannerText()
    {
        QFETCH(QString, raw);
        QFETCH(QString, prefix);
        QFETCH(QChar, substitute);
        QFETCH(int, aim);
        QFETCH(QString, expected);
        ScannerTextOptions o;
        o.prefix = prefix;
        o.gsSubstitute = substitute;
        o.aim = AimMode(aim);
        const auto code = decodeScannerText(raw, o);
        if (expected.startsWith(QLatin1String("error: "))) {
            QVERIFY(!code.ok());
            QVERIFY2(code.error().message().contains(expected.mid(7)), qPrintable(code.error().message()));
            QCOMPARE(code.error().context(), visibleControls(raw));
        } else {
            QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().toString()));
            QCOMPARE(code->symbology + QLatin1Char('|') + visible(code->text), expected);
            QCOMPARE(code->raw, raw);
        }
    }

    void aimNames()
    {
        QCOMPARE(aimSymbologyName(u"]C1"), QStringLiteral("GS1-128"));
        QCOMPARE(aimSymbologyName(u"]d2"), QStringLiteral("GS1 DataMatrix"));
        QVERIFY(aimSymbologyName(u"]X9").isEmpty());
        QVERIFY(isAimIdentifier(u"]e0"));
        QVERIFY(!isAimIdentifier(u"]1C"));
        QCOMPARE(*parseAimMode(u"Required"), AimMode::Required);
        QVERIFY(!parseAimMode(u"sometimes").ok());
    }
};

QTEST_GUILESS_MAIN(TestScannerWedge)
#include "tst_scannerwedge.moc"
