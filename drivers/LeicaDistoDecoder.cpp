#include "LeicaDistoDecoder.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace wh::drivers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::drivers::LeicaDistoDecoder", text);
}

QString normalisedUuid(const QString &text)
{
    QString s = text.trimmed().toLower();
    if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
        s = s.mid(1, s.size() - 2);
    return s;
}

float float32le(QByteArrayView bytes, qsizetype offset)
{
    const quint32 bits = qFromLittleEndian<quint32>(bytes.data() + offset);
    float value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace

LeicaDistoDecoder::Characteristic LeicaDistoDecoder::characteristicOf(const QString &channel)
{
    const QString uuid = normalisedUuid(channel);
    if (uuid.isEmpty())
        return Characteristic::Unknown;
    if (uuid == QLatin1String(kDistance))
        return Characteristic::Distance;
    if (uuid == QLatin1String(kDisplayUnit))
        return Characteristic::DisplayUnit;
    if (uuid == QLatin1String(kMeasurement))
        return Characteristic::Measurement;
    return Characteristic::Other;
}

std::optional<LengthUnit> LeicaDistoDecoder::displayUnit(quint8 code)
{
    switch (code) {
    case 0: return LengthUnit::Metre;
    case 1: return LengthUnit::Foot;
    case 2: return LengthUnit::Inch;
    case 3:
    case 4:
    case 5: return LengthUnit::Millimetre; // mm shown with different decimals
    case 6: return LengthUnit::Yard;
    case 7:
    case 8:
    case 9: return LengthUnit::Foot; // feet and inches (fractions differ)
    default: return std::nullopt;
    }
}

std::vector<TapeFrame> LeicaDistoDecoder::feed(QByteArrayView bytes, const QString &channel)
{
    Characteristic c = characteristicOf(channel);
    if (c == Characteristic::Unknown) {
        switch (bytes.size()) {
        case 4: c = Characteristic::Distance; break;
        case 20: c = Characteristic::Measurement; break;
        case 1: c = Characteristic::DisplayUnit; break;
        default: break;
        }
    }
    TapeFrame frame = c == Characteristic::Unknown
                          ? TapeFrame::rejected(protocol(), bytes.toByteArray(),
                                                tr("not a DISTO frame: %1 bytes (a distance has 4, a "
                                                   "measurement 20, a display unit 1)")
                                                    .arg(bytes.size()))
                          : decode(bytes, c);
    frame.channel = channel;
    return {frame};
}

TapeFrame LeicaDistoDecoder::decode(QByteArrayView frame, Characteristic characteristic)
{
    const QByteArray raw = frame.toByteArray();
    if (frame.isEmpty())
        return TapeFrame::rejected(protocol(), raw, tr("an empty frame"));
    switch (characteristic) {
    case Characteristic::Distance:
        if (frame.size() != 4)
            return TapeFrame::rejected(
                protocol(), raw,
                tr("a DISTO distance is 4 bytes (float32), this frame has %1").arg(frame.size()));
        return decodeDistance(frame, std::nullopt);
    case Characteristic::Measurement: {
        if (frame.size() != 20)
            return TapeFrame::rejected(
                protocol(), raw,
                tr("a DISTO measurement (010D) is 20 bytes, this frame has %1").arg(frame.size()));
        const quint32 counter = qFromLittleEndian<quint16>(frame.data() + 18) & 0x3FFFu;
        return decodeDistance(frame, counter);
    }
    case Characteristic::DisplayUnit: {
        const auto code = static_cast<quint8>(frame.at(0));
        m_displayUnitCode = code;
        const auto unit = displayUnit(code);
        if (!unit)
            return TapeFrame::message(protocol(), raw, tr("display unit code %1 is unknown").arg(code));
        return TapeFrame::message(protocol(), raw,
                                  tr("display unit: %1 (code %2)").arg(lengthUnitSymbol(*unit)).arg(code));
    }
    case Characteristic::Other:
        return TapeFrame::message(protocol(), raw, tr("a value of a characteristic that carries no reading"));
    case Characteristic::Unknown: break;
    }
    return TapeFrame::rejected(protocol(), raw, tr("not a DISTO frame"));
}

Result<LengthUnit> LeicaDistoDecoder::valueUnit() const
{
    if (m_options.leicaValueUnit == TapeDecoderOptions::LeicaValueUnit::Metres)
        return LengthUnit::Metre;
    if (!m_displayUnitCode)
        return Error(ErrorCode::Parse, tr("the display unit is not known yet (nothing read from 0102)"));
    const auto unit = displayUnit(*m_displayUnitCode);
    if (!unit)
        return Error(ErrorCode::Parse, tr("the display unit (code %1) is unknown").arg(*m_displayUnitCode));
    return *unit;
}

TapeFrame LeicaDistoDecoder::decodeDistance(QByteArrayView frame, std::optional<quint32> counter) const
{
    const QByteArray raw = frame.toByteArray();
    const float value = float32le(frame, 0);
    if (!std::isfinite(value))
        return TapeFrame::rejected(protocol(), raw, tr("the distance is not a number (NaN or infinite)"));
    if (value <= 0.0f)
        return TapeFrame::rejected(protocol(), raw,
                                   tr("a distance of zero or less: the meter reports no measurement"));
    const auto unit = valueUnit();
    if (!unit)
        return TapeFrame::rejected(protocol(), raw, unit.error().message());
    TapeReading r;
    r.value = shortestDecimal(value);
    r.unit = *unit;
    r.settled = true; // the DISTO sends a distance when a measurement is taken, never while aiming
    r.protocol = protocol();
    r.raw = raw;
    if (counter) {
        r.sequence = *counter;
        r.sequenceFromDevice = true;
    }
    return TapeFrame::accept(std::move(r));
}

} // namespace wh::drivers
