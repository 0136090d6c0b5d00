#pragma once

#include "BadgeNumberFormat.h"
#include "KeyboardWedgeDetector.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace wh::drivers {

// What badge readers send, for a given card: the bytes of the serial forms and the timed key
// presses of a keyboard-wedge reader (and of a person typing, to tell them apart). For tests, the
// kiosk demo and the punch benchmark. Deterministic: timing comes from a seed.
// A value type; pure; any thread.
class BadgeReaderSimulator {
public:
    struct Options {
        // The fifth (version/customer) byte of an EM4100 tag; 06 as in the devices.md example.
        quint8 em4100Version = 0x06;
        BadgeNumberFormat::ByteOrder byteOrder = BadgeNumberFormat::ByteOrder::MsbFirst;
    };

    BadgeReaderSimulator() = default;
    explicit BadgeReaderSimulator(Options options)
        : m_options(options)
    {
    }

    [[nodiscard]] const Options &options() const { return m_options; }

    // The card number of a 10-digit badge id ("0009334109" -> 0x008E6D5D).
    [[nodiscard]] static Result<quint32> cardNumber(QStringView badgeId);

    // STX, length 0A, type 02, version + card (byte order applies to the 5 bytes), XOR, ETX:
    // 0x008E6D5D -> 02 0A 02 06 00 8E 6D 5D B0 03.
    [[nodiscard]] QByteArray em4100Frame(quint32 card) const;
    // LF + 10 hex digits (version + card) + CR: 0A "06008E6D5D" 0D.
    [[nodiscard]] QByteArray hexLine(quint32 card) const;
    // "0009334109" + terminator.
    [[nodiscard]] QByteArray decimalLine(quint32 card, QByteArrayView terminator = "\r\n") const;

    // The key presses of a wedge reader set up as `reader` (prefix, number in reader.format, suffix,
    // terminator), from startMs, gaps drawn uniformly from [minGapMs, maxGapMs].
    [[nodiscard]] std::vector<KeyboardWedgeDetector::Key>
    wedgeBurst(quint32 card, qint64 startMs, const KeyboardWedgeDetector::Options &reader, int minGapMs = 5,
               int maxGapMs = 15, quint64 seed = 1) const;
    // A person typing `text` (then Enter when `enter`), gaps drawn from [minGapMs, maxGapMs].
    [[nodiscard]] static std::vector<KeyboardWedgeDetector::Key> typing(const QString &text, qint64 startMs,
                                                                        int minGapMs, int maxGapMs,
                                                                        quint64 seed = 1, bool enter = true);

private:
    Options m_options;
};

} // namespace wh::drivers
