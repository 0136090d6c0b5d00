// SerialBadgeReader over a real pseudo-terminal pair: the test holds the master side and plays
// the reader; SerialBadgeReader opens the slave side as its serial port.
#include "BadgeReaderSimulator.h"
#include "HexBytes.h"
#include "PtyMaster.h"
#include "SerialBadgeReader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;
using namespace wh::drivers;
using wh::test::PtyMaster;

using State = SerialBadgeReader::State;

namespace {

// Short back-off so the test runs in seconds; the logic is the same as with the defaults. The frame
// timeout stays well above the test's delays between writes (30 ms), so a loaded machine does not
// cut a frame the test meant to send whole.
SerialBadgeReader::Settings settingsFor(const QString &port)
{
    SerialBadgeReader::Settings s;
    s.portName = port;
    s.frameTimeoutMs = 500;
    s.reconnectInitialMs = 50;
    s.reconnectMaxMs = 400;
    return s;
}

QByteArray rawOf(const QSignalSpy &spy, int index)
{
    return *parseHex(spy.at(index).at(0).value<Error>().context());
}

QString messageOf(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<Error>().message();
}

} // namespace

class TestSerialBadgeReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        PtyMaster probe;
        if (!probe.ok())
            QSKIP(qPrintable(QStringLiteral("no pseudo-terminals here (%1): the serial badge reader "
                                            "cannot be tested without one")
                                 .arg(probe.error())));
    }

    void wholeFramesAndLines()
    {
        PtyMaster pty;
        QVERIFY2(pty.ok(), qPrintable(pty.error()));
        SerialBadgeReader reader(settingsFor(pty.slavePath()));
        QSignalSpy badges(&reader, &SerialBadgeReader::badgeRead);
        QSignalSpy errors(&reader, &SerialBadgeReader::readError);
        QSignalSpy states(&reader, &SerialBadgeReader::stateChanged);
        reader.start();
        QCOMPARE(reader.state(), State::Connected);
        QCOMPARE(states.count(), 1);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Connected);

        const BadgeReaderSimulator sim;
        QVERIFY(pty.writeHex("02 0A 02 06 00 8E 6D 5D B0 03")); // devices.md
        QTRY_COMPARE(badges.count(), 1);
        QCOMPARE(badges.at(0).at(0).toString(), QStringLiteral("0009334109"));

        QVERIFY(pty.write(sim.decimalLine(1040618946u)));
        QTRY_COMPARE(badges.count(), 2);
        QCOMPARE(badges.at(1).at(0).toString(), QStringLiteral("1040618946"));

        // Several in one write.
        QVERIFY(pty.write(sim.em4100Frame(1u) + sim.decimalLine(2u) + sim.em4100Frame(3u)));
        QTRY_COMPARE(badges.count(), 5);
        QCOMPARE(badges.at(2).at(0).toString(), QStringLiteral("0000000001"));
        QCOMPARE(badges.at(3).at(0).toString(), QStringLiteral("0000000002"));
        QCOMPARE(badges.at(4).at(0).toString(), QStringLiteral("0000000003"));
        QCOMPARE(errors.count(), 0);

        reader.stop();
        QCOMPARE(reader.state(), State::Stopped);
        QCOMPARE(states.count(), 2);
    }

    void splitAcrossWritesWithDelays()
    {
        PtyMaster pty;
        QVERIFY2(pty.ok(), qPrintable(pty.error()));
        SerialBadgeReader reader(settingsFor(pty.slavePath()));
        QSignalSpy badges(&reader, &SerialBadgeReader::badgeRead);
        QSignalSpy errors(&reader, &SerialBadgeReader::readError);
        reader.start();
        QCOMPARE(reader.state(), State::Connected);

        // Pieces 30 ms apart: within the frame timeout (500 ms here), so one frame.
        for (const char *piece : {"02", "0A 02 06", "00 8E 6D", "5D B0", "03"}) {
            QVERIFY(pty.writeHex(QString::fromLatin1(piece)));
            QTest::qWait(30);
        }
        QTRY_COMPARE(badges.count(), 1);
        QCOMPARE(badges.at(0).at(0).toString(), QStringLiteral("0009334109"));

        // A decimal line byte by byte, 10 ms apart.
        for (char c : QByteArray("1040618946\r\n")) {
            QVERIFY(pty.write(QByteArray(1, c)));
            QTest::qWait(10);
        }
        QTRY_COMPARE(badges.count(), 2);
        QCOMPARE(badges.at(1).at(0).toString(), QStringLiteral("1040618946"));
        // Give a wrongly armed frame timer the time to fire: still no error.
        QTest::qWait(700);
        QCOMPARE(errors.count(), 0);
    }

    void garbageInBetween()
    {
        PtyMaster pty;
        QVERIFY2(pty.ok(), qPrintable(pty.error()));
        SerialBadgeReader reader(settingsFor(pty.slavePath()));
        QSignalSpy badges(&reader, &SerialBadgeReader::badgeRead);
        QSignalSpy errors(&reader, &SerialBadgeReader::readError);
        reader.start();

        QVERIFY(pty.writeHex("FF FE 00 13"));
        QTest::qWait(20);
        QVERIFY(pty.writeHex("02 0A 02 06 00 8E 6D 5D B0 03"));
        QTRY_COMPARE(badges.count(), 1);
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(rawOf(errors, 0), *parseHex("FF FE 00 13"));
        QVERIFY(messageOf(errors, 0).contains(QStringLiteral("before a frame start")));
        QCOMPARE(errors.at(0).at(0).value<Error>().code(), ErrorCode::Parse);

        // A bad check byte between two good frames.
        QVERIFY(pty.writeHex("02 0A 02 06 00 8E 6D 5D B1 03 02 0A 02 00 3E 06 95 C2 67 03"));
        QTRY_COMPARE(badges.count(), 2);
        QTRY_COMPARE(errors.count(), 2);
        QCOMPARE(rawOf(errors, 1), *parseHex("02 0A 02 06 00 8E 6D 5D B1 03"));
        QVERIFY(messageOf(errors, 1).contains(QStringLiteral("bad check byte")));
        QCOMPARE(badges.at(1).at(0).toString(), QStringLiteral("1040618946"));

        // Trailing garbage without any boundary: reported after the frame timeout, not held for ever.
        QVERIFY(pty.writeHex("80 81 82"));
        QTRY_COMPARE(errors.count(), 3);
        QCOMPARE(rawOf(errors, 2), *parseHex("80 81 82"));
        QCOMPARE(badges.count(), 2);
    }

    // Half a frame, then silence: reported as half a frame with its bytes. When the rest comes
    // later, it is reported too and never read as a badge; the next whole frame reads.
    void halfFrameThenSilence()
    {
        PtyMaster pty;
        QVERIFY2(pty.ok(), qPrintable(pty.error()));
        SerialBadgeReader reader(settingsFor(pty.slavePath()));
        QSignalSpy badges(&reader, &SerialBadgeReader::badgeRead);
        QSignalSpy errors(&reader, &SerialBadgeReader::readError);
        reader.start();

        QVERIFY(pty.writeHex("02 0A 02 06"));
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(rawOf(errors, 0), *parseHex("02 0A 02 06"));
        QVERIFY(messageOf(errors, 0).contains(QStringLiteral("half a frame")));

        QVERIFY(pty.writeHex("00 8E 6D 5D B0 03"));
        QTRY_COMPARE(errors.count(), 2);
        QCOMPARE(rawOf(errors, 1), *parseHex("00 8E 6D 5D B0 03"));
        QCOMPARE(badges.count(), 0);

        QVERIFY(pty.writeHex("02 0A 02 06 00 8E 6D 5D B0 03"));
        QTRY_COMPARE(badges.count(), 1);
        QCOMPARE(errors.count(), 2);
    }

    // The reader's other end goes away (a USB reader unplugged; here the pty master closes, which
    // QSerialPort reports as a ReadError): the reader reports the loss, reports the half frame it was
    // holding, keeps trying with a growing back-off, and reads again once the port is back (a symlink, like
    // /dev/serial/by-id, moved to a new pty).
    void masterClosesThenComesBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString link = dir.filePath(QStringLiteral("badge-reader"));
        auto pty = std::make_unique<PtyMaster>();
        QVERIFY2(pty->ok(), qPrintable(pty->error()));
        QVERIFY(QFile::link(pty->slavePath(), link));

        SerialBadgeReader reader(settingsFor(link));
        QSignalSpy badges(&reader, &SerialBadgeReader::badgeRead);
        QSignalSpy errors(&reader, &SerialBadgeReader::readError);
        QSignalSpy portErrors(&reader, &SerialBadgeReader::portError);
        QSignalSpy states(&reader, &SerialBadgeReader::stateChanged);
        reader.start();
        QCOMPARE(reader.state(), State::Connected);
        QVERIFY(pty->writeHex("02 0A 02 06 00 8E 6D 5D B0 03"));
        QTRY_COMPARE(badges.count(), 1);

        // Half a frame, then the master goes away, and with it the link (as udev removes
        // /dev/serial/by-id links on unplug; left in place, it could point at a pty number that
        // another process on this machine gets next).
        QVERIFY(pty->writeHex("02 0A 02"));
        QTest::qWait(20);
        pty->close();
        QVERIFY(QFile::remove(link));

        QTRY_COMPARE(reader.state(), State::Reconnecting);
        QCOMPARE(states.last().at(0).value<State>(), State::Reconnecting);
        QVERIFY(portErrors.count() >= 1);
        const Error lost = portErrors.at(0).at(0).value<Error>();
        QCOMPARE(lost.code(), ErrorCode::Io);
        QCOMPARE(lost.context(), link);
        QVERIFY2(lost.message().contains(QStringLiteral("lost")), qPrintable(lost.toString()));
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(rawOf(errors, 0), *parseHex("02 0A 02"));

        // It keeps trying, with a back-off that grows up to the maximum.
        QTRY_VERIFY_WITH_TIMEOUT(reader.failedAttempts() >= 4, 5000);
        QCOMPARE(reader.state(), State::Reconnecting);
        QCOMPARE(reader.nextReconnectDelayMs(), 400);
        for (int i = 1; i < portErrors.count(); ++i) {
            const Error e = portErrors.at(i).at(0).value<Error>();
            QCOMPARE(e.code(), ErrorCode::Io);
            QVERIFY2(e.message().contains(QStringLiteral("cannot open")), qPrintable(e.toString()));
        }
        QCOMPARE(badges.count(), 1);

        // The reader is back (on a new pty), and reads.
        auto second = std::make_unique<PtyMaster>();
        QVERIFY2(second->ok(), qPrintable(second->error()));
        QVERIFY(QFile::link(second->slavePath(), link));
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), State::Connected, 5000);
        QCOMPARE(reader.failedAttempts(), 0);
        QCOMPARE(states.last().at(0).value<State>(), State::Connected);
        QVERIFY(second->write(BadgeReaderSimulator().decimalLine(1040618946u)));
        QTRY_COMPARE(badges.count(), 2);
        QCOMPARE(badges.at(1).at(0).toString(), QStringLiteral("1040618946"));
        QCOMPARE(errors.count(), 1);
    }

    void missingAtStartIsRetried()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString link = dir.filePath(QStringLiteral("not-yet-plugged-in"));
        SerialBadgeReader reader(settingsFor(link));
        QSignalSpy portErrors(&reader, &SerialBadgeReader::portError);
        QSignalSpy badges(&reader, &SerialBadgeReader::badgeRead);
        reader.start();
        QCOMPARE(reader.state(), State::Reconnecting);
        QCOMPARE(portErrors.count(), 1);
        QCOMPARE(portErrors.at(0).at(0).value<Error>().code(), ErrorCode::Io);
        QCOMPARE(portErrors.at(0).at(0).value<Error>().context(), link);

        PtyMaster pty;
        QVERIFY2(pty.ok(), qPrintable(pty.error()));
        QVERIFY(QFile::link(pty.slavePath(), link));
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), State::Connected, 5000);
        QVERIFY(pty.writeHex("02 0A 02 06 00 8E 6D 5D B0 03"));
        QTRY_COMPARE(badges.count(), 1);
    }

    void stopEndsRetrying()
    {
        SerialBadgeReader reader(settingsFor(QStringLiteral("/nonexistent/badge-reader")));
        QSignalSpy portErrors(&reader, &SerialBadgeReader::portError);
        reader.start();
        QCOMPARE(reader.state(), State::Reconnecting);
        reader.stop();
        QCOMPARE(reader.state(), State::Stopped);
        const int attempts = portErrors.count();
        QTest::qWait(300); // several back-off periods
        QCOMPARE(portErrors.count(), attempts);
        QCOMPARE(reader.state(), State::Stopped);
    }

    void defaults()
    {
        const SerialBadgeReader::Settings s;
        QCOMPARE(s.baudRate, 9600);
        QCOMPARE(s.dataBits, QSerialPort::Data8);
        QCOMPARE(s.parity, QSerialPort::NoParity);
        QCOMPARE(s.stopBits, QSerialPort::OneStop);
        QCOMPARE(s.flowControl, QSerialPort::NoFlowControl);
        QCOMPARE(s.frameTimeoutMs, 200);
        QCOMPARE(s.reconnectInitialMs, 500);
        QCOMPARE(s.reconnectMaxMs, 10000);
        QCOMPARE(s.decoder.lineContent, SerialBadgeFrameDecoder::LineContent::Decimal);
    }
};

QTEST_GUILESS_MAIN(TestSerialBadgeReader)
#include "tst_serialbadgereader.moc"
