// PrinterAddress: what wh printer and the handheld's Devices screen accept as a label printer's
// address (names, IPv4, IPv6 bare and in brackets, the default port 9100) and what they refuse (a
// colon without a port, ports out of range or with a sign, hosts that are not names or addresses,
// brackets round a name, URLs, Japanese), and the text each is kept as.
#include "PrinterAddress.h"

#include <QTest>

using namespace wh::drivers;

class TestPrinterAddress : public QObject {
    Q_OBJECT

private slots:
    void good_data();
    void good();
    void bad_data();
    void bad();
};

void TestPrinterAddress::good_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("kept");
    QTest::newRow("IPv4, default port") << "192.168.1.50"
                                        << "192.168.1.50" << 9100 << "192.168.1.50:9100";
    QTest::newRow("IPv4 and port") << "192.168.1.50:6101"
                                   << "192.168.1.50" << 6101 << "192.168.1.50:6101";
    QTest::newRow("spaces around") << "  127.0.0.1:9101 "
                                   << "127.0.0.1" << 9101 << "127.0.0.1:9101";
    QTest::newRow("name") << "zebra-3.local"
                          << "zebra-3.local" << 9100 << "zebra-3.local:9100";
    QTest::newRow("localhost and port") << "localhost:1"
                                        << "localhost" << 1 << "localhost:1";
    QTest::newRow("highest port") << "printer:65535"
                                  << "printer" << 65535 << "printer:65535";
    QTest::newRow("IPv6 in brackets") << "[::1]:9101"
                                      << "::1" << 9101 << "[::1]:9101";
    QTest::newRow("IPv6 in brackets, default port") << "[fe80::1]"
                                                    << "fe80::1" << 9100 << "[fe80::1]:9100";
    QTest::newRow("bare IPv6") << "fe80::1"
                               << "fe80::1" << 9100 << "[fe80::1]:9100";
}

void TestPrinterAddress::good()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, kept);
    const auto parsed = PrinterAddress::parse(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->host, host);
    QCOMPARE(int(parsed->port), port);
    QCOMPARE(parsed->text(), kept);
    // What is kept reads back as the same address.
    const auto again = PrinterAddress::parse(parsed->text());
    QVERIFY(again);
    QCOMPARE(again->host, host);
    QCOMPARE(int(again->port), port);
}

void TestPrinterAddress::bad_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "   ";
    QTest::newRow("space inside") << "printer 1";
    QTest::newRow("no port after the colon") << "10.0.0.1:";
    QTest::newRow("port too big") << "10.0.0.1:70000";
    QTest::newRow("port far too big") << "localhost:99999";
    QTest::newRow("port zero") << "10.0.0.1:0";
    QTest::newRow("port not a number") << "10.0.0.1:ninety";
    QTest::newRow("port with a sign") << "10.0.0.1:+9100";
    QTest::newRow("not an IPv4 address") << "999.1.1.1";
    QTest::newRow("no host") << ":9100";
    QTest::newRow("bracket not closed") << "[::1";
    QTest::newRow("empty brackets") << "[]:9100";
    QTest::newRow("no port after the brackets' colon") << "[::1]:";
    QTest::newRow("text after the brackets") << "[::1]9100";
    QTest::newRow("brackets round a name") << "[printer]:9100";
    QTest::newRow("brackets round IPv4") << "[10.0.0.1]:9100";
    QTest::newRow("colons but not IPv6") << "printer:9100:1";
    QTest::newRow("underscore") << "label_printer";
    QTest::newRow("hyphen first") << "-printer";
    QTest::newRow("label over 63") << QString(64, QLatin1Char('a'));
    QTest::newRow("a URL") << "http://10.0.0.1:9100";
    QTest::newRow("japanese") << "プリンター";
}

void TestPrinterAddress::bad()
{
    QFETCH(QString, text);
    QVERIFY(!PrinterAddress::parse(text));
}

QTEST_GUILESS_MAIN(TestPrinterAddress)
#include "tst_printeraddress.moc"
