#include "BleTapeDiscovery.h"

#include "BleTapeProfile.h"
#include "Logging.h"

#include <spdlog/spdlog.h>

namespace wh::drivers {

// Model names as the devices advertise them, for advertisements without the service UUID.
const std::vector<BleTapeDiscovery::NameHint> BleTapeDiscovery::kNameHints = {
    {"DISTO", TapeProtocol::LeicaDisto},
    {"GLM", TapeProtocol::BoschGlm},
};

BleTapeDiscovery::BleTapeDiscovery(std::unique_ptr<BleCentral> central, QObject *parent)
    : QObject(parent)
    , m_central(std::move(central))
{
    qRegisterMetaType<BleTapeCandidate>();
    connect(m_central.get(), &BleCentral::peripheralFound, this, &BleTapeDiscovery::onPeripheralFound);
    connect(m_central.get(), &BleCentral::discoveryFinished, this, &BleTapeDiscovery::end);
    connect(m_central.get(), &BleCentral::failed, this, [this](const Error &error) {
        if (!m_active)
            return;
        logging::get("drivers.ble")->warn("tape discovery: {}", error.toString().toStdString());
        emit failed(error);
        end();
    });
}

BleTapeDiscovery::~BleTapeDiscovery()
{
    m_central->disconnect(this);
    if (m_active)
        m_central->stopDiscovery();
}

Status BleTapeDiscovery::start(int timeoutMs)
{
    m_seen.clear();
    if (m_active)
        return {};
    switch (m_central->adapterState()) {
    case BleCentral::AdapterState::Missing:
        return Error(ErrorCode::NotFound, tr("this device has no Bluetooth adapter"));
    case BleCentral::AdapterState::PoweredOff: return Error(ErrorCode::Io, tr("Bluetooth is switched off"));
    case BleCentral::AdapterState::Available: break;
    }
    m_active = true;
    m_central->startDiscovery(timeoutMs);
    return {};
}

void BleTapeDiscovery::stop()
{
    if (!m_active)
        return;
    m_central->stopDiscovery();
    end();
}

void BleTapeDiscovery::end()
{
    if (!m_active)
        return;
    m_active = false;
    emit finished();
}

std::optional<BleTapeCandidate> BleTapeDiscovery::recognise(const BlePeripheral &peripheral)
{
    for (TapeProtocol protocol : allTapeProtocols()) {
        const auto profile = BleTapeProfile::of(protocol);
        if (profile && peripheral.serviceUuids.contains(profile->service))
            return BleTapeCandidate{peripheral, protocol, false};
    }
    const QString name = peripheral.name.trimmed();
    for (const NameHint &hint : kNameHints)
        if (name.startsWith(QLatin1String(hint.prefix), Qt::CaseInsensitive))
            return BleTapeCandidate{peripheral, hint.protocol, true};
    return std::nullopt;
}

void BleTapeDiscovery::onPeripheralFound(const BlePeripheral &peripheral)
{
    if (!m_active || m_seen.contains(peripheral.address))
        return;
    const auto candidate = recognise(peripheral);
    if (!candidate)
        return;
    m_seen.insert(peripheral.address);
    logging::get("drivers.ble")
        ->info("tape discovery: {} ({}) speaks {}{}, rssi {}", peripheral.address.toStdString(),
               peripheral.name.toStdString(), tapeProtocolName(candidate->protocol).toStdString(),
               candidate->byName ? " (by its name)" : "", peripheral.rssi);
    emit tapeFound(*candidate);
}

} // namespace wh::drivers
