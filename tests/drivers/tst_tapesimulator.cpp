// TapeSimulator: every protocol's frames for a set of values decode back to those values (within
// the protocol's resolution) through the real decoders; live frames; the frames a device sends
// for 0 and NaN are rejected by the decoders; values a protocol cannot carry are errors.
#include "HexBytes.h"
#include "TapeDecoder.h"
#include "TapeFrameText.h"
#include "TapeSimulator.h"
#include "TapeWedgeDetector.h"
#include "WedgeKeys.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace wh;
using namespace wh::drivers;

Q_DECLARE_METATYPE(wh::drivers::TapeProtocol)

namespace {

std::vector<TapeFrame> decodeAll(TapeProtocol protocol, const std::vector<TapeSimulator::Emission> &emissions)
{
    std::vector<TapeFrame> all;
    if (protocol == TapeProtocol::Wedge) {
        TapeWedgeDetector detector;
        qint64 t = 1'000'000;
        for (const auto &e : emissions) {
            const auto keys = simulatedKeys(QString::fromUtf8(e.bytes), WedgeTerminator::Enter, t, 2, 12, 1);
            for (const auto &o : wh::test::replay(detector, keys))
                if (o.kind == TapeWedgeDetector::Output::Kind::Frame)
                    all.push_back(o.frame);
            t += 5000;
        }
        return all;
    }
    auto decoder = makeTapeDecoder(protocol);
    for (const auto &e : emissions) {
        auto frames = (*decoder)->feed(e.bytes, e.channel);
        all.insert(all.end(), frames.begin(), frames.end());
    }
    auto rest = (*decoder)->flush();
    all.insert(all.end(), rest.begin(), rest.end());
    return all;
}

} // namespace

class TestTapeSimulator : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void liveFrames();
    void badValuesAreRejectedByTheDecoders_data();
    void badValuesAreRejectedByTheDecoders();
    void valuesAProtocolCannotCarry();
    void examples();
};

void TestTapeSimulator::roundTrip_data()
{
    QTest::addColumn<TapeProtocol>("protocol");
    for (TapeProtocol p : allTapeProtocols())
        QTest::newRow(qPrintable(tapeProtocolName(p))) << p;
}

void TestTapeSimulator::roundTrip()
{
    QFETCH(TapeProtocol, protocol);
    const TapeSimulator sim(protocol);
    const double resolution = sim.resolutionMm();
    quint32 sequence = 0;
    for (double mm : {523.0, 1234.5, 180.17, 2500.0, 0.9, 9876.0}) {
        ++sequence;
        const auto emissions = sim.measurement(mm, sequence);
        QVERIFY2(emissions.ok(), qPrintable(emissions.ok() ? QString() : emissions.error().toString()));
        const auto frames = decodeAll(protocol, *emissions);
        QCOMPARE(frames.size(), size_t(1));
        QVERIFY2(frames[0].kind == TapeFrame::Kind::Reading, qPrintable(wh::test::frameText(frames[0])));
        const TapeReading &r = frames[0].reading;
        QVERIFY(r.settled);
        const double expected = std::round(mm / resolution) * resolution;
        QVERIFY2(std::abs(r.millimetres() - expected) < resolution / 2 + 1e-9,
                 qPrintable(QStringLiteral("%1 -> %2").arg(mm).arg(r.millimetres())));
        if (protocol == TapeProtocol::BoschGlm) {
            QVERIFY(r.sequenceFromDevice);
            QCOMPARE(r.sequence, sequence);
        }
    }
}

void TestTapeSimulator::liveFrames()
{
    const TapeSimulator es(TapeProtocol::EsTape);
    const auto emissions = es.measurement(600, 1, true);
    QVERIFY(emissions.ok());
    QCOMPARE(emissions->size(), size_t(3));
    QCOMPARE(wh::test::framesText(decodeAll(TapeProtocol::EsTape, *emissions)),
             (QStringList{"reading 480 mm live", "reading 570 mm live", "reading 600 mm settled"}));
    // The others have no live frames: only the settled one, and frame(live) says so.
    const TapeSimulator disto(TapeProtocol::LeicaDisto);
    QCOMPARE(disto.measurement(600, 1, true)->size(), size_t(1));
    QVERIFY(!disto.frame(600, 1, false).ok());
}

void TestTapeSimulator::badValuesAreRejectedByTheDecoders_data()
{
    QTest::addColumn<TapeProtocol>("protocol");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("disto 0") << TapeProtocol::LeicaDisto << 0.0 << "rejected: zero or less";
    QTest::newRow("disto NaN") << TapeProtocol::LeicaDisto << nan << "rejected: not a number";
    QTest::newRow("bosch 0") << TapeProtocol::BoschGlm << 0.0 << "rejected: zero or less";
    QTest::newRow("bosch NaN") << TapeProtocol::BoschGlm << nan << "rejected: not a number";
    QTest::newRow("es-tape 0") << TapeProtocol::EsTape << 0.0 << "rejected: a length of zero";
    QTest::newRow("nus 0") << TapeProtocol::NordicUart << 0.0 << "rejected: a length of zero";
    QTest::newRow("nus NaN") << TapeProtocol::NordicUart << nan << "rejected: not a length";
    QTest::newRow("wedge 0") << TapeProtocol::Wedge << 0.0 << "rejected: a length of zero";
}

void TestTapeSimulator::badValuesAreRejectedByTheDecoders()
{
    QFETCH(TapeProtocol, protocol);
    QFETCH(double, value);
    QFETCH(QString, expected);
    const auto emissions = TapeSimulator(protocol).measurement(value, 1);
    QVERIFY(emissions.ok());
    const QStringList actual = wh::test::framesText(decodeAll(protocol, *emissions));
    QVERIFY2(wh::test::framesMatch(actual, {expected}), qPrintable(actual.join('|')));
}

void TestTapeSimulator::valuesAProtocolCannotCarry()
{
    const auto tooLong = TapeSimulator(TapeProtocol::EsTape).measurement(12345, 1);
    QVERIFY(!tooLong.ok());
    QVERIFY(tooLong.error().message().contains(QLatin1String("0 to 9999")));
    QVERIFY(!TapeSimulator(TapeProtocol::EsTape).measurement(-3, 1).ok());
}

// The simulator writes the documented frames.
void TestTapeSimulator::examples()
{
    QCOMPARE(toHex(TapeSimulator(TapeProtocol::LeicaDisto).frame(1234, 1, true)->bytes),
             QStringLiteral("B6 F3 9D 3F"));
    QCOMPARE(toHex(TapeSimulator(TapeProtocol::BoschGlm).frame(1234, 5, true)->bytes),
             QStringLiteral("C0 55 10 04 01 05 00 B6 F3 9D 3F 00 00 00 00 00 00 00 00 8E"));
    QCOMPARE(TapeSimulator(TapeProtocol::EsTape).frame(523, 1, true)->bytes,
             QByteArray("*0523;0000;000000SM\r"));
    QCOMPARE(TapeSimulator(TapeProtocol::NordicUart).frame(1234, 1, true)->bytes, QByteArray("1.2340 m\r\n"));
    QCOMPARE(TapeSimulator::wedgeText(523.44), QStringLiteral("523.4"));
}

QTEST_GUILESS_MAIN(TestTapeSimulator)
#include "tst_tapesimulator.moc"
