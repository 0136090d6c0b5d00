#pragma once

#include "BleTapeDiscovery.h"
#include "TapeReading.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace wh {

// A tape measure the Devices screen offers: found over Bluetooth, on a serial port, or a simulator.
struct TapeCandidate {
    enum class Kind { Ble, Serial, Simulator };
    Kind kind = Kind::Simulator;
    drivers::TapeProtocol protocol = drivers::TapeProtocol::LeicaDisto;
    QString spec; // what createTapeDevice takes: "ble:leica-disto:C4:F3:...", "serial:es-tape:/dev/ttyUSB0",
                  // "sim:nus"
    QString name; // shown: the advertised name, "Bosch GLM on ttyUSB0", "Simulator — Leica DISTO"
    QString address;     // the BLE address or the serial port; empty for a simulator
    QString description; // serial: what the system says the port is; may be empty
    int rssi = 0;        // BLE: the signal in dBm when the scan reported it; 0 otherwise
    bool byName = false; // BLE: recognised by its name, not its service
};

// A serial port as the system lists it (QSerialPortInfo), for the candidates.
struct SerialPortEntry {
    QString portName;       // "ttyUSB0", "rfcomm0", "COM3"
    QString systemLocation; // "/dev/ttyUSB0": what the spec names
    QString description;    // "CP2102 USB to UART Bridge Controller"; may be empty
};

// The Devices screen's list of tape measures to choose from, in three groups: Bluetooth tapes found
// by the last scan (in the order found; a device seen again updates its signal), then each serial
// port once per protocol that can run over serial (bosch-glm, es-tape, nus: SerialTape), then one
// simulator per protocol, always there (for training and demos). The row whose spec is the
// remembered tape is marked. Texts are translated when the rows are made. GUI thread only.
class TapeCandidateModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The devices view-model provides it.")

public:
    enum Role {
        SpecRole = Qt::UserRole + 1,
        NameRole,
        ProtocolRole,     // "Leica DISTO"
        ProtocolNameRole, // "leica-disto"
        KindRole,         // "ble", "serial", "sim"
        AddressRole,
        RssiRole,       // int, 0 when unknown
        RememberedRole, // bool: the tape this device uses
        SimulatorRole,  // bool
        DetailRole,     // one translated line under the name
    };

    explicit TapeCandidateModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The candidate at `row`, or nullptr outside the list.
    [[nodiscard]] const TapeCandidate *candidate(int row) const;
    [[nodiscard]] int count(TapeCandidate::Kind kind) const;

    // Adds a tape found by a scan, or updates its row (signal, name) when its address is listed.
    void addBle(const drivers::BleTapeCandidate &found);
    // Removes the Bluetooth rows (a new scan starts).
    void clearBle();
    // Replaces the serial rows.
    void setSerialPorts(const QList<SerialPortEntry> &ports);
    // Marks the row whose spec is `spec` (none when empty or not listed).
    void setRemembered(const QString &spec);
    [[nodiscard]] const QString &remembered() const { return m_remembered; }

    // "Leica DISTO", "Bosch GLM", "ES-Tape", "Nordic UART tape", "Keyboard tape" (translated).
    [[nodiscard]] static QString protocolTitle(drivers::TapeProtocol protocol);
    // The protocols SerialTape speaks.
    [[nodiscard]] static const std::vector<drivers::TapeProtocol> &serialProtocols();
    // "ble", "serial", "sim".
    [[nodiscard]] static QString kindName(TapeCandidate::Kind kind);

signals:
    void countChanged();

private:
    [[nodiscard]] QString detailOf(const TapeCandidate &c) const;
    // The first row of `kind`'s group, and one past its last.
    [[nodiscard]] int groupBegin(TapeCandidate::Kind kind) const;
    [[nodiscard]] int groupEnd(TapeCandidate::Kind kind) const;
    void removeGroup(TapeCandidate::Kind kind);

    std::vector<TapeCandidate> m_rows;
    QString m_remembered;
};

} // namespace wh
