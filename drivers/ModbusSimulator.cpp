#include "ModbusSimulator.h"

#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QModbusDataUnitMap>
#include <QModbusTcpServer>
#include <QTcpServer>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace wh::drivers {

namespace {

QModbusDataUnit::RegisterType registerType(ModbusTable table)
{
    return table == ModbusTable::Holding ? QModbusDataUnit::HoldingRegisters
                                         : QModbusDataUnit::InputRegisters;
}

quint32 widthMask(ModbusValueType type)
{
    return modbusBitWidth(type) == 16 ? 0xFFFFu : 0xFFFFFFFFu;
}

} // namespace

ModbusSimulator::ModbusSimulator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_server(new QModbusTcpServer(this))
{
    QModbusDataUnitMap map;
    map.insert(QModbusDataUnit::HoldingRegisters,
               {QModbusDataUnit::HoldingRegisters, 0, m_options.tableSize});
    map.insert(QModbusDataUnit::InputRegisters, {QModbusDataUnit::InputRegisters, 0, m_options.tableSize});
    m_server->setMap(map);
    m_server->setServerAddress(m_options.unitId);
    m_timer.setInterval(std::max(1, m_options.tickMs));
    connect(&m_timer, &QTimer::timeout, this, &ModbusSimulator::tick);
}

ModbusSimulator::~ModbusSimulator()
{
    m_timer.stop();
    if (m_server)
        m_server->disconnectDevice();
}

void ModbusSimulator::addConveyorLayout()
{
    addCounter({ModbusTable::Holding, 0, ModbusValueType::UInt32, ModbusWordOrder::HighFirst, 1000000, 3});
    addCounter({ModbusTable::Holding, 2, ModbusValueType::UInt16, ModbusWordOrder::HighFirst, 65500, 5});
    addGauge({ModbusTable::Holding, 4, ModbusValueType::Int32, ModbusWordOrder::LowFirst, 654321, 654321,
              654321, 0});
    addGauge({ModbusTable::Input, 0, ModbusValueType::Int16, ModbusWordOrder::HighFirst, -50, 50, -50, 7});
}

void ModbusSimulator::addCounter(const Counter &counter)
{
    m_counters.push_back({counter, counter.start & widthMask(counter.type)});
    write(counter.table, counter.address,
          encodeModbusRegisters(m_counters.back().value, counter.type, counter.order));
}

void ModbusSimulator::addGauge(const Gauge &gauge)
{
    m_gauges.push_back({gauge, gauge.start, 1});
    write(gauge.table, gauge.address, encodeModbusRegisters(gauge.start, gauge.type, gauge.order));
}

Result<quint16> ModbusSimulator::start()
{
    if (isListening())
        return m_port;
    // After a stop(), the same port again: a device switched back on keeps its address.
    const quint16 port = m_port != 0 ? m_port : m_options.port;
    m_server->setConnectionParameter(QModbusDevice::NetworkAddressParameter, m_options.host);
    m_server->setConnectionParameter(QModbusDevice::NetworkPortParameter, int(port));
    if (!m_server->connectDevice())
        return Error(ErrorCode::Io,
                     QStringLiteral("the Modbus simulator cannot listen: %1").arg(m_server->errorString()),
                     QStringLiteral("%1:%2").arg(m_options.host).arg(port));
    // QModbusTcpServer does not say which port it got for 0; its listening socket does.
    m_port = port;
    if (m_port == 0) {
        const auto *listener = m_server->findChild<QTcpServer *>();
        if (!listener || !listener->isListening()) {
            m_server->disconnectDevice();
            return Error(ErrorCode::Internal, QStringLiteral("the Modbus simulator cannot tell its port"),
                         m_options.host);
        }
        m_port = listener->serverPort();
    }
    if (m_options.tickMs > 0)
        m_timer.start();
    logging::get("drivers.modbus")
        ->info("Modbus simulator listening on {}:{}", m_options.host.toStdString(), m_port);
    return m_port;
}

void ModbusSimulator::stop()
{
    m_timer.stop();
    m_server->disconnectDevice();
}

bool ModbusSimulator::isListening() const
{
    return m_server->state() == QModbusDevice::ConnectedState;
}

void ModbusSimulator::tick()
{
    for (CounterState &c : m_counters) {
        c.value = (c.value + c.spec.step) & widthMask(c.spec.type);
        write(c.spec.table, c.spec.address, encodeModbusRegisters(c.value, c.spec.type, c.spec.order));
    }
    for (GaugeState &g : m_gauges) {
        if (g.spec.step == 0)
            continue;
        qint64 next = g.value + g.direction * g.spec.step;
        if (next > g.spec.high || next < g.spec.low) {
            g.direction = -g.direction;
            next = g.value + g.direction * g.spec.step;
        }
        g.value = std::clamp(next, g.spec.low, g.spec.high);
        write(g.spec.table, g.spec.address, encodeModbusRegisters(g.value, g.spec.type, g.spec.order));
    }
    emit ticked();
}

quint32 ModbusSimulator::counterValue(int index) const
{
    return index >= 0 && index < int(m_counters.size()) ? m_counters[size_t(index)].value : 0;
}

void ModbusSimulator::setValue(ModbusTable table, quint16 address, qint64 value, ModbusValueType type,
                               ModbusWordOrder order)
{
    for (CounterState &c : m_counters)
        if (c.spec.table == table && c.spec.address == address)
            c.value = quint32(quint64(value) & widthMask(c.spec.type));
    for (GaugeState &g : m_gauges)
        if (g.spec.table == table && g.spec.address == address)
            g.value = value;
    write(table, address, encodeModbusRegisters(value, type, order));
}

void ModbusSimulator::write(ModbusTable table, quint16 address, const QList<quint16> &words)
{
    m_server->setData(QModbusDataUnit(registerType(table), int(address), words));
}

QByteArray ModbusSimulator::conveyorRegisterMap(const QString &host, quint16 port, const QString &site,
                                                const QString &activity, int pollMs)
{
    const QJsonArray registers{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("outfeed")},
                    {QStringLiteral("kind"), QStringLiteral("counter")},
                    {QStringLiteral("address"), 0},
                    {QStringLiteral("type"), QStringLiteral("uint32")},
                    {QStringLiteral("site"), site},
                    {QStringLiteral("activity"), activity}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("infeed")},
                    {QStringLiteral("kind"), QStringLiteral("counter")},
                    {QStringLiteral("address"), 2},
                    {QStringLiteral("type"), QStringLiteral("uint16")},
                    {QStringLiteral("site"), site},
                    {QStringLiteral("activity"), activity}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("weight")},
                    {QStringLiteral("kind"), QStringLiteral("gauge")},
                    {QStringLiteral("address"), 4},
                    {QStringLiteral("type"), QStringLiteral("int32")},
                    {QStringLiteral("word_order"), QStringLiteral("low_first")},
                    {QStringLiteral("decimals"), 2},
                    {QStringLiteral("unit"), QStringLiteral("kg")}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("belt_temp")},
                    {QStringLiteral("kind"), QStringLiteral("gauge")},
                    {QStringLiteral("table"), QStringLiteral("input")},
                    {QStringLiteral("address"), 0},
                    {QStringLiteral("type"), QStringLiteral("int16")},
                    {QStringLiteral("decimals"), 1},
                    {QStringLiteral("unit"), QStringLiteral("°C")}},
    };
    const bool v6 = host.contains(QLatin1Char(':'));
    const QJsonObject map{
        {QStringLiteral("device"), QStringLiteral("SIM-CONVEYOR")},
        {QStringLiteral("tcp"),
         QStringLiteral("%1:%2").arg(v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host).arg(port)},
        {QStringLiteral("unit_id"), 1},
        {QStringLiteral("poll_ms"), pollMs},
        {QStringLiteral("timeout_ms"), 1000},
        {QStringLiteral("registers"), registers},
    };
    return QJsonDocument(map).toJson(QJsonDocument::Indented);
}

} // namespace wh::drivers
