// TapeDeviceSpec / createTapeDevice: tape devices named as text (sim:, serial:, ble:), the errors
// for text that names none, and that each kind makes the right device (not started).
#include "BleTape.h"
#include "SerialTape.h"
#include "SimulatedTape.h"
#include "TapeDeviceFactory.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

class TestTapeDeviceFactory : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void creates();
};

void TestTapeDeviceFactory::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "kind protocol target" or "! problem"
    QTest::newRow("sim") << "sim:leica-disto"
                         << "0 leica-disto ";
    QTest::newRow("sim wedge") << "sim:wedge"
                               << "0 wedge ";
    QTest::newRow("serial") << "serial:bosch-glm:/dev/rfcomm0"
                            << "1 bosch-glm /dev/rfcomm0";
    QTest::newRow("serial by-path") << "serial:nus:/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0"
                                    << "1 nus /dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0";
    QTest::newRow("ble") << "ble:leica-disto"
                         << "2 leica-disto ";
    QTest::newRow("ble address") << "ble:es-tape:C4:F3:12:00:00:01"
                                 << "2 es-tape C4:F3:12:00:00:01";
    QTest::newRow("unknown kind") << "usb:nus"
                                  << "! sim:PROTOCOL, serial:PROTOCOL:PORT or ble:PROTOCOL[:ADDRESS]";
    QTest::newRow("empty") << ""
                           << "! sim:PROTOCOL";
    QTest::newRow("unknown protocol") << "sim:disto"
                                      << "! unknown tape protocol";
    QTest::newRow("serial without port") << "serial:bosch-glm"
                                         << "! needs its port";
    QTest::newRow("sim with a target") << "sim:nus:x"
                                       << "! just sim:PROTOCOL";
}

void TestTapeDeviceFactory::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto spec = TapeDeviceSpec::parse(text);
    if (expected.startsWith(QLatin1Char('!'))) {
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().code(), ErrorCode::InvalidArgument);
        QVERIFY2(spec.error().message().contains(expected.mid(2)), qPrintable(spec.error().message()));
        QCOMPARE(spec.error().context(), text);
        return;
    }
    QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().toString()));
    QCOMPARE(
        QStringLiteral("%1 %2 %3").arg(int(spec->kind)).arg(tapeProtocolName(spec->protocol), spec->target),
        expected);
}

void TestTapeDeviceFactory::creates()
{
    auto sim = createTapeDevice(QStringLiteral("sim:bosch-glm"));
    QVERIFY(sim.ok());
    QVERIFY(qobject_cast<SimulatedTape *>(sim->get()));
    QCOMPARE((*sim)->protocol(), TapeProtocol::BoschGlm);
    QCOMPARE((*sim)->state(), TapeDevice::State::Stopped);

    auto serial = createTapeDevice(QStringLiteral("serial:nus:/dev/does-not-exist"));
    QVERIFY(serial.ok());
    QVERIFY(qobject_cast<SerialTape *>(serial->get()));
    QCOMPARE((*serial)->deviceId(), QStringLiteral("/dev/does-not-exist"));

    auto leicaSerial = createTapeDevice(QStringLiteral("serial:leica-disto:/dev/ttyS0"));
    QVERIFY(!leicaSerial.ok()); // BLE only

    auto ble = createTapeDevice(QStringLiteral("ble:nus:AA:BB:CC:DD:EE:FF"));
    QVERIFY(ble.ok());
    QVERIFY(qobject_cast<BleTape *>(ble->get()));
    QCOMPARE((*ble)->deviceId(), QStringLiteral("AA:BB:CC:DD:EE:FF"));
    QVERIFY(!createTapeDevice(QStringLiteral("ble:wedge")).ok());
}

QTEST_GUILESS_MAIN(TestTapeDeviceFactory)
#include "tst_tapedevicefactory.moc"
