// GS1 element strings: the forms of input, AIs and their lengths, separators, check digits, dates,
// decimals, unknown AIs kept raw, ambiguous values reported, HRI and Digital Link.
#include "Gs1.h"

#include <QTest>

using namespace wh;

namespace {

const QString GS = QString(QChar(kGs1GroupSeparator));
const QDate kToday(2026, 12, 5);

Gs1Parse parse(const QString &text, QChar substitute = {})
{
    Gs1Options options;
    options.referenceDate = kToday;
    options.separatorSubstitute = substitute;
    return parseGs1(text, options);
}

QString problemName(Gs1Problem p)
{
    switch (p) {
    case Gs1Problem::NotGs1: return QStringLiteral("NotGs1");
    case Gs1Problem::Syntax: return QStringLiteral("Syntax");
    case Gs1Problem::UnknownAi: return QStringLiteral("UnknownAi");
    case Gs1Problem::Ambiguous: return QStringLiteral("Ambiguous");
    case Gs1Problem::WrongLength: return QStringLiteral("WrongLength");
    case Gs1Problem::InvalidCharacter: return QStringLiteral("InvalidCharacter");
    case Gs1Problem::CheckDigit: return QStringLiteral("CheckDigit");
    case Gs1Problem::InvalidDate: return QStringLiteral("InvalidDate");
    case Gs1Problem::InvalidDecimal: return QStringLiteral("InvalidDecimal");
    case Gs1Problem::Duplicate: return QStringLiteral("Duplicate");
    }
    return QStringLiteral("?");
}

// "AI:Problem" for every issue, the whole input's as "*:Problem", an AI-less element's as "?:...".
QStringList problems(const Gs1Parse &p)
{
    QStringList out;
    for (const Gs1Issue &i : p.issues)
        out << QStringLiteral("*:") + problemName(i.problem);
    for (const Gs1Element &e : p.elements)
        for (const Gs1Issue &i : e.issues)
            out << (e.ai.isEmpty() ? QStringLiteral("?") : e.ai) + QLatin1Char(':') + problemName(i.problem);
    return out;
}

} // namespace

class TestGs1 : public QObject {
    Q_OBJECT

private slots:
    void checkDigits()
    {
        // The examples in devices.md.
        QCOMPARE(gs1CheckDigit(u"590123412345"), 7);
        QCOMPARE(gs1CheckDigit(u"10614141234567890"), 8);
        QCOMPARE(gs1CheckDigit(u"0950600013435"), 2);
        QVERIFY(gs1CheckDigitValid(u"5901234123457"));
        QVERIFY(gs1CheckDigitValid(u"106141412345678908"));
        QVERIFY(gs1CheckDigitValid(u"09506000134352"));
        QVERIFY(gs1CheckDigitValid(u"96385074")); // EAN-8
        QVERIFY(!gs1CheckDigitValid(u"09506000134353"));
        QVERIFY(!gs1CheckDigitValid(u"0950600013435X"));
        QCOMPARE(gs1CheckDigit(u""), -1);
        QCOMPARE(gs1CheckDigit(u"12a"), -1);
        QCOMPARE(gs1CheckDigit(u"0"), 0);
    }

    void table_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QChar>("substitute");
        QTest::addColumn<QString>("hri");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("issues");

        const QString devicesExample = QStringLiteral("0109506000134352172502001"
                                                      "0ABC123") +
                                       GS + QStringLiteral("21S42");
        const QString devicesHri = QStringLiteral("(01)09506000134352(17)250200(10)ABC123(21)S42");
        QTest::newRow("devices.md: ]C1 GS1-128")
            << (QStringLiteral("]C1") + devicesExample) << QChar() << devicesHri << true << QStringList();
        QTest::newRow("no AIM identifier")
            << devicesExample << QChar() << devicesHri << true << QStringList();
        QTest::newRow("]d2 GS1 DataMatrix")
            << (QStringLiteral("]d2") + devicesExample) << QChar() << devicesHri << true << QStringList();
        QTest::newRow("]Q3 GS1 QR") << (QStringLiteral("]Q3") + devicesExample) << QChar() << devicesHri
                                    << true << QStringList();
        QTest::newRow("]e0 GS1 DataBar")
            << (QStringLiteral("]e0") + devicesExample) << QChar() << devicesHri << true << QStringList();
        QTest::newRow("leading FNC1 sent as GS")
            << (GS + devicesExample) << QChar() << devicesHri << true << QStringList();
        QTest::newRow("CR LF after the scan")
            << (devicesExample + QStringLiteral("\r\n")) << QChar() << devicesHri << true << QStringList();
        QTest::newRow("substitute | for GS") << QStringLiteral("]C10109506000134352172502001"
                                                               "0ABC123|21S42")
                                             << QChar(u'|') << devicesHri << true << QStringList();
        QTest::newRow("GS after a predefined-length AI is tolerated")
            << (QStringLiteral("0109506000134352") + GS + QStringLiteral("10ABC")) << QChar()
            << QStringLiteral("(01)09506000134352(10)ABC") << true << QStringList();

        // Check digits.
        QTest::newRow("SSCC") << QStringLiteral("00106141412345678908") << QChar()
                              << QStringLiteral("(00)106141412345678908") << true << QStringList();
        QTest::newRow("SSCC wrong check digit")
            << QStringLiteral("00106141412345678907") << QChar() << QStringLiteral("(00)106141412345678907")
            << false << QStringList{QStringLiteral("00:CheckDigit")};
        QTest::newRow("GTIN wrong check digit, rest still read")
            << QStringLiteral("010950600013435310ABC") << QChar()
            << QStringLiteral("(01)09506000134353(10)ABC") << false
            << QStringList{QStringLiteral("01:CheckDigit")};
        QTest::newRow("02 + 37") << (QStringLiteral("020061414112345237") + QStringLiteral("25")) << QChar()
                                 << QStringLiteral("(02)00614141123452(37)25") << true << QStringList();
        QTest::newRow("414 GLN") << QStringLiteral("4149520123456788") << QChar()
                                 << QStringLiteral("(414)9520123456788") << true << QStringList();
        QTest::newRow("410 wrong check digit")
            << QStringLiteral("4109520123456789") << QChar() << QStringLiteral("(410)9520123456789") << false
            << QStringList{QStringLiteral("410:CheckDigit")};
        QTest::newRow("8006 ITIP checks its GTIN part")
            << QStringLiteral("8006095060001343520102") << QChar()
            << QStringLiteral("(8006)095060001343520102") << true << QStringList();

        // Dates.
        QTest::newRow("impossible date 30 February")
            << QStringLiteral("17250230") << QChar() << QStringLiteral("(17)250230") << false
            << QStringList{QStringLiteral("17:InvalidDate")};
        QTest::newRow("month 13") << QStringLiteral("1125130110ABC") << QChar()
                                  << QStringLiteral("(11)251301(10)ABC") << false
                                  << QStringList{QStringLiteral("11:InvalidDate")};
        QTest::newRow("29 February 2025 does not exist")
            << QStringLiteral("15250229") << QChar() << QStringLiteral("(15)250229") << false
            << QStringList{QStringLiteral("15:InvalidDate")};
        QTest::newRow("29 February 2024 does")
            << QStringLiteral("15240229") << QChar() << QStringLiteral("(15)240229") << true << QStringList();
        QTest::newRow("7006 has no DD = 00")
            << QStringLiteral("7006250200") << QChar() << QStringLiteral("(7006)250200") << false
            << QStringList{QStringLiteral("7006:InvalidDate")};

        // Decimals.
        QTest::newRow("3103 net weight") << QStringLiteral("3103001250") << QChar()
                                         << QStringLiteral("(3103)001250") << true << QStringList();
        QTest::newRow("3106 is not defined but its length is: the parse goes on")
            << QStringLiteral("310600125010LOT") << QChar() << QStringLiteral("(3106)001250(10)LOT") << false
            << QStringList{QStringLiteral("3106:InvalidDecimal")};
        QTest::newRow("3106 has no 6 decimal places")
            << QStringLiteral("3106001250") << QChar() << QStringLiteral("(3106)001250") << false
            << QStringList{QStringLiteral("3106:InvalidDecimal")};

        // Unknown AIs keep their raw text and do not stop the parse.
        QTest::newRow("unknown 4-digit AI up to GS")
            << (QStringLiteral("01095060001343527010ABC") + GS + QStringLiteral("21S42")) << QChar()
            << QStringLiteral("(01)09506000134352(7010)ABC(21)S42") << false
            << QStringList{QStringLiteral("7010:UnknownAi")};
        QTest::newRow("unknown AI with a predefined length (3170)")
            << QStringLiteral("317000123410LOT7") << QChar() << QStringLiteral("(3170)001234(10)LOT7")
            << false << QStringList{QStringLiteral("3170:UnknownAi")};
        QTest::newRow("unassigned AI prefix 89: raw text to the next GS")
            << (QStringLiteral("0109506000134352891234") + GS + QStringLiteral("10ABC")) << QChar()
            << QStringLiteral("(01)09506000134352891234(10)ABC") << false
            << QStringList{QStringLiteral("?:UnknownAi")};

        // Separators.
        QTest::newRow("missing GS: ambiguous, not guessed")
            << QStringLiteral("010950600013435210ABC12321S42") << QChar()
            << QStringLiteral("(01)09506000134352(10)ABC12321S42") << false
            << QStringList{QStringLiteral("10:Ambiguous")};
        QTest::newRow("same text from a scanner that sends GS: one lot")
            << (QStringLiteral("21S1") + GS + QStringLiteral("10ABC12321S42")) << QChar()
            << QStringLiteral("(21)S1(10)ABC12321S42") << true << QStringList();
        QTest::newRow("last variable value that cannot hide another AI")
            << QStringLiteral("010950600013435210ABC123") << QChar()
            << QStringLiteral("(01)09506000134352(10)ABC123") << true << QStringList();
        QTest::newRow("a count could hide in a lot: ambiguous")
            << QStringLiteral("10A3712") << QChar() << QStringLiteral("(10)A3712") << false
            << QStringList{QStringLiteral("10:Ambiguous")};
        QTest::newRow("an internal AI (90-99) does not make a value ambiguous")
            << QStringLiteral("10LOT9912") << QChar() << QStringLiteral("(10)LOT9912") << true
            << QStringList();
        QTest::newRow("too long without GS") << QStringLiteral("10ABCDEFGHIJKLMNOPQRSTUVWXYZ") << QChar()
                                             << QStringLiteral("(10)ABCDEFGHIJKLMNOPQRSTUVWXYZ") << false
                                             << QStringList{QStringLiteral("10:Ambiguous")};
        QTest::newRow("fixed length 422 needs no GS to be split")
            << QStringLiteral("4223920109506000134352") << QChar()
            << QStringLiteral("(422)392(01)09506000134352") << true << QStringList();

        // Values.
        QTest::newRow("letter in a numeric value")
            << QStringLiteral("0109506A00134352") << QChar() << QStringLiteral("(01)09506A00134352") << false
            << QStringList{QStringLiteral("01:InvalidCharacter")};
        QTest::newRow("~ is not GS1 data")
            << QStringLiteral("10AB~C") << QChar() << QStringLiteral("(10)AB~C") << false
            << QStringList{QStringLiteral("10:InvalidCharacter")};
        QTest::newRow("GTIN cut off") << QStringLiteral("01095060") << QChar() << QStringLiteral("(01)095060")
                                      << false << QStringList{QStringLiteral("01:WrongLength")};
        QTest::newRow("GS inside a predefined-length value")
            << (QStringLiteral("0109506") + GS + QStringLiteral("10ABC")) << QChar()
            << QStringLiteral("(01)09506(10)ABC") << false << QStringList{QStringLiteral("01:WrongLength")};
        QTest::newRow("same AI twice, different values")
            << (QStringLiteral("10ABC") + GS + QStringLiteral("10DEF")) << QChar()
            << QStringLiteral("(10)ABC(10)DEF") << false << QStringList{QStringLiteral("10:Duplicate")};

        // Bracketed HRI input.
        QTest::newRow("HRI") << QStringLiteral("(01)09506000134352(17)250228(10)ABC123(21)S42") << QChar()
                             << QStringLiteral("(01)09506000134352(17)250228(10)ABC123(21)S42") << true
                             << QStringList();
        QTest::newRow("HRI with an escaped bracket")
            << QStringLiteral("(10)A\\(B)(21)1") << QChar() << QStringLiteral("(10)A\\(B)(21)1") << true
            << QStringList();
        QTest::newRow("HRI with a non-numeric AI") << QStringLiteral("(01)09506000134352(LOT)X") << QChar()
                                                   << QStringLiteral("(01)09506000134352(LOT)X") << false
                                                   << QStringList{QStringLiteral("?:UnknownAi")};
        QTest::newRow("HRI not closed")
            << QStringLiteral("(01)09506000134352(10") << QChar() << QStringLiteral("(01)09506000134352")
            << false << QStringList{QStringLiteral("*:Syntax")};

        // Digital Link.
        QTest::newRow("Digital Link, devices.md")
            << QStringLiteral("https://id.gs1.org/00/106141412345678908?02=00614141123452&37=25&10=ABC123")
            << QChar() << QStringLiteral("(00)106141412345678908(02)00614141123452(37)25(10)ABC123") << true
            << QStringList();
        QTest::newRow("Digital Link with a path prefix, key qualifiers, percent-encoding, non-AI query")
            << QStringLiteral("https://brand.example.com/shop/01/09506000134352/10/AB%2FC%2512/21/S42"
                              "?17=250200&linkType=gs1:pip")
            << QChar() << QStringLiteral("(01)09506000134352(10)AB/C%12(21)S42(17)250200") << true
            << QStringList();
        QTest::newRow("Digital Link GTIN-13 padded")
            << QStringLiteral("http://example.org/01/5901234123457") << QChar()
            << QStringLiteral("(01)05901234123457") << true << QStringList();
        QTest::newRow("Digital Link UPC-A (GTIN-12) padded")
            << QStringLiteral("https://example.org/01/614141123452") << QChar()
            << QStringLiteral("(01)00614141123452") << true << QStringList();
        QTest::newRow("Digital Link: an unknown AI in the query is kept and marked")
            << QStringLiteral("https://example.org/01/09506000134352?7010=X&10=L1") << QChar()
            << QStringLiteral("(01)09506000134352(7010)X(10)L1") << false
            << QStringList{QStringLiteral("7010:UnknownAi")};
        QTest::newRow("Digital Link: an impossible expiry date in the query")
            << QStringLiteral("https://example.org/01/09506000134352?17=251300") << QChar()
            << QStringLiteral("(01)09506000134352(17)251300") << false
            << QStringList{QStringLiteral("17:InvalidDate")};
        QTest::newRow("Digital Link wrong check digit")
            << QStringLiteral("https://example.org/01/09506000134353") << QChar()
            << QStringLiteral("(01)09506000134353") << false << QStringList{QStringLiteral("01:CheckDigit")};
        QTest::newRow("Digital Link without a primary key")
            << QStringLiteral("https://example.org/products/123") << QChar() << QString() << false
            << QStringList{QStringLiteral("*:NotGs1")};
        QTest::newRow("Digital Link path ends with an AI")
            << QStringLiteral("https://example.org/01/09506000134352/10") << QChar()
            << QStringLiteral("(01)09506000134352") << false << QStringList{QStringLiteral("*:Syntax")};
        QTest::newRow("]Q1 QR code with a Digital Link")
            << QStringLiteral("]Q1https://example.org/01/09506000134352") << QChar()
            << QStringLiteral("(01)09506000134352") << true << QStringList();

        // Symbologies that are not GS1.
        QTest::newRow("]E0 EAN-13 gives its GTIN")
            << QStringLiteral("]E05901234123457") << QChar() << QStringLiteral("(01)05901234123457") << true
            << QStringList();
        QTest::newRow("]E4 EAN-8") << QStringLiteral("]E496385074") << QChar()
                                   << QStringLiteral("(01)00000096385074") << true << QStringList();
        QTest::newRow("]C0 plain Code 128") << QStringLiteral("]C00109506000134352") << QChar() << QString()
                                            << false << QStringList{QStringLiteral("*:NotGs1")};
        QTest::newRow("plain text") << QStringLiteral("HELLO") << QChar() << QString() << false
                                    << QStringList{QStringLiteral("*:NotGs1")};
        QTest::newRow("empty") << QString() << QChar() << QString() << false
                               << QStringList{QStringLiteral("*:NotGs1")};
        QTest::newRow("only a GS") << GS << QChar() << QString() << false
                                   << QStringList{QStringLiteral("*:NotGs1")};
    }
    void table()
    {
        QFETCH(QString, input);
        QFETCH(QChar, substitute);
        QFETCH(QString, hri);
        QFETCH(bool, valid);
        QFETCH(QStringList, issues);
        const Gs1Parse p = parse(input, substitute);
        QCOMPARE(p.hri(), hri);
        QCOMPARE(problems(p), issues);
        QCOMPARE(p.isValid(), valid);
        QCOMPARE(p.errors().isEmpty(), valid);
        for (const QString &message : p.errors())
            QVERIFY2(!message.trimmed().isEmpty(), qPrintable(input));
    }

    void devicesExampleTyped()
    {
        const Gs1Parse p = parse(QStringLiteral("]C10109506000134352172502001"
                                                "0ABC123") +
                                 GS + QStringLiteral("21S42"));
        QVERIFY(p.isValid());
        QCOMPARE(p.form, Gs1InputForm::ElementString);
        QCOMPARE(p.symbology, QStringLiteral("]C1"));
        QCOMPARE(p.elements.size(), 4);
        QCOMPARE(p.elements[0].title, QStringLiteral("GTIN"));
        QCOMPARE(p.elements[0].checkDigit, Gs1CheckDigit::Valid);
        QCOMPARE(p.elements[1].ai, QStringLiteral("17"));
        QCOMPARE(p.elements[1].value, QStringLiteral("250200"));
        QCOMPARE(p.elements[1].date, QDate(2025, 2, 28)); // DD = 00: last day of the month
        QCOMPARE(p.elements[1].typedText(), QStringLiteral("2025-02-28"));
        QCOMPARE(p.element(u"10")->value, QStringLiteral("ABC123"));
        QCOMPARE(p.element(u"21")->value, QStringLiteral("S42"));
        QVERIFY(p.element(u"21")->typedText().isEmpty());
        QCOMPARE(p.element(u"22"), nullptr);
        QCOMPARE(p.elementString(), QStringLiteral("0109506000134352172502001"
                                                   "0ABC123") +
                                        GS + QStringLiteral("21S42"));
    }

    void datesAndCentury_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QDate>("date");
        QTest::newRow("DD 00 in a leap February")
            << QStringLiteral("15240200") << kToday << QDate(2024, 2, 29);
        QTest::newRow("DD 00 in December") << QStringLiteral("11251200") << kToday << QDate(2025, 12, 31);
        QTest::newRow("50 years ahead stays in this century")
            << QStringLiteral("17760101") << kToday << QDate(2076, 1, 1);
        QTest::newRow("51 years ahead is the last century")
            << QStringLiteral("17770101") << kToday << QDate(1977, 1, 1);
        QTest::newRow("49 years back stays")
            << QStringLiteral("11770101") << QDate(2026, 1, 1) << QDate(1977, 1, 1);
        QTest::newRow("near a century's end: 03 is the next one")
            << QStringLiteral("17030101") << QDate(2098, 6, 1) << QDate(2103, 1, 1);
        QTest::newRow("near a century's start: 99 is the last one")
            << QStringLiteral("11990101") << QDate(2001, 6, 1) << QDate(1999, 1, 1);
    }
    void datesAndCentury()
    {
        QFETCH(QString, input);
        QFETCH(QDate, reference);
        QFETCH(QDate, date);
        Gs1Options options;
        options.referenceDate = reference;
        const Gs1Parse p = parseGs1(input, options);
        QVERIFY2(p.isValid(), qPrintable(p.errors().join(QStringLiteral("; "))));
        QCOMPARE(p.elements.first().date, date);
    }

    void decimals_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<int>("places");
        QTest::addColumn<QString>("typed");
        QTest::newRow("3103 kg") << QStringLiteral("3103001250") << qint64(1250) << 3
                                 << QStringLiteral("1.250 kg");
        QTest::newRow("3102 kg") << QStringLiteral("3102001250") << qint64(1250) << 2
                                 << QStringLiteral("12.50 kg");
        QTest::newRow("3100 kg") << QStringLiteral("3100000012") << qint64(12) << 0
                                 << QStringLiteral("12 kg");
        QTest::newRow("3105 small") << QStringLiteral("3105000007") << qint64(7) << 5
                                    << QStringLiteral("0.00007 kg");
        QTest::newRow("3202 lb") << QStringLiteral("3202000150") << qint64(150) << 2
                                 << QStringLiteral("1.50 lb");
        QTest::newRow("3151 litres") << QStringLiteral("3151000015") << qint64(15) << 1
                                     << QStringLiteral("1.5 l");
        QTest::newRow("3692 yd³") << QStringLiteral("3692000100") << qint64(100) << 2
                                  << QStringLiteral("1.00 yd³");
        QTest::newRow("3922 price, variable")
            << QStringLiteral("39221999") << qint64(1999) << 2 << QStringLiteral("19.99");
    }
    void decimals()
    {
        QFETCH(QString, input);
        QFETCH(qint64, units);
        QFETCH(int, places);
        QFETCH(QString, typed);
        const Gs1Parse p = parse(input);
        QVERIFY2(p.isValid(), qPrintable(p.errors().join(QStringLiteral("; "))));
        const Gs1Element &e = p.elements.first();
        QVERIFY(e.decimal.has_value());
        QCOMPARE(e.decimal->units, units);
        QCOMPARE(e.decimal->places, places);
        QCOMPARE(e.typedText(), typed);
    }

    void unknownAiKeepsTheRest()
    {
        const Gs1Parse p = parse(QStringLiteral("01095060001343527010ABC") + GS + QStringLiteral("17250200") +
                                 QStringLiteral("89XY") + GS + QStringLiteral("21S42"));
        QVERIFY(!p.isValid());
        QCOMPARE(p.elements.size(), 5);
        QCOMPARE(p.elements[1].ai, QStringLiteral("7010"));
        QVERIFY(!p.elements[1].known);
        QCOMPARE(p.elements[1].value, QStringLiteral("ABC"));
        QCOMPARE(p.elements[2].date, QDate(2025, 2, 28));
        QVERIFY(!p.elements[3].known);
        QCOMPARE(p.elements[3].value, QStringLiteral("89XY"));
        QCOMPARE(p.elements[4].value, QStringLiteral("S42"));
        QVERIFY(!p.elements[4].hasErrors());
        QCOMPARE(p.errors().size(), 2);
        QVERIFY(p.errors().first().startsWith(QStringLiteral("(7010) ")));
    }

    void ambiguousValueIsNotSplit()
    {
        const Gs1Parse p = parse(QStringLiteral("010950600013435210ABC12321S42"));
        QCOMPARE(p.elements.size(), 2);
        QCOMPARE(p.elements[1].value, QStringLiteral("ABC12321S42")); // kept whole
        QVERIFY(p.elements[1].hasErrors());
        QCOMPARE(p.element(u"21"), nullptr);
    }

    void messagesNameTheProblem()
    {
        const Gs1Parse p = parse(QStringLiteral("0109506000134353"));
        QCOMPARE(p.errors(), QStringList{QStringLiteral("(01) wrong check digit 3, expected 2")});
        QCOMPARE(p.elements.first().typedText(), QStringLiteral("check digit wrong"));
        const Gs1Parse d = parse(QStringLiteral("17250230"));
        QCOMPARE(d.errors(), QStringList{QStringLiteral("(17) impossible date 250230 (YYMMDD)")});
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("hri");
        QTest::newRow("devices.md") << QStringLiteral("(01)09506000134352(17)250228(10)ABC123(21)S42");
        QTest::newRow("variable then fixed") << QStringLiteral("(10)ABC(01)09506000134352(3103)001250(21)X");
        QTest::newRow("SSCC and count") << QStringLiteral("(00)106141412345678908(37)25(400)PO-1");
    }
    void roundTrip()
    {
        QFETCH(QString, hri);
        const Gs1Parse fromHri = parse(hri);
        QVERIFY(fromHri.isValid());
        QCOMPARE(fromHri.form, Gs1InputForm::BracketedHri);
        const Gs1Parse fromRaw = parse(fromHri.elementString());
        QVERIFY2(fromRaw.isValid(), qPrintable(fromRaw.errors().join(QStringLiteral("; "))));
        QCOMPARE(fromRaw.hri(), hri);
    }

    void titles()
    {
        QCOMPARE(gs1AiTitle(u"00"), QStringLiteral("SSCC"));
        QCOMPARE(gs1AiTitle(u"3103"), QStringLiteral("NET WEIGHT (kg)"));
        QCOMPARE(gs1AiTitle(u"99"), QStringLiteral("INTERNAL"));
        QVERIFY(gs1AiTitle(u"7010").isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestGs1)
#include "tst_gs1.moc"
