// SerialTape over a real pseudo-terminal pair: the test holds the master side and plays the tape;
// SerialTape opens the slave side as its serial port. A Bosch meter gets "AutoSync on" when the
// port opens and answers the distance request; AutoSync containers, bad CRCs, frames split across
// writes and cut by a silence; ASCII tapes; the port lost and back (a symlink moved, like
// /dev/serial/by-id or /dev/rfcomm0 bound again).
#include "BoschGlmDecoder.h"
#include "HexBytes.h"
#include "PtyMaster.h"
#include "SerialTape.h"
#include "TapeFrameText.h"
#include "TapeSimulator.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;
using namespace wh::drivers;
using wh::test::PtyMaster;
using State = TapeDevice::State;

namespace {

SerialTape::Settings settingsFor(const QString &port, TapeProtocol protocol)
{
    SerialTape::Settings s;
    s.portName = port;
    s.protocol = protocol;
    s.frameTimeoutMs = 300;
    s.reconnectInitialMs = 50;
    s.reconnectMaxMs = 400;
    return s;
}

QString frameText(const QSignalSpy &spy, int i)
{
    return wh::test::frameText(spy.at(i).at(0).value<TapeFrame>());
}

// Everything the tape wrote to the port so far, appended to `seen`.
bool received(PtyMaster &pty, QByteArray &seen, const QByteArray &wanted)
{
    seen += pty.readAvailable();
    return seen.contains(wanted);
}

} // namespace

class TestSerialTape : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        PtyMaster probe;
        if (!probe.ok())
            QSKIP(qPrintable(QStringLiteral("no pseudo-terminals here (%1): the serial tape cannot be tested "
                                            "without one")
                                 .arg(probe.error())));
    }

    void boschAutoSyncAndTrigger();
    void boschBadInput();
    void asciiTapes();
    void protocolsWithoutSerial();
    void portLostAndBack();
};

void TestSerialTape::boschAutoSyncAndTrigger()
{
    PtyMaster pty;
    QVERIFY2(pty.ok(), qPrintable(pty.error()));
    auto created = SerialTape::create(settingsFor(pty.slavePath(), TapeProtocol::BoschGlm));
    QVERIFY(created.ok());
    SerialTape &tape = **created;
    QSignalSpy frames(&tape, &TapeDevice::frameReceived);
    QSignalSpy readings(&tape, &TapeDevice::readingReceived);
    QSignalSpy states(&tape, &TapeDevice::stateChanged);
    QCOMPARE(tape.deviceId(), pty.slavePath());
    tape.start();
    QCOMPARE(tape.state(), State::Connected);

    // The port opened: AutoSync on.
    QByteArray seen;
    QTRY_VERIFY(received(pty, seen, BoschGlmDecoder::autoSyncOn()));
    QCOMPARE(toHex(seen), QStringLiteral("C0 55 02 01 00 1A"));
    // The meter acknowledges, then a button press sends a container (devices.md).
    QVERIFY(pty.write(BoschGlmDecoder::response(0x00)));
    QVERIFY(pty.writeHex("C0 55 10 04 01 05 00 B6 F3 9D 3F 00 00 00 00 00 00 00 00 8E"));
    QTRY_COMPARE(readings.count(), 1);
    QCOMPARE(frameText(frames, 0), QStringLiteral("message: acknowledged: command 55, 0 data bytes"));
    QCOMPARE(frameText(frames, 1), QStringLiteral("reading 1234 mm settled #5"));
    const TapeReading r = readings.at(0).at(0).value<TapeReading>();
    QCOMPARE(r.deviceId, pty.slavePath());
    QCOMPARE(r.raw, *parseHex("C0 55 10 04 01 05 00 B6 F3 9D 3F 00 00 00 00 00 00 00 00 8E"));

    // The remote trigger: the distance request, answered with 180.15 mm (devices.md).
    seen.clear();
    QVERIFY(tape.trigger());
    QTRY_VERIFY(received(pty, seen, BoschGlmDecoder::distanceRequest()));
    QVERIFY(pty.writeHex("00 04 13 0E 00 00 32"));
    QTRY_COMPARE(readings.count(), 2);
    QCOMPARE(frameText(frames, 2), QStringLiteral("reading 180.15 mm settled"));

    // A frame split across writes (SPP delivers in pieces) is one frame.
    BoschGlmDecoder::ExchangeData d;
    d.id = 6;
    d.result = 0.8f;
    const QByteArray edc = BoschGlmDecoder::exchangeDataFrame(d);
    QVERIFY(pty.write(edc.left(5)));
    QTest::qWait(30);
    QVERIFY(pty.write(edc.mid(5)));
    QTRY_COMPARE(readings.count(), 3);
    QCOMPARE(frameText(frames, 3), QStringLiteral("reading 800 mm settled #6"));
    // The same container again (sent twice): a duplicate, not a reading.
    QVERIFY(pty.write(edc));
    QTRY_COMPARE(frames.count(), 5);
    QCOMPARE(frameText(frames, 4), QStringLiteral("duplicate 800 mm settled #6"));
    QCOMPARE(readings.count(), 3);
    tape.stop();
    QCOMPARE(tape.state(), State::Stopped);
    QVERIFY(!tape.trigger());
}

void TestSerialTape::boschBadInput()
{
    PtyMaster pty;
    QVERIFY2(pty.ok(), qPrintable(pty.error()));
    auto created = SerialTape::create(settingsFor(pty.slavePath(), TapeProtocol::BoschGlm));
    QVERIFY(created.ok());
    SerialTape &tape = **created;
    QSignalSpy frames(&tape, &TapeDevice::frameReceived);
    QSignalSpy readings(&tape, &TapeDevice::readingReceived);
    tape.start();

    // A wrong CRC between two good frames: rejected with its bytes; the stream goes on.
    QVERIFY(pty.writeHex("00 04 13 0E 00 00 33  C0 55 10 04 01 07 00 00 00 20 40 00 00 00 00 00 00 00 00"));
    QVERIFY(pty.write(QByteArray(1, char(BoschGlmDecoder::crc8(*parseHex(
                                        "C0 55 10 04 01 07 00 00 00 20 40 00 00 00 00 00 00 00 00"))))));
    QTRY_COMPARE(frames.count(), 2);
    QVERIFY(frameText(frames, 0).startsWith(QLatin1String("rejected: CRC error")));
    QCOMPARE(frames.at(0).at(0).value<TapeFrame>().raw, *parseHex("00 04 13 0E 00 00 33"));
    QCOMPARE(frameText(frames, 1), QStringLiteral("reading 2500 mm settled #7"));

    // Half a frame, then silence: rejected as truncated after the frame timeout, with its bytes.
    QVERIFY(pty.writeHex("C0 55 10 04 01"));
    QTRY_COMPARE(frames.count(), 3);
    QVERIFY2(frameText(frames, 2).startsWith(QLatin1String("rejected: truncated frame: 5 of 20 bytes")),
             qPrintable(frameText(frames, 2)));
    QCOMPARE(frames.at(2).at(0).value<TapeFrame>().raw, *parseHex("C0 55 10 04 01"));
    // The device says it cannot measure.
    QVERIFY(pty.write(BoschGlmDecoder::response(0x18)));
    QTRY_COMPARE(frames.count(), 4);
    QVERIFY(frameText(frames, 3).contains(QLatin1String("hardware error, not ready")));
    QCOMPARE(readings.count(), 1);
}

void TestSerialTape::asciiTapes()
{
    for (TapeProtocol protocol : {TapeProtocol::NordicUart, TapeProtocol::EsTape}) {
        PtyMaster pty;
        QVERIFY2(pty.ok(), qPrintable(pty.error()));
        auto created = SerialTape::create(settingsFor(pty.slavePath(), protocol));
        QVERIFY(created.ok());
        SerialTape &tape = **created;
        QSignalSpy frames(&tape, &TapeDevice::frameReceived);
        QSignalSpy readings(&tape, &TapeDevice::readingReceived);
        tape.start();
        QVERIFY(!tape.trigger()); // no remote trigger
        const TapeSimulator sim(protocol);
        QVERIFY(pty.write(sim.frame(523, 1, true)->bytes + sim.frame(1234, 2, true)->bytes));
        QVERIFY(pty.write("garbage\r\n"));
        QTRY_COMPARE(frames.count(), 3);
        QCOMPARE(readings.count(), 2);
        QCOMPARE(readings.at(0).at(0).value<TapeReading>().millimetresText(), QStringLiteral("523"));
        QCOMPARE(readings.at(1).at(0).value<TapeReading>().millimetresText(), QStringLiteral("1234"));
        QVERIFY(frameText(frames, 2).startsWith(QLatin1String("rejected: ")));
        QCOMPARE(frames.at(2).at(0).value<TapeFrame>().raw.left(7), QByteArray("garbage"));
        QByteArray written = pty.readAvailable();
        QVERIFY2(written.isEmpty(), qPrintable(toHex(written))); // nothing sent to an ASCII tape
    }
}

void TestSerialTape::protocolsWithoutSerial()
{
    for (TapeProtocol protocol : {TapeProtocol::LeicaDisto, TapeProtocol::Wedge}) {
        const auto created = SerialTape::create(settingsFor(QStringLiteral("/dev/null"), protocol));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code(), ErrorCode::InvalidArgument);
        QVERIFY(created.error().message().contains(QLatin1String("serial port")));
    }
}

// The tape's end goes away (the pty master closes, as an RFCOMM link or a USB adapter would): the
// half frame it held is rejected, the loss is reported, and the tape reads again once the port is
// back (the symlink moved to a new pty), AutoSync sent again.
void TestSerialTape::portLostAndBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString link = dir.filePath(QStringLiteral("rfcomm0"));
    auto pty = std::make_unique<PtyMaster>();
    QVERIFY2(pty->ok(), qPrintable(pty->error()));
    QVERIFY(QFile::link(pty->slavePath(), link));

    auto created = SerialTape::create(settingsFor(link, TapeProtocol::BoschGlm));
    QVERIFY(created.ok());
    SerialTape &tape = **created;
    QSignalSpy frames(&tape, &TapeDevice::frameReceived);
    QSignalSpy readings(&tape, &TapeDevice::readingReceived);
    QSignalSpy errors(&tape, &TapeDevice::deviceError);
    tape.start();
    QCOMPARE(tape.state(), State::Connected);
    QByteArray seen;
    QTRY_VERIFY(received(*pty, seen, BoschGlmDecoder::autoSyncOn()));

    QVERIFY(pty->writeHex("C0 55 10"));
    QTest::qWait(30);
    pty->close();
    QTRY_COMPARE(tape.state(), State::Reconnecting);
    QTRY_VERIFY(errors.count() >= 1);
    QVERIFY(errors.at(0).at(0).value<Error>().message().contains(QLatin1String("tape measure")));
    QTRY_COMPARE(frames.count(), 1);
    QVERIFY(frameText(frames, 0).startsWith(QLatin1String("rejected: truncated")));

    auto again = std::make_unique<PtyMaster>();
    QVERIFY2(again->ok(), qPrintable(again->error()));
    QVERIFY(QFile::remove(link));
    QVERIFY(QFile::link(again->slavePath(), link));
    QTRY_COMPARE_WITH_TIMEOUT(tape.state(), State::Connected, 10000);
    seen.clear();
    QTRY_VERIFY(received(*again, seen, BoschGlmDecoder::autoSyncOn()));
    BoschGlmDecoder::ExchangeData d;
    d.id = 9;
    d.result = 1.5f;
    QVERIFY(again->write(BoschGlmDecoder::exchangeDataFrame(d)));
    QTRY_COMPARE(readings.count(), 1);
    QCOMPARE(readings.at(0).at(0).value<TapeReading>().millimetresText(), QStringLiteral("1500"));
}

QTEST_GUILESS_MAIN(TestSerialTape)
#include "tst_serialtape.moc"
