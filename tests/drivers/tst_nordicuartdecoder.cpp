// NordicUartDecoder: ASCII lines from generic Nordic UART tapes, from fixtures: devices.md's
// "1.234 m", every accepted unit, feet, a number without a unit, decimal commas; zero, NaN,
// negative, unknown units, control bytes, bytes that are not UTF-8, overlong lines; lines split
// across notifications and a line without its end.
#include "HexBytes.h"
#include "NordicUartDecoder.h"
#include "TapeFrameText.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;
using wh::test::feedAll;
using wh::test::framesMatch;
using wh::test::framesText;

class TestNordicUartDecoder : public QObject {
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void devicesMdExample();
    void unitsAreKept();
    void defaultUnit();
};

void TestNordicUartDecoder::lines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("m") << QByteArray("1.234 m\r\n") << QStringList{"reading 1234 mm settled"};
    QTest::newRow("m without space") << QByteArray("1.234m\r\n") << QStringList{"reading 1234 mm settled"};
    QTest::newRow("cm") << QByteArray("52.3cm\n") << QStringList{"reading 523 mm settled"};
    QTest::newRow("mm") << QByteArray("523.4 mm\r") << QStringList{"reading 523.4 mm settled"};
    QTest::newRow("in") << QByteArray("20.5 in\r\n") << QStringList{"reading 520.7 mm settled"};
    QTest::newRow("inch mark") << QByteArray("20.5\"\r\n") << QStringList{"reading 520.7 mm settled"};
    QTest::newRow("ft") << QByteArray("3 ft\r\n") << QStringList{"reading 914.4 mm settled"};
    QTest::newRow("upper case") << QByteArray("1.5 M\r\n") << QStringList{"reading 1500 mm settled"};
    QTest::newRow("decimal comma") << QByteArray("1,5 m\r\n") << QStringList{"reading 1500 mm settled"};
    QTest::newRow("no unit: mm") << QByteArray("523\r\n") << QStringList{"reading 523 mm settled"};
    QTest::newRow("spaces around") << QByteArray("  0.8 m  \r\n") << QStringList{"reading 800 mm settled"};
    QTest::newRow("two lines, blank lines between")
        << QByteArray("1 m\r\n\r\n\n2 m\r\n")
        << QStringList{"reading 1000 mm settled", "reading 2000 mm settled"};
    QTest::newRow("no line end: read at the silence")
        << QByteArray("1.234 m") << QStringList{"reading 1234 mm settled"};
    QTest::newRow("zero") << QByteArray("0 m\r\n") << QStringList{"rejected: a length of zero"};
    QTest::newRow("zero point zero") << QByteArray("0.000 m\r\n")
                                     << QStringList{"rejected: a length of zero"};
    QTest::newRow("NaN") << QByteArray("nan m\r\n") << QStringList{"rejected: not a length"};
    QTest::newRow("negative") << QByteArray("-5 mm\r\n") << QStringList{"rejected: a negative length"};
    QTest::newRow("unknown unit") << QByteArray("1.2 kg\r\n") << QStringList{"rejected: unknown unit \"kg\""};
    QTest::newRow("two numbers") << QByteArray("1.2 3.4 m\r\n") << QStringList{"rejected: not a length"};
    QTest::newRow("control byte") << QByteArray("1.2\x01 m\r\n") << QStringList{"rejected: a control byte"};
    QTest::newRow("not UTF-8") << QByteArray("1.2 \xff\xfe\r\n") << QStringList{"rejected: not UTF-8"};
    QTest::newRow("overlong line, then a good one")
        << QByteArray(70, '1') + QByteArray("\r\n5 mm\r\n")
        << QStringList{"rejected: a line longer than 64 bytes", "reading 5 mm settled"};
    QTest::newRow("a bad line does not stop the next")
        << QByteArray("x\r\n1 m\r\n") << QStringList{"rejected: not a length", "reading 1000 mm settled"};
}

void TestNordicUartDecoder::lines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const QList<QList<QByteArray>> feeds = {
        {bytes}, {bytes.left(3), bytes.mid(3)}, wh::test::byteByByte(bytes)};
    for (const auto &chunks : feeds) {
        NordicUartDecoder decoder;
        const auto all = feedAll(decoder, chunks);
        const QStringList actual = framesText(all);
        QVERIFY2(
            framesMatch(actual, expected),
            qPrintable(
                QStringLiteral("%1 chunks: %2").arg(chunks.size()).arg(actual.join(QLatin1String(" | ")))));
        QVERIFY(!decoder.hasPendingBytes());
    }
}

void TestNordicUartDecoder::devicesMdExample()
{
    NordicUartDecoder decoder;
    const QByteArray bytes = *parseHex("31 2E 32 33 34 20 6D 0D 0A");
    const auto frames = decoder.feed(bytes, QString::fromLatin1(NordicUartDecoder::kTx));
    QCOMPARE(framesText(frames), QStringList{"reading 1234 mm settled"});
    QCOMPARE(frames[0].raw, QByteArray("1.234 m\r")); // the LF of CR LF is a line end between lines
    QCOMPARE(frames[0].reading.unit, LengthUnit::Metre);
    QCOMPARE(frames[0].reading.value, 1.234);
    QVERIFY(!decoder.hasPendingBytes());
}

// A reading in feet stays in feet: judging it against a spec in mm is the judgement's call.
void TestNordicUartDecoder::unitsAreKept()
{
    NordicUartDecoder decoder;
    const auto frames = feedAll(decoder, {QByteArray("3 ft\r\n20.5 in\r\n52.3 cm\r\n")});
    QCOMPARE(frames.size(), size_t(3));
    QCOMPARE(frames[0].reading.unit, LengthUnit::Foot);
    QCOMPARE(frames[0].reading.value, 3.0);
    QCOMPARE(frames[1].reading.unit, LengthUnit::Inch);
    QCOMPARE(frames[2].reading.unit, LengthUnit::Centimetre);
    QCOMPARE(frames[2].reading.tenthsOfMillimetre(), 5230);
}

void TestNordicUartDecoder::defaultUnit()
{
    TapeDecoderOptions options;
    options.defaultUnit = LengthUnit::Centimetre;
    NordicUartDecoder decoder(options);
    const auto frames = feedAll(decoder, {QByteArray("52.3\r\n")});
    QCOMPARE(framesText(frames), QStringList{"reading 523 mm settled"});
}

QTEST_GUILESS_MAIN(TestNordicUartDecoder)
#include "tst_nordicuartdecoder.moc"
