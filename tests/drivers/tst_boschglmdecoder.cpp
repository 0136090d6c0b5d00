// BoschGlmDecoder: the MT protocol from hex fixtures: devices.md's commands, distance response and
// AutoSync container, CRC-8; our own bad CRC, truncated frames, device errors, zero and NaN, other
// device modes, garbage between frames; fed whole, in pieces and byte by byte.
#include "BoschGlmDecoder.h"
#include "HexBytes.h"
#include "TapeFrameText.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;
using wh::test::byteByByte;
using wh::test::feedAll;
using wh::test::framesMatch;
using wh::test::framesText;
using wh::test::rawOf;

namespace {

QByteArray hex(const char *text)
{
    return *parseHex(QString::fromLatin1(text));
}

// A frame with its CRC appended.
QByteArray withCrc(const char *text)
{
    QByteArray b = hex(text);
    b.append(static_cast<char>(BoschGlmDecoder::crc8(b)));
    return b;
}

const char *kEdc = "C0 55 10 04 01 05 00 B6 F3 9D 3F 00 00 00 00 00 00 00 00 8E"; // devices.md [D]

} // namespace

class TestBoschGlmDecoder : public QObject {
    Q_OBJECT

private slots:
    void crc8_data();
    void crc8();
    void requests();
    void frames_data();
    void frames();
    void responsesPairWithRequests();
    void simulatorFramesRoundTrip();
    void statusProblems();
};

void TestBoschGlmDecoder::crc8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("crc");
    // devices.md [S]: every example frame's last byte
    QTest::newRow("C0 40 00") << hex("C0 40 00") << 0xEE;
    QTest::newRow("C0 41 00") << hex("C0 41 00") << 0x96;
    QTest::newRow("C0 42 00") << hex("C0 42 00") << 0x1E;
    QTest::newRow("C0 40 01 00") << hex("C0 40 01 00") << 0xFA;
    QTest::newRow("C0 55 02 01 00") << hex("C0 55 02 01 00") << 0x1A;
    QTest::newRow("distance reply") << hex("00 04 13 0E 00 00") << 0x32;
    QTest::newRow("EDC") << hex(kEdc).chopped(1) << 0x8E;
    QTest::newRow("empty: the init") << QByteArray() << 0xAA;
}

void TestBoschGlmDecoder::crc8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, crc);
    QCOMPARE(int(BoschGlmDecoder::crc8(bytes)), crc);
}

void TestBoschGlmDecoder::requests()
{
    QCOMPARE(toHex(BoschGlmDecoder::distanceRequest()), QStringLiteral("C0 40 00 EE"));
    QCOMPARE(toHex(BoschGlmDecoder::autoSyncOn()), QStringLiteral("C0 55 02 01 00 1A"));
    QCOMPARE(toHex(BoschGlmDecoder::request(BoschGlmDecoder::kLaserOn)), QStringLiteral("C0 41 00 96"));
    QCOMPARE(toHex(BoschGlmDecoder::request(BoschGlmDecoder::kLaserOff)), QStringLiteral("C0 42 00 1E"));
    QCOMPARE(toHex(BoschGlmDecoder::request(BoschGlmDecoder::kDistance, QByteArray(1, '\0'))),
             QStringLiteral("C0 40 01 00 FA"));
    QCOMPARE(toHex(BoschGlmDecoder::distanceResponse(3603)), QStringLiteral("00 04 13 0E 00 00 32"));
    BoschGlmDecoder::ExchangeData d;
    d.id = 5;
    d.result = 1.234f;
    QCOMPARE(toHex(BoschGlmDecoder::exchangeDataFrame(d)), QString::fromLatin1(kEdc));
}

void TestBoschGlmDecoder::frames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("distance response [S]")
        << hex("00 04 13 0E 00 00 32") << QStringList{"reading 180.15 mm settled"};
    QTest::newRow("AutoSync container [D]") << hex(kEdc) << QStringList{"reading 1234 mm settled #5"};
    QTest::newRow("two frames in one chunk")
        << hex(kEdc) + hex("00 04 13 0E 00 00 32")
        << QStringList{"reading 1234 mm settled #5", "reading 180.15 mm settled"};
    QTest::newRow("wrong CRC") << hex("00 04 13 0E 00 00 33")
                               << QStringList{"rejected: CRC error: the frame ends in 33, its CRC-8 is 32"};
    QTest::newRow("wrong CRC then a good frame")
        << hex("C0 55 10 04 01 05 00 B6 F3 9D 3F 00 00 00 00 00 00 00 00 8F") + hex("00 04 13 0E 00 00 32")
        << QStringList{"rejected: CRC error", "reading 180.15 mm settled"};
    QTest::newRow("truncated response")
        << hex("00 04 13 0E") << QStringList{"rejected: truncated frame: 4 of 7 bytes"};
    QTest::newRow("truncated container")
        << hex("C0 55 10 04 01 05 00 B6") << QStringList{"rejected: truncated frame: 8 of 20 bytes"};
    QTest::newRow("only a C0") << hex("C0") << QStringList{"rejected: the length byte is missing"};
    QTest::newRow("distance 0: measurement error")
        << withCrc("00 04 00 00 00 00") << QStringList{"rejected: measurement error (distance 0)"};
    QTest::newRow("status timeout") << withCrc("01 00")
                                    << QStringList{"rejected: answered with an error: timeout"};
    QTest::newRow("status hardware error, not ready")
        << withCrc("18 00") << QStringList{"rejected: hardware error, not ready"};
    QTest::newRow("status checksum error") << withCrc("03 00") << QStringList{"rejected: checksum error"};
    QTest::newRow("container: error mode 63")
        << withCrc("C0 55 10 FC 01 06 00 00 00 00 00 00 00 00 00 00 00 00 00")
        << QStringList{"rejected: measurement error (mode 63)"};
    QTest::newRow("container: not a single distance")
        << withCrc("C0 55 10 08 01 07 00 B6 F3 9D 3F 00 00 00 00 00 00 00 00")
        << QStringList{"rejected: not a single distance (device mode 2)"};
    QTest::newRow("container: NaN") << withCrc("C0 55 10 04 01 08 00 00 00 C0 7F 00 00 00 00 00 00 00 00")
                                    << QStringList{"rejected: not a number"};
    QTest::newRow("container: zero") << withCrc("C0 55 10 04 01 09 00 00 00 00 00 00 00 00 00 00 00 00 00")
                                     << QStringList{"rejected: zero or less"};
    QTest::newRow("container: wrong length")
        << withCrc("C0 55 04 04 01 05 00") << QStringList{"rejected: has 16 data bytes, this one 4"};
    QTest::newRow("imperial display: still metres")
        << withCrc("C0 55 10 04 09 0A 00 00 00 20 40 00 00 00 00 00 00 00 00")
        << QStringList{"reading 2500 mm settled #10"};
    QTest::newRow("a request from the device")
        << hex("C0 41 00 96") << QStringList{"message: a request for command 41"};
    QTest::newRow("an empty acknowledgement") << withCrc("00 00") << QStringList{"message: 0 data bytes"};
    QTest::newRow("garbage, then a frame")
        << hex("FF FE") + hex(kEdc)
        << QStringList{"rejected: not an MT frame: 2 bytes", "reading 1234 mm settled #5"};
    QTest::newRow("an impossible length is garbage")
        << hex("00 F0 20") + hex("00 04 13 0E 00 00 32")
        << QStringList{"rejected: not an MT frame: 3 bytes", "reading 180.15 mm settled"};
    QTest::newRow("only garbage") << hex("FF 80 E0") << QStringList{"rejected: not an MT frame: 3 bytes"};
}

// The same bytes whole, in two pieces and byte by byte give the same frames, and every byte fed is
// in one frame's raw bytes, in order.
void TestBoschGlmDecoder::frames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const QList<QList<QByteArray>> feeds = {
        {bytes}, {bytes.left(bytes.size() / 2), bytes.mid(bytes.size() / 2)}, wh::test::byteByByte(bytes)};
    for (const auto &chunks : feeds) {
        BoschGlmDecoder decoder;
        const auto all = feedAll(decoder, chunks);
        const QStringList actual = framesText(all);
        QVERIFY2(
            framesMatch(actual, expected),
            qPrintable(
                QStringLiteral("%1 chunks: %2").arg(chunks.size()).arg(actual.join(QLatin1String(" | ")))));
        QCOMPARE(rawOf(all), bytes);
        QVERIFY(!decoder.hasPendingBytes());
    }
}

void TestBoschGlmDecoder::responsesPairWithRequests()
{
    BoschGlmDecoder decoder;
    // The AutoSync acknowledgement.
    decoder.sent(BoschGlmDecoder::autoSyncOn());
    auto ack = decoder.feed(withCrc("00 00"), {});
    QVERIFY2(framesMatch(framesText(ack), {"message: acknowledged: command 55, 0 data bytes"}),
             qPrintable(framesText(ack).join('|')));
    // A 4-byte answer to "laser on" is not a distance.
    decoder.sent(BoschGlmDecoder::request(BoschGlmDecoder::kLaserOn));
    auto laser = decoder.feed(hex("00 04 13 0E 00 00 32"), {});
    QVERIFY2(framesMatch(framesText(laser), {"message: acknowledged: command 41, 4 data bytes"}),
             qPrintable(framesText(laser).join('|')));
    // The distance request's answer is; a container pushed in between does not take the pairing.
    decoder.sent(BoschGlmDecoder::distanceRequest());
    auto both = decoder.feed(QByteArray(hex(kEdc) + hex("00 04 13 0E 00 00 32")), {});
    QCOMPARE(framesText(both), (QStringList{"reading 1234 mm settled #5", "reading 180.15 mm settled"}));
    // A distance request answered with 2 bytes: a clear rejection.
    decoder.sent(BoschGlmDecoder::distanceRequest());
    auto shortAnswer = decoder.feed(withCrc("00 02 13 0E"), {});
    QVERIFY2(
        framesMatch(framesText(shortAnswer), {"rejected: a distance response has 4 data bytes, this one 2"}),
        qPrintable(framesText(shortAnswer).join('|')));
}

void TestBoschGlmDecoder::simulatorFramesRoundTrip()
{
    for (quint32 steps : {1u, 3603u, 20000u, 2000000u}) {
        BoschGlmDecoder decoder;
        decoder.sent(BoschGlmDecoder::distanceRequest());
        const auto frames = decoder.feed(BoschGlmDecoder::distanceResponse(steps), {});
        QCOMPARE(frames.size(), size_t(1));
        QCOMPARE(frames[0].kind, TapeFrame::Kind::Reading);
        QCOMPARE(frames[0].reading.tenthsOfMillimetre(), qint64(std::llround(steps * 0.5)));
    }
    for (quint16 id : {quint16(0), quint16(1), quint16(65535)}) {
        BoschGlmDecoder::ExchangeData d;
        d.id = id;
        d.result = 0.5234f;
        BoschGlmDecoder decoder;
        const auto frames = decoder.feed(BoschGlmDecoder::exchangeDataFrame(d), {});
        QCOMPARE(framesText(frames), QStringList{QStringLiteral("reading 523.4 mm settled #%1").arg(id)});
    }
}

void TestBoschGlmDecoder::statusProblems()
{
    QCOMPARE(BoschGlmDecoder::statusProblems(0x00), QString());
    QCOMPARE(BoschGlmDecoder::statusProblems(0x04), QStringLiteral("unknown command"));
    QCOMPARE(BoschGlmDecoder::statusProblems(0x1E),
             QStringLiteral("invalid data, hardware error, not ready"));
}

QTEST_GUILESS_MAIN(TestBoschGlmDecoder)
#include "tst_boschglmdecoder.moc"
