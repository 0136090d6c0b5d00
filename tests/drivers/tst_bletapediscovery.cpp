// BleTapeDiscovery against a fake central: the tapes of every BLE protocol found by their service
// UUIDs (a DISTO and a GLM among other devices), by their names when the advertisement has no
// UUID, each device once per scan; no adapter and adapter off refuse to scan; a failing scan ends;
// stop(). Then the Qt central's adapter check on this machine (it must answer, not hang).
#include "BleTapeDiscovery.h"
#include "BoschGlmDecoder.h"
#include "EsTapeDecoder.h"
#include "FakeBleCentral.h"
#include "LeicaDistoDecoder.h"
#include "NordicUartDecoder.h"
#include "QtBleCentral.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace wh;
using namespace wh::drivers;
using wh::test::FakeBleCentral;

namespace {

struct Rig {
    FakeBleCentral *central = nullptr;
    std::unique_ptr<BleTapeDiscovery> discovery;
};

Rig makeRig()
{
    auto fake = std::make_unique<FakeBleCentral>();
    Rig rig;
    rig.central = fake.get();
    rig.discovery = std::make_unique<BleTapeDiscovery>(std::move(fake));
    return rig;
}

BleTapeCandidate candidateAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<BleTapeCandidate>();
}

} // namespace

class TestBleTapeDiscovery : public QObject {
    Q_OBJECT

private slots:
    void findsEveryProtocolByService();
    void recognise_data();
    void recognise();
    void eachDeviceOncePerScan();
    void noAdapter();
    void adapterOff();
    void scanFails();
    void stopEndsTheScan();
    void qtCentralAdapterState();
};

void TestBleTapeDiscovery::findsEveryProtocolByService()
{
    Rig rig = makeRig();
    QSignalSpy found(rig.discovery.get(), &BleTapeDiscovery::tapeFound);
    QSignalSpy finished(rig.discovery.get(), &BleTapeDiscovery::finished);
    QVERIFY(rig.discovery->start(4000).ok());
    QVERIFY(rig.discovery->isActive());
    QCOMPARE(rig.central->take(), QStringList{"scan 4000"});

    FakeBleCentral &c = *rig.central;
    emit c.peripheralFound(
        FakeBleCentral::peripheral("C4:F3:12:00:00:01", "DISTO 1234567", {LeicaDistoDecoder::kService}, -58));
    emit c.peripheralFound(FakeBleCentral::peripheral("11:22:33:44:55:66", "Headphones",
                                                      {"0000110b-0000-1000-8000-00805f9b34fb"}));
    emit c.peripheralFound(
        FakeBleCentral::peripheral("00:13:43:00:00:02", "GLM 50 C", {BoschGlmDecoder::kService}, -71));
    emit c.peripheralFound(FakeBleCentral::peripheral("80:EA:CA:00:00:03", "", {EsTapeDecoder::kService}));
    emit c.peripheralFound(
        FakeBleCentral::peripheral("E0:00:00:00:00:04", "Tape", {NordicUartDecoder::kService}));
    QCOMPARE(found.count(), 4);
    QCOMPARE(candidateAt(found, 0).protocol, TapeProtocol::LeicaDisto);
    QCOMPARE(candidateAt(found, 0).peripheral.address, QStringLiteral("C4:F3:12:00:00:01"));
    QCOMPARE(candidateAt(found, 0).peripheral.rssi, qint16(-58));
    QVERIFY(!candidateAt(found, 0).byName);
    QCOMPARE(candidateAt(found, 1).protocol, TapeProtocol::BoschGlm);
    QCOMPARE(candidateAt(found, 1).peripheral.name, QStringLiteral("GLM 50 C"));
    QCOMPARE(candidateAt(found, 2).protocol, TapeProtocol::EsTape);
    QCOMPARE(candidateAt(found, 3).protocol, TapeProtocol::NordicUart);

    emit c.discoveryFinished();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!rig.discovery->isActive());
    // After the scan nothing more is listed.
    emit c.peripheralFound(
        FakeBleCentral::peripheral("C4:F3:12:00:00:09", "DISTO", {LeicaDistoDecoder::kService}));
    QCOMPARE(found.count(), 4);
}

void TestBleTapeDiscovery::recognise_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QString>("protocol"); // empty: not a tape
    QTest::addColumn<bool>("byName");

    QTest::newRow("disto by service")
        << "" << QStringList{LeicaDistoDecoder::kService} << "leica-disto" << false;
    QTest::newRow("service uuid in capitals")
        << "" << QStringList{QString::fromLatin1(EsTapeDecoder::kService).toUpper()} << "es-tape" << false;
    QTest::newRow("disto by name") << "DISTO D2" << QStringList{} << "leica-disto" << true;
    QTest::newRow("glm by name, lower case") << "glm50c" << QStringList{} << "bosch-glm" << true;
    QTest::newRow("the service wins over the name")
        << "DISTO" << QStringList{NordicUartDecoder::kService} << "nus" << false;
    QTest::newRow("name in the middle is no hint") << "My DISTO" << QStringList{} << "" << false;
    QTest::newRow("japanese name, no service") << "メジャー" << QStringList{} << "" << false;
    QTest::newRow("nothing") << "" << QStringList{} << "" << false;
}

void TestBleTapeDiscovery::recognise()
{
    QFETCH(QString, name);
    QFETCH(QStringList, services);
    QFETCH(QString, protocol);
    QFETCH(bool, byName);
    BlePeripheral p;
    p.address = QStringLiteral("AA:BB:CC:DD:EE:FF");
    p.name = name;
    for (const QString &s : services)
        p.serviceUuids << QBluetoothUuid(s);
    const auto candidate = BleTapeDiscovery::recognise(p);
    if (protocol.isEmpty()) {
        QVERIFY(!candidate);
        return;
    }
    QVERIFY(candidate);
    QCOMPARE(tapeProtocolName(candidate->protocol), protocol);
    QCOMPARE(candidate->byName, byName);
}

void TestBleTapeDiscovery::eachDeviceOncePerScan()
{
    Rig rig = makeRig();
    QSignalSpy found(rig.discovery.get(), &BleTapeDiscovery::tapeFound);
    QVERIFY(rig.discovery->start().ok());
    const auto disto =
        FakeBleCentral::peripheral("C4:F3:12:00:00:01", "DISTO", {LeicaDistoDecoder::kService});
    emit rig.central->peripheralFound(disto);
    emit rig.central->peripheralFound(disto);
    QCOMPARE(found.count(), 1);
    // start() while scanning: no second scan, but what was seen is forgotten.
    rig.central->take();
    QVERIFY(rig.discovery->start().ok());
    QCOMPARE(rig.central->take(), QStringList{});
    emit rig.central->peripheralFound(disto);
    QCOMPARE(found.count(), 2);
    emit rig.central->discoveryFinished();
    // A new scan lists it again.
    QVERIFY(rig.discovery->start().ok());
    emit rig.central->peripheralFound(disto);
    QCOMPARE(found.count(), 3);
}

void TestBleTapeDiscovery::noAdapter()
{
    Rig rig = makeRig();
    rig.central->adapter = BleCentral::AdapterState::Missing;
    QSignalSpy finished(rig.discovery.get(), &BleTapeDiscovery::finished);
    const Status started = rig.discovery->start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code(), ErrorCode::NotFound);
    QVERIFY(started.error().message().contains(QLatin1String("no Bluetooth adapter")));
    QVERIFY(!rig.discovery->isActive());
    QCOMPARE(rig.central->take(), QStringList{}); // no scan
    QCOMPARE(finished.count(), 0);
    QCOMPARE(rig.discovery->adapterState(), BleCentral::AdapterState::Missing);
}

void TestBleTapeDiscovery::adapterOff()
{
    Rig rig = makeRig();
    rig.central->adapter = BleCentral::AdapterState::PoweredOff;
    const Status started = rig.discovery->start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code(), ErrorCode::Io);
    QCOMPARE(rig.central->take(), QStringList{});
    // Switched on: it scans.
    rig.central->adapter = BleCentral::AdapterState::Available;
    QVERIFY(rig.discovery->start().ok());
    QCOMPARE(rig.central->take(), QStringList{"scan 10000"});
}

void TestBleTapeDiscovery::scanFails()
{
    Rig rig = makeRig();
    QSignalSpy failed(rig.discovery.get(), &BleTapeDiscovery::failed);
    QSignalSpy finished(rig.discovery.get(), &BleTapeDiscovery::finished);
    QVERIFY(rig.discovery->start().ok());
    emit rig.central->failed(Error(ErrorCode::Io, QStringLiteral("Bluetooth scan failed: busy")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().message(), QStringLiteral("Bluetooth scan failed: busy"));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!rig.discovery->isActive());
    // A failure outside a scan (none running) is not this discovery's.
    emit rig.central->failed(Error(ErrorCode::Io, QStringLiteral("late")));
    QCOMPARE(failed.count(), 1);
}

void TestBleTapeDiscovery::stopEndsTheScan()
{
    Rig rig = makeRig();
    QSignalSpy finished(rig.discovery.get(), &BleTapeDiscovery::finished);
    rig.discovery->stop(); // nothing running: nothing happens
    QCOMPARE(finished.count(), 0);
    QVERIFY(rig.discovery->start().ok());
    rig.central->take();
    rig.discovery->stop();
    QCOMPARE(rig.central->take(), QStringList{"stop scan"});
    QCOMPARE(finished.count(), 1);
    // The central's own end after a stop is not a second one.
    emit rig.central->discoveryFinished();
    QCOMPARE(finished.count(), 1);
}

void TestBleTapeDiscovery::qtCentralAdapterState()
{
    // The build machines have no adapter (Missing); a machine with one says Available or PoweredOff.
    // Either way the answer comes at once.
    QtBleCentral central;
    QElapsedTimer timer;
    timer.start();
    const auto state = central.adapterState();
    qInfo("adapter state here: %d (0 available, 1 off, 2 missing), asked in %lld ms", static_cast<int>(state),
          timer.elapsed());
    QVERIFY(timer.elapsed() < 5000);
    BleTapeDiscovery discovery(std::make_unique<QtBleCentral>());
    const Status started = discovery.start(1000);
    if (state != BleCentral::AdapterState::Available) {
        QVERIFY(!started.ok());
        QVERIFY(!discovery.isActive());
    } else {
        discovery.stop();
    }
}

QTEST_GUILESS_MAIN(TestBleTapeDiscovery)

#include "tst_bletapediscovery.moc"
