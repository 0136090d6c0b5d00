#include "BadgeReaderSimulator.h"

#include "Random.h"
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

namespace {

std::vector<KeyboardWedgeDetector::Key> keysFor(const QString &text, qint64 startMs, int minGapMs,
                                                int maxGapMs, quint64 seed)
{
    SeededRandom rng(seed);
    std::vector<KeyboardWedgeDetector::Key> keys;
    qint64 t = startMs;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0)
            t += rng.between(minGapMs, maxGapMs);
        keys.push_back(KeyboardWedgeDetector::Key::character(t, text.at(i)));
    }
    return keys;
}

} // namespace

std::vector<KeyboardWedgeDetector::Key>
BadgeReaderSimulator::wedgeBurst(quint32 card, qint64 startMs, const KeyboardWedgeDetector::Options &reader,
                                 int minGapMs, int maxGapMs, quint64 seed) const
{
    const QString text =
        reader.prefix + reader.format.encodeText(card, m_options.em4100Version) + reader.suffix;
    auto keys = keysFor(text, startMs, minGapMs, maxGapMs, seed);
    SeededRandom rng(seed ^ 0x5eedULL);
    const qint64 last = keys.empty() ? startMs : keys.back().timestampMs;
    const qint64 t = last + rng.between(minGapMs, maxGapMs);
    switch (reader.terminator) {
    case KeyboardWedgeDetector::Terminator::Enter:
        keys.push_back(KeyboardWedgeDetector::Key::enter(t));
        break;
    case KeyboardWedgeDetector::Terminator::Tab: keys.push_back(KeyboardWedgeDetector::Key::tab(t)); break;
    case KeyboardWedgeDetector::Terminator::None: break;
    }
    return keys;
}

std::vector<KeyboardWedgeDetector::Key> BadgeReaderSimulator::typing(const QString &text, qint64 startMs,
                                                                     int minGapMs, int maxGapMs, quint64 seed,
                                                                     bool enter)
{
    auto keys = keysFor(text, startMs, minGapMs, maxGapMs, seed);
    if (enter) {
        SeededRandom rng(seed ^ 0x5eedULL);
        const qint64 last = keys.empty() ? startMs : keys.back().timestampMs;
        keys.push_back(KeyboardWedgeDetector::Key::enter(
            keys.empty() ? startMs : last + rng.between(minGapMs, maxGapMs)));
    }
    return keys;
}

} // namespace wh::drivers
