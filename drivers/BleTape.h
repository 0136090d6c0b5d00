#pragma once

#include "BleCentral.h"
#include "BleTapeProfile.h"
#include "Clock.h"
#include "TapeDevice.h"

#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace wh::drivers {

// A tape measure over Bluetooth LE. The logic lives here and talks to the radio through a
// BleCentral (QtBleCentral on Qt Bluetooth; a fake in the tests):
//
//   Searching    scan (start() always does); the first device that advertises the profile's service (or has
//                Settings::address) is taken; the device id becomes its address
//   Connecting   connect to it (from the scan result: Qt needs its address type), discover the
//                service, write each subscription's CCCD in turn (waiting for each write's answer),
//                then the setup writes (Bosch: AutoSync on)
//   Connected    notifications and indications go through the protocol's decoder (TapeDevice);
//                a stream decoder's pending bytes end after Settings::silenceMs
//   Reconnecting the device disconnected (a DISTO does when idle), a step failed, or no answer came
//                within stepTimeoutMs: wait, then connect again to the same device; after
//                rediscoverAfterFailures failed attempts in a row, scan again. The wait starts at
//                reconnectInitialMs and doubles up to reconnectMaxMs; a connection that reached
//                Connected starts it afresh.
// Duplicates (a DISTO's replay on subscribe) are suppressed by TapeDeduplicator, with
// dropUnknownReplay for protocols that replay.
//
// No Bluetooth hardware exists on the build machines: everything above the BleCentral interface
// is tested against a fake; QtBleCentral is thin and needs a real adapter and device. On BlueZ in a
// container Qt falls back to a raw stack that cannot connect unless BLUETOOTH_FORCE_DBUS_LE_VERSION
// is set: QtBleCentral sets it (5.66) when the user has not.
// Lives in the thread that created it; needs an event loop.
class BleTape final : public TapeDevice {
    Q_OBJECT

public:
    struct Settings {
        TapeProtocol protocol = TapeProtocol::LeicaDisto;
        QString address;                // connect only to this device; empty: the first with the service
        int discoveryTimeoutMs = 10000; // one scan
        int stepTimeoutMs = 15000;      // connect, service discovery, each write
        int reconnectInitialMs = 1000;
        int reconnectMaxMs = 30000;
        int rediscoverAfterFailures = 3;
        int silenceMs = 200; // a line without its end (nus) is decoded after this silence
        TapeDecoderOptions decoder;
        TapeDeduplicator::Options dedupe;
    };

    // With `central` (owned). InvalidArgument for a protocol that is not BLE (wedge).
    [[nodiscard]] static Result<std::unique_ptr<BleTape>> create(Settings settings,
                                                                 std::unique_ptr<BleCentral> central,
                                                                 const Clock &clock = Clock::system(),
                                                                 QObject *parent = nullptr);
    // With the Qt Bluetooth central (QtBleCentral).
    [[nodiscard]] static Result<std::unique_ptr<BleTape>>
    create(Settings settings, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~BleTape() override;

    void start() override;
    void stop() override;
    // Writes the profile's trigger (DISTO "g", Bosch distance request) when Connected.
    bool trigger() override;

    [[nodiscard]] const Settings &settings() const { return m_settings; }
    [[nodiscard]] const BleTapeProfile &profile() const { return m_profile; }
    // Failed attempts in a row (reset once Connected).
    [[nodiscard]] int failedAttempts() const { return m_failures; }
    // The wait before the next attempt while Reconnecting.
    [[nodiscard]] int currentReconnectDelayMs() const { return m_currentDelayMs; }
    // The device found (or last connected to).
    [[nodiscard]] const std::optional<BlePeripheral> &peripheral() const { return m_peripheral; }

private:
    enum class Step {
        Idle,
        Discovering,
        Connecting,
        DiscoveringService,
        Subscribing,
        SetupWrites,
        Ready,
        Waiting
    };

    BleTape(Settings settings, BleTapeProfile profile, std::unique_ptr<TapeDecoder> decoder,
            std::unique_ptr<BleCentral> central, const Clock &clock, QObject *parent);

    void begin();
    void discover();
    void connectPeripheral();
    void writeNextSubscription();
    void writeNextSetup();
    void ready();
    // A step failed (or a working link went down: not a failed attempt): say why, disconnect,
    // wait, try again.
    void retry(const Error &error, bool failedAttempt = true);
    void startStepTimer(int ms);
    [[nodiscard]] QString channelOf(const QBluetoothUuid &characteristic) const;

    void onPeripheralFound(const BlePeripheral &peripheral);
    void onDiscoveryFinished();
    void onConnected();
    void onDisconnected();
    void onServiceDiscovered(const QList<BleCharacteristic> &characteristics);
    void onClientConfigurationWritten(const QBluetoothUuid &characteristic, const QByteArray &value);
    void onCharacteristicWritten(const QBluetoothUuid &characteristic, const QByteArray &value);
    void onValueChanged(const QBluetoothUuid &characteristic, const QByteArray &value);
    void onFailed(const Error &error);
    void onStepTimeout();

    struct PendingWrite {
        QBluetoothUuid characteristic;
        QByteArray value;
        bool withResponse = true;
    };

    Settings m_settings;
    BleTapeProfile m_profile;
    std::unique_ptr<BleCentral> m_central;
    Step m_step = Step::Idle;
    std::optional<BlePeripheral> m_peripheral;
    std::deque<PendingWrite> m_subscriptions; // CCCD writes still to do
    std::deque<PendingWrite> m_setup;         // setup writes still to do
    bool m_subscribedOnce = false;            // this connection: the first CCCD write answered
    int m_failures = 0;
    int m_nextDelayMs = 0;
    int m_currentDelayMs = 0;
    QTimer m_stepTimer;
    QTimer m_reconnectTimer;
    QTimer m_silenceTimer;
};

} // namespace wh::drivers
