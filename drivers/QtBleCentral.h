#pragma once

#include "BleCentral.h"

#include <QPointer>

class QBluetoothDeviceDiscoveryAgent;
class QLowEnergyController;
class QLowEnergyService;

namespace wh::drivers {

// BleCentral on Qt Bluetooth (6.4): QBluetoothDeviceDiscoveryAgent scans (LE only),
// QLowEnergyController::createCentral connects from the scan's QBluetoothDeviceInfo (which carries
// the address type BlueZ needs), QLowEnergyService discovers the service's details and carries the
// CCCD and characteristic writes and the notifications. Thin: every decision is BleTape's.
//
// Needs a Bluetooth adapter: without one, startDiscovery() fails with a clear error. Not tested
// here (no Bluetooth hardware on the build machines); everything above it is, against a fake.
// Lives in the thread that created it.
class QtBleCentral final : public BleCentral {
    Q_OBJECT

public:
    explicit QtBleCentral(QObject *parent = nullptr);
    ~QtBleCentral() override;

    // QBluetoothLocalDevice: Missing without an adapter (or without BlueZ), PoweredOff when it is off.
    [[nodiscard]] AdapterState adapterState() const override;

    void startDiscovery(int timeoutMs) override;
    void stopDiscovery() override;
    void connectTo(const BlePeripheral &peripheral) override;
    void disconnectFrom() override;
    void discoverService(const QBluetoothUuid &service) override;
    void writeClientConfiguration(const QBluetoothUuid &characteristic, const QByteArray &value) override;
    void writeCharacteristic(const QBluetoothUuid &characteristic, const QByteArray &value,
                             bool withResponse) override;

private:
    void dropController();
    void serviceReady();

    QBluetoothDeviceDiscoveryAgent *m_agent = nullptr; // a child, made on first scan
    QPointer<QLowEnergyController> m_controller;
    QPointer<QLowEnergyService> m_service;
    QBluetoothUuid m_serviceUuid;
    QBluetoothUuid m_cccdCharacteristic; // the characteristic of the CCCD write in flight
};

} // namespace wh::drivers
