// The handheld's DevicesViewModel against a real store (the demo warehouse): a simulator chosen,
// remembered in device_settings (with who chose it) and restored by a new view-model, connected;
// its frames in the device log; a dropped connection shown while it reconnects; forgetting it.
// Bluetooth through a fake central: a DISTO and a GLM found among other devices, the DISTO chosen
// and connected; no adapter said in plain words with serial ports and simulators still listed.
// The printer on a loopback simulator: ready, out of labels, a test label received, offline with
// the label waiting and then printed, restored; bad addresses refused with a message.
// Then the Devices screen itself over the view-model.
#include "../drivers/FakeBleCentral.h"
#include "BoschGlmDecoder.h"
#include "DemoWarehouse.h"
#include "DeviceLogEntry.h"
#include "DeviceSite.h"
#include "DevicesViewModel.h"
#include "HandheldTestSupport.h"
#include "LabelPrinterSimulator.h"
#include "LeicaDistoDecoder.h"
#include "SimulatedTape.h"
#include "SmallDemo.h"
#include "TestSupport.h"

#include <QGuiApplication>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTest>

#include <functional>

WH_IMPORT_HANDHELD_QML

using namespace wh;
using wh::test::FakeBleCentral;
using State = drivers::TapeDevice::State;

namespace {

const QString kDisto = QStringLiteral("C4:F3:12:00:00:01");
const QString kGlm = QStringLiteral("00:13:43:00:00:02");

int rowOf(TapeCandidateModel &model, const QString &spec)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.data(model.index(row), TapeCandidateModel::SpecRole).toString() == spec)
            return row;
    return -1;
}

QBluetoothUuid uuid(const char *text)
{
    return QBluetoothUuid(QString::fromLatin1(text));
}

drivers::BleCharacteristic characteristic(const char *id, bool indicate, bool write = false)
{
    drivers::BleCharacteristic c;
    c.uuid = uuid(id);
    c.canIndicate = indicate;
    c.canWrite = write;
    return c;
}

} // namespace

class TestDevicesViewModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void simulatorRememberedAndRestored();
    void framesGoToTheDeviceLog();
    void droppedConnection();
    void replacingTheTape();
    void forgetTape();
    void bluetoothDiscovery();
    void noBluetoothAdapter();
    void bluetoothOff();
    void rememberedBluetoothTapeWithoutAdapter();
    void unusableRememberedTape();
    void printerStates();
    void printerOfflineKeepsTheLabel();
    void badPrinterAddresses_data();
    void badPrinterAddresses();
    void japaneseMode();
    void unknownDevice();
    void devicesPage();

private:
    DevicesViewModel::Options options();
    [[nodiscard]] QString setting(const QString &key);

    test::MockClock m_clock;
    std::unique_ptr<test::TemporaryStore> m_store;
    QString m_deviceId;
    std::vector<QPointer<FakeBleCentral>> m_centrals; // every central the view-model made, in order
    QList<SerialPortEntry> m_ports;
};

void TestDevicesViewModel::initTestCase()
{
    m_store = std::make_unique<test::TemporaryStore>(m_clock);
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    auto where = test::smallDemo(m_store->store(), m_clock, QDate(2026, 11, 2));
    QVERIFY2(where, qPrintable(where.ok() ? QString() : where.error().toString()));
    m_deviceId = where->device.id;
}

void TestDevicesViewModel::init()
{
    // Each test starts with nothing remembered.
    auto settings = db::DeviceSettings::open(m_store->store(), m_deviceId);
    QVERIFY(settings);
    for (const QString &key : {db::DeviceSettings::kTape, db::DeviceSettings::kTapeName,
                               db::DeviceSettings::kPrinter, db::DeviceSettings::kPrinterMode})
        QVERIFY(settings->remove(key));
    m_centrals.clear();
    m_ports = {{"ttyUSB0", "/dev/ttyUSB0", "CP2102 USB to UART"}};
}

DevicesViewModel::Options TestDevicesViewModel::options()
{
    DevicesViewModel::Options o;
    o.bleCentral = [this] {
        auto central = std::make_unique<FakeBleCentral>();
        m_centrals.emplace_back(central.get());
        return std::unique_ptr<drivers::BleCentral>(std::move(central));
    };
    o.serialPorts = [this] { return m_ports; };
    o.discoveryTimeoutMs = 4000;
    o.ble.discoveryTimeoutMs = 4000;
    o.ble.stepTimeoutMs = 4000;
    o.ble.reconnectInitialMs = 20;
    o.ble.reconnectMaxMs = 80;
    o.printer.retryInitialMs = 50;
    o.printer.retryMaxMs = 200;
    o.printer.notReadyPollMs = 100;
    o.printer.connectTimeoutMs = 3000;
    o.printer.statusTimeoutMs = 3000;
    return o;
}

QString TestDevicesViewModel::setting(const QString &key)
{
    auto settings = db::DeviceSettings::open(m_store->store(), m_deviceId);
    if (!settings)
        return QStringLiteral("<no settings>");
    auto value = settings->value(key);
    if (!value)
        return QStringLiteral("<error>");
    return value->has_value() ? **value : QStringLiteral("<unset>");
}

void TestDevicesViewModel::simulatorRememberedAndRestored()
{
    {
        DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
        QVERIFY(!devices.hasTape());
        QVERIFY(!devices.tape());
        QCOMPARE(devices.tapeState(), QStringLiteral("none"));
        QCOMPARE(devices.tapeStateText(), QStringLiteral("No tape measure chosen"));
        devices.setUpdatedBy(QStringLiteral("W00007"));
        QSignalSpy changed(&devices, &DevicesViewModel::tapeChanged);

        const int row = rowOf(*devices.candidates(), QStringLiteral("sim:leica-disto"));
        QVERIFY(row >= 0);
        QVERIFY(devices.choose(row));
        QCOMPARE(changed.count(), 1);
        QVERIFY(devices.tape());
        QCOMPARE(changed.at(0).at(0).value<drivers::TapeDevice *>(), devices.tape());
        QVERIFY(qobject_cast<drivers::SimulatedTape *>(devices.tape()));
        QCOMPARE(devices.tapeName(), QStringLiteral("Simulator — Leica DISTO"));
        QVERIFY(devices.tapeIsSimulator());
        QVERIFY(devices.tapeConnected());
        QCOMPARE(devices.tapeStateText(), QStringLiteral("Connected"));
        QVERIFY(devices.message().contains(QLatin1String("training")));
        QVERIFY(devices.candidates()
                    ->data(devices.candidates()->index(row), TapeCandidateModel::RememberedRole)
                    .toBool());

        QCOMPARE(setting(db::DeviceSettings::kTape), QStringLiteral("sim:leica-disto"));
        QCOMPARE(setting(db::DeviceSettings::kTapeName), QStringLiteral("Simulator — Leica DISTO"));
        auto settings = db::DeviceSettings::open(m_store->store(), m_deviceId);
        auto entry = settings->entry(db::DeviceSettings::kTape);
        QVERIFY(entry && entry->has_value());
        QCOMPARE((*entry)->updatedBy, QStringLiteral("W00007"));
        QCOMPARE((*entry)->updatedAtMs, m_clock.nowMs());
    }
    // The next start of the program: the same tape, connected.
    DevicesViewModel again(m_store->store(), m_clock, m_deviceId, options());
    QVERIFY(again.tape());
    QCOMPARE(again.tapeSpec(), QStringLiteral("sim:leica-disto"));
    QCOMPARE(again.tapeName(), QStringLiteral("Simulator — Leica DISTO"));
    QTRY_VERIFY(again.tapeConnected());
    QCOMPARE(again.tapeStateText(), QStringLiteral("Connected"));
    QVERIFY(again.tapeProblem().isEmpty());
    QVERIFY(
        again.candidates()
            ->data(again.candidates()->index(rowOf(*again.candidates(), QStringLiteral("sim:leica-disto"))),
                   TapeCandidateModel::RememberedRole)
            .toBool());
}

void TestDevicesViewModel::framesGoToTheDeviceLog()
{
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
    QVERIFY(devices.choose(rowOf(*devices.candidates(), QStringLiteral("sim:bosch-glm"))));
    auto *sim = qobject_cast<drivers::SimulatedTape *>(devices.tape());
    QVERIFY(sim);
    QSignalSpy frames(sim, &drivers::TapeDevice::frameReceived);
    QVERIFY(sim->measure(523.5));
    sim->sendRaw(QByteArray::fromHex("c0551000")); // cut short: rejected, kept
    QTRY_COMPARE(frames.count(), 2);
    db::DeviceLog log(m_store->store());
    auto recent = log.recent(QStringLiteral("sim:bosch-glm"), 10);
    QVERIFY(recent);
    QCOMPARE(recent->size(), size_t(2));
    QCOMPARE(recent->at(0).kind, QStringLiteral("reading"));
    QCOMPARE(recent->at(0).protocol, QStringLiteral("bosch-glm"));
    QCOMPARE(recent->at(0).tenthsOfMillimetre, std::optional<qint64>(5235));
    QCOMPARE(recent->at(1).kind, QStringLiteral("rejected"));
    QVERIFY(!recent->at(1).detail.isEmpty());
    QVERIFY(!recent->at(1).raw.isEmpty());

    // The mapping of each kind (app/ui DeviceLogEntry, as wh measure keeps it).
    drivers::TapeFrame message =
        drivers::TapeFrame::message(drivers::TapeProtocol::LeicaDisto, "\x03", "unit mm");
    message.deviceId = QStringLiteral("AA");
    const db::DeviceLogEntry m = deviceLogEntryOf(message);
    QCOMPARE(m.kind, QStringLiteral("message"));
    QCOMPARE(m.detail, QStringLiteral("unit mm"));
    QVERIFY(!m.tenthsOfMillimetre);
}

void TestDevicesViewModel::droppedConnection()
{
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
    QVERIFY(devices.choose(rowOf(*devices.candidates(), QStringLiteral("sim:es-tape"))));
    auto *sim = qobject_cast<drivers::SimulatedTape *>(devices.tape());
    QVERIFY(sim);
    QVERIFY(devices.tapeConnected());
    QSignalSpy state(&devices, &DevicesViewModel::tapeStateChanged);
    sim->disconnectDevice();
    QVERIFY(state.count() > 0);
    QVERIFY(!devices.tapeConnected());
    QCOMPARE(devices.tapeState(), QStringLiteral("reconnecting"));
    QCOMPARE(devices.tapeStateText(), QStringLiteral("Not connected: trying again…"));
    QVERIFY(devices.tapeProblem().contains(QLatin1String("disconnected")));
    // The device comes back by itself; the problem goes with it.
    QTRY_VERIFY(devices.tapeConnected());
    QVERIFY(devices.tapeProblem().isEmpty());

    // Reconnect by hand: stopped, then connected again.
    devices.reconnectTape();
    QVERIFY(devices.tapeConnected());
}

void TestDevicesViewModel::replacingTheTape()
{
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
    QVERIFY(devices.choose(rowOf(*devices.candidates(), QStringLiteral("sim:nus"))));
    QPointer<drivers::TapeDevice> old = devices.tape();
    // Whoever holds the tape lets go of the old one on the signal; it is deleted after it.
    bool oldAliveAtSignal = false;
    connect(&devices, &DevicesViewModel::tapeChanged, this, [&](drivers::TapeDevice *tape) {
        oldAliveAtSignal = !old.isNull() && old->state() == State::Stopped && tape != old;
    });
    QVERIFY(devices.choose(rowOf(*devices.candidates(), QStringLiteral("sim:wedge"))));
    QVERIFY(oldAliveAtSignal);
    QVERIFY(old.isNull());
    QCOMPARE(devices.tape()->protocol(), drivers::TapeProtocol::Wedge);
    QCOMPARE(setting(db::DeviceSettings::kTape), QStringLiteral("sim:wedge"));
    // A row that is not there.
    QVERIFY(!devices.choose(999));
    QVERIFY(!devices.message().isEmpty());
    QCOMPARE(devices.tapeSpec(), QStringLiteral("sim:wedge"));
}

void TestDevicesViewModel::forgetTape()
{
    {
        DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
        QVERIFY(devices.choose(rowOf(*devices.candidates(), QStringLiteral("sim:leica-disto"))));
        QSignalSpy changed(&devices, &DevicesViewModel::tapeChanged);
        devices.forgetTape();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<drivers::TapeDevice *>(), nullptr);
        QVERIFY(!devices.tape());
        QVERIFY(!devices.hasTape());
        QCOMPARE(devices.tapeState(), QStringLiteral("none"));
        QVERIFY(devices.message().contains(QLatin1String("forgotten")));
        QCOMPARE(setting(db::DeviceSettings::kTape), QStringLiteral("<unset>"));
        QCOMPARE(setting(db::DeviceSettings::kTapeName), QStringLiteral("<unset>"));
        for (int row = 0; row < devices.candidates()->rowCount(); ++row)
            QVERIFY(!devices.candidates()
                         ->data(devices.candidates()->index(row), TapeCandidateModel::RememberedRole)
                         .toBool());
        devices.reconnectTape(); // nothing to reconnect: says so
        QVERIFY(devices.message().contains(QLatin1String("No tape measure")));
    }
    DevicesViewModel again(m_store->store(), m_clock, m_deviceId, options());
    QVERIFY(!again.tape());
}

void TestDevicesViewModel::bluetoothDiscovery()
{
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
    QSignalSpy discovery(&devices, &DevicesViewModel::discoveryChanged);
    devices.startDiscovery();
    QVERIFY(devices.discovering());
    QVERIFY(devices.discoveryStatus().contains(QLatin1String("Looking")));
    QCOMPARE(m_centrals.size(), size_t(1));
    FakeBleCentral *scan = m_centrals[0];
    QCOMPARE(scan->take(), QStringList{"scan 4000"});
    TapeCandidateModel &candidates = *devices.candidates();
    QCOMPARE(candidates.count(TapeCandidate::Kind::Serial), 3); // ttyUSB0 for bosch-glm, es-tape, nus
    QCOMPARE(candidates.count(TapeCandidate::Kind::Simulator), 5);

    emit scan->peripheralFound(
        FakeBleCentral::peripheral(kDisto, "DISTO D2", {drivers::LeicaDistoDecoder::kService}, -58));
    emit scan->peripheralFound(FakeBleCentral::peripheral("11:22:33:44:55:66", "Headphones",
                                                          {"0000110b-0000-1000-8000-00805f9b34fb"}));
    emit scan->peripheralFound(
        FakeBleCentral::peripheral(kGlm, "GLM 50 C", {drivers::BoschGlmDecoder::kService}, -70));
    QCOMPARE(candidates.count(TapeCandidate::Kind::Ble), 2);
    QVERIFY(devices.discoveryStatus().contains(QLatin1String("Still looking")));
    QCOMPARE(candidates.data(candidates.index(0), TapeCandidateModel::SpecRole).toString(),
             QStringLiteral("ble:leica-disto:") + kDisto);
    QCOMPARE(candidates.data(candidates.index(0), TapeCandidateModel::NameRole).toString(),
             QStringLiteral("DISTO D2"));
    QCOMPARE(candidates.data(candidates.index(0), TapeCandidateModel::RssiRole).toInt(), -58);
    QCOMPARE(candidates.data(candidates.index(1), TapeCandidateModel::SpecRole).toString(),
             QStringLiteral("ble:bosch-glm:") + kGlm);
    emit scan->discoveryFinished();
    QVERIFY(!devices.discovering());
    QCOMPARE(devices.discoveryStatus(), QStringLiteral("Bluetooth tape measures found: 2."));

    // Choose the DISTO: remembered with its address; its own central scans for it and connects.
    devices.setUpdatedBy(QStringLiteral("W00003"));
    QVERIFY(devices.choose(0));
    QCOMPARE(setting(db::DeviceSettings::kTape), QStringLiteral("ble:leica-disto:") + kDisto);
    QCOMPARE(setting(db::DeviceSettings::kTapeName), QStringLiteral("DISTO D2"));
    QVERIFY(!devices.tapeIsSimulator());
    QCOMPARE(m_centrals.size(), size_t(2));
    FakeBleCentral *c = m_centrals[1];
    QCOMPARE(devices.tapeStateText(), QStringLiteral("Searching…"));
    QCOMPARE(c->take(), QStringList{"scan 4000"});
    // Another DISTO nearby is not the one chosen.
    emit c->peripheralFound(
        FakeBleCentral::peripheral("C4:F3:12:00:00:99", "DISTO", {drivers::LeicaDistoDecoder::kService}));
    QCOMPARE(c->take(), QStringList{});
    emit c->peripheralFound(
        FakeBleCentral::peripheral(kDisto, "DISTO D2", {drivers::LeicaDistoDecoder::kService}));
    QCOMPARE(c->take(), (QStringList{"stop scan", "connect " + kDisto}));
    QCOMPARE(devices.tapeStateText(), QStringLiteral("Connecting…"));
    emit c->connected();
    emit c->serviceDiscovered({characteristic(drivers::LeicaDistoDecoder::kDistance, true),
                               characteristic(drivers::LeicaDistoDecoder::kDisplayUnit, true),
                               characteristic(drivers::LeicaDistoDecoder::kCommand, false, true)});
    emit c->clientConfigurationWritten(uuid(drivers::LeicaDistoDecoder::kDistance),
                                       drivers::BleTapeProfile::indicateValue());
    emit c->clientConfigurationWritten(uuid(drivers::LeicaDistoDecoder::kDisplayUnit),
                                       drivers::BleTapeProfile::indicateValue());
    QVERIFY(devices.tapeConnected());
    QCOMPARE(devices.tapeStateText(), QStringLiteral("Connected"));

    // The DISTO goes idle and disconnects: said, and it reconnects by itself.
    emit c->disconnected();
    QCOMPARE(devices.tapeState(), QStringLiteral("reconnecting"));
    QVERIFY(devices.tapeProblem().contains(QLatin1String("disconnected")));
    QTRY_COMPARE(devices.tapeState(), QStringLiteral("connecting"));

    // The list marks it when a new search finds it again.
    devices.startDiscovery();
    QCOMPARE(candidates.count(TapeCandidate::Kind::Ble), 0);
    emit scan->peripheralFound(
        FakeBleCentral::peripheral(kDisto, "DISTO D2", {drivers::LeicaDistoDecoder::kService}));
    QVERIFY(candidates.data(candidates.index(0), TapeCandidateModel::RememberedRole).toBool());
    devices.stopDiscovery();
    QVERIFY(!devices.discovering());
    QCOMPARE(devices.discoveryStatus(), QStringLiteral("Bluetooth tape measures found: 1."));
}

void TestDevicesViewModel::noBluetoothAdapter()
{
    auto o = options();
    o.bleCentral = [this] {
        auto central = std::make_unique<FakeBleCentral>();
        central->adapter = drivers::BleCentral::AdapterState::Missing;
        m_centrals.emplace_back(central.get());
        return std::unique_ptr<drivers::BleCentral>(std::move(central));
    };
    m_ports = {{"ttyUSB0", "/dev/ttyUSB0", ""}, {"rfcomm0", "/dev/rfcomm0", ""}};
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, o);
    devices.startDiscovery();
    QVERIFY(!devices.discovering());
    QCOMPARE(
        devices.discoveryStatus(),
        QStringLiteral("This handheld has no Bluetooth, so Bluetooth tape measures cannot be found. Serial "
                       "ports and simulators are listed."));
    QCOMPARE(m_centrals.front()->take(), QStringList{}); // no scan
    QCOMPARE(devices.candidates()->count(TapeCandidate::Kind::Serial), 6);
    QCOMPARE(devices.candidates()->count(TapeCandidate::Kind::Simulator), 5);
    // A serial tape can still be chosen (the port does not exist here: it keeps trying, and says so).
    const int row = rowOf(*devices.candidates(), QStringLiteral("serial:bosch-glm:/dev/rfcomm0"));
    QVERIFY(row >= 0);
    QVERIFY(devices.choose(row));
    QCOMPARE(devices.tapeName(), QStringLiteral("Bosch GLM on rfcomm0"));
    QTRY_VERIFY(!devices.tapeProblem().isEmpty());
    QVERIFY(!devices.tapeConnected());
    QCOMPARE(setting(db::DeviceSettings::kTape), QStringLiteral("serial:bosch-glm:/dev/rfcomm0"));
}

void TestDevicesViewModel::bluetoothOff()
{
    auto o = options();
    o.bleCentral = [] {
        auto central = std::make_unique<FakeBleCentral>();
        central->adapter = drivers::BleCentral::AdapterState::PoweredOff;
        return std::unique_ptr<drivers::BleCentral>(std::move(central));
    };
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, o);
    devices.startDiscovery();
    QVERIFY(!devices.discovering());
    QVERIFY(devices.discoveryStatus().startsWith(QLatin1String("Bluetooth is switched off")));
}

void TestDevicesViewModel::rememberedBluetoothTapeWithoutAdapter()
{
    // The tape was chosen on a handheld with Bluetooth; this one has none (or the adapter is gone).
    auto settings = db::DeviceSettings::open(m_store->store(), m_deviceId);
    QVERIFY(settings->set(db::DeviceSettings::kTape, QStringLiteral("ble:leica-disto:") + kDisto,
                          m_clock.nowMs()));
    QVERIFY(settings->set(db::DeviceSettings::kTapeName, QStringLiteral("DISTO D2"), m_clock.nowMs()));
    auto o = options();
    o.bleCentral = [this] {
        auto central = std::make_unique<FakeBleCentral>();
        central->adapter = drivers::BleCentral::AdapterState::Missing;
        m_centrals.emplace_back(central.get());
        return std::unique_ptr<drivers::BleCentral>(std::move(central));
    };
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, o);
    QVERIFY(devices.tape());
    QCOMPARE(devices.tapeName(), QStringLiteral("DISTO D2"));
    QCOMPARE(devices.tapeStateText(), QStringLiteral("Searching…"));
    // What the Qt stack says without an adapter.
    emit m_centrals.front()->failed(
        Error(ErrorCode::Io, QStringLiteral("Bluetooth scan failed: Cannot find valid Bluetooth adapter.")));
    QCOMPARE(devices.tapeState(), QStringLiteral("reconnecting"));
    QCOMPARE(devices.tapeProblem(),
             QStringLiteral("This handheld has no Bluetooth, so this tape measure cannot "
                            "connect. Choose a serial tape measure or a simulator."));
    // Still remembered: the same handheld may get its adapter back.
    QCOMPARE(setting(db::DeviceSettings::kTape), QStringLiteral("ble:leica-disto:") + kDisto);
}

void TestDevicesViewModel::unusableRememberedTape()
{
    auto settings = db::DeviceSettings::open(m_store->store(), m_deviceId);
    QVERIFY(settings->set(db::DeviceSettings::kTape, QStringLiteral("usb:leica"), m_clock.nowMs()));
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
    QVERIFY(!devices.tape());
    QVERIFY(devices.tapeProblem().contains(QLatin1String("usb:leica")));
    QVERIFY(!devices.message().isEmpty());
    // Nothing was lost: the setting stays until something else is chosen.
    QCOMPARE(setting(db::DeviceSettings::kTape), QStringLiteral("usb:leica"));
}

void TestDevicesViewModel::printerStates()
{
    drivers::LabelPrinterSimulator sim;
    auto port = sim.start();
    QVERIFY(port);
    const QString address = QStringLiteral("127.0.0.1:%1").arg(*port);
    {
        DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
        QVERIFY(!devices.printer());
        QCOMPARE(devices.printerStateText(), QStringLiteral("No printer set"));
        QSignalSpy changed(&devices, &DevicesViewModel::printerChanged);
        devices.setUpdatedBy(QStringLiteral("W00002"));
        QVERIFY(devices.setPrinterAddress(QStringLiteral(" 127.0.0.1:%1 ").arg(*port)));
        QCOMPARE(changed.count(), 1);
        QVERIFY(devices.printer());
        QCOMPARE(devices.printerAddress(), address);
        QCOMPARE(setting(db::DeviceSettings::kPrinter), address);
        QTRY_VERIFY(devices.printerReady());
        QCOMPARE(devices.printerStateText(), QStringLiteral("Ready"));
        QCOMPARE(devices.printerState(), QStringLiteral("ready"));

        QVERIFY(sim.setState(drivers::LabelPrinterSimulator::State::PaperOut));
        devices.checkPrinter();
        QCOMPARE(devices.printerStateText(), QStringLiteral("Checking…"));
        QTRY_COMPARE(devices.printerStateText(), QStringLiteral("Out of labels"));
        QVERIFY(!devices.printerReady());
        QVERIFY(devices.printerProblem().contains(QLatin1String("out of labels")));
        QVERIFY(sim.setState(drivers::LabelPrinterSimulator::State::HeadOpen));
        devices.checkPrinter();
        QTRY_COMPARE(devices.printerStateText(), QStringLiteral("Head open"));
        QVERIFY(sim.setState(drivers::LabelPrinterSimulator::State::Paused));
        devices.checkPrinter();
        QTRY_COMPARE(devices.printerStateText(), QStringLiteral("Paused"));

        QVERIFY(sim.setState(drivers::LabelPrinterSimulator::State::Ready));
        devices.checkPrinter();
        QTRY_VERIFY(devices.printerReady());
        QVERIFY(devices.printerProblem().isEmpty());
        QVERIFY(devices.testPrint());
        QTRY_COMPARE(sim.jobs().size(), size_t(1));
        QVERIFY(sim.jobs().front().zpl.contains("TEST LABEL"));
        QVERIFY(sim.jobs().front().zpl.contains(m_deviceId.toUtf8()));
        QTRY_VERIFY(devices.message().contains(QLatin1String("went to the printer")));
        QCOMPARE(devices.spoolWaiting(), 0);

        // The sticker options follow the Japanese mode (the printer's font by default).
        QCOMPARE(devices.stickerOptions().japanese, drivers::JapaneseTextMode::PrinterFont);
    }
    // Restored on the next start.
    DevicesViewModel again(m_store->store(), m_clock, m_deviceId, options());
    QVERIFY(again.printer());
    QCOMPARE(again.printerAddress(), address);
    QTRY_VERIFY(again.printerReady());

    QSignalSpy changed(&again, &DevicesViewModel::printerChanged);
    again.clearPrinter();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!again.printer());
    QCOMPARE(again.printerState(), QStringLiteral("none"));
    QCOMPARE(setting(db::DeviceSettings::kPrinter), QString());
    QVERIFY(!again.testPrint());
    QVERIFY(again.message().contains(QLatin1String("No printer")));
}

void TestDevicesViewModel::printerOfflineKeepsTheLabel()
{
    drivers::LabelPrinterSimulator sim;
    auto port = sim.start();
    QVERIFY(port);
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
    QVERIFY(devices.setPrinterAddress(QStringLiteral("127.0.0.1:%1").arg(*port)));
    QTRY_VERIFY(devices.printerReady());

    // Switched off: the label waits in the spool.
    QVERIFY(sim.setState(drivers::LabelPrinterSimulator::State::Stopped));
    QVERIFY(devices.testPrint());
    QTRY_COMPARE(devices.printerStateText(), QStringLiteral("Offline"));
    QCOMPARE(devices.printerState(), QStringLiteral("offline"));
    QCOMPARE(devices.spoolWaiting(), 1);
    QVERIFY(devices.printerProblem().contains(QLatin1String("refused")));
    QVERIFY(!devices.printerReady());

    // Back on: it goes out by itself.
    QVERIFY(sim.setState(drivers::LabelPrinterSimulator::State::Ready));
    QTRY_COMPARE(sim.jobs().size(), size_t(1));
    QTRY_COMPARE(devices.spoolWaiting(), 0);
    QTRY_VERIFY(devices.printerReady());
}

void TestDevicesViewModel::badPrinterAddresses_data()
{
    // What the view-model does with a refused address; which addresses are refused, row by row, is
    // tests/drivers/tst_printeraddress (drivers::PrinterAddress, the parser it uses).
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "   ";
    QTest::newRow("port too big, spaces around") << " 10.0.0.1:70000 ";
    QTest::newRow("brackets round a name") << "[printer]:9100";
    QTest::newRow("a URL") << "http://10.0.0.1:9100";
    QTest::newRow("japanese") << "プリンター";
}

void TestDevicesViewModel::badPrinterAddresses()
{
    QFETCH(QString, text);
    drivers::LabelPrinterSimulator sim;
    auto port = sim.start();
    QVERIFY(port);
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
    QVERIFY(devices.setPrinterAddress(QStringLiteral("127.0.0.1:%1").arg(*port)));
    QSignalSpy changed(&devices, &DevicesViewModel::printerChanged);
    QVERIFY(!devices.setPrinterAddress(text));
    QVERIFY(devices.message().contains(QLatin1String("is not a printer address")));
    QVERIFY(devices.message().contains(text.trimmed()));
    // The printer before stays, and so does the setting.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(devices.printerAddress(), QStringLiteral("127.0.0.1:%1").arg(*port));
    QCOMPARE(setting(db::DeviceSettings::kPrinter), QStringLiteral("127.0.0.1:%1").arg(*port));
}

void TestDevicesViewModel::japaneseMode()
{
    {
        DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
        QCOMPARE(devices.japaneseMode(), QStringLiteral("font"));
        QSignalSpy changed(&devices, &DevicesViewModel::japaneseModeChanged);
        devices.setJapaneseMode(QStringLiteral("graphic"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(devices.japaneseMode(), QStringLiteral("graphic"));
        QCOMPARE(devices.stickerOptions().japanese, drivers::JapaneseTextMode::HostGraphic);
        QCOMPARE(setting(db::DeviceSettings::kPrinterMode), QStringLiteral("graphic"));
        devices.setJapaneseMode(QStringLiteral("bitmap"));
        QCOMPARE(devices.japaneseMode(), QStringLiteral("graphic"));
        QVERIFY(devices.message().contains(QLatin1String("bitmap")));
    }
    DevicesViewModel again(m_store->store(), m_clock, m_deviceId, options());
    QCOMPARE(again.japaneseMode(), QStringLiteral("graphic"));
    QCOMPARE(again.stickerOptions().japanese, drivers::JapaneseTextMode::HostGraphic);
}

void TestDevicesViewModel::unknownDevice()
{
    // A device that is not in the store: tapes work, nothing is remembered, and it says so.
    DevicesViewModel devices(m_store->store(), m_clock, QStringLiteral("NO-SUCH-DEVICE"), options());
    QVERIFY(!devices.message().isEmpty());
    QVERIFY(!devices.choose(rowOf(*devices.candidates(), QStringLiteral("sim:nus"))));
    QVERIFY(devices.tapeConnected());
    QVERIFY(devices.message().contains(QLatin1String("cannot be remembered")));
}

void TestDevicesViewModel::devicesPage()
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Material")); // as the program shows it
    m_ports = {};
    DevicesViewModel devices(m_store->store(), m_clock, m_deviceId, options());
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("devices"), QVariant::fromValue(&devices)}});
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Controls
        import Wh.Handheld
        ApplicationWindow {
            required property DevicesViewModel devices
            property int finishedCount: 0
            width: 360; height: 640; visible: true
            DevicesPage { objectName: "page"; anchors.fill: parent; model: devices
                          onFinished: finishedCount++ }
        })");
    QVERIFY(!engine.rootObjects().isEmpty());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().front());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // Through the item tree: a Repeater's rows are items of its parent, not QObject children.
    const std::function<QQuickItem *(QQuickItem *, const QString &)> findItem =
        [&findItem](QQuickItem *in, const QString &name) {
            for (QQuickItem *child : in->childItems()) {
                if (child->objectName() == name)
                    return child;
                if (QQuickItem *found = findItem(child, name))
                    return found;
            }
            return static_cast<QQuickItem *>(nullptr);
        };
    auto find = [&](const char *name) { return findItem(window->contentItem(), QString::fromLatin1(name)); };
    // It fits the reference width: nothing named sticks out sideways (once the layouts have caught up
    // with the texts that changed).
    const std::function<QString(QQuickItem *)> tooWide = [&](QQuickItem *in) -> QString {
        for (QQuickItem *item : in->childItems()) {
            if (!item->isVisible())
                continue;
            const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            if (!item->objectName().isEmpty() && r.right() > window->width() + 0.5)
                return QStringLiteral("%1 ends at %2").arg(item->objectName()).arg(r.right());
            if (QString inner = tooWide(item); !inner.isEmpty())
                return inner;
        }
        return {};
    };
    QVERIFY(find("tapeState"));
    QCOMPARE(find("tapeState")->property("text").toString(), QStringLiteral("No tape measure chosen"));
    QVERIFY(find("findTapes"));
    QVERIFY(find("printerAddress"));
    // The address field asks for a keyboard for addresses.
    QVERIFY(find("printerAddress")->property("inputMethodHints").toInt() & Qt::ImhUrlCharactersOnly);

    // The simulators are listed (marked for training); tapping one chooses it.
    QQuickItem *row = nullptr;
    QTRY_VERIFY((row = find("candidate_sim:es-tape")) != nullptr);
    QVERIFY(find("candidate_sim:es-tape")->property("training").toBool());
    QVERIFY(row->width() <= window->width());
    QMetaObject::invokeMethod(row, "clicked");
    QCOMPARE(devices.tapeSpec(), QStringLiteral("sim:es-tape"));
    QTRY_COMPARE(find("tapeState")->property("text").toString(), QStringLiteral("Connected"));
    QTRY_COMPARE(find("tapeName")->property("text").toString(), QStringLiteral("Simulator — ES-Tape"));

    // A bad printer address: the message is on the screen.
    find("printerAddress")->setProperty("text", QStringLiteral("no such thing"));
    QMetaObject::invokeMethod(find("savePrinter"), "clicked");
    QTRY_VERIFY(
        find("message")->property("text").toString().contains(QLatin1String("is not a printer address")));

    // A search that found a DISTO, and a printer that is off with a label waiting.
    QMetaObject::invokeMethod(find("findTapes"), "clicked");
    QVERIFY(devices.discovering());
    QCOMPARE(find("findTapes")->property("text").toString(), QStringLiteral("Stop searching"));
    emit m_centrals.front()->peripheralFound(
        FakeBleCentral::peripheral(kDisto, "DISTO D2", {drivers::LeicaDistoDecoder::kService}, -58));
    QTRY_VERIFY(find(qPrintable(QStringLiteral("candidate_ble:leica-disto:") + kDisto)));
    QVERIFY(!find(qPrintable(QStringLiteral("candidate_ble:leica-disto:") + kDisto))
                 ->property("training")
                 .toBool());
    drivers::LabelPrinterSimulator sim;
    QVERIFY(sim.setState(drivers::LabelPrinterSimulator::State::Stopped));
    auto port = sim.start();
    QVERIFY(port);
    find("printerAddress")->setProperty("text", QStringLiteral("127.0.0.1:%1").arg(*port));
    QMetaObject::invokeMethod(find("savePrinter"), "clicked");
    QCOMPARE(devices.printerAddress(), QStringLiteral("127.0.0.1:%1").arg(*port));
    QMetaObject::invokeMethod(find("testPrint"), "clicked");
    QTRY_COMPARE(find("printerState")->property("text").toString(), QStringLiteral("Offline"));
    QTRY_VERIFY(find("spoolWaiting")->isVisible());
    QCOMPARE(find("spoolWaiting")->property("text").toString(), QStringLiteral("Labels waiting to print: 1"));
    if (const QString dir = qEnvironmentVariable("WH_HANDHELD_GRAB_DIR"); !dir.isEmpty()) {
        QTRY_COMPARE(tooWide(window->contentItem()), QString());
        window->grabWindow().save(dir + QStringLiteral("/devices-page.png"));
        find("devicesScroll")->setProperty("contentY", 10000);
        QTest::qWait(100); // a frame for the picture only
        find("devicesScroll")
            ->setProperty("contentY", find("devicesScroll")->property("contentHeight").toReal() -
                                          find("devicesScroll")->height());
        QTest::qWait(100);
        window->grabWindow().save(dir + QStringLiteral("/devices-page-end.png"));
    }

    QMetaObject::invokeMethod(find("done"), "clicked");
    QCOMPARE(window->property("finishedCount").toInt(), 1);

    QTRY_COMPARE(tooWide(window->contentItem()), QString());
}

QTEST_MAIN(TestDevicesViewModel)

#include "tst_devicesviewmodel.moc"
