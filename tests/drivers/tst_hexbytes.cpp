// HexBytes: device frames as text and back (the form of decoder fixtures and trace logs).
#include "HexBytes.h"
#include "Random.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

class TestHexBytes : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("spaced upper case")
            << QStringLiteral("C0 40 00 EE") << QByteArray("\xC0\x40\x00\xEE", 4);
        QTest::newRow("lower case") << QStringLiteral("c0 40 00 ee") << QByteArray("\xC0\x40\x00\xEE", 4);
        QTest::newRow("no separators") << QStringLiteral("C04000EE") << QByteArray("\xC0\x40\x00\xEE", 4);
        QTest::newRow("colons") << QStringLiteral("c0:40:00:ee") << QByteArray("\xC0\x40\x00\xEE", 4);
        QTest::newRow("dashes") << QStringLiteral("C0-40-00-EE") << QByteArray("\xC0\x40\x00\xEE", 4);
        QTest::newRow("commas") << QStringLiteral("C0,40,00,EE") << QByteArray("\xC0\x40\x00\xEE", 4);
        QTest::newRow("0x prefixes") << QStringLiteral("0xC0 0x40 0X00 0xee")
                                     << QByteArray("\xC0\x40\x00\xEE", 4);
        QTest::newRow("0x before a run") << QStringLiteral("0xC04000EE") << QByteArray("\xC0\x40\x00\xEE", 4);
        QTest::newRow("tabs and newlines (annotated fixture)")
            << QStringLiteral("\tC0 40\n00 EE\r\n") << QByteArray("\xC0\x40\x00\xEE", 4);
        QTest::newRow("zero byte") << QStringLiteral("00") << QByteArray(1, '\0');
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("only spaces") << QStringLiteral("   ") << QByteArray();
        QTest::newRow("all values") << QStringLiteral("00 01 7F 80 FE FF")
                                    << QByteArray("\x00\x01\x7F\x80\xFE\xFF", 6);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        auto bytes = parseHex(text);
        QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().toString()));
        QCOMPARE(*bytes, expected);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one digit") << QStringLiteral("C");
        QTest::newRow("odd count") << QStringLiteral("C0 4");
        QTest::newRow("split byte") << QStringLiteral("C0 4 0");
        QTest::newRow("not hex") << QStringLiteral("GG");
        QTest::newRow("x without 0") << QStringLiteral("xC0");
        QTest::newRow("japanese") << QStringLiteral("データ");
        QTest::newRow("full-width digits") << QStringLiteral("１２");
        QTest::newRow("trailing garbage") << QStringLiteral("C0 40 zz");
        QTest::newRow("huge with one bad digit at the end")
            << QString(200000, QLatin1Char('A')) + QStringLiteral("Q0");
    }
    void malformed()
    {
        QFETCH(QString, text);
        auto bytes = parseHex(text);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().code(), ErrorCode::Parse);
        // The raw input is kept for whoever reads the log.
        QCOMPARE(bytes.error().context(), text);
    }

    void positionOfTheBadDigit()
    {
        auto bytes = parseHex(QStringLiteral("C0 4G"));
        QVERIFY(!bytes.ok());
        QVERIFY(bytes.error().message().contains(QStringLiteral("position 4")));
    }

    void toHex_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("one zero") << QByteArray(1, '\0') << QStringLiteral("00");
        QTest::newRow("frame") << QByteArray("\xC0\x40\x00\xEE", 4) << QStringLiteral("C0 40 00 EE");
        QTest::newRow("utf-8 of 倉") << QByteArray("倉") << QStringLiteral("E5 80 89");
    }
    void toHex()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(drivers::toHex(bytes), expected);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("1 byte") << 1;
        QTest::newRow("a BLE frame") << 20;
        QTest::newRow("huge: 1 MiB") << 1024 * 1024;
    }
    void roundTrip()
    {
        QFETCH(int, size);
        SeededRandom rng(size);
        QByteArray bytes(size, Qt::Uninitialized);
        for (auto &b : bytes)
            b = char(rng.between(0, 255));
        auto back = parseHex(drivers::toHex(bytes));
        QVERIFY(back.ok());
        QCOMPARE(*back, bytes);
    }
};

QTEST_GUILESS_MAIN(TestHexBytes)
#include "tst_hexbytes.moc"
