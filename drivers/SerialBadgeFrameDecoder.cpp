#include "SerialBadgeFrameDecoder.h"

#include "HexBytes.h"

#include <algorithm>
#include <limits>

namespace wh::drivers {

namespace {

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

bool isPrintableAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return uchar(c) >= 0x20 && uchar(c) < 0x7F; });
}

bool isHexText(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    });
}

QString hexByte(int value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
}

} // namespace

std::vector<Result<SerialBadgeFrameDecoder::Read>> SerialBadgeFrameDecoder::feed(QByteArrayView bytes)
{
    std::vector<Result<Read>> out;
    m_buffer.append(bytes);
    process(out, false);
    return out;
}

std::vector<Result<SerialBadgeFrameDecoder::Read>> SerialBadgeFrameDecoder::flush()
{
    std::vector<Result<Read>> out;
    process(out, true);
    m_buffer.clear();
    m_skipping = false;
    return out;
}

void SerialBadgeFrameDecoder::reset()
{
    m_buffer.clear();
    m_skipping = false;
}

quint8 SerialBadgeFrameDecoder::xorCheck(QByteArrayView bytes)
{
    quint8 x = 0;
    for (char b : bytes)
        x ^= quint8(b);
    return x;
}

QString SerialBadgeFrameDecoder::formName(Form form)
{
    switch (form) {
    case Form::Em4100Frame: return QStringLiteral("EM4100 frame");
    case Form::HexLine: return QStringLiteral("hex line");
    case Form::DecimalLine: return QStringLiteral("decimal line");
    }
    return {};
}

SerialBadgeFrameDecoder::FrameCheck SerialBadgeFrameDecoder::checkFrame(qsizetype at) const
{
    const qsizetype available = m_buffer.size() - at;
    if (available < 2)
        return {FrameStatus::NeedMore, 0};
    const int length = uchar(m_buffer.at(at + 1));
    if (length < kMinFrameLength || length > kMaxFrameLength)
        return {FrameStatus::BadLength, length};
    if (available < length)
        return {FrameStatus::NeedMore, length};
    if (m_buffer.at(at + length - 1) != kEtx)
        return {FrameStatus::NoEtx, length};
    // The check covers length, type and data: from the byte after STX to the byte before the check.
    const auto covered = QByteArrayView(m_buffer).sliced(at + 1, length - 3);
    if (xorCheck(covered) != uchar(m_buffer.at(at + length - 2)))
        return {FrameStatus::BadChecksum, length};
    return {FrameStatus::Ok, length};
}

qsizetype SerialBadgeFrameDecoder::garbageEnd(qsizetype from, qsizetype terminatorsFrom, qsizetype limit,
                                              bool final) const
{
    for (qsizetype j = from; j < m_buffer.size(); ++j) {
        const char c = m_buffer.at(j);
        if (c == kStx && j < limit) {
            switch (checkFrame(j).status) {
            case FrameStatus::Ok:
            case FrameStatus::BadChecksum: return j;
            // Undecided: wait for its bytes, so that the result does not depend on how the input
            // was chunked. At the end of input it can no longer complete.
            case FrameStatus::NeedMore:
                if (!final)
                    return kWait;
                break;
            case FrameStatus::BadLength:
            case FrameStatus::NoEtx: break;
            }
        }
        if (isLineEnd(c) && j >= terminatorsFrom)
            return j + 1;
    }
    return kNotFound;
}

void SerialBadgeFrameDecoder::emitError(std::vector<Result<Read>> &out, const QString &message,
                                        qsizetype count)
{
    const QByteArray raw = m_buffer.left(count);
    m_buffer.remove(0, count);
    out.push_back(Error(ErrorCode::Parse, message, toHex(raw)));
}

void SerialBadgeFrameDecoder::process(std::vector<Result<Read>> &out, bool final)
{
    // Garbage is reported in pieces of about this size when no boundary comes: bounded memory. Room
    // for a broken frame plus an undecided one inside it.
    const qsizetype garbageCap = 2 * kMaxFrameLength + std::max<qsizetype>(m_options.maxLineLength, 0);

    while (!m_buffer.isEmpty()) {
        if (m_skipping) {
            const qsizetype end = garbageEnd(0, 0, m_buffer.size(), final);
            if (end < 0) {
                if (final || m_buffer.size() > garbageCap)
                    emitError(out, QStringLiteral("more bytes that are neither a frame nor a line"),
                              m_buffer.size());
                return;
            }
            m_skipping = false;
            if (end > 0)
                emitError(out, QStringLiteral("more bytes that are neither a frame nor a line"), end);
            continue;
        }

        if (m_buffer.at(0) == kStx) {
            const FrameCheck check = checkFrame(0);
            if (check.status == FrameStatus::Ok) {
                const QByteArray frame = m_buffer.left(check.length);
                m_buffer.remove(0, check.length);
                out.push_back(decodeFrame(frame));
                continue;
            }
            if (check.status == FrameStatus::NeedMore && !final)
                return;

            if (check.status == FrameStatus::BadChecksum) {
                // STX, length and ETX agree: the frame is delimited, only its content is damaged.
                // It still yields to a plausible frame starting inside it.
                const qsizetype inner =
                    garbageEnd(1, std::numeric_limits<qsizetype>::max(), check.length, final);
                if (inner == kWait && m_buffer.size() <= garbageCap)
                    return;
                const qsizetype end = inner >= 0 ? inner : check.length;
                const int computed = xorCheck(QByteArrayView(m_buffer).sliced(1, check.length - 3));
                const int stated = uchar(m_buffer.at(check.length - 2));
                emitError(out,
                          end == check.length
                              ? QStringLiteral("bad check byte: the frame says %1, its bytes give %2")
                                    .arg(hexByte(stated), hexByte(computed))
                              : QStringLiteral("frame cut by a new STX after %1 bytes").arg(end),
                          end);
                continue;
            }

            // Bad length byte, no ETX where the length says, or (at the end of input) half a frame.
            const qsizetype extent = check.status == FrameStatus::BadLength
                                         ? 2
                                         : std::min<qsizetype>(std::max(check.length, 1), m_buffer.size());
            qsizetype end = garbageEnd(1, extent, m_buffer.size(), final);
            bool skipOn = false;
            if (end < 0) {
                if (!final && m_buffer.size() <= garbageCap)
                    return; // the end of this garbage has not arrived yet
                end = m_buffer.size();
                skipOn = !final;
            }
            QString message;
            switch (check.status) {
            case FrameStatus::BadLength:
                message = QStringLiteral("bad frame length byte %1 (a frame has %2 to %3 bytes)")
                              .arg(hexByte(check.length))
                              .arg(kMinFrameLength)
                              .arg(kMaxFrameLength);
                break;
            case FrameStatus::NoEtx:
                if (end < check.length && m_buffer.at(end) == kStx)
                    message = QStringLiteral("frame cut by a new STX after %1 bytes").arg(end);
                else
                    message =
                        QStringLiteral("no ETX where the length byte puts the end of the frame (byte %1)")
                            .arg(check.length);
                break;
            default: // NeedMore at the end of input, or cut by a plausible STX
                if (end < m_buffer.size() && m_buffer.at(end) == kStx)
                    message = QStringLiteral("frame cut by a new STX after %1 bytes").arg(end);
                else if (check.length > 0)
                    message = QStringLiteral("half a frame: %1 of %2 bytes").arg(end).arg(check.length);
                else
                    message = QStringLiteral("half a frame: a lone STX");
                break;
            }
            emitError(out, message, end);
            m_skipping = skipOn;
            continue;
        }

        // A line: up to CR or LF. An STX before the line end cuts it.
        qsizetype i = 0;
        while (i < m_buffer.size() && !isLineEnd(m_buffer.at(i)) && m_buffer.at(i) != kStx)
            ++i;
        if (i == m_buffer.size()) {
            if (m_buffer.size() > m_options.maxLineLength) {
                emitError(out,
                          QStringLiteral("no line end (CR or LF) after %1 bytes: not a badge number")
                              .arg(m_buffer.size()),
                          m_buffer.size());
                m_skipping = true;
            } else if (final) {
                emitError(out,
                          isPrintableAscii(m_buffer)
                              ? QStringLiteral("a line without its end (CR or LF)")
                              : QStringLiteral("stray bytes that are neither a frame nor a line"),
                          m_buffer.size());
            }
            return;
        }
        if (m_buffer.at(i) == kStx) {
            emitError(out,
                      isPrintableAscii(m_buffer.left(i))
                          ? QStringLiteral("a line cut by a frame start (STX)")
                          : QStringLiteral("unexpected bytes before a frame start (STX)"),
                      i);
            continue;
        }
        if (i == 0) {
            // An empty line: the LF of CR LF, or the LF that opens a hex line.
            m_buffer.remove(0, 1);
            continue;
        }
        const QByteArray raw = m_buffer.left(i + 1);
        const QByteArray content = m_buffer.left(i);
        m_buffer.remove(0, i + 1);
        if (i > m_options.maxLineLength)
            out.push_back(Error(ErrorCode::Parse,
                                QStringLiteral("a line of %1 bytes is too long for a badge number").arg(i),
                                toHex(raw)));
        else
            out.push_back(decodeLine(content, raw));
    }
}

Result<SerialBadgeFrameDecoder::Read> SerialBadgeFrameDecoder::decodeFrame(const QByteArray &frame) const
{
    const int type = uchar(frame.at(2));
    const QByteArray data = frame.mid(3, frame.size() - 5);
    if (type != kTypeEm4100)
        return Error(
            ErrorCode::Parse,
            QStringLiteral("unsupported card type %1 in a frame (only EM4100, type 02)").arg(hexByte(type)),
            toHex(frame));
    if (data.size() != 5)
        return Error(ErrorCode::Parse,
                     QStringLiteral("an EM4100 frame with %1 data bytes, expected 5").arg(data.size()),
                     toHex(frame));
    auto card = BadgeNumberFormat(BadgeNumberFormat::Encoding::Em4100Hex, m_options.byteOrder)
                    .cardNumberFromBytes(data);
    if (!card.ok())
        return Error(ErrorCode::Parse, card.error().message(), toHex(frame));
    return Read{BadgeNumberFormat::badgeId(*card), *card, Form::Em4100Frame, frame};
}

Result<SerialBadgeFrameDecoder::Read> SerialBadgeFrameDecoder::decodeLine(const QByteArray &content,
                                                                          const QByteArray &raw) const
{
    if (!isPrintableAscii(content))
        return Error(ErrorCode::Parse, QStringLiteral("not a badge number: the line has non-text bytes"),
                     toHex(raw));
    const QString text = QString::fromLatin1(content);
    const QStringView trimmed = QStringView(text).trimmed();

    if (m_options.lineContent == LineContent::Decimal) {
        auto card = BadgeNumberFormat(BadgeNumberFormat::Encoding::Decimal, m_options.byteOrder)
                        .cardNumberFromText(trimmed);
        if (!card.ok()) {
            QString message = card.error().message();
            if ((trimmed.size() == 8 || trimmed.size() == 10) && isHexText(trimmed) &&
                std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isLetter(); }))
                message +=
                    QStringLiteral(" (it looks like a hex line: set the reader's line content to hex)");
            return Error(ErrorCode::Parse, message, toHex(raw));
        }
        return Read{BadgeNumberFormat::badgeId(*card), *card, Form::DecimalLine, raw};
    }

    BadgeNumberFormat::Encoding encoding;
    if (trimmed.size() == 10)
        encoding = BadgeNumberFormat::Encoding::Em4100Hex;
    else if (trimmed.size() == 8)
        encoding = BadgeNumberFormat::Encoding::Hex32;
    else
        return Error(
            ErrorCode::Parse,
            QStringLiteral("a hex line has 8 or 10 hex digits, got %1 characters").arg(trimmed.size()),
            toHex(raw));
    auto card = BadgeNumberFormat(encoding, m_options.byteOrder).cardNumberFromText(trimmed);
    if (!card.ok())
        return Error(ErrorCode::Parse, card.error().message(), toHex(raw));
    return Read{BadgeNumberFormat::badgeId(*card), *card, Form::HexLine, raw};
}

} // namespace wh::drivers
