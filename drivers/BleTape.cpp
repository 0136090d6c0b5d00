#include "BleTape.h"

#include "QtBleCentral.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace wh::drivers {

namespace {

QString uuidText(const QBluetoothUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

Result<std::unique_ptr<BleTape>> BleTape::create(Settings settings, std::unique_ptr<BleCentral> central,
                                                 const Clock &clock, QObject *parent)
{
    auto profile = BleTapeProfile::of(settings.protocol);
    if (!profile)
        return profile.error();
    auto decoder = makeTapeDecoder(settings.protocol, settings.decoder);
    if (!decoder)
        return decoder.error();
    if (!central)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no BLE central"));
    if (profile->replaysOnSubscribe)
        settings.dedupe.dropUnknownReplay = true;
    return std::unique_ptr<BleTape>(new BleTape(std::move(settings), std::move(profile).value(),
                                                std::move(decoder).value(), std::move(central), clock,
                                                parent));
}

Result<std::unique_ptr<BleTape>> BleTape::create(Settings settings, const Clock &clock, QObject *parent)
{
    return create(std::move(settings), std::make_unique<QtBleCentral>(), clock, parent);
}

BleTape::BleTape(Settings settings, BleTapeProfile profile, std::unique_ptr<TapeDecoder> decoder,
                 std::unique_ptr<BleCentral> central, const Clock &clock, QObject *parent)
    : TapeDevice(settings.protocol,
                 settings.address.isEmpty() ? QStringLiteral("ble:") + tapeProtocolName(settings.protocol)
                                            : settings.address,
                 std::move(decoder), settings.dedupe, clock, parent)
    , m_settings(std::move(settings))
    , m_profile(std::move(profile))
    , m_central(std::move(central))
    , m_nextDelayMs(std::max(1, m_settings.reconnectInitialMs))
{
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &BleTape::onStepTimeout);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &BleTape::begin);
    m_silenceTimer.setSingleShot(true);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] { flushDecoder(); });

    BleCentral *c = m_central.get();
    connect(c, &BleCentral::peripheralFound, this, &BleTape::onPeripheralFound);
    connect(c, &BleCentral::discoveryFinished, this, &BleTape::onDiscoveryFinished);
    connect(c, &BleCentral::connected, this, &BleTape::onConnected);
    connect(c, &BleCentral::disconnected, this, &BleTape::onDisconnected);
    connect(c, &BleCentral::serviceDiscovered, this, &BleTape::onServiceDiscovered);
    connect(c, &BleCentral::clientConfigurationWritten, this, &BleTape::onClientConfigurationWritten);
    connect(c, &BleCentral::characteristicWritten, this, &BleTape::onCharacteristicWritten);
    connect(c, &BleCentral::valueChanged, this, &BleTape::onValueChanged);
    connect(c, &BleCentral::failed, this, &BleTape::onFailed);
}

BleTape::~BleTape()
{
    // No signals from a half-destroyed object.
    m_central->disconnect(this);
    m_stepTimer.stop();
    m_reconnectTimer.stop();
    m_silenceTimer.stop();
}

void BleTape::start()
{
    if (m_step != Step::Idle)
        return;
    m_failures = 0;
    m_nextDelayMs = std::max(1, m_settings.reconnectInitialMs);
    m_peripheral.reset(); // a fresh start scans (the device may have changed)
    begin();
}

void BleTape::stop()
{
    if (m_step == Step::Idle)
        return;
    const Step was = m_step;
    m_step = Step::Idle; // before the central's calls: their signals find the tape stopped
    m_stepTimer.stop();
    m_reconnectTimer.stop();
    m_silenceTimer.stop();
    if (was == Step::Discovering)
        m_central->stopDiscovery();
    else if (was != Step::Waiting)
        m_central->disconnectFrom();
    flushDecoder();
    setState(State::Stopped);
}

bool BleTape::trigger()
{
    if (m_step != Step::Ready || !m_profile.trigger)
        return false;
    m_central->writeCharacteristic(m_profile.trigger->characteristic, m_profile.trigger->value,
                                   m_profile.trigger->withResponse);
    noteSent(m_profile.trigger->value);
    return true;
}

void BleTape::begin()
{
    if (m_peripheral && m_failures < std::max(1, m_settings.rediscoverAfterFailures))
        connectPeripheral();
    else
        discover();
}

void BleTape::discover()
{
    m_step = Step::Discovering;
    setState(State::Searching);
    // The scan ends by itself (discoveryFinished); the step timer only guards a central that never says so.
    startStepTimer(m_settings.discoveryTimeoutMs + m_settings.stepTimeoutMs);
    m_central->startDiscovery(m_settings.discoveryTimeoutMs);
}

void BleTape::connectPeripheral()
{
    m_step = Step::Connecting;
    m_subscribedOnce = false;
    setState(State::Connecting);
    startStepTimer(m_settings.stepTimeoutMs);
    m_central->connectTo(*m_peripheral);
}

void BleTape::startStepTimer(int ms)
{
    m_stepTimer.start(std::max(1, ms));
}

QString BleTape::channelOf(const QBluetoothUuid &characteristic) const
{
    return uuidText(characteristic);
}

void BleTape::onPeripheralFound(const BlePeripheral &peripheral)
{
    if (m_step != Step::Discovering)
        return;
    const bool match = m_settings.address.isEmpty()
                           ? peripheral.serviceUuids.contains(m_profile.service)
                           : peripheral.address.compare(m_settings.address, Qt::CaseInsensitive) == 0;
    if (!match)
        return;
    log().info("{}: found {} ({}), rssi {}", tapeProtocolName(protocol()).toStdString(),
               peripheral.address.toStdString(), peripheral.name.toStdString(), peripheral.rssi);
    m_peripheral = peripheral;
    m_failures = 0;
    setDeviceId(peripheral.address);
    m_central->stopDiscovery();
    connectPeripheral();
}

void BleTape::onDiscoveryFinished()
{
    if (m_step != Step::Discovering)
        return;
    retry(
        m_settings.address.isEmpty()
            ? Error(ErrorCode::NotFound,
                    tr("no tape measure advertising the %1 service was found (is it on and in range?)")
                        .arg(uuidText(m_profile.service)),
                    tapeProtocolName(protocol()))
            : Error(ErrorCode::NotFound,
                    tr("the tape measure %1 was not found (is it on and in range?)").arg(m_settings.address),
                    m_settings.address));
}

void BleTape::onConnected()
{
    if (m_step != Step::Connecting)
        return;
    m_step = Step::DiscoveringService;
    startStepTimer(m_settings.stepTimeoutMs);
    m_central->discoverService(m_profile.service);
}

void BleTape::onServiceDiscovered(const QList<BleCharacteristic> &characteristics)
{
    if (m_step != Step::DiscoveringService)
        return;
    m_subscriptions.clear();
    for (const auto &s : m_profile.subscriptions) {
        const BleCharacteristic *found = nullptr;
        for (const auto &c : characteristics) {
            const bool wanted =
                s.characteristic.isNull() ? (c.canNotify || c.canIndicate) : c.uuid == s.characteristic;
            if (wanted) {
                found = &c;
                break;
            }
        }
        if (!found) {
            if (!s.required)
                continue;
            retry(Error(ErrorCode::NotFound,
                        s.characteristic.isNull()
                            ? tr("the device's %1 service has no characteristic that notifies")
                                  .arg(uuidText(m_profile.service))
                            : tr("the device's %1 service has no characteristic %2")
                                  .arg(uuidText(m_profile.service), uuidText(s.characteristic)),
                        deviceId()));
            return;
        }
        if (!found->canNotify && !found->canIndicate) {
            retry(
                Error(ErrorCode::NotFound,
                      tr("the characteristic %1 can neither notify nor indicate").arg(uuidText(found->uuid)),
                      deviceId()));
            return;
        }
        const bool indicate = s.indicate ? found->canIndicate : !found->canNotify;
        m_subscriptions.push_back(
            {found->uuid, indicate ? BleTapeProfile::indicateValue() : BleTapeProfile::notifyValue(), true});
    }
    m_setup.clear();
    for (const auto &w : m_profile.setupWrites)
        m_setup.push_back({w.characteristic, w.value, w.withResponse});
    m_step = Step::Subscribing;
    writeNextSubscription();
}

void BleTape::writeNextSubscription()
{
    if (m_subscriptions.empty()) {
        m_step = Step::SetupWrites;
        writeNextSetup();
        return;
    }
    const PendingWrite &w = m_subscriptions.front();
    startStepTimer(m_settings.stepTimeoutMs);
    m_central->writeClientConfiguration(w.characteristic, w.value);
}

void BleTape::onClientConfigurationWritten(const QBluetoothUuid &characteristic, const QByteArray &value)
{
    Q_UNUSED(value);
    if (m_step != Step::Subscribing || m_subscriptions.empty() ||
        m_subscriptions.front().characteristic != characteristic)
        return;
    m_subscriptions.pop_front();
    if (!m_subscribedOnce) {
        m_subscribedOnce = true;
        noteSubscribed(); // a replay may come from now on
    }
    writeNextSubscription();
}

void BleTape::writeNextSetup()
{
    while (!m_setup.empty()) {
        const PendingWrite w = m_setup.front();
        m_central->writeCharacteristic(w.characteristic, w.value, w.withResponse);
        noteSent(w.value);
        if (w.withResponse) {
            startStepTimer(m_settings.stepTimeoutMs);
            return; // onCharacteristicWritten goes on
        }
        m_setup.pop_front();
    }
    ready();
}

void BleTape::onCharacteristicWritten(const QBluetoothUuid &characteristic, const QByteArray &value)
{
    Q_UNUSED(value);
    if (m_step != Step::SetupWrites || m_setup.empty() || m_setup.front().characteristic != characteristic)
        return;
    m_setup.pop_front();
    writeNextSetup();
}

void BleTape::ready()
{
    m_step = Step::Ready;
    m_stepTimer.stop();
    m_failures = 0;
    m_nextDelayMs = std::max(1, m_settings.reconnectInitialMs);
    setState(State::Connected);
}

void BleTape::onValueChanged(const QBluetoothUuid &characteristic, const QByteArray &value)
{
    // Values may come as soon as the first subscription is on (a DISTO's replay does).
    if (m_step != Step::Subscribing && m_step != Step::SetupWrites && m_step != Step::Ready)
        return;
    deliverBytes(value, channelOf(characteristic));
    if (m_step == Step::Idle || m_step == Step::Waiting)
        return; // a slot stopped the tape
    if (decoderHasPendingBytes())
        m_silenceTimer.start(std::max(1, m_settings.silenceMs));
    else
        m_silenceTimer.stop();
}

void BleTape::onDisconnected()
{
    if (m_step == Step::Idle || m_step == Step::Waiting || m_step == Step::Discovering)
        return;
    const bool wasReady = m_step == Step::Ready;
    // A link that worked going down is no failed attempt (a DISTO disconnects whenever it is idle).
    retry(Error(ErrorCode::Io,
                wasReady ? tr("the tape measure disconnected; reconnecting")
                         : tr("the tape measure disconnected while connecting; trying again"),
                deviceId()),
          !wasReady);
}

void BleTape::onFailed(const Error &error)
{
    if (m_step == Step::Idle || m_step == Step::Waiting)
        return;
    retry(error);
}

void BleTape::onStepTimeout()
{
    QString what;
    switch (m_step) {
    case Step::Discovering: what = tr("the scan did not finish"); break;
    case Step::Connecting: what = tr("no connection to the tape measure"); break;
    case Step::DiscoveringService: what = tr("the tape measure's service was not discovered"); break;
    case Step::Subscribing: what = tr("the tape measure did not confirm its notifications"); break;
    case Step::SetupWrites: what = tr("the tape measure did not confirm its set-up"); break;
    default: return;
    }
    retry(Error(ErrorCode::Io, tr("%1 within %2 ms; trying again").arg(what).arg(m_settings.stepTimeoutMs),
                deviceId()));
}

void BleTape::retry(const Error &error, bool failedAttempt)
{
    const Step was = m_step;
    m_step = Step::Waiting; // before the central's calls: their signals find the tape waiting
    m_stepTimer.stop();
    m_silenceTimer.stop();
    m_subscriptions.clear();
    m_setup.clear();
    if (was == Step::Discovering)
        m_central->stopDiscovery();
    else
        m_central->disconnectFrom();
    flushDecoder();
    if (failedAttempt)
        ++m_failures;
    m_currentDelayMs = m_nextDelayMs;
    m_nextDelayMs = std::min(std::max(1, m_settings.reconnectMaxMs), m_nextDelayMs * 2);
    // The timer first: a slot that stops the tape on one of the signals below stops it too.
    m_reconnectTimer.start(m_currentDelayMs);
    setState(State::Reconnecting);
    reportError(error);
}

} // namespace wh::drivers
