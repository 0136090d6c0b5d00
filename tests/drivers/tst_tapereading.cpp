// TapeReading and its helpers: protocol and unit names, unit conversion, millimetre text and
// tenths, lengths as text (parseLengthText), float32 values as the decimal the device meant.
#include "TapeReading.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace wh;
using namespace wh::drivers;

class TestTapeReading : public QObject {
    Q_OBJECT

private slots:
    void protocolNames();
    void units();
    void millimetres_data();
    void millimetres();
    void lengthText_data();
    void lengthText();
    void shortestDecimalOfFloats();
};

void TestTapeReading::protocolNames()
{
    for (TapeProtocol p : allTapeProtocols()) {
        const auto parsed = parseTapeProtocol(tapeProtocolName(p));
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, p);
    }
    QCOMPARE(tapeProtocolName(TapeProtocol::NordicUart), QStringLiteral("nus"));
    QCOMPARE(*parseTapeProtocol(u"BOSCH-GLM"), TapeProtocol::BoschGlm);
    const auto unknown = parseTapeProtocol(u"disto");
    QVERIFY(!unknown.ok());
    QVERIFY(
        unknown.error().message().contains(QLatin1String("leica-disto, bosch-glm, es-tape, nus or wedge")));
}

void TestTapeReading::units()
{
    QCOMPARE(parseLengthUnit(u"MM"), std::optional<LengthUnit>(LengthUnit::Millimetre));
    QCOMPARE(parseLengthUnit(u"\""), std::optional<LengthUnit>(LengthUnit::Inch));
    QCOMPARE(parseLengthUnit(u"'"), std::optional<LengthUnit>(LengthUnit::Foot));
    QCOMPARE(parseLengthUnit(u"yd"), std::optional<LengthUnit>(LengthUnit::Yard));
    QCOMPARE(parseLengthUnit(u"km"), std::nullopt);
    QCOMPARE(millimetresPer(LengthUnit::Inch), 25.4);
    QCOMPARE(millimetresPer(LengthUnit::Foot), 304.8);
    QCOMPARE(millimetresPer(LengthUnit::Metre), 1000.0);
}

void TestTapeReading::millimetres_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("tenths");
    QTest::newRow("1.234 m") << 1.234 << int(LengthUnit::Metre) << "1234" << qint64(12340);
    QTest::newRow("float tail") << 1.2339999675750732 << int(LengthUnit::Metre) << "1234" << qint64(12340);
    QTest::newRow("180.15 mm") << 180.15 << int(LengthUnit::Millimetre) << "180.15" << qint64(1802);
    QTest::newRow("52.3 cm") << 52.3 << int(LengthUnit::Centimetre) << "523" << qint64(5230);
    QTest::newRow("20.5 in") << 20.5 << int(LengthUnit::Inch) << "520.7" << qint64(5207);
    QTest::newRow("half a tenth rounds away") << 0.05 << int(LengthUnit::Millimetre) << "0.05" << qint64(1);
}

void TestTapeReading::millimetres()
{
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(QString, text);
    QFETCH(qint64, tenths);
    TapeReading r;
    r.value = value;
    r.unit = LengthUnit(unit);
    QCOMPARE(r.millimetresText(), text);
    QCOMPARE(r.tenthsOfMillimetre(), tenths);
}

void TestTapeReading::lengthText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("problem");
    QTest::newRow("1.234 m") << "1.234 m" << true << 1.234 << int(LengthUnit::Metre) << QString();
    QTest::newRow("523") << "523" << true << 523.0 << int(LengthUnit::Millimetre) << QString();
    QTest::newRow(".5 m") << ".5 m" << true << 0.5 << int(LengthUnit::Metre) << QString();
    QTest::newRow("12. cm") << "12. cm" << true << 12.0 << int(LengthUnit::Centimetre) << QString();
    QTest::newRow("1,25in") << "1,25in" << true << 1.25 << int(LengthUnit::Inch) << QString();
    QTest::newRow("+3 ft") << "+3 ft" << true << 3.0 << int(LengthUnit::Foot) << QString();
    QTest::newRow("empty") << "" << false << 0.0 << 0 << "not a length";
    QTest::newRow("unit only") << "mm" << false << 0.0 << 0 << "not a length";
    QTest::newRow("zero") << "0" << false << 0.0 << 0 << "zero";
    QTest::newRow("minus zero") << "-0 mm" << false << 0.0 << 0 << "zero";
    QTest::newRow("negative") << "-1 m" << false << 0.0 << 0 << "negative";
    QTest::newRow("unknown unit") << "5 furlong" << false << 0.0 << 0 << "unknown unit \"furlong\"";
    QTest::newRow("inf") << "inf" << false << 0.0 << 0 << "not a length";
    QTest::newRow("Japanese text") << "５２３ミリ" << false << 0.0 << 0 << "not a length";
    QTest::newRow("huge number") << QString(400, QLatin1Char('9')) << false << 0.0 << 0 << "not a number";
}

void TestTapeReading::lengthText()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    QFETCH(int, unit);
    QFETCH(QString, problem);
    const auto parsed = parseLengthText(text, LengthUnit::Millimetre);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(parsed->first, value);
        QCOMPARE(int(parsed->second), unit);
    } else {
        QVERIFY2(parsed.error().message().contains(problem), qPrintable(parsed.error().message()));
        QCOMPARE(parsed.error().context(), text); // the input is kept
    }
}

void TestTapeReading::shortestDecimalOfFloats()
{
    QCOMPARE(shortestDecimal(1.234f), 1.234);
    QCOMPARE(shortestDecimal(2.5f), 2.5);
    QCOMPARE(shortestDecimal(0.5234f), 0.5234);
    QCOMPARE(shortestDecimal(100.001f), 100.001);
    QVERIFY(std::isnan(shortestDecimal(std::numeric_limits<float>::quiet_NaN())));
}

QTEST_GUILESS_MAIN(TestTapeReading)
#include "tst_tapereading.moc"
