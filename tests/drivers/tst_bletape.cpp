// BleTape, the BLE connection logic, against a fake BleCentral (no Bluetooth hardware exists on
// the build machines): discovery filtered by service UUID (or address), connecting from the scan
// result, CCCD writes in order with the right value (indicate / notify), the Bosch AutoSync set-up
// write, the DISTO's replay on subscribe suppressed, reconnect with a doubling back-off and a new
// scan after repeated failures, step timeouts, a missing characteristic, stop() at any step.
// Then QtBleCentral without an adapter (it must fail cleanly), and a real-device test that runs
// only when WH_BLE_TAPE names a device.
#include "BleTape.h"
#include "BoschGlmDecoder.h"
#include "EsTapeDecoder.h"
#include "HexBytes.h"
#include "LeicaDistoDecoder.h"
#include "NordicUartDecoder.h"
#include "QtBleCentral.h"
#include "TapeFrameText.h"

#include <QSignalSpy>
#include <QTest>

using namespace wh;
using namespace wh::drivers;
using State = TapeDevice::State;

namespace {

// Records every call as a line of text; the test answers with the central's signals.
class FakeBleCentral final : public BleCentral {
public:
    QStringList calls;

    void startDiscovery(int timeoutMs) override { calls << QStringLiteral("scan %1").arg(timeoutMs); }
    void stopDiscovery() override { calls << QStringLiteral("stop scan"); }
    void connectTo(const BlePeripheral &p) override { calls << QStringLiteral("connect ") + p.address; }
    void disconnectFrom() override { calls << QStringLiteral("disconnect"); }
    void discoverService(const QBluetoothUuid &service) override
    {
        calls << QStringLiteral("discover ") + service.toString(QUuid::WithoutBraces);
    }
    void writeClientConfiguration(const QBluetoothUuid &c, const QByteArray &value) override
    {
        calls << QStringLiteral("cccd %1 %2").arg(c.toString(QUuid::WithoutBraces), toHex(value));
    }
    void writeCharacteristic(const QBluetoothUuid &c, const QByteArray &value, bool withResponse) override
    {
        calls << QStringLiteral("write %1 %2%3")
                     .arg(c.toString(QUuid::WithoutBraces), toHex(value),
                          withResponse ? QString() : QStringLiteral(" (no response)"));
    }

    // The calls since the last take, cleared.
    QStringList take()
    {
        QStringList out = calls;
        calls.clear();
        return out;
    }
};

QBluetoothUuid uuid(const char *text)
{
    return QBluetoothUuid(QString::fromLatin1(text));
}

BlePeripheral peripheral(const QString &address, std::initializer_list<const char *> services)
{
    BlePeripheral p;
    p.address = address;
    p.name = QStringLiteral("tape");
    for (const char *s : services)
        p.serviceUuids << uuid(s);
    return p;
}

BleCharacteristic characteristic(const char *id, bool notify, bool indicate, bool write = false)
{
    BleCharacteristic c;
    c.uuid = uuid(id);
    c.canNotify = notify;
    c.canIndicate = indicate;
    c.canWrite = write;
    return c;
}

const QList<BleCharacteristic> kDistoCharacteristics = {
    characteristic(LeicaDistoDecoder::kDistance, false, true),
    characteristic(LeicaDistoDecoder::kDisplayUnit, false, true),
    characteristic(LeicaDistoDecoder::kCommand, false, false, true),
};

BleTape::Settings fastSettings(TapeProtocol protocol)
{
    BleTape::Settings s;
    s.protocol = protocol;
    s.discoveryTimeoutMs = 5000;
    s.stepTimeoutMs = 5000;
    s.reconnectInitialMs = 20;
    s.reconnectMaxMs = 80;
    s.rediscoverAfterFailures = 3;
    s.silenceMs = 50;
    return s;
}

struct Rig {
    std::unique_ptr<BleTape> tape;
    FakeBleCentral *central = nullptr;
};

// The tapes' clock: readings come at times the tests set (ManualClock), not at once.
ManualClock g_clock(1'800'000'000'000LL);

Rig makeRig(const BleTape::Settings &settings)
{
    auto fake = std::make_unique<FakeBleCentral>();
    Rig rig;
    rig.central = fake.get();
    auto created = BleTape::create(settings, std::move(fake), g_clock);
    if (created)
        rig.tape = std::move(created).value();
    return rig;
}

QString frameText(const QSignalSpy &spy, int i)
{
    return wh::test::frameText(spy.at(i).at(0).value<TapeFrame>());
}

const QString kDistoAddress = QStringLiteral("C4:F3:12:00:00:01");

// Scan, find, connect, discover and subscribe a DISTO; returns with the tape Connected.
void connectDisto(Rig &rig, bool replay)
{
    FakeBleCentral &c = *rig.central;
    rig.tape->start();
    QCOMPARE(c.take(), QStringList{"scan 5000"});
    emit c.peripheralFound(peripheral(QStringLiteral("00:11:22:33:44:55"), {NordicUartDecoder::kService}));
    QCOMPARE(c.take(), QStringList{}); // another service: not ours
    emit c.peripheralFound(peripheral(kDistoAddress, {LeicaDistoDecoder::kService}));
    QCOMPARE(c.take(), (QStringList{"stop scan", "connect " + kDistoAddress}));
    QCOMPARE(rig.tape->deviceId(), kDistoAddress);
    QCOMPARE(rig.tape->state(), State::Connecting);
    emit c.connected();
    QCOMPARE(c.take(), QStringList{"discover 3ab10100-f831-4395-b29d-570977d5bf94"});
    emit c.serviceDiscovered(kDistoCharacteristics);
    // Indications, 0101 first, 0102 after.
    QCOMPARE(c.take(), QStringList{"cccd 3ab10101-f831-4395-b29d-570977d5bf94 02 00"});
    emit c.clientConfigurationWritten(uuid(LeicaDistoDecoder::kDistance), BleTapeProfile::indicateValue());
    if (replay) // the DISTO replays its last value as soon as indications are on
        emit c.valueChanged(uuid(LeicaDistoDecoder::kDistance), *parseHex("B6 F3 9D 3F"));
    QCOMPARE(c.take(), QStringList{"cccd 3ab10102-f831-4395-b29d-570977d5bf94 02 00"});
    QCOMPARE(rig.tape->state(), State::Connecting);
    emit c.clientConfigurationWritten(uuid(LeicaDistoDecoder::kDisplayUnit), BleTapeProfile::indicateValue());
    QCOMPARE(rig.tape->state(), State::Connected);
}

// The person takes the tape in hand and measures: seconds after connecting.
void later()
{
    g_clock.advance(5000);
}

} // namespace

class TestBleTape : public QObject {
    Q_OBJECT

private slots:
    void distoConnectsSubscribesAndReads();
    void distoReconnectsAndSuppressesTheReplay();
    void backOffDoublesThenScansAgain();
    void nothingFound();
    void stepTimeout();
    void boschSetsUpAutoSync();
    void nusPicksTheNotifyingCharacteristic();
    void esTapeLiveAndSettled();
    void missingCharacteristic();
    void addressFilter();
    void stopAtAnyStep();
    void notBle();
    void qtCentralWithoutAdapter();
    void realDevice();
};

void TestBleTape::distoConnectsSubscribesAndReads()
{
    Rig rig = makeRig(fastSettings(TapeProtocol::LeicaDisto));
    QVERIFY(rig.tape);
    QSignalSpy frames(rig.tape.get(), &TapeDevice::frameReceived);
    QSignalSpy readings(rig.tape.get(), &TapeDevice::readingReceived);
    QSignalSpy states(rig.tape.get(), &TapeDevice::stateChanged);
    connectDisto(rig, true);
    // Searching, Connecting, Connected.
    QCOMPARE(states.count(), 3);
    QCOMPARE(states.at(0).at(0).value<State>(), State::Searching);
    // The replay of a value measured before this program: dropped, but logged.
    QCOMPARE(frames.count(), 1);
    QCOMPARE(frameText(frames, 0), QStringLiteral("duplicate 1234 mm settled"));
    QCOMPARE(readings.count(), 0);

    FakeBleCentral &c = *rig.central;
    emit c.valueChanged(uuid(LeicaDistoDecoder::kDisplayUnit), *parseHex("03"));
    emit c.valueChanged(uuid(LeicaDistoDecoder::kDistance), *parseHex("00 00 20 40"));
    emit c.valueChanged(uuid(LeicaDistoDecoder::kDistance), *parseHex("00 00 C0 7F"));
    QCOMPARE(frames.count(), 4);
    QCOMPARE(frameText(frames, 1), QStringLiteral("message: display unit: mm (code 3)"));
    QCOMPARE(frameText(frames, 2), QStringLiteral("reading 2500 mm settled"));
    QVERIFY(frameText(frames, 3).startsWith(QLatin1String("rejected: the distance is not a number")));
    const TapeFrame rejected = frames.at(3).at(0).value<TapeFrame>();
    QCOMPARE(rejected.raw, *parseHex("00 00 C0 7F"));
    QCOMPARE(rejected.channel, QStringLiteral("3ab10101-f831-4395-b29d-570977d5bf94"));
    QCOMPARE(rejected.deviceId, kDistoAddress);
    QCOMPARE(readings.count(), 1);
    const TapeReading r = readings.at(0).at(0).value<TapeReading>();
    QCOMPARE(r.deviceId, kDistoAddress);
    QCOMPARE(r.sequence, 1u);

    // The remote trigger: "g" to 0109 without response.
    QVERIFY(rig.tape->trigger());
    QCOMPARE(c.take(), QStringList{"write 3ab10109-f831-4395-b29d-570977d5bf94 67 (no response)"});
}

void TestBleTape::distoReconnectsAndSuppressesTheReplay()
{
    Rig rig = makeRig(fastSettings(TapeProtocol::LeicaDisto));
    QSignalSpy frames(rig.tape.get(), &TapeDevice::frameReceived);
    QSignalSpy readings(rig.tape.get(), &TapeDevice::readingReceived);
    QSignalSpy errors(rig.tape.get(), &TapeDevice::deviceError);
    connectDisto(rig, false);
    FakeBleCentral &c = *rig.central;
    later();
    emit c.valueChanged(uuid(LeicaDistoDecoder::kDistance), *parseHex("00 00 20 40"));
    QCOMPARE(readings.count(), 1);

    // Idle: the DISTO disconnects. The tape says so and connects again to the same device (no scan).
    emit c.disconnected();
    QCOMPARE(rig.tape->state(), State::Reconnecting);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Error>().code(), ErrorCode::Io);
    QVERIFY(
        errors.at(0).at(0).value<Error>().message().contains(QLatin1String("disconnected; reconnecting")));
    QCOMPARE(rig.tape->currentReconnectDelayMs(), 20);
    c.take();
    QTRY_COMPARE(rig.tape->state(), State::Connecting);
    QCOMPARE(c.take(), QStringList{"connect " + kDistoAddress});
    emit c.connected();
    emit c.serviceDiscovered(kDistoCharacteristics);
    emit c.clientConfigurationWritten(uuid(LeicaDistoDecoder::kDistance), BleTapeProfile::indicateValue());
    // The replay of 2.5 m: a duplicate.
    emit c.valueChanged(uuid(LeicaDistoDecoder::kDistance), *parseHex("00 00 20 40"));
    emit c.clientConfigurationWritten(uuid(LeicaDistoDecoder::kDisplayUnit), BleTapeProfile::indicateValue());
    QCOMPARE(rig.tape->state(), State::Connected);
    QCOMPARE(frameText(frames, frames.count() - 1), QStringLiteral("duplicate 2500 mm settled"));
    QCOMPARE(readings.count(), 1);
    // A new measurement is read (the first reading after subscribing was the replay; this one is not).
    later();
    emit c.valueChanged(uuid(LeicaDistoDecoder::kDistance), *parseHex("B6 F3 9D 3F"));
    QCOMPARE(readings.count(), 2);
    QCOMPARE(readings.at(1).at(0).value<TapeReading>().sequence, 2u);
}

void TestBleTape::backOffDoublesThenScansAgain()
{
    Rig rig = makeRig(fastSettings(TapeProtocol::LeicaDisto));
    QSignalSpy errors(rig.tape.get(), &TapeDevice::deviceError);
    connectDisto(rig, false);
    FakeBleCentral &c = *rig.central;
    emit c.disconnected();
    c.take();
    // The link went down (no failed attempt: a wait of 20 ms); then three connection attempts fail:
    // waits of 40, 80 and 80 ms (the maximum), then a new scan.
    QList<int> delays{rig.tape->currentReconnectDelayMs()};
    for (int attempt = 0; attempt < 3; ++attempt) {
        QTRY_COMPARE(rig.tape->state(), State::Connecting);
        QCOMPARE(c.take(), QStringList{"connect " + kDistoAddress});
        emit c.failed(Error(ErrorCode::Io, QStringLiteral("Bluetooth connection failed: host is down")));
        QCOMPARE(rig.tape->state(), State::Reconnecting);
        QCOMPARE(c.take(), QStringList{"disconnect"});
        delays << rig.tape->currentReconnectDelayMs();
    }
    QCOMPARE(delays, (QList<int>{20, 40, 80, 80}));
    QCOMPARE(rig.tape->failedAttempts(), 3);
    QTRY_COMPARE(rig.tape->state(), State::Searching);
    QCOMPARE(c.take(), QStringList{"scan 5000"});
    QCOMPARE(errors.count(), 4);
    QVERIFY(errors.at(1).at(0).value<Error>().message().contains(QLatin1String("host is down")));
    // Found again: connected, and the back-off starts afresh.
    emit c.peripheralFound(peripheral(kDistoAddress, {LeicaDistoDecoder::kService}));
    emit c.connected();
    emit c.serviceDiscovered(kDistoCharacteristics);
    emit c.clientConfigurationWritten(uuid(LeicaDistoDecoder::kDistance), BleTapeProfile::indicateValue());
    emit c.clientConfigurationWritten(uuid(LeicaDistoDecoder::kDisplayUnit), BleTapeProfile::indicateValue());
    QCOMPARE(rig.tape->state(), State::Connected);
    QCOMPARE(rig.tape->failedAttempts(), 0);
    emit c.disconnected();
    QCOMPARE(rig.tape->currentReconnectDelayMs(), 20);
}

void TestBleTape::nothingFound()
{
    Rig rig = makeRig(fastSettings(TapeProtocol::EsTape));
    QSignalSpy errors(rig.tape.get(), &TapeDevice::deviceError);
    FakeBleCentral &c = *rig.central;
    rig.tape->start();
    QCOMPARE(c.take(), QStringList{"scan 5000"});
    emit c.discoveryFinished();
    QCOMPARE(rig.tape->state(), State::Reconnecting);
    QCOMPARE(errors.count(), 1);
    const Error e = errors.at(0).at(0).value<Error>();
    QCOMPARE(e.code(), ErrorCode::NotFound);
    QVERIFY2(e.message().contains(QLatin1String("0783b03e-8535-b5a0-7140-a304d2495cb7")),
             qPrintable(e.message()));
    QCOMPARE(c.take(), QStringList{"stop scan"});
    QTRY_COMPARE(rig.tape->state(), State::Searching); // and scans again
    QCOMPARE(c.take(), QStringList{"scan 5000"});
}

void TestBleTape::stepTimeout()
{
    BleTape::Settings s = fastSettings(TapeProtocol::LeicaDisto);
    s.stepTimeoutMs = 60;
    Rig rig = makeRig(s);
    QSignalSpy errors(rig.tape.get(), &TapeDevice::deviceError);
    FakeBleCentral &c = *rig.central;
    rig.tape->start();
    emit c.peripheralFound(peripheral(kDistoAddress, {LeicaDistoDecoder::kService}));
    QCOMPARE(rig.tape->state(), State::Connecting);
    // No answer to the connection.
    QVERIFY(errors.wait(2000));
    QVERIFY(errors.at(0).at(0).value<Error>().message().contains(
        QLatin1String("no connection to the tape measure")));
    QCOMPARE(rig.tape->state(), State::Reconnecting);
    // Connected, but the CCCD write is never answered.
    QTRY_COMPARE(rig.tape->state(), State::Connecting);
    emit c.connected();
    emit c.serviceDiscovered(kDistoCharacteristics);
    QVERIFY(errors.wait(2000));
    QVERIFY(errors.at(1).at(0).value<Error>().message().contains(
        QLatin1String("did not confirm its notifications")));
}

void TestBleTape::boschSetsUpAutoSync()
{
    Rig rig = makeRig(fastSettings(TapeProtocol::BoschGlm));
    QSignalSpy frames(rig.tape.get(), &TapeDevice::frameReceived);
    QSignalSpy readings(rig.tape.get(), &TapeDevice::readingReceived);
    FakeBleCentral &c = *rig.central;
    const QString ch = QString::fromLatin1(BoschGlmDecoder::kCharacteristic);
    rig.tape->start();
    emit c.peripheralFound(peripheral(QStringLiteral("00:13:43:AA:BB:CC"), {BoschGlmDecoder::kService}));
    emit c.connected();
    c.take();
    emit c.serviceDiscovered({characteristic(BoschGlmDecoder::kCharacteristic, false, true, true)});
    QCOMPARE(c.take(), QStringList{"cccd " + ch + " 02 00"});
    emit c.clientConfigurationWritten(uuid(BoschGlmDecoder::kCharacteristic),
                                      BleTapeProfile::indicateValue());
    // AutoSync on, with response; Connected only once it is confirmed.
    QCOMPARE(c.take(), QStringList{"write " + ch + " C0 55 02 01 00 1A"});
    QCOMPARE(rig.tape->state(), State::Connecting);
    emit c.characteristicWritten(uuid(BoschGlmDecoder::kCharacteristic), BoschGlmDecoder::autoSyncOn());
    QCOMPARE(rig.tape->state(), State::Connected);
    // The meter's acknowledgement, then a button press (devices.md's container).
    emit c.valueChanged(uuid(BoschGlmDecoder::kCharacteristic), BoschGlmDecoder::response(0x00));
    emit c.valueChanged(uuid(BoschGlmDecoder::kCharacteristic),
                        *parseHex("C0 55 10 04 01 05 00 B6 F3 9D 3F 00 00 00 00 00 00 00 00 8E"));
    QCOMPARE(frameText(frames, 0), QStringLiteral("message: acknowledged: command 55, 0 data bytes"));
    QCOMPARE(frameText(frames, 1), QStringLiteral("reading 1234 mm settled #5"));
    // Trigger: the distance request; its answer pairs with it.
    QVERIFY(rig.tape->trigger());
    QCOMPARE(c.take(), QStringList{"write " + ch + " C0 40 00 EE"});
    emit c.valueChanged(uuid(BoschGlmDecoder::kCharacteristic), *parseHex("00 04 13 0E 00 00 32"));
    QCOMPARE(frameText(frames, 2), QStringLiteral("reading 180.15 mm settled"));
    // A bad CRC.
    emit c.valueChanged(uuid(BoschGlmDecoder::kCharacteristic), *parseHex("00 04 13 0E 00 00 33"));
    QVERIFY(frameText(frames, 3).startsWith(QLatin1String("rejected: CRC error")));
    QCOMPARE(readings.count(), 2);
}

void TestBleTape::nusPicksTheNotifyingCharacteristic()
{
    Rig rig = makeRig(fastSettings(TapeProtocol::NordicUart));
    QSignalSpy frames(rig.tape.get(), &TapeDevice::frameReceived);
    QSignalSpy readings(rig.tape.get(), &TapeDevice::readingReceived);
    FakeBleCentral &c = *rig.central;
    rig.tape->start();
    emit c.peripheralFound(peripheral(QStringLiteral("AA:00:00:00:00:01"), {NordicUartDecoder::kService}));
    emit c.connected();
    c.take();
    // This vendor notifies on "RX" (6e400002) and takes writes on "TX": swapped names.
    emit c.serviceDiscovered({characteristic(NordicUartDecoder::kTx, false, false, true),
                              characteristic(NordicUartDecoder::kRx, true, false)});
    QCOMPARE(c.take(), QStringList{"cccd 6e400002-b5a3-f393-e0a9-e50e24dcca9e 01 00"});
    emit c.clientConfigurationWritten(uuid(NordicUartDecoder::kRx), BleTapeProfile::notifyValue());
    QCOMPARE(rig.tape->state(), State::Connected);
    // A line in two notifications, then one without a line end (read after the silence).
    emit c.valueChanged(uuid(NordicUartDecoder::kRx), QByteArray("1.2"));
    emit c.valueChanged(uuid(NordicUartDecoder::kRx), QByteArray("34 m\r\n"));
    QCOMPARE(readings.count(), 1);
    emit c.valueChanged(uuid(NordicUartDecoder::kRx), QByteArray("52.3 cm"));
    QCOMPARE(readings.count(), 1);
    QVERIFY(readings.wait(2000));
    QCOMPARE(readings.at(1).at(0).value<TapeReading>().millimetresText(), QStringLiteral("523"));
    QCOMPARE(frames.count(), 2);
    QVERIFY(!rig.tape->trigger()); // no remote trigger
}

void TestBleTape::esTapeLiveAndSettled()
{
    Rig rig = makeRig(fastSettings(TapeProtocol::EsTape));
    QSignalSpy readings(rig.tape.get(), &TapeDevice::readingReceived);
    FakeBleCentral &c = *rig.central;
    rig.tape->start();
    emit c.peripheralFound(peripheral(QStringLiteral("AA:00:00:00:00:02"), {EsTapeDecoder::kService}));
    emit c.connected();
    c.take();
    emit c.serviceDiscovered({characteristic(EsTapeDecoder::kNotify, true, false),
                              characteristic(EsTapeDecoder::kFlowControl, true, false, true),
                              characteristic(EsTapeDecoder::kWrite, false, false, true)});
    QCOMPARE(c.take(), QStringList{"cccd 0783b03e-8535-b5a0-7140-a304d2495cb8 01 00"});
    emit c.clientConfigurationWritten(uuid(EsTapeDecoder::kNotify), BleTapeProfile::notifyValue());
    emit c.valueChanged(uuid(EsTapeDecoder::kNotify), QByteArray("*0500;1234;567890PM\r"));
    emit c.valueChanged(uuid(EsTapeDecoder::kNotify), QByteArray("*0523;1234;567890SM\r"));
    QCOMPARE(readings.count(), 2);
    QVERIFY(!readings.at(0).at(0).value<TapeReading>().settled);
    QVERIFY(readings.at(1).at(0).value<TapeReading>().settled);
}

void TestBleTape::missingCharacteristic()
{
    Rig rig = makeRig(fastSettings(TapeProtocol::LeicaDisto));
    QSignalSpy errors(rig.tape.get(), &TapeDevice::deviceError);
    FakeBleCentral &c = *rig.central;
    rig.tape->start();
    emit c.peripheralFound(peripheral(kDistoAddress, {LeicaDistoDecoder::kService}));
    emit c.connected();
    c.take();
    // Only the display unit: the distance is missing. (0102 alone would be fine to lack.)
    emit c.serviceDiscovered({characteristic(LeicaDistoDecoder::kDisplayUnit, false, true)});
    QCOMPARE(errors.count(), 1);
    const Error e = errors.at(0).at(0).value<Error>();
    QCOMPARE(e.code(), ErrorCode::NotFound);
    QVERIFY2(e.message().contains(QLatin1String("no characteristic 3ab10101")), qPrintable(e.message()));
    QCOMPARE(c.take(), QStringList{"disconnect"});
    QCOMPARE(rig.tape->state(), State::Reconnecting);

    // Without the optional 0102 the DISTO still connects.
    QTRY_COMPARE(rig.tape->state(), State::Connecting);
    emit c.connected();
    emit c.serviceDiscovered({characteristic(LeicaDistoDecoder::kDistance, true, true)});
    c.take();
    emit c.clientConfigurationWritten(uuid(LeicaDistoDecoder::kDistance), BleTapeProfile::indicateValue());
    QCOMPARE(rig.tape->state(), State::Connected);
}

void TestBleTape::addressFilter()
{
    BleTape::Settings s = fastSettings(TapeProtocol::LeicaDisto);
    s.address = QStringLiteral("c4:f3:12:00:00:01");
    Rig rig = makeRig(s);
    FakeBleCentral &c = *rig.central;
    rig.tape->start();
    c.take();
    emit c.peripheralFound(peripheral(QStringLiteral("C4:F3:12:00:00:99"), {LeicaDistoDecoder::kService}));
    QCOMPARE(c.take(), QStringList{});                     // another DISTO
    emit c.peripheralFound(peripheral(kDistoAddress, {})); // no services in its advertisement
    QCOMPARE(c.take(), (QStringList{"stop scan", "connect " + kDistoAddress}));
}

void TestBleTape::stopAtAnyStep()
{
    Rig rig = makeRig(fastSettings(TapeProtocol::LeicaDisto));
    QSignalSpy frames(rig.tape.get(), &TapeDevice::frameReceived);
    FakeBleCentral &c = *rig.central;
    rig.tape->start();
    rig.tape->stop();
    QCOMPARE(c.take(), (QStringList{"scan 5000", "stop scan"}));
    QCOMPARE(rig.tape->state(), State::Stopped);
    // Late signals of the stopped attempt change nothing.
    emit c.peripheralFound(peripheral(kDistoAddress, {LeicaDistoDecoder::kService}));
    emit c.connected();
    emit c.valueChanged(uuid(LeicaDistoDecoder::kDistance), *parseHex("00 00 20 40"));
    QCOMPARE(c.take(), QStringList{});
    QCOMPARE(frames.count(), 0);

    connectDisto(rig, false);
    rig.tape->stop();
    QCOMPARE(c.take(), QStringList{"disconnect"});
    emit c.disconnected();
    QCOMPARE(rig.tape->state(), State::Stopped);
    QVERIFY(!rig.tape->trigger());

    // Stopped while waiting to reconnect: the timer does not fire afterwards.
    connectDisto(rig, false);
    emit c.disconnected();
    QCOMPARE(rig.tape->state(), State::Reconnecting);
    rig.tape->stop();
    c.take();
    QTest::qWait(100); // longer than the 20 ms back-off: nothing may happen
    QCOMPARE(c.take(), QStringList{});
    QCOMPARE(rig.tape->state(), State::Stopped);
}

void TestBleTape::notBle()
{
    const auto created =
        BleTape::create(fastSettings(TapeProtocol::Wedge), std::make_unique<FakeBleCentral>());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code(), ErrorCode::InvalidArgument);
}

// The real central on a machine without a Bluetooth adapter: it must say so (failed or a finished
// scan), not crash or hang.
void TestBleTape::qtCentralWithoutAdapter()
{
    QtBleCentral central;
    QSignalSpy failed(&central, &BleCentral::failed);
    QSignalSpy finished(&central, &BleCentral::discoveryFinished);
    central.startDiscovery(1000);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() + finished.count() > 0, 15000);
    if (failed.count() > 0) {
        const Error e = failed.at(0).at(0).value<Error>();
        qInfo("without an adapter the scan fails: %s", qPrintable(e.message()));
        QVERIFY(e.message().startsWith(QLatin1String("Bluetooth scan failed")));
    }
    central.stopDiscovery();
    central.disconnectFrom(); // nothing connected: no effect
}

// WH_BLE_TAPE=PROTOCOL[@ADDRESS] (e.g. leica-disto@C4:F3:12:00:00:01): connect to a real tape and
// wait up to a minute for one settled reading (press the tape's button).
void TestBleTape::realDevice()
{
    const QString spec = qEnvironmentVariable("WH_BLE_TAPE");
    if (spec.isEmpty())
        QSKIP("no real BLE tape: set WH_BLE_TAPE=PROTOCOL[@ADDRESS] to run this against one");
    const auto protocol = parseTapeProtocol(spec.section(QLatin1Char('@'), 0, 0));
    QVERIFY2(protocol.ok(), qPrintable(spec));
    BleTape::Settings s;
    s.protocol = *protocol;
    s.address = spec.section(QLatin1Char('@'), 1);
    auto created = BleTape::create(s);
    QVERIFY(created.ok());
    QSignalSpy readings(created->get(), &TapeDevice::readingReceived);
    (*created)->start();
    QTRY_VERIFY_WITH_TIMEOUT(readings.count() > 0, 60000);
    qInfo("read %s", qPrintable(readings.at(0).at(0).value<TapeReading>().summary()));
}

QTEST_GUILESS_MAIN(TestBleTape)
#include "tst_bletape.moc"
