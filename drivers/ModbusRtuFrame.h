#pragma once

#include "ModbusRegisterDecoder.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace wh::drivers {

// Modbus RTU frames of the two read functions (3 holding, 4 input registers), both ways. The client
// in the programs is Qt's QModbusRtuSerialClient; these functions are what the tests' fake RTU
// device answers with, what `devices.md`'s worked frames are checked against, and how a frame
// pasted from a log is read. Pure; any thread.
//
//   request   [unit][function][address hi lo][count hi lo][crc lo hi]                 8 bytes
//   response  [unit][function][byte count][register hi lo]...[crc lo hi]
//   exception [unit][function | 0x80][exception code][crc lo hi]                      5 bytes
//
// The CRC is CRC-16/MODBUS (polynomial 0xA001 reflected, init 0xFFFF) over everything before it,
// sent low byte first.

[[nodiscard]] quint16 modbusCrc16(const QByteArray &bytes);
// `bytes` with its CRC appended.
[[nodiscard]] QByteArray withModbusCrc(QByteArray bytes);

// What a Modbus exception code means: 1 "illegal function", 2 "illegal data address", ...;
// "exception 0xNN" for a code the specification does not define.
[[nodiscard]] QString modbusExceptionName(quint8 code);

struct ModbusReadRequest {
    quint8 unit = 1;
    ModbusTable table = ModbusTable::Holding;
    quint16 address = 0;
    quint16 count = 1; // registers, 1..125
};

[[nodiscard]] QByteArray encodeRtuReadRequest(const ModbusReadRequest &request);
// A read request; a wrong length, CRC or function is a Parse error with the frame as hex.
[[nodiscard]] Result<ModbusReadRequest> decodeRtuReadRequest(const QByteArray &frame);

struct ModbusReadResponse {
    quint8 unit = 1;
    quint8 function = 3;             // without the exception bit
    std::optional<quint8> exception; // set for an exception response
    QList<quint16> registers;        // the values, in address order
};

[[nodiscard]] QByteArray encodeRtuReadResponse(quint8 unit, ModbusTable table,
                                               const QList<quint16> &registers);
[[nodiscard]] QByteArray encodeRtuExceptionResponse(quint8 unit, quint8 function, quint8 exceptionCode);
// A response to a read (or its exception). Too short, a byte count that does not match the length,
// an odd byte count, or a wrong CRC is a Parse error naming the fault, with the frame as hex.
[[nodiscard]] Result<ModbusReadResponse> decodeRtuReadResponse(const QByteArray &frame);

// How many bytes the RTU frame starting `bytes` needs in all, for a reader that gets it in pieces:
// the full length once the header tells it, nullopt while too little has come to know.
// `request`: read requests (always 8) or responses (by the byte count, 5 for an exception).
[[nodiscard]] std::optional<int> rtuFrameLength(const QByteArray &bytes, bool request);

} // namespace wh::drivers
