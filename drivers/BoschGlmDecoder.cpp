#include "BoschGlmDecoder.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace wh::drivers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::drivers::BoschGlmDecoder", text);
}

QString hexByte(quint8 b)
{
    return QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')).toUpper();
}

} // namespace

quint8 BoschGlmDecoder::crc8(QByteArrayView bytes)
{
    quint8 crc = 0xAA;
    for (char c : bytes) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x80) ? static_cast<quint8>((crc << 1) ^ 0xA6) : static_cast<quint8>(crc << 1);
    }
    return crc;
}

QByteArray BoschGlmDecoder::request(quint8 command, QByteArrayView data)
{
    QByteArray frame;
    frame.append(static_cast<char>(kRequestLong));
    frame.append(static_cast<char>(command));
    frame.append(static_cast<char>(data.size()));
    frame.append(data.data(), data.size());
    frame.append(static_cast<char>(crc8(frame)));
    return frame;
}

QByteArray BoschGlmDecoder::response(quint8 status, QByteArrayView data)
{
    QByteArray frame;
    frame.append(static_cast<char>(status));
    frame.append(static_cast<char>(data.size()));
    frame.append(data.data(), data.size());
    frame.append(static_cast<char>(crc8(frame)));
    return frame;
}

QByteArray BoschGlmDecoder::distanceResponse(quint32 steps)
{
    char data[4];
    qToLittleEndian<quint32>(steps, data);
    return response(0x00, QByteArrayView(data, 4));
}

QByteArray BoschGlmDecoder::exchangeDataFrame(const ExchangeData &d)
{
    char data[16] = {};
    data[0] = static_cast<char>(((d.devMode & 0x3F) << 2) | (d.reference & 0x03));
    data[1] = static_cast<char>(d.status);
    qToLittleEndian<quint16>(d.id, data + 2);
    const float floats[3] = {d.result, d.component1, d.component2};
    for (int i = 0; i < 3; ++i) {
        quint32 bits = 0;
        std::memcpy(&bits, &floats[i], sizeof bits);
        qToLittleEndian<quint32>(bits, data + 4 + 4 * i);
    }
    return request(kExchangeData, QByteArrayView(data, 16));
}

QString BoschGlmDecoder::statusProblems(quint8 status)
{
    QStringList problems;
    switch (status & 0x07) {
    case 0: break;
    case 1: problems << tr("timeout"); break;
    case 2: problems << tr("mode invalid"); break;
    case 3: problems << tr("checksum error (the device received a damaged frame)"); break;
    case 4: problems << tr("unknown command"); break;
    case 5: problems << tr("access level"); break;
    case 6: problems << tr("invalid data"); break;
    default: problems << tr("error code %1").arg(status & 0x07); break;
    }
    if (status & 0x08)
        problems << tr("hardware error");
    if (status & 0x10)
        problems << tr("not ready");
    return problems.join(QStringLiteral(", "));
}

void BoschGlmDecoder::sent(QByteArrayView bytes)
{
    if (bytes.size() >= 3 && static_cast<quint8>(bytes.at(0)) == kRequestLong)
        m_pendingCommand = static_cast<quint8>(bytes.at(1));
}

qsizetype BoschGlmDecoder::frameLengthAtStart() const
{
    const auto first = static_cast<quint8>(m_buffer.at(0));
    const bool isRequest = first == kRequestLong;
    if (!isRequest && (first & 0xE0) != 0)
        return -1; // neither C0 nor a status byte
    const qsizetype lengthAt = isRequest ? 2 : 1;
    if (m_buffer.size() <= lengthAt)
        return 0;
    const int length = static_cast<quint8>(m_buffer.at(lengthAt));
    if (length > kMaxDataLength)
        return -1;
    return lengthAt + 1 + length + 1;
}

void BoschGlmDecoder::emitGarbage(std::vector<TapeFrame> &out)
{
    if (m_garbage.isEmpty())
        return;
    TapeFrame f =
        TapeFrame::rejected(protocol(), m_garbage,
                            tr("not an MT frame: %1 bytes that cannot start a frame (a frame starts "
                               "with C0 or a status byte 00-1F and a length up to %2)")
                                .arg(m_garbage.size())
                                .arg(kMaxDataLength));
    f.channel = m_channel;
    out.push_back(std::move(f));
    m_garbage.clear();
}

std::vector<TapeFrame> BoschGlmDecoder::feed(QByteArrayView bytes, const QString &channel)
{
    m_channel = channel;
    m_buffer.append(bytes.data(), bytes.size());
    std::vector<TapeFrame> out;
    while (!m_buffer.isEmpty()) {
        const qsizetype length = frameLengthAtStart();
        if (length < 0) {
            // Held until a whole frame follows (or flush()): one rejection however the bytes came.
            m_garbage.append(m_buffer.at(0));
            m_buffer.remove(0, 1);
            continue;
        }
        if (length == 0 || m_buffer.size() < length)
            break; // wait for the rest
        emitGarbage(out);
        const QByteArray frame = m_buffer.left(length);
        m_buffer.remove(0, length);
        const quint8 expected = crc8(QByteArrayView(frame).first(length - 1));
        const auto actual = static_cast<quint8>(frame.back());
        TapeFrame f = expected == actual
                          ? decodeFrame(frame)
                          : TapeFrame::rejected(protocol(), frame,
                                                tr("CRC error: the frame ends in %1, its CRC-8 is %2")
                                                    .arg(hexByte(actual), hexByte(expected)));
        f.channel = m_channel;
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<TapeFrame> BoschGlmDecoder::flush()
{
    std::vector<TapeFrame> out;
    emitGarbage(out);
    if (m_buffer.isEmpty())
        return out;
    const qsizetype length = frameLengthAtStart();
    TapeFrame f = TapeFrame::rejected(
        protocol(), m_buffer,
        length > 0 ? tr("truncated frame: %1 of %2 bytes").arg(m_buffer.size()).arg(length)
                   : tr("truncated frame: %1 bytes, the length byte is missing").arg(m_buffer.size()));
    f.channel = m_channel;
    m_buffer.clear();
    out.push_back(std::move(f));
    return out;
}

TapeFrame BoschGlmDecoder::decodeFrame(QByteArrayView frame)
{
    const auto first = static_cast<quint8>(frame.at(0));
    if (first == kRequestLong) {
        const auto command = static_cast<quint8>(frame.at(1));
        if (command == kExchangeData)
            return decodeExchangeData(frame);
        return TapeFrame::message(protocol(), frame.toByteArray(),
                                  tr("a request for command %1 (not a reading)").arg(hexByte(command)));
    }
    const auto command = m_pendingCommand;
    m_pendingCommand.reset();
    return decodeResponse(frame, command);
}

TapeFrame BoschGlmDecoder::decodeResponse(QByteArrayView frame, std::optional<quint8> command) const
{
    const QByteArray raw = frame.toByteArray();
    const auto status = static_cast<quint8>(frame.at(0));
    const QByteArrayView data = frame.sliced(2, frame.size() - 3);
    if (status != 0)
        return TapeFrame::rejected(protocol(), raw,
                                   tr("the device answered with an error: %1").arg(statusProblems(status)));
    const bool distance = command ? *command == kDistance : data.size() == 4;
    if (distance) {
        if (data.size() != 4)
            return TapeFrame::rejected(
                protocol(), raw, tr("a distance response has 4 data bytes, this one %1").arg(data.size()));
        const quint32 steps = qFromLittleEndian<quint32>(data.data());
        if (steps == 0)
            return TapeFrame::rejected(protocol(), raw,
                                       tr("the device reports a measurement error (distance 0)"));
        TapeReading r;
        r.value = static_cast<double>(steps) * 5.0 / 100.0; // 50 um steps, in mm
        r.unit = LengthUnit::Millimetre;
        r.settled = true;
        r.protocol = protocol();
        r.raw = raw;
        return TapeFrame::accept(std::move(r));
    }
    if (command)
        return TapeFrame::message(
            protocol(), raw,
            tr("acknowledged: command %1, %2 data bytes").arg(hexByte(*command)).arg(data.size()));
    return TapeFrame::message(protocol(), raw, tr("a response with %1 data bytes").arg(data.size()));
}

TapeFrame BoschGlmDecoder::decodeExchangeData(QByteArrayView frame) const
{
    const QByteArray raw = frame.toByteArray();
    const QByteArrayView data = frame.sliced(3, frame.size() - 4);
    if (data.size() != 16)
        return TapeFrame::rejected(
            protocol(), raw,
            tr("an exchange data container has 16 data bytes, this one %1").arg(data.size()));
    const auto mode = static_cast<quint8>(data.at(0)) >> 2;
    if (mode == 63)
        return TapeFrame::rejected(protocol(), raw, tr("the device reports a measurement error (mode 63)"));
    if (mode != 1)
        return TapeFrame::rejected(
            protocol(), raw,
            tr("not a single distance (device mode %1); only single distances are read").arg(mode));
    const quint16 id = qFromLittleEndian<quint16>(data.data() + 2);
    const quint32 bits = qFromLittleEndian<quint32>(data.data() + 4);
    float result = 0;
    std::memcpy(&result, &bits, sizeof result);
    if (!std::isfinite(result))
        return TapeFrame::rejected(protocol(), raw, tr("the distance is not a number (NaN or infinite)"));
    if (result <= 0.0f)
        return TapeFrame::rejected(protocol(), raw,
                                   tr("a distance of zero or less: the meter reports no measurement"));
    TapeReading r;
    r.value = shortestDecimal(result);
    r.unit = LengthUnit::Metre; // the imperial status bit changes the display, not the value
    r.settled = true;
    r.protocol = protocol();
    r.sequence = id;
    r.sequenceFromDevice = true;
    r.raw = raw;
    return TapeFrame::accept(std::move(r));
}

} // namespace wh::drivers
