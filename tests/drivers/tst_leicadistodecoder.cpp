// LeicaDistoDecoder: DISTO indications -> readings, from hex fixtures (devices.md's and our own:
// zero, NaN, infinity, negative, truncated, the 010D measurement with its counter, display units,
// the "preset units" reading of the float).
#include "HexBytes.h"
#include "LeicaDistoDecoder.h"
#include "TapeFrameText.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;
using wh::test::framesMatch;
using wh::test::framesText;

namespace {

const QString kDistance = QString::fromLatin1(LeicaDistoDecoder::kDistance);
const QString kUnit = QString::fromLatin1(LeicaDistoDecoder::kDisplayUnit);
const QString kMeasurement = QString::fromLatin1(LeicaDistoDecoder::kMeasurement);

// 010D: float32 metres at 0, the counter in the low 14 bits of the uint16 at 18.
QString measurementFrame(const char *floatHex, const char *counterHex)
{
    return QStringLiteral("%1 00 00 00 00 00 00 00 00 00 00 00 00 00 00 %2")
        .arg(QLatin1String(floatHex), QLatin1String(counterHex));
}

} // namespace

class TestLeicaDistoDecoder : public QObject {
    Q_OBJECT

private slots:
    void frames_data();
    void frames();
    void valueInMetresKeepsTheDecimal();
    void characteristicByUuid();
    void presetUnits();
    void everyByteKept();
};

void TestLeicaDistoDecoder::frames_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QStringList>("hexFrames");
    QTest::addColumn<QStringList>("expected");

    // devices.md [D]
    QTest::newRow("1.234 m") << kDistance << QStringList{"B6 F3 9D 3F"}
                             << QStringList{"reading 1234 mm settled"};
    QTest::newRow("2.5 m") << kDistance << QStringList{"00 00 20 40"}
                           << QStringList{"reading 2500 mm settled"};
    // without a channel (pasted frames) the length decides
    QTest::newRow("no channel: 4 bytes")
        << QString() << QStringList{"B6 F3 9D 3F"} << QStringList{"reading 1234 mm settled"};
    QTest::newRow("zero") << kDistance << QStringList{"00 00 00 00"} << QStringList{"rejected: zero or less"};
    QTest::newRow("negative") << kDistance << QStringList{"00 00 80 BF"}
                              << QStringList{"rejected: zero or less"};
    QTest::newRow("NaN") << kDistance << QStringList{"00 00 C0 7F"} << QStringList{"rejected: not a number"};
    QTest::newRow("infinity") << kDistance << QStringList{"00 00 80 7F"}
                              << QStringList{"rejected: not a number"};
    QTest::newRow("truncated distance") << kDistance << QStringList{"B6 F3 9D"}
                                        << QStringList{"rejected: 4 bytes (float32), this frame has 3"};
    QTest::newRow("too long distance")
        << kDistance << QStringList{"B6 F3 9D 3F 00"} << QStringList{"rejected: this frame has 5"};
    QTest::newRow("no channel: 3 bytes")
        << QString() << QStringList{"B6 F3 9D"} << QStringList{"rejected: not a DISTO frame: 3 bytes"};
    QTest::newRow("empty") << kDistance << QStringList{""} << QStringList{"rejected: empty"};
    // 010D with counter 0xC005 & 0x3FFF = 5
    QTest::newRow("010D measurement") << kMeasurement << QStringList{measurementFrame("B6 F3 9D 3F", "05 C0")}
                                      << QStringList{"reading 1234 mm settled #5"};
    QTest::newRow("010D by length") << QString() << QStringList{measurementFrame("00 00 20 40", "FF FF")}
                                    << QStringList{"reading 2500 mm settled #16383"};
    QTest::newRow("010D truncated") << kMeasurement << QStringList{"B6 F3 9D 3F 00 00"}
                                    << QStringList{"rejected: 20 bytes, this frame has 6"};
    QTest::newRow("010D NaN") << kMeasurement << QStringList{measurementFrame("00 00 C0 7F", "05 00")}
                              << QStringList{"rejected: not a number"};
    // display units: messages, never readings; an unknown code is said, not fatal in metres mode
    QTest::newRow("unit mm") << kUnit << QStringList{"03"}
                             << QStringList{"message: display unit: mm (code 3)"};
    QTest::newRow("unit ft+in") << kUnit << QStringList{"08"}
                                << QStringList{"message: display unit: ft (code 8)"};
    QTest::newRow("unknown unit") << kUnit << QStringList{"0C"}
                                  << QStringList{"message: display unit code 12 is unknown"};
    QTest::newRow("unknown unit then distance (metres)")
        << QString() << QStringList{"0C", "B6 F3 9D 3F"}
        << QStringList{"message: code 12 is unknown", "reading 1234 mm settled"};
    QTest::newRow("another characteristic")
        << QStringLiteral("3ab1010c-f831-4395-b29d-570977d5bf94") << QStringList{"44 32 20 20 20 20 20 20"}
        << QStringList{"message: carries no reading"};
}

void TestLeicaDistoDecoder::frames()
{
    QFETCH(QString, channel);
    QFETCH(QStringList, hexFrames);
    QFETCH(QStringList, expected);
    LeicaDistoDecoder decoder;
    std::vector<TapeFrame> all;
    for (const QString &hex : hexFrames) {
        const auto bytes = parseHex(hex);
        QVERIFY(bytes.ok());
        auto frames = decoder.feed(*bytes, channel);
        QCOMPARE(frames.size(), size_t(1)); // one indication, one frame
        QCOMPARE(frames[0].raw, *bytes);
        QCOMPARE(frames[0].channel, channel);
        all.insert(all.end(), frames.begin(), frames.end());
    }
    QVERIFY(!decoder.hasPendingBytes());
    QVERIFY(decoder.flush().empty());
    const QStringList actual = framesText(all);
    QVERIFY2(framesMatch(actual, expected), qPrintable(actual.join(QLatin1String(" | "))));
}

void TestLeicaDistoDecoder::valueInMetresKeepsTheDecimal()
{
    LeicaDistoDecoder decoder;
    const auto frames = decoder.feed(*parseHex("B6 F3 9D 3F"), kDistance);
    QCOMPARE(frames[0].kind, TapeFrame::Kind::Reading);
    const TapeReading &r = frames[0].reading;
    QCOMPARE(r.unit, LengthUnit::Metre);
    QCOMPARE(r.value, 1.234); // the decimal the meter shows, not 1.2339999675750732
    QCOMPARE(r.tenthsOfMillimetre(), 12340);
    QCOMPARE(r.protocol, TapeProtocol::LeicaDisto);
    QVERIFY(!r.sequenceFromDevice);
    QVERIFY(r.settled);
}

void TestLeicaDistoDecoder::characteristicByUuid()
{
    using C = LeicaDistoDecoder::Characteristic;
    QCOMPARE(LeicaDistoDecoder::characteristicOf(QStringLiteral("{3AB10101-F831-4395-B29D-570977D5BF94}")),
             C::Distance);
    QCOMPARE(LeicaDistoDecoder::characteristicOf(kUnit), C::DisplayUnit);
    QCOMPARE(LeicaDistoDecoder::characteristicOf(kMeasurement), C::Measurement);
    QCOMPARE(LeicaDistoDecoder::characteristicOf(QString()), C::Unknown);
    QCOMPARE(LeicaDistoDecoder::characteristicOf(QStringLiteral("6e400003-b5a3-f393-e0a9-e50e24dcca9e")),
             C::Other);
}

// The source that reads the float in "the preset units": the unit comes from 0102.
void TestLeicaDistoDecoder::presetUnits()
{
    TapeDecoderOptions options;
    options.leicaValueUnit = TapeDecoderOptions::LeicaValueUnit::DisplayUnit;
    LeicaDistoDecoder decoder(options);
    auto before = decoder.feed(*parseHex("B6 F3 9D 3F"), kDistance);
    QVERIFY2(framesMatch(framesText(before), {"rejected: the display unit is not known yet"}),
             qPrintable(framesText(before).join('|')));
    (void)decoder.feed(*parseHex("01"), kUnit); // feet
    auto feet = decoder.feed(*parseHex("B6 F3 9D 3F"), kDistance);
    QCOMPARE(feet[0].reading.unit, LengthUnit::Foot);
    QCOMPARE(feet[0].reading.value, 1.234);
    QCOMPARE(feet[0].reading.millimetresText(), QStringLiteral("376.123")); // 1.234 x 304.8
    (void)decoder.feed(*parseHex("04"), kUnit);                             // mm
    auto mm = decoder.feed(*parseHex("00 00 20 40"), kDistance);
    QCOMPARE(framesText(mm), QStringList{"reading 2.5 mm settled"});
    (void)decoder.feed(*parseHex("0C"), kUnit);
    auto unknown = decoder.feed(*parseHex("00 00 20 40"), kDistance);
    QVERIFY2(framesMatch(framesText(unknown), {"rejected: the display unit (code 12) is unknown"}),
             qPrintable(framesText(unknown).join('|')));
}

void TestLeicaDistoDecoder::everyByteKept()
{
    LeicaDistoDecoder decoder;
    const QByteArray bad = *parseHex("00 00 C0 7F");
    const auto frames = decoder.feed(bad, kDistance);
    QCOMPARE(frames[0].kind, TapeFrame::Kind::Rejected);
    QCOMPARE(frames[0].raw, bad);
    QCOMPARE(frames[0].protocol, TapeProtocol::LeicaDisto);
}

QTEST_GUILESS_MAIN(TestLeicaDistoDecoder)
#include "tst_leicadistodecoder.moc"
