#include "QtBleCentral.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothLocalDevice>
#include <QCoreApplication>
#include <QLowEnergyController>
#include <QLowEnergyService>
#include <QMetaEnum>

namespace wh::drivers {

namespace {

template <typename E>
QString enumName(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(static_cast<int>(value)));
}

} // namespace

QtBleCentral::QtBleCentral(QObject *parent)
    : BleCentral(parent)
{
    // Qt picks its BlueZ LE backend by bluetoothd's version, found by running `bluetoothd --version`;
    // where that cannot run (a container) it assumes 4.0 and takes the raw HCI stack, which cannot
    // connect. Telling it the version (Debian 12 ships BlueZ 5.66; anything from 5.42 means D-Bus)
    // keeps it on D-Bus. Set before the first Qt Bluetooth object; a value given by the user wins.
    if (!qEnvironmentVariableIsSet("BLUETOOTH_FORCE_DBUS_LE_VERSION"))
        qputenv("BLUETOOTH_FORCE_DBUS_LE_VERSION", "5.66");
    qRegisterMetaType<BlePeripheral>();
    qRegisterMetaType<QList<BleCharacteristic>>();
}

QtBleCentral::~QtBleCentral()
{
    if (m_agent)
        m_agent->disconnect(this);
    dropController();
}

BleCentral::AdapterState QtBleCentral::adapterState() const
{
    // allDevices() is one system query (BlueZ's object list over D-Bus); empty without an adapter
    // or without a running BlueZ, which is the same thing to a user.
    const QList<QBluetoothHostInfo> adapters = QBluetoothLocalDevice::allDevices();
    if (adapters.isEmpty())
        return AdapterState::Missing;
    for (const QBluetoothHostInfo &host : adapters)
        if (QBluetoothLocalDevice(host.address()).hostMode() != QBluetoothLocalDevice::HostPoweredOff)
            return AdapterState::Available;
    return AdapterState::PoweredOff;
}

void QtBleCentral::startDiscovery(int timeoutMs)
{
    if (!m_agent) {
        m_agent = new QBluetoothDeviceDiscoveryAgent(this);
        connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
                [this](const QBluetoothDeviceInfo &info) {
                    if (!(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration))
                        return;
                    BlePeripheral p;
                    p.address = info.address().isNull() ? info.deviceUuid().toString(QUuid::WithoutBraces)
                                                        : info.address().toString();
                    p.name = info.name();
                    p.serviceUuids = info.serviceUuids();
                    p.rssi = info.rssi();
                    p.info = info;
                    emit peripheralFound(p);
                });
        connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this, &BleCentral::discoveryFinished);
        connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
                [this](QBluetoothDeviceDiscoveryAgent::Error error) {
                    emit failed(Error(
                        ErrorCode::Io,
                        tr("Bluetooth scan failed: %1 (%2)").arg(m_agent->errorString(), enumName(error))));
                });
    }
    m_agent->setLowEnergyDiscoveryTimeout(timeoutMs);
    m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
}

void QtBleCentral::stopDiscovery()
{
    if (m_agent && m_agent->isActive())
        m_agent->stop();
}

void QtBleCentral::dropController()
{
    if (m_service) {
        m_service->disconnect(this);
        m_service->deleteLater();
    }
    if (m_controller) {
        m_controller->disconnect(this);
        m_controller->disconnectFromDevice();
        m_controller->deleteLater();
    }
}

void QtBleCentral::connectTo(const BlePeripheral &peripheral)
{
    dropController();
    m_controller = QLowEnergyController::createCentral(peripheral.info, this);
    connect(m_controller, &QLowEnergyController::connected, this, &BleCentral::connected);
    connect(m_controller, &QLowEnergyController::disconnected, this, &BleCentral::disconnected);
    connect(
        m_controller, &QLowEnergyController::errorOccurred, this, [this](QLowEnergyController::Error error) {
            emit failed(Error(ErrorCode::Io, tr("Bluetooth connection failed: %1 (%2)")
                                                 .arg(m_controller ? m_controller->errorString() : QString(),
                                                      enumName(error))));
        });
    connect(m_controller, &QLowEnergyController::discoveryFinished, this, [this] {
        if (!m_controller->services().contains(m_serviceUuid)) {
            emit failed(
                Error(ErrorCode::NotFound,
                      tr("the device has no service %1").arg(m_serviceUuid.toString(QUuid::WithoutBraces))));
            return;
        }
        m_service = m_controller->createServiceObject(m_serviceUuid, this);
        if (!m_service) {
            emit failed(
                Error(ErrorCode::NotFound,
                      tr("the device has no service %1").arg(m_serviceUuid.toString(QUuid::WithoutBraces))));
            return;
        }
        connect(m_service, &QLowEnergyService::stateChanged, this, [this](QLowEnergyService::ServiceState s) {
            if (s == QLowEnergyService::RemoteServiceDiscovered)
                serviceReady();
        });
        connect(m_service, &QLowEnergyService::characteristicChanged, this,
                [this](const QLowEnergyCharacteristic &c, const QByteArray &value) {
                    emit valueChanged(c.uuid(), value);
                });
        connect(m_service, &QLowEnergyService::characteristicWritten, this,
                [this](const QLowEnergyCharacteristic &c, const QByteArray &value) {
                    emit characteristicWritten(c.uuid(), value);
                });
        connect(m_service, &QLowEnergyService::descriptorWritten, this,
                [this](const QLowEnergyDescriptor &d, const QByteArray &value) {
                    if (d.type() == QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration)
                        emit clientConfigurationWritten(m_cccdCharacteristic, value);
                });
        connect(m_service, &QLowEnergyService::errorOccurred, this,
                [this](QLowEnergyService::ServiceError e) {
                    emit failed(Error(ErrorCode::Io, tr("Bluetooth service error: %1").arg(enumName(e))));
                });
        m_service->discoverDetails();
    });
    m_controller->connectToDevice();
}

void QtBleCentral::disconnectFrom()
{
    if (m_controller && m_controller->state() != QLowEnergyController::UnconnectedState)
        m_controller->disconnectFromDevice();
}

void QtBleCentral::discoverService(const QBluetoothUuid &service)
{
    m_serviceUuid = service;
    if (m_controller)
        m_controller->discoverServices();
}

void QtBleCentral::serviceReady()
{
    QList<BleCharacteristic> list;
    for (const QLowEnergyCharacteristic &c : m_service->characteristics()) {
        BleCharacteristic b;
        b.uuid = c.uuid();
        const auto p = c.properties();
        b.canNotify = p.testFlag(QLowEnergyCharacteristic::Notify);
        b.canIndicate = p.testFlag(QLowEnergyCharacteristic::Indicate);
        b.canWrite = p.testFlag(QLowEnergyCharacteristic::Write);
        b.canWriteWithoutResponse = p.testFlag(QLowEnergyCharacteristic::WriteNoResponse);
        list << b;
    }
    emit serviceDiscovered(list);
}

void QtBleCentral::writeClientConfiguration(const QBluetoothUuid &characteristic, const QByteArray &value)
{
    if (!m_service)
        return;
    const QLowEnergyCharacteristic c = m_service->characteristic(characteristic);
    const QLowEnergyDescriptor cccd = c.clientCharacteristicConfiguration();
    if (!cccd.isValid()) {
        emit failed(
            Error(ErrorCode::NotFound, tr("the characteristic %1 has no client configuration descriptor")
                                           .arg(characteristic.toString(QUuid::WithoutBraces))));
        return;
    }
    m_cccdCharacteristic = characteristic;
    m_service->writeDescriptor(cccd, value);
}

void QtBleCentral::writeCharacteristic(const QBluetoothUuid &characteristic, const QByteArray &value,
                                       bool withResponse)
{
    if (!m_service)
        return;
    const QLowEnergyCharacteristic c = m_service->characteristic(characteristic);
    if (!c.isValid()) {
        emit failed(Error(
            ErrorCode::NotFound,
            tr("the device has no characteristic %1").arg(characteristic.toString(QUuid::WithoutBraces))));
        return;
    }
    m_service->writeCharacteristic(c, value,
                                   withResponse ? QLowEnergyService::WriteWithResponse
                                                : QLowEnergyService::WriteWithoutResponse);
}

} // namespace wh::drivers
