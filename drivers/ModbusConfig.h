#pragma once

#include "ModbusRegisterDecoder.h"
#include "Result.h"

#include <QByteArray>
#include <QSerialPort>
#include <QString>

#include <vector>

namespace wh::drivers {

// The register map of one Modbus device: how to reach it and which registers to read, as a JSON
// file. Parsing is pure (any thread); every fault is a Parse error that names the field (and the
// register, by position and name) and what was found.
//
// {
//   "device": "CONV-1",                 // the device's name: in readings, logs and the units'
//                                       // reference ("CONV-1/outfeed"); required
//   "tcp": "192.168.10.20:502",         // Modbus TCP: host:port ("[::1]:1502" for IPv6), or
//   "rtu": {                            // Modbus RTU on a serial line (exactly one of tcp / rtu):
//     "port": "/dev/ttyUSB0",           //   required; a name (ttyUSB0) or a path
//     "baud": 9600,                     //   default 9600
//     "data_bits": 8,                   //   7 or 8, default 8
//     "parity": "none",                 //   none | even | odd, default none
//     "stop_bits": 1                    //   1 or 2, default 1
//   },
//   "unit_id": 1,                       // the server (slave) address: 1..247 on RTU, 0..255 on TCP;
//                                       // default 1
//   "poll_ms": 1000,                    // interval between polls, >= 50, default 1000
//   "timeout_ms": 1000,                 // wait for an answer, >= 10, default 1000
//   "retries": 1,                       // extra attempts after a timeout, 0..10, default 1
//   "registers": [                      // at least one
//     { "name": "outfeed",              // required, unique in the file
//       "kind": "counter",              // counter | gauge, required
//       "table": "holding",             // holding (function 3) | input (function 4), default holding
//       "address": 0,                   // 0-based register address, required
//       "type": "uint32",               // uint16 | int16 | uint32 | int32, default uint16
//       "word_order": "high_first",     // 32-bit only: high_first | low_first, default high_first
//       "scale": 1,                     // value = raw x scale / 10^decimals; default 1
//       "decimals": 0,                  // 0..9, default 0
//       "site": "S1",                   // counters: the site and activity their units are for
//       "activity": "SORT",             //   (both required for a counter, refused on a gauge)
//       "max_delta": 1000 },            // counters: most counts between two polls (see
//                                       //   core/CounterDelta.h); default a 16th of the range
//     { "name": "belt_speed", "kind": "gauge", "table": "input", "address": 10, "type": "int16",
//       "decimals": 1, "unit": "m/min" } // gauges: "unit" is shown after the value (optional)
//   ]
// }
//
// A counter is unsigned (uint16 or uint32) with a whole positive scale (units per count) and no
// decimals: its units are whole. Unknown keys are refused (a misspelt "adress" would otherwise go
// unnoticed and read register 0).

enum class ModbusRegisterKind { Counter, Gauge };
[[nodiscard]] QString modbusRegisterKindName(ModbusRegisterKind kind); // "counter", "gauge"

struct ModbusRegisterConfig {
    QString name;
    ModbusRegisterKind kind = ModbusRegisterKind::Gauge;
    ModbusTable table = ModbusTable::Holding;
    quint16 address = 0;
    ModbusValueFormat format;
    QString unit;         // gauges: shown after the value
    QString site;         // counters
    QString activity;     // counters
    quint32 maxDelta = 0; // counters; 0: the default of the width

    [[nodiscard]] int registerCount() const { return modbusRegisterCount(format.type); }
    // "holding 0-1 uint32 high_first": where and how it is read (a change of it starts a counter
    // from a new baseline).
    [[nodiscard]] QString layout() const;
};

struct ModbusSerialSettings {
    QString port;
    int baudRate = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
};

struct ModbusDeviceConfig {
    enum class Transport { Tcp, Rtu };
    QString device;
    Transport transport = Transport::Tcp;
    QString host; // TCP
    quint16 port = 502;
    ModbusSerialSettings serial; // RTU
    int unitId = 1;
    int pollMs = 1000;
    int timeoutMs = 1000;
    int retries = 1;
    std::vector<ModbusRegisterConfig> registers;

    // "tcp 127.0.0.1:1502" or "rtu /dev/ttyUSB0 9600 8N1", for messages.
    [[nodiscard]] QString endpoint() const;
};

[[nodiscard]] Result<ModbusDeviceConfig> parseModbusConfig(const QByteArray &json);
// Reads and parses the file; errors carry its path in the context.
[[nodiscard]] Result<ModbusDeviceConfig> loadModbusConfig(const QString &path);

} // namespace wh::drivers
