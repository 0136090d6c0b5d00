#pragma once

#include "Error.h"

#include <QBluetoothDeviceInfo>
#include <QBluetoothUuid>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace wh::drivers {

// A device seen while scanning.
struct BlePeripheral {
    QString address; // "AA:BB:CC:DD:EE:FF" (a UUID on macOS and iOS)
    QString name;
    QList<QBluetoothUuid> serviceUuids; // as advertised (may be incomplete)
    qint16 rssi = 0;
    QBluetoothDeviceInfo info; // what QtBleCentral connects with (it carries the address type)
};

// A characteristic of the discovered service, with the properties that matter to a tape.
struct BleCharacteristic {
    QBluetoothUuid uuid;
    bool canNotify = false;
    bool canIndicate = false;
    bool canWrite = false; // with response
    bool canWriteWithoutResponse = false;
};

// The radio side of a BLE central, as small as BleTape needs it: the Qt Bluetooth calls sit behind
// this (QtBleCentral), so the connection logic (BleTape) is tested against a fake. One peripheral
// at a time, one service of it.
//
// Every call is asynchronous and answers with a signal; any failure comes as failed(), with a
// clear message (ErrorCode::Io; NotFound for a service or characteristic that is not there).
// Lives in the thread that created it.
class BleCentral : public QObject {
    Q_OBJECT

public:
    // Whether this machine can scan at all (asked before a scan, to say why nothing can be found).
    enum class AdapterState {
        Available,  // an adapter that is on
        PoweredOff, // an adapter that is switched off
        Missing,    // no Bluetooth adapter (or no Bluetooth stack to reach it)
    };

    using QObject::QObject;
    ~BleCentral() override = default;

    // Available unless the central knows better (QtBleCentral asks the system); quick, no scan.
    [[nodiscard]] virtual AdapterState adapterState() const { return AdapterState::Available; }

    // Scan for LE devices for up to `timeoutMs`: peripheralFound for each, then discoveryFinished.
    virtual void startDiscovery(int timeoutMs) = 0;
    virtual void stopDiscovery() = 0;
    // Connect to a device found by the scan: connected, or failed / disconnected.
    virtual void connectTo(const BlePeripheral &peripheral) = 0;
    // Disconnect (idempotent): disconnected when a connection was up.
    virtual void disconnectFrom() = 0;
    // Discover `service` and its characteristics: serviceDiscovered.
    virtual void discoverService(const QBluetoothUuid &service) = 0;
    // Write a characteristic's Client Characteristic Configuration descriptor (01 00 notify,
    // 02 00 indicate): clientConfigurationWritten.
    virtual void writeClientConfiguration(const QBluetoothUuid &characteristic, const QByteArray &value) = 0;
    // Write a characteristic: characteristicWritten when `withResponse` (none without).
    virtual void writeCharacteristic(const QBluetoothUuid &characteristic, const QByteArray &value,
                                     bool withResponse) = 0;

signals:
    void peripheralFound(const wh::drivers::BlePeripheral &peripheral);
    void discoveryFinished();
    void connected();
    void disconnected();
    void serviceDiscovered(const QList<wh::drivers::BleCharacteristic> &characteristics);
    void clientConfigurationWritten(const QBluetoothUuid &characteristic, const QByteArray &value);
    void characteristicWritten(const QBluetoothUuid &characteristic, const QByteArray &value);
    // A notification or indication.
    void valueChanged(const QBluetoothUuid &characteristic, const QByteArray &value);
    void failed(const wh::Error &error);
};

} // namespace wh::drivers

Q_DECLARE_METATYPE(wh::drivers::BlePeripheral)
Q_DECLARE_METATYPE(wh::drivers::BleCharacteristic)
