// SimulatedTape: a tape of each protocol in process, as `wh measure --device sim:PROTOCOL` uses it:
// measurements come out through the decoder as readings, from the event loop; every frame is
// signalled for the device log; a DISTO's replay after a reconnect is a Duplicate; bad frames are
// Rejected with their bytes; a disconnect says so and comes back; nothing while not connected.
#include "HexBytes.h"
#include "SimulatedTape.h"
#include "TapeFrameText.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace wh;
using namespace wh::drivers;

Q_DECLARE_METATYPE(wh::drivers::TapeProtocol)

namespace {

TapeFrame frameAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<TapeFrame>();
}

TapeReading readingAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<TapeReading>();
}

} // namespace

class TestSimulatedTape : public QObject {
    Q_OBJECT

private slots:
    void measuresEveryProtocol_data();
    void measuresEveryProtocol();
    void distoReplaysAfterReconnect();
    void badFramesAreRejectedAndKept();
    void liveFramesComeFirst();
    void notConnected();
    void stopDropsQueuedFrames();
};

void TestSimulatedTape::measuresEveryProtocol_data()
{
    QTest::addColumn<TapeProtocol>("protocol");
    for (TapeProtocol p : allTapeProtocols())
        QTest::newRow(qPrintable(tapeProtocolName(p))) << p;
}

void TestSimulatedTape::measuresEveryProtocol()
{
    QFETCH(TapeProtocol, protocol);
    SimulatedTape tape(protocol);
    QCOMPARE(tape.deviceId(), QStringLiteral("sim:") + tapeProtocolName(protocol));
    QSignalSpy frames(&tape, &TapeDevice::frameReceived);
    QSignalSpy readings(&tape, &TapeDevice::readingReceived);
    QSignalSpy states(&tape, &TapeDevice::stateChanged);
    tape.start();
    QCOMPARE(tape.state(), TapeDevice::State::Connected);
    QCOMPARE(states.count(), 1);

    const auto first = tape.measure(523);
    QVERIFY(first.ok());
    QCOMPARE(*first, 1u);
    QCOMPARE(readings.count(), 0); // from the event loop, like a device
    QVERIFY(readings.wait(2000));
    const auto second = tape.measure(1234.5);
    QVERIFY(second.ok());
    QCOMPARE(*second, 2u);
    QTRY_COMPARE(readings.count(), 2);

    const TapeReading r1 = readingAt(readings, 0);
    const TapeReading r2 = readingAt(readings, 1);
    QCOMPARE(r1.millimetresText(), QStringLiteral("523"));
    QCOMPARE(r2.millimetresText(),
             protocol == TapeProtocol::EsTape ? QStringLiteral("1235") : QStringLiteral("1234.5"));
    QCOMPARE(r1.sequence, 1u);
    QCOMPARE(r2.sequence, 2u);
    QCOMPARE(r1.deviceId, tape.deviceId());
    QCOMPARE(r1.protocol, protocol);
    QVERIFY(r1.settled);
    QVERIFY(r1.receivedAtMs > 0);
    QVERIFY(!r1.raw.isEmpty());
    // Every frame is signalled too, with the same bytes.
    QCOMPARE(frames.count(), 2);
    QCOMPARE(frameAt(frames, 0).raw, r1.raw);
    QCOMPARE(frameAt(frames, 0).deviceId, tape.deviceId());
    QCOMPARE(frameAt(frames, 0).kind, TapeFrame::Kind::Reading);
    tape.stop();
    QCOMPARE(tape.state(), TapeDevice::State::Stopped);
}

void TestSimulatedTape::distoReplaysAfterReconnect()
{
    SimulatedTape::Options options;
    options.reconnectMs = 20;
    SimulatedTape tape(TapeProtocol::LeicaDisto, options);
    QSignalSpy frames(&tape, &TapeDevice::frameReceived);
    QSignalSpy readings(&tape, &TapeDevice::readingReceived);
    QSignalSpy errors(&tape, &TapeDevice::deviceError);
    tape.start();
    QVERIFY(tape.measure(800).ok());
    QVERIFY(readings.wait(2000));

    tape.disconnectDevice(); // switched off mid-item
    QCOMPARE(tape.state(), TapeDevice::State::Reconnecting);
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).value<Error>().message().contains(QLatin1String("disconnected")));
    QVERIFY(!tape.measure(900).ok()); // nothing is sent while it is away

    // Back: the DISTO replays 800, which is suppressed; the next measurement counts.
    QTRY_COMPARE(tape.state(), TapeDevice::State::Connected);
    QTRY_COMPARE(frames.count(), 2);
    QCOMPARE(frameAt(frames, 1).kind, TapeFrame::Kind::Duplicate);
    QCOMPARE(frameAt(frames, 1).reading.millimetresText(), QStringLiteral("800"));
    QVERIFY(tape.measure(900).ok());
    QTRY_COMPARE(readings.count(), 2);
    QCOMPARE(readingAt(readings, 1).millimetresText(), QStringLiteral("900"));
    QCOMPARE(readingAt(readings, 1).sequence, 2u);
}

void TestSimulatedTape::badFramesAreRejectedAndKept()
{
    SimulatedTape tape(TapeProtocol::BoschGlm);
    QSignalSpy frames(&tape, &TapeDevice::frameReceived);
    QSignalSpy readings(&tape, &TapeDevice::readingReceived);
    tape.start();
    const QByteArray badCrc = *parseHex("00 04 13 0E 00 00 33");
    const QByteArray truncated = *parseHex("C0 55 10 04 01");
    tape.sendRaw(badCrc);
    tape.sendRaw(truncated);
    QVERIFY(tape.measure(700).ok());
    QTRY_COMPARE(frames.count(), 3);
    QCOMPARE(frameAt(frames, 0).kind, TapeFrame::Kind::Rejected);
    QCOMPARE(frameAt(frames, 0).raw, badCrc);
    QVERIFY(frameAt(frames, 0).detail.contains(QLatin1String("CRC error")));
    QCOMPARE(frameAt(frames, 1).raw, truncated);
    QVERIFY(frameAt(frames, 1).detail.contains(QLatin1String("truncated")));
    QCOMPARE(frameAt(frames, 2).kind, TapeFrame::Kind::Reading);
    QCOMPARE(readings.count(), 1);

    // A wedge tape: keys that are not a length are not a reading.
    SimulatedTape wedge(TapeProtocol::Wedge);
    QSignalSpy wedgeFrames(&wedge, &TapeDevice::frameReceived);
    wedge.start();
    wedge.sendRaw("0");
    wedge.sendRaw("hello");
    QTRY_COMPARE(wedgeFrames.count(), 2);
    QVERIFY(frameAt(wedgeFrames, 0).detail.contains(QLatin1String("zero")));
    QVERIFY(frameAt(wedgeFrames, 1).detail.contains(QLatin1String("do not look like a tape")));
}

void TestSimulatedTape::liveFramesComeFirst()
{
    SimulatedTape::Options options;
    options.liveFrames = true;
    SimulatedTape tape(TapeProtocol::EsTape, options);
    QSignalSpy readings(&tape, &TapeDevice::readingReceived);
    tape.start();
    QVERIFY(tape.measure(600).ok());
    QTRY_COMPARE(readings.count(), 3);
    QVERIFY(!readingAt(readings, 0).settled);
    QVERIFY(!readingAt(readings, 1).settled);
    QVERIFY(readingAt(readings, 2).settled);
    QCOMPARE(readingAt(readings, 2).millimetresText(), QStringLiteral("600"));
}

void TestSimulatedTape::notConnected()
{
    SimulatedTape tape(TapeProtocol::NordicUart);
    const auto r = tape.measure(500);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::Io);
    QVERIFY(r.error().message().contains(QLatin1String("not connected")));
    SimulatedTape es(TapeProtocol::EsTape);
    es.start();
    const auto tooLong = es.measure(12345); // four digits of mm at most
    QVERIFY(!tooLong.ok());
    QVERIFY(tooLong.error().message().contains(QLatin1String("0 to 9999")));
}

void TestSimulatedTape::stopDropsQueuedFrames()
{
    SimulatedTape tape(TapeProtocol::NordicUart);
    QSignalSpy frames(&tape, &TapeDevice::frameReceived);
    tape.start();
    QVERIFY(tape.measure(500).ok());
    tape.stop();
    QCoreApplication::sendPostedEvents(&tape); // the queued frames' turn comes and goes
    QCOMPARE(frames.count(), 0);
}

QTEST_GUILESS_MAIN(TestSimulatedTape)
#include "tst_simulatedtape.moc"
