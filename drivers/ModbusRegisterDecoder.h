#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace wh::drivers {

// Modbus register values: which table a value lives in, how many 16-bit registers it spans, how
// they make one integer and how that integer becomes a figure. Pure functions; any thread.

// Holding registers are read with function 3, input registers with function 4.
enum class ModbusTable { Holding, Input };
[[nodiscard]] QString modbusTableName(ModbusTable table); // "holding", "input"
[[nodiscard]] std::optional<ModbusTable> modbusTableFromName(const QString &name);
[[nodiscard]] quint8 modbusReadFunction(ModbusTable table); // 3 or 4

// 16-bit values take one register, 32-bit ones two (signed: two's complement).
enum class ModbusValueType { UInt16, Int16, UInt32, Int32 };
[[nodiscard]] QString modbusValueTypeName(ModbusValueType type); // "uint16", "int16", "uint32", "int32"
[[nodiscard]] std::optional<ModbusValueType> modbusValueTypeFromName(const QString &name);
[[nodiscard]] int modbusRegisterCount(ModbusValueType type); // 1 or 2
[[nodiscard]] int modbusBitWidth(ModbusValueType type);      // 16 or 32
[[nodiscard]] bool modbusIsSigned(ModbusValueType type);

// The order of the two registers of a 32-bit value. Vendors differ (devices.md): CAS and Pavone
// indicators send the high word first (at the lower address), Omega DPF20 the low word first. The
// bytes inside each register are always big-endian (the protocol's own order).
enum class ModbusWordOrder { HighFirst, LowFirst };
[[nodiscard]] QString modbusWordOrderName(ModbusWordOrder order); // "high_first", "low_first"
[[nodiscard]] std::optional<ModbusWordOrder> modbusWordOrderFromName(const QString &name);

// How a register's integer becomes a figure: value = raw x scale / 10^decimals, shown with
// `decimals` places. A scale indicator showing 6543.21 kg sends 654321 with decimals 2; a counter
// that counts pairs has scale 2.
struct ModbusValueFormat {
    ModbusValueType type = ModbusValueType::UInt16;
    ModbusWordOrder wordOrder = ModbusWordOrder::HighFirst;
    double scale = 1.0;
    int decimals = 0; // 0..9
};

// The registers as read, in address order -> the integer the device meant. Exactly
// modbusRegisterCount(type) words, else a Parse error naming the count (the words in the context).
[[nodiscard]] Result<qint64> decodeModbusRegisters(const QList<quint16> &words, ModbusValueType type,
                                                   ModbusWordOrder order);
// The reverse, for simulators and tests: `value` (taken modulo the width) as registers in address order.
[[nodiscard]] QList<quint16> encodeModbusRegisters(qint64 value, ModbusValueType type, ModbusWordOrder order);

// raw x scale / 10^decimals.
[[nodiscard]] double modbusScaledValue(qint64 raw, const ModbusValueFormat &format);
// The figure as text with `decimals` places: "6543.21", "-12.5", "0.05". Exact (integer arithmetic)
// when the scale is a whole number, else rounded from the double.
[[nodiscard]] QString formatModbusValue(qint64 raw, const ModbusValueFormat &format);

// Registers as text for logs and errors: "FBF1 0009".
[[nodiscard]] QString modbusWordsText(const QList<quint16> &words);
// Registers as the bytes they travel as (big-endian each): FB F1 00 09.
[[nodiscard]] QByteArray modbusWordsBytes(const QList<quint16> &words);

} // namespace wh::drivers
