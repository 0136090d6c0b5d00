#pragma once

// A BleCentral without radio, for tests of what sits above it (BleTapeDiscovery, the handheld's
// Devices screen): it records each call as a line of text and the test answers with the central's
// signals; its adapter state is whatever the test sets.
#include "BleCentral.h"

#include <QStringList>

namespace wh::test {

class FakeBleCentral final : public drivers::BleCentral {
public:
    QStringList calls;
    AdapterState adapter = AdapterState::Available;

    [[nodiscard]] AdapterState adapterState() const override { return adapter; }
    void startDiscovery(int timeoutMs) override { calls << QStringLiteral("scan %1").arg(timeoutMs); }
    void stopDiscovery() override { calls << QStringLiteral("stop scan"); }
    void connectTo(const drivers::BlePeripheral &p) override
    {
        calls << QStringLiteral("connect ") + p.address;
    }
    void disconnectFrom() override { calls << QStringLiteral("disconnect"); }
    void discoverService(const QBluetoothUuid &service) override
    {
        calls << QStringLiteral("discover ") + service.toString(QUuid::WithoutBraces);
    }
    void writeClientConfiguration(const QBluetoothUuid &c, const QByteArray &value) override
    {
        calls << QStringLiteral("cccd %1 %2")
                     .arg(c.toString(QUuid::WithoutBraces), QString::fromLatin1(value.toHex(' ')));
    }
    void writeCharacteristic(const QBluetoothUuid &c, const QByteArray &value, bool withResponse) override
    {
        calls << QStringLiteral("write %1 %2%3")
                     .arg(c.toString(QUuid::WithoutBraces), QString::fromLatin1(value.toHex(' ')),
                          withResponse ? QString() : QStringLiteral(" (no response)"));
    }

    // The calls since the last take, cleared.
    QStringList take()
    {
        QStringList out = calls;
        calls.clear();
        return out;
    }

    // A device as a scan reports it.
    static drivers::BlePeripheral peripheral(const QString &address, const QString &name,
                                             std::initializer_list<const char *> services, qint16 rssi = -60)
    {
        drivers::BlePeripheral p;
        p.address = address;
        p.name = name;
        for (const char *s : services)
            p.serviceUuids << QBluetoothUuid(QString::fromLatin1(s));
        p.rssi = rssi;
        return p;
    }
};

} // namespace wh::test
