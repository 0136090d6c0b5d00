// EsTapeDecoder: ES-Tape style ASCII frames from fixtures: devices.md's, live and settled, metric
// and imperial, the configurable scale, zero, bad digits, unknown status letters, truncated frames,
// padding and garbage between frames; fed whole, in pieces and byte by byte.
#include "EsTapeDecoder.h"
#include "HexBytes.h"
#include "TapeFrameText.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;
using wh::test::feedAll;
using wh::test::framesMatch;
using wh::test::framesText;

class TestEsTapeDecoder : public QObject {
    Q_OBJECT

private slots:
    void frames_data();
    void frames();
    void scales();
    void theDevicesMdExampleInHex();
};

void TestEsTapeDecoder::frames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("devices.md [D]") << QByteArray("*0523;1234;567890SM\r")
                                    << QStringList{"reading 523 mm settled"};
    QTest::newRow("live") << QByteArray("*0480;1234;567890PM\r") << QStringList{"reading 480 mm live"};
    QTest::newRow("live then settled") << QByteArray("*0480;1234;567890PM\r*0523;1234;567890SM\r")
                                       << QStringList{"reading 480 mm live", "reading 523 mm settled"};
    QTest::newRow("imperial: 52.3 in")
        << QByteArray("*0523;1234;567890SI\r") << QStringList{"reading 1328.42 mm settled"};
    QTest::newRow("LF ends a frame too")
        << QByteArray("*0523;1234;567890SM\n") << QStringList{"reading 523 mm settled"};
    QTest::newRow("leading padding") << QByteArray("\0\0*0523;1234;567890SM\r\n", 23)
                                     << QStringList{"reading 523 mm settled"};
    QTest::newRow("no CR: the next * ends it")
        << QByteArray("*0523;1234;567890SM*0600;1234;567890SM\r")
        << QStringList{"reading 523 mm settled", "reading 600 mm settled"};
    QTest::newRow("no CR at all: 20 bytes end it")
        << QByteArray("*0523;1234;5678901SM") << QStringList{"reading 523 mm settled"};
    QTest::newRow("zero") << QByteArray("*0000;1234;567890SM\r") << QStringList{"rejected: a length of zero"};
    QTest::newRow("not digits") << QByteArray("*05X3;1234;567890SM\r")
                                << QStringList{"rejected: the value is not four digits: \"05X3\""};
    QTest::newRow("unknown status") << QByteArray("*0523;1234;567890SX\r")
                                    << QStringList{"rejected: unknown status letters \"SX\""};
    QTest::newRow("truncated, then silence")
        << QByteArray("*0523;1234;56") << QStringList{"rejected: truncated frame: 13 bytes"};
    QTest::newRow("truncated before a frame")
        << QByteArray("*0523;1*0600;1234;567890SM\r")
        << QStringList{"rejected: truncated frame: 7 bytes", "reading 600 mm settled"};
    QTest::newRow("too short") << QByteArray("*052\r") << QStringList{"rejected: truncated frame: 4 bytes"};
    QTest::newRow("garbage line then a frame")
        << QByteArray("hello\r*0523;1234;567890SM\r")
        << QStringList{"rejected: not an ES-Tape frame (a frame starts with *): 5 bytes",
                       "reading 523 mm settled"};
    QTest::newRow("garbage right before *")
        << QByteArray("xy*0523;1234;567890SM\r")
        << QStringList{"rejected: not an ES-Tape frame (a frame starts with *): 2 bytes",
                       "reading 523 mm settled"};
    QTest::newRow("control byte inside") << QByteArray("*0523;12\x01"
                                                       "4;567890SM\r")
                                         << QStringList{"rejected: a control or non-ASCII byte"};
    QTest::newRow("only garbage, then silence")
        << QByteArray("abc") << QStringList{"rejected: not an ES-Tape frame"};
}

void TestEsTapeDecoder::frames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const QList<QList<QByteArray>> feeds = {
        {bytes}, {bytes.left(bytes.size() / 2), bytes.mid(bytes.size() / 2)}, wh::test::byteByByte(bytes)};
    for (const auto &chunks : feeds) {
        EsTapeDecoder decoder;
        const auto all = feedAll(decoder, chunks);
        const QStringList actual = framesText(all);
        QVERIFY2(
            framesMatch(actual, expected),
            qPrintable(
                QStringLiteral("%1 chunks: %2").arg(chunks.size()).arg(actual.join(QLatin1String(" | ")))));
        QVERIFY(!decoder.hasPendingBytes());
        // Every byte kept but padding between frames.
        QByteArray raw = wh::test::rawOf(all);
        QByteArray fed = bytes;
        fed.replace('\0', QByteArray());
        QCOMPARE(raw.replace('\n', QByteArray()).replace('\r', QByteArray()),
                 fed.replace('\n', QByteArray()).replace('\r', QByteArray()));
    }
}

void TestEsTapeDecoder::scales()
{
    TapeDecoderOptions hundredths; // the source that reads 0523 as 5.23 cm
    hundredths.esTapeMetricStepMm = 0.1;
    hundredths.esTapeImperialStepIn = 0.01;
    EsTapeDecoder decoder(hundredths);
    const auto frames = feedAll(decoder, {QByteArray("*0523;1234;567890SM\r*0523;1234;567890SI\r")});
    QCOMPARE(framesText(frames), (QStringList{"reading 52.3 mm settled", "reading 132.842 mm settled"}));
    QCOMPARE(frames[0].reading.value, 52.3);
    QCOMPARE(frames[0].reading.unit, LengthUnit::Millimetre);
    QCOMPARE(frames[1].reading.value, 5.23);
    QCOMPARE(frames[1].reading.unit, LengthUnit::Inch);
}

void TestEsTapeDecoder::theDevicesMdExampleInHex()
{
    EsTapeDecoder decoder;
    const QByteArray bytes = *parseHex("2A 30 35 32 33 3B 31 32 33 34 3B 35 36 37 38 39 30 53 4D 0D");
    QCOMPARE(bytes.size(), 20);
    const auto frames = decoder.feed(bytes, QString::fromLatin1(EsTapeDecoder::kNotify));
    QCOMPARE(frames.size(), size_t(1));
    QCOMPARE(frames[0].raw, bytes);
    QCOMPARE(frames[0].reading.value, 523.0);
    QVERIFY(frames[0].reading.settled);
    QCOMPARE(frames[0].channel, QString::fromLatin1(EsTapeDecoder::kNotify));
}

QTEST_GUILESS_MAIN(TestEsTapeDecoder)
#include "tst_estapedecoder.moc"
