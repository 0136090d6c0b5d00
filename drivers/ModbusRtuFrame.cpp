#include "ModbusRtuFrame.h"

#include "HexBytes.h"

namespace wh::drivers {

namespace {

Error frameError(const QString &message, const QByteArray &frame)
{
    return Error(ErrorCode::Parse, message, toHex(frame));
}

quint16 be16(const QByteArray &bytes, int at)
{
    return quint16((quint8(bytes[at]) << 8) | quint8(bytes[at + 1]));
}

void appendBe16(QByteArray &bytes, quint16 value)
{
    bytes.append(char(value >> 8));
    bytes.append(char(value & 0xFF));
}

// The CRC as sent: its last two bytes, low byte first.
bool crcMatches(const QByteArray &frame)
{
    const QByteArray body = frame.left(frame.size() - 2);
    const quint16 crc = modbusCrc16(body);
    return quint8(frame[frame.size() - 2]) == (crc & 0xFF) && quint8(frame[frame.size() - 1]) == (crc >> 8);
}

std::optional<ModbusTable> tableOfFunction(quint8 function)
{
    if (function == 0x03)
        return ModbusTable::Holding;
    if (function == 0x04)
        return ModbusTable::Input;
    return std::nullopt;
}

} // namespace

quint16 modbusCrc16(const QByteArray &bytes)
{
    quint16 crc = 0xFFFF;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
    }
    return crc;
}

QByteArray withModbusCrc(QByteArray bytes)
{
    const quint16 crc = modbusCrc16(bytes);
    bytes.append(char(crc & 0xFF));
    bytes.append(char(crc >> 8));
    return bytes;
}

QString modbusExceptionName(quint8 code)
{
    switch (code) {
    case 0x01: return QStringLiteral("illegal function");
    case 0x02: return QStringLiteral("illegal data address");
    case 0x03: return QStringLiteral("illegal data value");
    case 0x04: return QStringLiteral("server device failure");
    case 0x05: return QStringLiteral("acknowledge");
    case 0x06: return QStringLiteral("server device busy");
    case 0x08: return QStringLiteral("memory parity error");
    case 0x0A: return QStringLiteral("gateway path unavailable");
    case 0x0B: return QStringLiteral("gateway target device failed to respond");
    default: break;
    }
    return QStringLiteral("exception 0x%1")
        .arg(QString::number(code, 16).rightJustified(2, QLatin1Char('0')).toUpper());
}

QByteArray encodeRtuReadRequest(const ModbusReadRequest &request)
{
    QByteArray frame;
    frame.append(char(request.unit));
    frame.append(char(modbusReadFunction(request.table)));
    appendBe16(frame, request.address);
    appendBe16(frame, request.count);
    return withModbusCrc(frame);
}

Result<ModbusReadRequest> decodeRtuReadRequest(const QByteArray &frame)
{
    if (frame.size() != 8)
        return frameError(QStringLiteral("a read request is 8 bytes, not %1").arg(frame.size()), frame);
    if (!crcMatches(frame))
        return frameError(QStringLiteral("CRC error in a read request"), frame);
    const auto table = tableOfFunction(quint8(frame[1]));
    if (!table)
        return frameError(QStringLiteral("function %1 is not a register read").arg(quint8(frame[1])), frame);
    ModbusReadRequest r;
    r.unit = quint8(frame[0]);
    r.table = *table;
    r.address = be16(frame, 2);
    r.count = be16(frame, 4);
    if (r.count < 1 || r.count > 125)
        return frameError(QStringLiteral("a read asks for 1 to 125 registers, not %1").arg(r.count), frame);
    return r;
}

QByteArray encodeRtuReadResponse(quint8 unit, ModbusTable table, const QList<quint16> &registers)
{
    QByteArray frame;
    frame.append(char(unit));
    frame.append(char(modbusReadFunction(table)));
    frame.append(char(registers.size() * 2));
    for (quint16 r : registers)
        appendBe16(frame, r);
    return withModbusCrc(frame);
}

QByteArray encodeRtuExceptionResponse(quint8 unit, quint8 function, quint8 exceptionCode)
{
    QByteArray frame;
    frame.append(char(unit));
    frame.append(char(function | 0x80));
    frame.append(char(exceptionCode));
    return withModbusCrc(frame);
}

Result<ModbusReadResponse> decodeRtuReadResponse(const QByteArray &frame)
{
    if (frame.size() < 5)
        return frameError(QStringLiteral("a response is at least 5 bytes, not %1").arg(frame.size()), frame);
    ModbusReadResponse r;
    r.unit = quint8(frame[0]);
    const quint8 function = quint8(frame[1]);
    r.function = function & 0x7F;
    if (function & 0x80) {
        if (frame.size() != 5)
            return frameError(QStringLiteral("an exception response is 5 bytes, not %1").arg(frame.size()),
                              frame);
        if (!crcMatches(frame))
            return frameError(QStringLiteral("CRC error in an exception response"), frame);
        r.exception = quint8(frame[2]);
        return r;
    }
    if (!tableOfFunction(function))
        return frameError(QStringLiteral("function %1 is not a register read").arg(function), frame);
    const int byteCount = quint8(frame[2]);
    if (byteCount % 2 != 0)
        return frameError(QStringLiteral("odd byte count %1 in a register read").arg(byteCount), frame);
    if (frame.size() != 3 + byteCount + 2)
        return frameError(QStringLiteral("byte count %1 does not match a frame of %2 bytes")
                              .arg(byteCount)
                              .arg(frame.size()),
                          frame);
    if (!crcMatches(frame))
        return frameError(QStringLiteral("CRC error in a response"), frame);
    for (int i = 0; i < byteCount; i += 2)
        r.registers.append(be16(frame, 3 + i));
    return r;
}

std::optional<int> rtuFrameLength(const QByteArray &bytes, bool request)
{
    if (request)
        return 8;
    if (bytes.size() < 3)
        return std::nullopt;
    if (quint8(bytes[1]) & 0x80)
        return 5;
    return 3 + quint8(bytes[2]) + 2;
}

} // namespace wh::drivers
