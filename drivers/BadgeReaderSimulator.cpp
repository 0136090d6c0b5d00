#include "BadgeReaderSimulator.h"

#include "SerialBadgeFrameDecoder.h"

namespace wh::drivers {

Result<quint32> BadgeReaderSimulator::cardNumber(QStringView badgeId)
{
    return BadgeNumberFormat::parseBadgeId(badgeId);
}

QByteArray BadgeReaderSimulator::em4100Frame(quint32 card) const
{
    const QByteArray data = BadgeNumberFormat(BadgeNumberFormat::Encoding::Em4100Hex, m_options.byteOrder)
                                .encodeBytes(card, m_options.em4100Version);
    QByteArray frame;
    frame.append(SerialBadgeFrameDecoder::kStx);
    frame.append(char(SerialBadgeFrameDecoder::kEm4100FrameLength));
    frame.append(char(SerialBadgeFrameDecoder::kTypeEm4100));
    frame.append(data);
    frame.append(char(SerialBadgeFrameDecoder::xorCheck(QByteArrayView(frame).sliced(1))));
    frame.append(SerialBadgeFrameDecoder::kEtx);
    return frame;
}

QByteArray BadgeReaderSimulator::hexLine(quint32 card) const
{
    const QString text = BadgeNumberFormat(BadgeNumberFormat::Encoding::Em4100Hex, m_options.byteOrder)
                             .encodeText(card, m_options.em4100Version);
    return '\n' + text.toLatin1() + '\r';
}

QByteArray BadgeReaderSimulator::decimalLine(quint32 card, QByteArrayView terminator) const
{
    const QString text =
        BadgeNumberFormat(BadgeNumberFormat::Encoding::Decimal, m_options.byteOrder).encodeText(card);
    return text.toLatin1() + terminator.toByteArray();
}

std::vector<KeyboardWedgeDetector::Key>
BadgeReaderSimulator::wedgeBurst(quint32 card, qint64 startMs, const KeyboardWedgeDetector::Options &reader,
                                 int minGapMs, int maxGapMs, quint64 seed) const
{
    const QString text =
        reader.prefix + reader.format.encodeText(card, m_options.em4100Version) + reader.suffix;
    return simulatedKeys(text, reader.terminator, startMs, minGapMs, maxGapMs, seed);
}

std::vector<KeyboardWedgeDetector::Key> BadgeReaderSimulator::typing(const QString &text, qint64 startMs,
                                                                     int minGapMs, int maxGapMs, quint64 seed,
                                                                     bool enter)
{
    return simulatedKeys(text, enter ? WedgeTerminator::Enter : WedgeTerminator::None, startMs, minGapMs,
                         maxGapMs, seed);
}

} // namespace wh::drivers
