#include "SerialScanDecoder.h"

#include "HexBytes.h"

#include <QStringDecoder>

namespace wh::drivers {

namespace {

Error lineError(const QString &message, const QByteArray &raw)
{
    return Error(ErrorCode::Parse, message, toHex(raw));
}

} // namespace

QString SerialScanDecoder::terminatorName(Terminator terminator)
{
    switch (terminator) {
    case Terminator::Cr: return QStringLiteral("cr");
    case Terminator::Lf: return QStringLiteral("lf");
    case Terminator::CrLf: return QStringLiteral("crlf");
    case Terminator::None: return QStringLiteral("none");
    }
    return {};
}

Result<SerialScanDecoder::Terminator> SerialScanDecoder::parseTerminator(QStringView name)
{
    for (auto t : {Terminator::Cr, Terminator::Lf, Terminator::CrLf, Terminator::None})
        if (name.compare(terminatorName(t), Qt::CaseInsensitive) == 0)
            return t;
    return Error(ErrorCode::InvalidArgument,
                 QStringLiteral("unknown scanner terminator (cr, lf, crlf or none)"), name.toString());
}

QByteArray SerialScanDecoder::terminatorBytes(Terminator terminator)
{
    switch (terminator) {
    case Terminator::Cr: return QByteArrayLiteral("\r");
    case Terminator::Lf: return QByteArrayLiteral("\n");
    case Terminator::CrLf: return QByteArrayLiteral("\r\n");
    case Terminator::None: return {};
    }
    return {};
}

Result<ScannedCode> SerialScanDecoder::decodeLine(const QByteArray &line) const
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(line);
    if (utf8.hasError())
        return lineError(QStringLiteral("the scan is not valid text (line noise or a wrong baud rate?)"),
                         line);
    auto code = decodeScannerText(text, m_options.text);
    if (!code.ok())
        return lineError(code.error().message(), line);
    return code;
}

std::vector<Result<ScannedCode>> SerialScanDecoder::feed(QByteArrayView bytes)
{
    std::vector<Result<ScannedCode>> out;
    for (const char byte : bytes) {
        if (m_options.terminator == Terminator::Cr && m_afterCr) {
            m_afterCr = false;
            if (byte == '\n')
                continue;
        }
        bool lineEnds = false;
        qsizetype dropTail = 0; // terminator bytes at the end of the buffer
        switch (m_options.terminator) {
        case Terminator::Cr:
            lineEnds = byte == '\r';
            m_afterCr = lineEnds;
            break;
        case Terminator::Lf:
            lineEnds = byte == '\n';
            dropTail = lineEnds && m_buffer.endsWith('\r') ? 1 : 0;
            break;
        case Terminator::CrLf:
            lineEnds = byte == '\n' && m_buffer.endsWith('\r');
            dropTail = lineEnds ? 1 : 0;
            break;
        case Terminator::None: break;
        }
        if (lineEnds) {
            if (m_skipping) {
                m_skipping = false;
                m_buffer.clear();
                continue;
            }
            const QByteArray line = m_buffer.first(m_buffer.size() - dropTail);
            m_buffer.clear();
            if (!line.isEmpty())
                out.push_back(decodeLine(line));
            continue;
        }
        if (m_skipping)
            continue;
        m_buffer.append(byte);
        if (m_buffer.size() > m_options.maxLength) {
            out.push_back(lineError(
                QStringLiteral("a scan longer than %1 bytes without a terminator").arg(m_options.maxLength),
                m_buffer.left(64)));
            m_buffer.clear();
            // Without a terminator there is no line to skip to: the next silence ends it.
            m_skipping = m_options.terminator != Terminator::None;
        }
    }
    return out;
}

std::vector<Result<ScannedCode>> SerialScanDecoder::flush()
{
    std::vector<Result<ScannedCode>> out;
    m_skipping = false;
    m_afterCr = false;
    if (m_buffer.isEmpty())
        return out;
    const QByteArray line = m_buffer;
    m_buffer.clear();
    if (m_options.terminator == Terminator::None)
        out.push_back(decodeLine(line));
    else
        out.push_back(lineError(QStringLiteral("a scan cut off before its terminator (%1)")
                                    .arg(terminatorName(m_options.terminator).toUpper()),
                                line));
    return out;
}

} // namespace wh::drivers
