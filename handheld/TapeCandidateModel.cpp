#include "TapeCandidateModel.h"

#include <algorithm>

namespace wh {

using drivers::TapeProtocol;

TapeCandidateModel::TapeCandidateModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (TapeProtocol protocol : drivers::allTapeProtocols()) {
        TapeCandidate c;
        c.kind = TapeCandidate::Kind::Simulator;
        c.protocol = protocol;
        c.spec = QStringLiteral("sim:") + drivers::tapeProtocolName(protocol);
        //: A simulated tape measure in the list of tapes to choose; %1 is the protocol ("Leica DISTO").
        c.name = tr("Simulator — %1").arg(protocolTitle(protocol));
        m_rows.push_back(c);
    }
}

QString TapeCandidateModel::protocolTitle(TapeProtocol protocol)
{
    switch (protocol) {
    case TapeProtocol::LeicaDisto: return tr("Leica DISTO");
    case TapeProtocol::BoschGlm: return tr("Bosch GLM");
    case TapeProtocol::EsTape: return tr("ES-Tape");
    case TapeProtocol::NordicUart: return tr("Nordic UART tape");
    case TapeProtocol::Wedge: return tr("Keyboard tape");
    }
    return drivers::tapeProtocolName(protocol);
}

const std::vector<TapeProtocol> &TapeCandidateModel::serialProtocols()
{
    // SerialTape: leica-disto is BLE only and a wedge tape is a keyboard.
    static const std::vector<TapeProtocol> protocols = {TapeProtocol::BoschGlm, TapeProtocol::EsTape,
                                                        TapeProtocol::NordicUart};
    return protocols;
}

QString TapeCandidateModel::kindName(TapeCandidate::Kind kind)
{
    switch (kind) {
    case TapeCandidate::Kind::Ble: return QStringLiteral("ble");
    case TapeCandidate::Kind::Serial: return QStringLiteral("serial");
    case TapeCandidate::Kind::Simulator: return QStringLiteral("sim");
    }
    return {};
}

int TapeCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

const TapeCandidate *TapeCandidateModel::candidate(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

int TapeCandidateModel::count(TapeCandidate::Kind kind) const
{
    return groupEnd(kind) - groupBegin(kind);
}

QString TapeCandidateModel::detailOf(const TapeCandidate &c) const
{
    switch (c.kind) {
    case TapeCandidate::Kind::Ble:
        if (c.rssi != 0)
            //: A tape found over Bluetooth: its protocol, address and signal strength.
            return tr("%1 over Bluetooth, %2, signal %3 dBm")
                .arg(protocolTitle(c.protocol), c.address)
                .arg(c.rssi);
        return tr("%1 over Bluetooth, %2").arg(protocolTitle(c.protocol), c.address);
    case TapeCandidate::Kind::Serial:
        if (!c.description.isEmpty())
            //: A tape on a serial port: the port and what the system calls it.
            return tr("Serial port %1 (%2)").arg(c.address, c.description);
        return tr("Serial port %1").arg(c.address);
    case TapeCandidate::Kind::Simulator: return tr("No real tape: the readings are made up");
    }
    return {};
}

QVariant TapeCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TapeCandidate &c = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return c.name;
    case SpecRole: return c.spec;
    case ProtocolRole: return protocolTitle(c.protocol);
    case ProtocolNameRole: return drivers::tapeProtocolName(c.protocol);
    case KindRole: return kindName(c.kind);
    case AddressRole: return c.address;
    case RssiRole: return c.rssi;
    case RememberedRole: return !m_remembered.isEmpty() && c.spec == m_remembered;
    case SimulatorRole: return c.kind == TapeCandidate::Kind::Simulator;
    case DetailRole: return detailOf(c);
    default: return {};
    }
}

QHash<int, QByteArray> TapeCandidateModel::roleNames() const
{
    return {{SpecRole, "spec"},           {NameRole, "name"},
            {ProtocolRole, "protocol"},   {ProtocolNameRole, "protocolName"},
            {KindRole, "kind"},           {AddressRole, "address"},
            {RssiRole, "rssi"},           {RememberedRole, "remembered"},
            {SimulatorRole, "simulator"}, {DetailRole, "detail"}};
}

int TapeCandidateModel::groupBegin(TapeCandidate::Kind kind) const
{
    // The groups are in the order of Kind.
    const auto it =
        std::find_if(m_rows.begin(), m_rows.end(), [kind](const TapeCandidate &c) { return c.kind >= kind; });
    return static_cast<int>(it - m_rows.begin());
}

int TapeCandidateModel::groupEnd(TapeCandidate::Kind kind) const
{
    const auto it =
        std::find_if(m_rows.begin(), m_rows.end(), [kind](const TapeCandidate &c) { return c.kind > kind; });
    return static_cast<int>(it - m_rows.begin());
}

void TapeCandidateModel::addBle(const drivers::BleTapeCandidate &found)
{
    const int begin = groupBegin(TapeCandidate::Kind::Ble);
    const int end = groupEnd(TapeCandidate::Kind::Ble);
    TapeCandidate c;
    c.kind = TapeCandidate::Kind::Ble;
    c.protocol = found.protocol;
    c.address = found.peripheral.address;
    c.spec = QStringLiteral("ble:%1:%2").arg(drivers::tapeProtocolName(found.protocol), c.address);
    c.name = found.peripheral.name.trimmed().isEmpty() ? protocolTitle(found.protocol)
                                                       : found.peripheral.name.trimmed();
    c.rssi = found.peripheral.rssi;
    c.byName = found.byName;
    for (int row = begin; row < end; ++row) {
        TapeCandidate &known = m_rows[static_cast<size_t>(row)];
        if (known.address.compare(c.address, Qt::CaseInsensitive) == 0) {
            known = c;
            const QModelIndex i = index(row);
            emit dataChanged(i, i);
            return;
        }
    }
    beginInsertRows({}, end, end);
    m_rows.insert(m_rows.begin() + end, c);
    endInsertRows();
    emit countChanged();
}

void TapeCandidateModel::removeGroup(TapeCandidate::Kind kind)
{
    const int begin = groupBegin(kind);
    const int end = groupEnd(kind);
    if (begin == end)
        return;
    beginRemoveRows({}, begin, end - 1);
    m_rows.erase(m_rows.begin() + begin, m_rows.begin() + end);
    endRemoveRows();
    emit countChanged();
}

void TapeCandidateModel::clearBle()
{
    removeGroup(TapeCandidate::Kind::Ble);
}

void TapeCandidateModel::setSerialPorts(const QList<SerialPortEntry> &ports)
{
    removeGroup(TapeCandidate::Kind::Serial);
    std::vector<TapeCandidate> rows;
    for (const SerialPortEntry &port : ports) {
        const QString location = port.systemLocation.isEmpty() ? port.portName : port.systemLocation;
        if (location.isEmpty())
            continue;
        const QString shown = port.portName.isEmpty() ? location : port.portName;
        for (TapeProtocol protocol : serialProtocols()) {
            TapeCandidate c;
            c.kind = TapeCandidate::Kind::Serial;
            c.protocol = protocol;
            c.address = location;
            c.description = port.description;
            c.spec = QStringLiteral("serial:%1:%2").arg(drivers::tapeProtocolName(protocol), location);
            //: A tape measure on a serial port: "Bosch GLM on ttyUSB0".
            c.name = tr("%1 on %2").arg(protocolTitle(protocol), shown);
            rows.push_back(c);
        }
    }
    if (rows.empty())
        return;
    const int at = groupBegin(TapeCandidate::Kind::Serial);
    beginInsertRows({}, at, at + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.begin() + at, rows.begin(), rows.end());
    endInsertRows();
    emit countChanged();
}

void TapeCandidateModel::setRemembered(const QString &spec)
{
    if (spec == m_remembered)
        return;
    const QString before = m_remembered;
    m_remembered = spec;
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        const QString &s = m_rows[static_cast<size_t>(row)].spec;
        if ((!before.isEmpty() && s == before) || (!spec.isEmpty() && s == spec)) {
            const QModelIndex i = index(row);
            emit dataChanged(i, i, {RememberedRole});
        }
    }
}

} // namespace wh
