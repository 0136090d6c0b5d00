#include "ModbusRegisterDecoder.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace wh::drivers {

QString modbusTableName(ModbusTable table)
{
    return table == ModbusTable::Holding ? QStringLiteral("holding") : QStringLiteral("input");
}

std::optional<ModbusTable> modbusTableFromName(const QString &name)
{
    if (name == QLatin1String("holding"))
        return ModbusTable::Holding;
    if (name == QLatin1String("input"))
        return ModbusTable::Input;
    return std::nullopt;
}

quint8 modbusReadFunction(ModbusTable table)
{
    return table == ModbusTable::Holding ? 0x03 : 0x04;
}

QString modbusValueTypeName(ModbusValueType type)
{
    switch (type) {
    case ModbusValueType::UInt16: return QStringLiteral("uint16");
    case ModbusValueType::Int16: return QStringLiteral("int16");
    case ModbusValueType::UInt32: return QStringLiteral("uint32");
    case ModbusValueType::Int32: return QStringLiteral("int32");
    }
    return {};
}

std::optional<ModbusValueType> modbusValueTypeFromName(const QString &name)
{
    for (ModbusValueType t :
         {ModbusValueType::UInt16, ModbusValueType::Int16, ModbusValueType::UInt32, ModbusValueType::Int32})
        if (modbusValueTypeName(t) == name)
            return t;
    return std::nullopt;
}

int modbusRegisterCount(ModbusValueType type)
{
    return modbusBitWidth(type) / 16;
}

int modbusBitWidth(ModbusValueType type)
{
    return type == ModbusValueType::UInt16 || type == ModbusValueType::Int16 ? 16 : 32;
}

bool modbusIsSigned(ModbusValueType type)
{
    return type == ModbusValueType::Int16 || type == ModbusValueType::Int32;
}

QString modbusWordOrderName(ModbusWordOrder order)
{
    return order == ModbusWordOrder::HighFirst ? QStringLiteral("high_first") : QStringLiteral("low_first");
}

std::optional<ModbusWordOrder> modbusWordOrderFromName(const QString &name)
{
    if (name == QLatin1String("high_first"))
        return ModbusWordOrder::HighFirst;
    if (name == QLatin1String("low_first"))
        return ModbusWordOrder::LowFirst;
    return std::nullopt;
}

QString modbusWordsText(const QList<quint16> &words)
{
    QStringList parts;
    for (quint16 w : words)
        parts << QStringLiteral("%1").arg(w, 4, 16, QLatin1Char('0')).toUpper();
    return parts.join(QLatin1Char(' '));
}

QByteArray modbusWordsBytes(const QList<quint16> &words)
{
    QByteArray bytes;
    for (quint16 w : words) {
        bytes.append(char(w >> 8));
        bytes.append(char(w & 0xFF));
    }
    return bytes;
}

Result<qint64> decodeModbusRegisters(const QList<quint16> &words, ModbusValueType type, ModbusWordOrder order)
{
    const int count = modbusRegisterCount(type);
    if (words.size() != count)
        return Error(ErrorCode::Parse,
                     QStringLiteral("a %1 value takes %2 register(s), not %3")
                         .arg(modbusValueTypeName(type))
                         .arg(count)
                         .arg(words.size()),
                     modbusWordsText(words));
    if (count == 1) {
        const quint16 w = words.front();
        return modbusIsSigned(type) ? qint64(qint16(w)) : qint64(w);
    }
    const quint32 high = order == ModbusWordOrder::HighFirst ? words[0] : words[1];
    const quint32 low = order == ModbusWordOrder::HighFirst ? words[1] : words[0];
    const quint32 value = (high << 16) | low;
    return modbusIsSigned(type) ? qint64(qint32(value)) : qint64(value);
}

QList<quint16> encodeModbusRegisters(qint64 value, ModbusValueType type, ModbusWordOrder order)
{
    if (modbusRegisterCount(type) == 1)
        return {quint16(quint64(value) & 0xFFFF)};
    const quint32 bits = quint32(quint64(value) & 0xFFFFFFFFu);
    const quint16 high = quint16(bits >> 16);
    const quint16 low = quint16(bits & 0xFFFF);
    return order == ModbusWordOrder::HighFirst ? QList<quint16>{high, low} : QList<quint16>{low, high};
}

double modbusScaledValue(qint64 raw, const ModbusValueFormat &format)
{
    return double(raw) * format.scale / std::pow(10.0, format.decimals);
}

QString formatModbusValue(qint64 raw, const ModbusValueFormat &format)
{
    const int decimals = std::clamp(format.decimals, 0, 9);
    const double wholeScale = std::round(format.scale);
    // A 32-bit raw times a whole scale up to 2^31 stays inside 64 bits.
    if (wholeScale == format.scale && std::fabs(wholeScale) < 2147483648.0) {
        const qint64 scaled = raw * qint64(wholeScale);
        const bool negative = scaled < 0;
        const quint64 magnitude = negative ? quint64(0) - quint64(scaled) : quint64(scaled);
        QString digits = QString::number(magnitude);
        if (decimals > 0) {
            if (digits.size() <= decimals)
                digits = QString(decimals - digits.size() + 1, QLatin1Char('0')) + digits;
            digits.insert(digits.size() - decimals, QLatin1Char('.'));
        }
        return negative ? QLatin1Char('-') + digits : digits;
    }
    return QString::number(modbusScaledValue(raw, format), 'f', decimals);
}

} // namespace wh::drivers
