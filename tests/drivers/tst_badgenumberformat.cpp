// BadgeNumberFormat: what readers send -> the 10-digit badge id, in every format and byte order.
#include "BadgeNumberFormat.h"
#include "HexBytes.h"
#include "Random.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

using Encoding = BadgeNumberFormat::Encoding;
using ByteOrder = BadgeNumberFormat::ByteOrder;

Q_DECLARE_METATYPE(wh::drivers::BadgeNumberFormat::Encoding)
Q_DECLARE_METATYPE(wh::drivers::BadgeNumberFormat::ByteOrder)

class TestBadgeNumberFormat : public QObject {
    Q_OBJECT

private slots:
    void decodeText_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<ByteOrder>("order");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto msb = ByteOrder::MsbFirst;
        const auto lsb = ByteOrder::LsbFirst;
        // A demo store worker's badge id, as an HID reader types it by default.
        QTest::newRow("decimal: demo worker") << Encoding::Decimal << msb << "1040618946"
                                              << "1040618946";
        QTest::newRow("decimal: devices.md card") << Encoding::Decimal << msb << "0009334109"
                                                  << "0009334109";
        QTest::newRow("decimal: not zero padded") << Encoding::Decimal << msb << "9334109"
                                                  << "0009334109";
        QTest::newRow("decimal: surrounding spaces") << Encoding::Decimal << msb << " 0009334109\t"
                                                     << "0009334109";
        QTest::newRow("decimal: zero") << Encoding::Decimal << msb << "0"
                                       << "0000000000";
        QTest::newRow("decimal: largest 32-bit") << Encoding::Decimal << msb << "4294967295"
                                                 << "4294967295";
        // 0x5D6D8E00 = 1567460864: a reader set to reversed byte order, for card 0x008E6D5D.
        QTest::newRow("decimal: lsb-first reader") << Encoding::Decimal << lsb << "1567460864"
                                                   << "0009334109";
        QTest::newRow("hex32") << Encoding::Hex32 << msb << "008E6D5D"
                               << "0009334109";
        QTest::newRow("hex32: lower case") << Encoding::Hex32 << msb << "008e6d5d"
                                           << "0009334109";
        QTest::newRow("hex32: lsb-first") << Encoding::Hex32 << lsb << "5D6D8E00"
                                          << "0009334109";
        QTest::newRow("hex32: demo worker") << Encoding::Hex32 << msb << "3E0695C2"
                                            << "1040618946";
        QTest::newRow("hex32: all ones") << Encoding::Hex32 << msb << "FFFFFFFF"
                                         << "4294967295";
        // EM4100: version byte 06, then the 32-bit number; only the low 32 bits count.
        QTest::newRow("em4100") << Encoding::Em4100Hex << msb << "06008E6D5D"
                                << "0009334109";
        QTest::newRow("em4100: other version byte, same badge") << Encoding::Em4100Hex << msb << "FF008E6D5D"
                                                                << "0009334109";
        QTest::newRow("em4100: lsb-first") << Encoding::Em4100Hex << lsb << "5D6D8E0006"
                                           << "0009334109";
        QTest::newRow("em4100: all ones") << Encoding::Em4100Hex << msb << "FFFFFFFFFF"
                                          << "4294967295";
    }
    void decodeText()
    {
        QFETCH(Encoding, encoding);
        QFETCH(ByteOrder, order);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto id = BadgeNumberFormat(encoding, order).decodeText(text);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(*id, expected);
    }

    void malformedText_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("decimal: empty") << Encoding::Decimal << ""
                                        << "empty";
        QTest::newRow("decimal: only spaces") << Encoding::Decimal << "   "
                                              << "empty";
        QTest::newRow("decimal: 2^32") << Encoding::Decimal << "4294967296"
                                       << "larger than 32 bits";
        QTest::newRow("decimal: 11 digits") << Encoding::Decimal << "10406189460"
                                            << "11 digits";
        QTest::newRow("decimal: huge") << Encoding::Decimal << QString(10000, QLatin1Char('9')) << "digits";
        QTest::newRow("decimal: letter inside") << Encoding::Decimal << "10406A8946"
                                                << "position 5";
        QTest::newRow("decimal: full-width digits") << Encoding::Decimal << "１０４０６１８９４６"
                                                    << "position 0";
        QTest::newRow("decimal: japanese") << Encoding::Decimal << "社員番号"
                                           << "position 0";
        QTest::newRow("decimal: sign") << Encoding::Decimal << "-1"
                                       << "position 0";
        QTest::newRow("decimal: inner space") << Encoding::Decimal << "10406 8946"
                                              << "position 5";
        QTest::newRow("hex32: 7 digits") << Encoding::Hex32 << "08E6D5D"
                                         << "exactly 8";
        QTest::newRow("hex32: 9 digits") << Encoding::Hex32 << "008E6D5D0"
                                         << "exactly 8";
        QTest::newRow("hex32: not hex") << Encoding::Hex32 << "008E6G5D"
                                        << "position 5";
        QTest::newRow("hex32: 0x prefix") << Encoding::Hex32 << "0x8E6D5D"
                                          << "position 1";
        QTest::newRow("em4100: 8 digits") << Encoding::Em4100Hex << "008E6D5D"
                                          << "exactly 10";
        QTest::newRow("em4100: 12 digits") << Encoding::Em4100Hex << "0006008E6D5D"
                                           << "exactly 10";
        QTest::newRow("em4100: not hex") << Encoding::Em4100Hex << "06008E6D5Z"
                                         << "position 9";
    }
    void malformedText()
    {
        QFETCH(Encoding, encoding);
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        auto id = BadgeNumberFormat(encoding).decodeText(text);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code(), ErrorCode::Parse);
        QVERIFY2(id.error().message().contains(messagePart), qPrintable(id.error().message()));
        // The raw input is kept for the log.
        QCOMPARE(id.error().context(), text);
    }

    void fromBytes_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<ByteOrder>("order");
        QTest::addColumn<uint>("expected");
        QTest::newRow("4 bytes") << "00 8E 6D 5D" << ByteOrder::MsbFirst << 0x008E6D5Du;
        QTest::newRow("4 bytes, lsb-first") << "5D 6D 8E 00" << ByteOrder::LsbFirst << 0x008E6D5Du;
        QTest::newRow("EM4100: version 06 dropped") << "06 00 8E 6D 5D" << ByteOrder::MsbFirst << 0x008E6D5Du;
        QTest::newRow("EM4100, lsb-first: version last")
            << "5D 6D 8E 00 06" << ByteOrder::LsbFirst << 0x008E6D5Du;
        QTest::newRow("EM4100: bytes that look like STX ETX LF CR")
            << "00 02 03 0A 0D" << ByteOrder::MsbFirst << 0x02030A0Du;
        QTest::newRow("zero") << "00 00 00 00 00" << ByteOrder::MsbFirst << 0u;
    }
    void fromBytes()
    {
        QFETCH(QString, hex);
        QFETCH(ByteOrder, order);
        QFETCH(uint, expected);
        auto card = BadgeNumberFormat(Encoding::Em4100Hex, order).cardNumberFromBytes(*parseHex(hex));
        QVERIFY(card.ok());
        QCOMPARE(*card, expected);
    }

    void fromBytesWrongSize_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::newRow("empty") << "";
        QTest::newRow("3 bytes") << "8E 6D 5D";
        QTest::newRow("6 bytes") << "00 06 00 8E 6D 5D";
    }
    void fromBytesWrongSize()
    {
        QFETCH(QString, hex);
        auto card = BadgeNumberFormat().cardNumberFromBytes(*parseHex(hex));
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code(), ErrorCode::Parse);
        QCOMPARE(card.error().context(), hex);
    }

    void encodeText_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<ByteOrder>("order");
        QTest::addColumn<QString>("expected");
        QTest::newRow("decimal") << Encoding::Decimal << ByteOrder::MsbFirst << "0009334109";
        QTest::newRow("decimal, lsb-first") << Encoding::Decimal << ByteOrder::LsbFirst << "1567460864";
        QTest::newRow("hex32") << Encoding::Hex32 << ByteOrder::MsbFirst << "008E6D5D";
        QTest::newRow("hex32, lsb-first") << Encoding::Hex32 << ByteOrder::LsbFirst << "5D6D8E00";
        QTest::newRow("em4100") << Encoding::Em4100Hex << ByteOrder::MsbFirst << "06008E6D5D";
        QTest::newRow("em4100, lsb-first") << Encoding::Em4100Hex << ByteOrder::LsbFirst << "5D6D8E0006";
    }
    void encodeText()
    {
        QFETCH(Encoding, encoding);
        QFETCH(ByteOrder, order);
        QFETCH(QString, expected);
        QCOMPARE(BadgeNumberFormat(encoding, order).encodeText(0x008E6D5Du, 0x06), expected);
    }

    // Every format and byte order reads back what it writes, for random cards and the edges.
    void roundTrip()
    {
        SeededRandom rng(20261102);
        std::vector<quint32> cards = {0u,          1u,          0xFFu,       0x100u,
                                      0x008E6D5Du, 1040618946u, 0x7FFFFFFFu, 0xFFFFFFFFu};
        for (int i = 0; i < 2000; ++i)
            cards.push_back(quint32(rng.next()));
        for (auto encoding : {Encoding::Decimal, Encoding::Hex32, Encoding::Em4100Hex}) {
            for (auto order : {ByteOrder::MsbFirst, ByteOrder::LsbFirst}) {
                const BadgeNumberFormat format(encoding, order);
                for (quint32 card : cards) {
                    const QString text = format.encodeText(card, quint8(card ^ 0x5A));
                    auto back = format.cardNumberFromText(text);
                    QVERIFY2(back.ok(), qPrintable(text));
                    QCOMPARE(*back, card);
                    auto fromBytes = format.cardNumberFromBytes(format.encodeBytes(card, 0x06));
                    QVERIFY(fromBytes.ok());
                    QCOMPARE(*fromBytes, card);
                    QCOMPARE(*format.decodeText(text), BadgeNumberFormat::badgeId(card));
                }
            }
        }
    }

    void badgeId()
    {
        QCOMPARE(BadgeNumberFormat::badgeId(0x008E6D5Du), QStringLiteral("0009334109"));
        QCOMPARE(BadgeNumberFormat::badgeId(0u), QStringLiteral("0000000000"));
        QCOMPARE(BadgeNumberFormat::badgeId(0xFFFFFFFFu), QStringLiteral("4294967295"));
        QCOMPARE(*BadgeNumberFormat::parseBadgeId(u"1040618946"), 1040618946u);
        QCOMPARE(*BadgeNumberFormat::parseBadgeId(u"0009334109"), 0x008E6D5Du);
        for (const char16_t *bad :
             {u"9334109", u"00093341090", u"4294967296", u" 009334109", u"000933410X", u""}) {
            auto card = BadgeNumberFormat::parseBadgeId(bad);
            QVERIFY2(!card.ok(), qPrintable(QString::fromUtf16(bad)));
            QCOMPARE(card.error().code(), ErrorCode::InvalidArgument);
        }
    }

    void settingNames()
    {
        for (auto e : {Encoding::Decimal, Encoding::Hex32, Encoding::Em4100Hex})
            QCOMPARE(*BadgeNumberFormat::parseEncoding(BadgeNumberFormat::encodingName(e)), e);
        for (auto o : {ByteOrder::MsbFirst, ByteOrder::LsbFirst})
            QCOMPARE(*BadgeNumberFormat::parseByteOrder(BadgeNumberFormat::byteOrderName(o)), o);
        QCOMPARE(*BadgeNumberFormat::parseEncoding(u"EM4100"), Encoding::Em4100Hex);
        QVERIFY(!BadgeNumberFormat::parseEncoding(u"wiegand26").ok());
        QCOMPARE(BadgeNumberFormat::parseEncoding(u"wiegand26").error().context(),
                 QStringLiteral("wiegand26"));
        QVERIFY(!BadgeNumberFormat::parseByteOrder(u"").ok());
        // The default is what HID readers type out of the box.
        QCOMPARE(BadgeNumberFormat(), BadgeNumberFormat(Encoding::Decimal, ByteOrder::MsbFirst));
    }
};

QTEST_GUILESS_MAIN(TestBadgeNumberFormat)
#include "tst_badgenumberformat.moc"
