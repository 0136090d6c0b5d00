#include "BadgeNumberFormat.h"

#include <algorithm>

namespace wh::drivers {

namespace {

quint32 swapBytes(quint32 value)
{
    return ((value & 0x000000FFu) << 24) | ((value & 0x0000FF00u) << 8) | ((value & 0x00FF0000u) >> 8) |
           ((value & 0xFF000000u) >> 24);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Exactly `digits` hex digits -> bytes in text order; an error naming the first bad character.
Result<QByteArray> hexBytes(QStringView text, int digits, const char *formName)
{
    if (text.size() != digits)
        return Error(ErrorCode::Parse,
                     QStringLiteral("%1 badge number needs exactly %2 hex digits, got %3 characters")
                         .arg(QLatin1String(formName))
                         .arg(digits)
                         .arg(text.size()),
                     text.toString());
    QByteArray out;
    out.reserve(digits / 2);
    for (qsizetype i = 0; i < text.size(); i += 2) {
        const int hi = hexValue(text[i]);
        const int lo = hexValue(text[i + 1]);
        if (hi < 0 || lo < 0)
            return Error(ErrorCode::Parse,
                         QStringLiteral("%1 badge number: not a hex digit at position %2")
                             .arg(QLatin1String(formName))
                             .arg(hi < 0 ? i : i + 1),
                         text.toString());
        out.append(char((hi << 4) | lo));
    }
    return out;
}

} // namespace

Result<quint32> BadgeNumberFormat::cardNumberFromText(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::Parse, QStringLiteral("empty badge number"), text.toString());

    switch (m_encoding) {
    case Encoding::Decimal: {
        if (trimmed.size() > kBadgeIdDigits)
            return Error(ErrorCode::Parse,
                         QStringLiteral("decimal badge number has %1 digits, at most %2 fit 32 bits")
                             .arg(trimmed.size())
                             .arg(kBadgeIdDigits),
                         text.toString());
        quint64 value = 0;
        for (qsizetype i = 0; i < trimmed.size(); ++i) {
            const char16_t u = trimmed[i].unicode();
            // ASCII only: QChar::isDigit() would accept full-width and other scripts' digits.
            if (u < u'0' || u > u'9')
                return Error(ErrorCode::Parse,
                             QStringLiteral("decimal badge number: not a digit at position %1").arg(i),
                             text.toString());
            value = value * 10 + (u - u'0');
        }
        if (value > 0xFFFFFFFFull)
            return Error(ErrorCode::Parse, QStringLiteral("decimal badge number is larger than 32 bits"),
                         text.toString());
        const auto card = quint32(value);
        return m_byteOrder == ByteOrder::MsbFirst ? card : swapBytes(card);
    }
    case Encoding::Hex32: {
        auto bytes = hexBytes(trimmed, 8, "8-digit hex");
        if (!bytes.ok())
            return Error(bytes.error().code(), bytes.error().message(), text.toString());
        return cardNumberFromBytes(*bytes);
    }
    case Encoding::Em4100Hex: {
        auto bytes = hexBytes(trimmed, 10, "EM4100");
        if (!bytes.ok())
            return Error(bytes.error().code(), bytes.error().message(), text.toString());
        return cardNumberFromBytes(*bytes);
    }
    }
    return Error(ErrorCode::Internal, QStringLiteral("unknown badge number encoding"));
}

Result<QString> BadgeNumberFormat::decodeText(QStringView text) const
{
    auto card = cardNumberFromText(text);
    if (!card.ok())
        return card.error();
    return badgeId(*card);
}

Result<quint32> BadgeNumberFormat::cardNumberFromBytes(const QByteArray &bytes) const
{
    if (bytes.size() != 4 && bytes.size() != 5)
        return Error(ErrorCode::Parse,
                     QStringLiteral("a card number has 4 or 5 bytes, got %1").arg(bytes.size()),
                     QString::fromLatin1(bytes.toHex(' ').toUpper()));
    QByteArray ordered = bytes;
    if (m_byteOrder == ByteOrder::LsbFirst)
        std::reverse(ordered.begin(), ordered.end());
    // Most significant first now; the low 32 bits are the last four bytes (an EM4100 tag's first
    // byte is its version/customer byte, not part of the badge number).
    const auto *p = reinterpret_cast<const uchar *>(ordered.constData()) + (ordered.size() - 4);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QString BadgeNumberFormat::encodeText(quint32 card, quint8 em4100Version) const
{
    switch (m_encoding) {
    case Encoding::Decimal: return badgeId(m_byteOrder == ByteOrder::MsbFirst ? card : swapBytes(card));
    case Encoding::Hex32:
    case Encoding::Em4100Hex: return QString::fromLatin1(encodeBytes(card, em4100Version).toHex().toUpper());
    }
    return {};
}

QByteArray BadgeNumberFormat::encodeBytes(quint32 card, quint8 em4100Version) const
{
    QByteArray out;
    if (m_encoding == Encoding::Em4100Hex)
        out.append(char(em4100Version));
    out.append(char(card >> 24));
    out.append(char(card >> 16));
    out.append(char(card >> 8));
    out.append(char(card));
    if (m_byteOrder == ByteOrder::LsbFirst)
        std::reverse(out.begin(), out.end());
    return out;
}

QString BadgeNumberFormat::badgeId(quint32 card)
{
    return QStringLiteral("%1").arg(card, kBadgeIdDigits, 10, QLatin1Char('0'));
}

Result<quint32> BadgeNumberFormat::parseBadgeId(QStringView badgeId)
{
    if (badgeId.size() != kBadgeIdDigits)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("a badge id has exactly %1 digits").arg(kBadgeIdDigits),
                     badgeId.toString());
    auto card = BadgeNumberFormat().cardNumberFromText(badgeId);
    if (!card.ok() || badgeId.trimmed().size() != badgeId.size())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("not a badge id"), badgeId.toString());
    return *card;
}

QString BadgeNumberFormat::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Decimal: return QStringLiteral("decimal");
    case Encoding::Hex32: return QStringLiteral("hex32");
    case Encoding::Em4100Hex: return QStringLiteral("em4100");
    }
    return {};
}

Result<BadgeNumberFormat::Encoding> BadgeNumberFormat::parseEncoding(QStringView name)
{
    for (auto e : {Encoding::Decimal, Encoding::Hex32, Encoding::Em4100Hex})
        if (name.compare(encodingName(e), Qt::CaseInsensitive) == 0)
            return e;
    return Error(ErrorCode::InvalidArgument,
                 QStringLiteral("unknown badge number format (decimal, hex32 or em4100)"), name.toString());
}

QString BadgeNumberFormat::byteOrderName(ByteOrder order)
{
    return order == ByteOrder::MsbFirst ? QStringLiteral("msb-first") : QStringLiteral("lsb-first");
}

Result<BadgeNumberFormat::ByteOrder> BadgeNumberFormat::parseByteOrder(QStringView name)
{
    for (auto o : {ByteOrder::MsbFirst, ByteOrder::LsbFirst})
        if (name.compare(byteOrderName(o), Qt::CaseInsensitive) == 0)
            return o;
    return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown byte order (msb-first or lsb-first)"),
                 name.toString());
}

} // namespace wh::drivers
