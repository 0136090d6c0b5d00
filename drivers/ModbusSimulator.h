#pragma once

#include "ModbusRegisterDecoder.h"
#include "Result.h"

#include <QObject>
#include <QTimer>

#include <vector>

class QModbusTcpServer;

namespace wh::drivers {

// A Modbus TCP device on this machine (Qt's QModbusTcpServer), for tests, demos and trying a
// register map without the hardware: conveyor counters that count up on a timer (a 16-bit one
// wraps at 65535 like the real thing) and gauges that move back and forth between two values.
// Holding and input registers 0..tableSize-1 exist (zero unless a counter or gauge sits there);
// reading past them gets the exception "illegal data address", as a real device answers.
//
// The default layout (conveyor()) is the one tests, `wh modbus simulate` and the example register
// map use:
//   holding 0-1   "outfeed"    uint32, high word first, +3 per tick from 1,000,000
//   holding 2     "infeed"     uint16, +5 per tick from 65,500 (wraps after 8 ticks)
//   holding 4-5   "weight"     int32, low word first, 654321 (6543.21 with 2 decimals; devices.md)
//   input   0     "belt_temp"  int16, -50 .. 50 in steps of 7 (-5.0 .. 5.0 with 1 decimal)
//
// Asynchronous (a timer and the server's sockets). Lives in the thread that created it.
class ModbusSimulator : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 0; // 0: a free port, see port() after start()
        int tickMs = 250; // 0: no timer; tick() by hand
        quint16 tableSize = 100;
        // The unit id it answers to; requests for another one get no answer (Qt's server ignores
        // them), as on a shared line.
        int unitId = 1;
    };

    // A counter: `step` counts per tick from `start`, modulo the type's width.
    struct Counter {
        ModbusTable table = ModbusTable::Holding;
        quint16 address = 0;
        ModbusValueType type = ModbusValueType::UInt32;
        ModbusWordOrder order = ModbusWordOrder::HighFirst;
        quint32 start = 0;
        quint32 step = 1;
    };

    // A gauge: from `start` by `step` per tick, turning round at `low` and `high`. A gauge with
    // step 0 is a fixed value.
    struct Gauge {
        ModbusTable table = ModbusTable::Input;
        quint16 address = 0;
        ModbusValueType type = ModbusValueType::Int16;
        ModbusWordOrder order = ModbusWordOrder::HighFirst;
        qint64 low = 0;
        qint64 high = 0;
        qint64 start = 0;
        qint64 step = 0;
    };

    explicit ModbusSimulator(Options options, QObject *parent = nullptr);
    ~ModbusSimulator() override;

    // The default layout above.
    void addConveyorLayout();
    void addCounter(const Counter &counter);
    void addGauge(const Gauge &gauge);

    // Listens; returns the port (a free one when Options::port is 0). An Io error names the address.
    [[nodiscard]] Result<quint16> start();
    // Stops listening and drops the connected clients (a device switched off).
    void stop();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const { return m_port; }

    // Advances every counter and gauge by one step.
    void tick();
    // The value counter `index` (in the order added) holds now.
    [[nodiscard]] quint32 counterValue(int index) const;
    // Writes `value` as `type` at `address` (a counter or gauge there goes on from it next tick).
    void setValue(ModbusTable table, quint16 address, qint64 value, ModbusValueType type,
                  ModbusWordOrder order = ModbusWordOrder::HighFirst);

    // A register map (JSON) for the default layout at host:port, device "SIM-CONVEYOR"; counters
    // for `site` and `activity`.
    [[nodiscard]] static QByteArray conveyorRegisterMap(const QString &host, quint16 port,
                                                        const QString &site, const QString &activity,
                                                        int pollMs = 250);

signals:
    void ticked();

private:
    void write(ModbusTable table, quint16 address, const QList<quint16> &words);

    Options m_options;
    QModbusTcpServer *m_server = nullptr;
    QTimer m_timer;
    quint16 m_port = 0;
    struct CounterState {
        Counter spec;
        quint32 value = 0;
    };
    struct GaugeState {
        Gauge spec;
        qint64 value = 0;
        qint64 direction = 1;
    };
    std::vector<CounterState> m_counters;
    std::vector<GaugeState> m_gauges;
};

} // namespace wh::drivers
