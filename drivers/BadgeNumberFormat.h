#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace wh::drivers {

// How a badge reader writes the card number, and the one form the rest of the suite uses.
//
// A badge id is the 10-digit, zero-padded decimal of the card's 32-bit number ("1040618946",
// "0009334109"): what USB HID readers type by default and what is printed on most cards. Readers
// can be set to other forms; the form and the byte order are reader settings (devices.md), so they
// are settings here:
//   Decimal    up to 10 decimal digits, as typed ("9334109" or "0009334109");
//   Hex32      exactly 8 hex digits, the 4 bytes of the 32-bit number ("008E6D5D");
//   Em4100Hex  exactly 10 hex digits, the 5 bytes of an EM4100 tag (version/customer byte + 32-bit
//              number, "06008E6D5D"); only the low 32 bits make the badge id.
// Byte order is the order in which the reader sends the bytes of the number: MsbFirst (the usual)
// or LsbFirst (some readers, and some readers' "reversed" setting). For Decimal the 32-bit value's
// bytes are swapped, which is what a reader set to reversed order types.
//
// A value type; pure functions; any thread.
class BadgeNumberFormat {
public:
    enum class Encoding { Decimal, Hex32, Em4100Hex };
    enum class ByteOrder { MsbFirst, LsbFirst };

    static constexpr int kBadgeIdDigits = 10;

    BadgeNumberFormat() = default;
    explicit BadgeNumberFormat(Encoding encoding, ByteOrder byteOrder = ByteOrder::MsbFirst)
        : m_encoding(encoding)
        , m_byteOrder(byteOrder)
    {
    }

    [[nodiscard]] Encoding encoding() const { return m_encoding; }
    [[nodiscard]] ByteOrder byteOrder() const { return m_byteOrder; }

    // The card number in `text` as a reader with these settings sends it. Surrounding spaces are
    // ignored; anything else that does not fit is a Parse error whose context is the text.
    [[nodiscard]] Result<quint32> cardNumberFromText(QStringView text) const;
    // The same, normalised to a badge id.
    [[nodiscard]] Result<QString> decodeText(QStringView text) const;

    // The card number in raw bytes as a serial frame carries them, in this byte order: 4 bytes (the
    // 32-bit number) or 5 (EM4100: version byte + number; the low 32 bits are used).
    [[nodiscard]] Result<quint32> cardNumberFromBytes(const QByteArray &bytes) const;

    // What a reader with these settings would send for `card` (the inverse of cardNumberFromText).
    // `em4100Version` is the extra fifth byte of the Em4100Hex form.
    [[nodiscard]] QString encodeText(quint32 card, quint8 em4100Version = 0) const;
    // The 4 (Hex32, Decimal) or 5 (Em4100Hex) bytes of `card` in this byte order.
    [[nodiscard]] QByteArray encodeBytes(quint32 card, quint8 em4100Version = 0) const;

    // "0009334109" for 0x008E6D5D.
    [[nodiscard]] static QString badgeId(quint32 card);
    // Exactly 10 ASCII digits, at most 4294967295.
    [[nodiscard]] static Result<quint32> parseBadgeId(QStringView badgeId);

    // Setting names: "decimal", "hex32", "em4100"; "msb-first", "lsb-first".
    [[nodiscard]] static QString encodingName(Encoding encoding);
    [[nodiscard]] static Result<Encoding> parseEncoding(QStringView name);
    [[nodiscard]] static QString byteOrderName(ByteOrder order);
    [[nodiscard]] static Result<ByteOrder> parseByteOrder(QStringView name);

    friend bool operator==(const BadgeNumberFormat &, const BadgeNumberFormat &) = default;

private:
    Encoding m_encoding = Encoding::Decimal;
    ByteOrder m_byteOrder = ByteOrder::MsbFirst;
};

} // namespace wh::drivers
