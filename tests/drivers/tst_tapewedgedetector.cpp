// TapeWedgeDetector: a keyboard-wedge tape's burst ("523.4" + Enter, fast) vs a person typing, from
// timed key tables: readings with and without units, rejections (zero, unknown unit), bursts that
// are no tape's (a long barcode, a slow person) typed back; prefix and suffix; every key comes out
// exactly once.
#include "TapeFrameText.h"
#include "TapeSimulator.h"
#include "TapeWedgeDetector.h"
#include "WedgeKeys.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

using Detector = TapeWedgeDetector;
using Output = Detector::Output;
using Keys = std::vector<WedgeKey>;
using wh::test::keys;
using wh::test::keysOut;
using wh::test::keyText;
using wh::test::replay;
using wh::test::operator+;

namespace {

constexpr qint64 kT0 = 5'000'000;

// Typed keys as text, tape frames as [reading ...] or [rejected: ...].
QString describe(const std::vector<Output> &outputs)
{
    QString s;
    for (const Output &o : outputs) {
        if (o.kind == Output::Kind::Typed)
            s += keyText(o.key);
        else
            s += QStringLiteral("[%1]").arg(wh::test::frameText(o.frame));
    }
    return s;
}

bool sameKeys(const Keys &a, const Keys &b)
{
    return a == b;
}

} // namespace

class TestTapeWedgeDetector : public QObject {
    Q_OBJECT

private slots:
    void bursts_data();
    void bursts();
    void prefixAndSuffix();
    void simulatorKeys();
    void validate();
};

void TestTapeWedgeDetector::bursts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("gapMs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("523.4 + Enter") << "523.4\n" << 8 << "[reading 523.4 mm settled]";
    QTest::newRow("with unit") << "52.34 cm\n" << 8 << "[reading 523.4 mm settled]";
    QTest::newRow("inches") << "20.5in\n" << 8 << "[reading 520.7 mm settled]";
    QTest::newRow("one digit") << "7\n" << 5 << "[reading 7 mm settled]";
    QTest::newRow("zero") << "0\n"
                          << 5 << "[rejected: a length of zero (the device reports no measurement): \"0\"]";
    QTest::newRow("unknown unit") << "12 yy\n"
                                  << 5 << "[rejected: unknown unit \"yy\" (mm, cm, m, in or ft): \"12 yy\"]";
    QTest::newRow("a person typing") << "523\n" << 120 << "523⏎";
    QTest::newRow("no Enter: typed") << "523" << 8 << "523";
    QTest::newRow("a long barcode: typed") << "4901234567894\n" << 5 << "4901234567894⏎";
    QTest::newRow("8 digits: above 100 m, typed") << "49012345\n" << 5 << "49012345⏎";
    QTest::newRow("letters first: typed") << "abc\n" << 5 << "abc⏎";
    QTest::newRow("a key outside a length: typed") << "52x\n" << 5 << "52x⏎";
}

void TestTapeWedgeDetector::bursts()
{
    QFETCH(QString, text);
    QFETCH(int, gapMs);
    QFETCH(QString, expected);
    Detector detector;
    const Keys in = keys(text, kT0, {gapMs});
    const auto out = replay(detector, in);
    QCOMPARE(describe(out), expected);
    QVERIFY(sameKeys(keysOut(out), in)); // nothing lost, nothing twice
    for (const Output &o : out) {
        if (o.kind != Output::Kind::Frame)
            continue;
        QCOMPARE(o.frame.protocol, TapeProtocol::Wedge);
        QCOMPARE(o.frame.raw, text.trimmed().toUtf8()); // the typed text, kept
    }
}

void TestTapeWedgeDetector::prefixAndSuffix()
{
    Detector::Options options;
    options.prefix = QStringLiteral("T");
    options.suffix = QStringLiteral("#");
    Detector detector(options);
    const Keys in =
        keys(QStringLiteral("T523#\n"), kT0, {6}) + keys(QStringLiteral("523\n"), kT0 + 1000, {6});
    const auto out = replay(detector, in);
    QCOMPARE(describe(out), QStringLiteral("[reading 523 mm settled]523⏎"));
    QVERIFY(sameKeys(keysOut(out), in));
}

void TestTapeWedgeDetector::simulatorKeys()
{
    Detector detector;
    const Keys in = TapeSimulator::wedgeKeys(1234.5, kT0, detector.options()) +
                    TapeSimulator::wedgeKeys(88, kT0 + 2000, detector.options(), 2, 12, 7);
    const auto out = replay(detector, in);
    QCOMPARE(describe(out), QStringLiteral("[reading 1234.5 mm settled][reading 88 mm settled]"));
}

void TestTapeWedgeDetector::validate()
{
    QVERIFY(Detector::validate(Detector::Options{}).ok());
    Detector::Options bad;
    bad.minLength = 5;
    bad.maxLength = 2;
    QVERIFY(!Detector::validate(bad).ok());
    Detector::Options noLength;
    noLength.maxMillimetres = 0;
    QVERIFY(!Detector::validate(noLength).ok());
}

QTEST_GUILESS_MAIN(TestTapeWedgeDetector)
#include "tst_tapewedgedetector.moc"
