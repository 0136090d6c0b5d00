#pragma once

#include "BadgeNumberFormat.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace wh::drivers {

// Bytes from a serial badge reader -> badge reads, incrementally: feed whatever chunks the port
// delivers, get zero or more results per chunk. Three forms (devices.md, "Badge readers"):
//
//   EM4100 frame   02 0A 02 06 00 8E 6D 5D B0 03
//                  STX, length (of the whole frame, STX..ETX: 0x0A = 10), type (02 = EM4100),
//                  5 data bytes (version 06 + card 0x008E6D5D), XOR check, ETX
//                  -> badge "0009334109". The check byte is the XOR of the length, type and data
//                  bytes, i.e. everything between STX and the check byte. The worked example fixes
//                  this: 0A^02^06^00^8E^6D^5D = B0, while the data alone gives B8 and type+data BA.
//   hex line       LF + 10 hex digits (EM4100, low 32 bits used) + CR; 8 hex digits are accepted too
//   decimal line   the badge number in decimal + CR, LF or CR LF (common USB-serial readers)
//
// Frames are recognised by their STX whatever the setting. The two line forms cannot be told apart
// from the bytes (LF 0600123456 CR LF ... is also a CR LF-terminated decimal stream, and 1.5% of
// EM4100 tags have no hex letter), so the line content is a reader setting: `lineContent`,
// default Decimal (the form of the badge ids themselves).
//
// Bad input: every byte ends up either in a read or in exactly one error (ErrorCode::Parse; the
// context is the raw bytes as hex, parseHex() gives them back). After an error the decoder skips to
// the next boundary: an STX that starts a delimited frame (its ETX where its length byte says), or
// a CR/LF beyond the broken frame's claimed extent (bytes inside it cannot be trusted as line ends:
// 0A is also the length byte). So a line is only read when it starts cleanly, and a badge number is
// never read out of the tail of garbage or of a broken frame (it is reported; the worker taps
// again). An STX whose frame is still incomplete is waited for, so the results do not depend on how
// the bytes were chunked (except that a run longer than the line limit without any boundary is
// reported in pieces). Incomplete input waits for more bytes; flush() (the transport calls it after
// a silence) turns it into "half a frame" / "line without its end" errors.
//
// Not thread-safe; pure (no I/O, no logging): the transport logs.
class SerialBadgeFrameDecoder {
public:
    enum class LineContent { Decimal, Hex };
    enum class Form { Em4100Frame, HexLine, DecimalLine };

    static constexpr char kStx = 0x02;
    static constexpr char kEtx = 0x03;
    static constexpr quint8 kTypeEm4100 = 0x02;
    static constexpr int kMinFrameLength = 6;  // STX, length, type, 1 data byte, check, ETX
    static constexpr int kMaxFrameLength = 32; // longer than any badge frame; bounds a bad length
    static constexpr int kEm4100FrameLength = 10;

    struct Options {
        LineContent lineContent = LineContent::Decimal;
        // Byte order of the card number in frames and hex lines, and of decimal lines (see
        // BadgeNumberFormat).
        BadgeNumberFormat::ByteOrder byteOrder = BadgeNumberFormat::ByteOrder::MsbFirst;
        // A line (or a run of garbage) longer than this without CR/LF is reported and skipped.
        int maxLineLength = 32;
    };

    struct Read {
        QString badgeId; // normalised: 10 digits
        quint32 cardNumber = 0;
        Form form = Form::DecimalLine;
        QByteArray raw; // the frame or line, terminator included
    };

    SerialBadgeFrameDecoder() = default;
    explicit SerialBadgeFrameDecoder(Options options)
        : m_options(options)
    {
    }

    [[nodiscard]] const Options &options() const { return m_options; }

    // Appends `bytes` and returns the reads and errors that are now complete, in stream order.
    [[nodiscard]] std::vector<Result<Read>> feed(QByteArrayView bytes);
    // End of input (a silence, the port closing): whatever is still pending is reported.
    [[nodiscard]] std::vector<Result<Read>> flush();

    [[nodiscard]] bool hasPendingBytes() const { return !m_buffer.isEmpty(); }
    [[nodiscard]] QByteArray pendingBytes() const { return m_buffer; }
    // Forgets pending bytes without reporting them (after the caller reported them itself).
    void reset();

    // XOR of `bytes` (the frame check).
    [[nodiscard]] static quint8 xorCheck(QByteArrayView bytes);
    [[nodiscard]] static QString formName(Form form);

private:
    enum class FrameStatus { NeedMore, BadLength, NoEtx, BadChecksum, Ok };
    struct FrameCheck {
        FrameStatus status = FrameStatus::NeedMore;
        int length = 0; // the length byte (when it is in range)
    };

    void process(std::vector<Result<Read>> &out, bool final);
    [[nodiscard]] FrameCheck checkFrame(qsizetype at) const;
    static constexpr qsizetype kNotFound = -1;
    static constexpr qsizetype kWait = -2;
    // End (exclusive) of a run of garbage starting at 0: the first STX at or after `from` and before
    // `limit` that starts a delimited frame (good or bad check), or just past the first CR/LF at or
    // after `terminatorsFrom`. kWait when an STX on the way cannot be decided yet (not when
    // `final`), kNotFound when the end is not in the buffer yet.
    [[nodiscard]] qsizetype garbageEnd(qsizetype from, qsizetype terminatorsFrom, qsizetype limit,
                                       bool final) const;
    [[nodiscard]] Result<Read> decodeFrame(const QByteArray &frame) const;
    [[nodiscard]] Result<Read> decodeLine(const QByteArray &content, const QByteArray &raw) const;
    void emitError(std::vector<Result<Read>> &out, const QString &message, qsizetype count);

    Options m_options;
    QByteArray m_buffer;
    bool m_skipping = false; // inside a run of garbage already partly reported
};

} // namespace wh::drivers
