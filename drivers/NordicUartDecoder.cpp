#include "NordicUartDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace wh::drivers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::drivers::NordicUartDecoder", text);
}

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

} // namespace

std::vector<TapeFrame> NordicUartDecoder::feed(QByteArrayView bytes, const QString &channel)
{
    m_channel = channel;
    std::vector<TapeFrame> out;
    for (char c : bytes) {
        if (isLineEnd(c)) {
            if (m_skipping) {
                m_skipping = false;
                continue;
            }
            if (m_buffer.isEmpty())
                continue; // an empty line, or the LF of CR LF
            m_buffer.append(c);
            TapeFrame f = decodeLine(m_buffer);
            f.channel = m_channel;
            out.push_back(std::move(f));
            m_buffer.clear();
            continue;
        }
        if (m_skipping)
            continue;
        m_buffer.append(c);
        if (m_buffer.size() > kMaxLine) {
            TapeFrame f = TapeFrame::rejected(
                protocol(), m_buffer, tr("a line longer than %1 bytes (skipped to its end)").arg(kMaxLine));
            f.channel = m_channel;
            out.push_back(std::move(f));
            m_buffer.clear();
            m_skipping = true;
        }
    }
    return out;
}

std::vector<TapeFrame> NordicUartDecoder::flush()
{
    m_skipping = false;
    if (m_buffer.isEmpty())
        return {};
    TapeFrame f = decodeLine(m_buffer);
    f.channel = m_channel;
    m_buffer.clear();
    return {f};
}

TapeFrame NordicUartDecoder::decodeLine(QByteArrayView line) const
{
    const QByteArray raw = line.toByteArray();
    QByteArray body = raw;
    while (!body.isEmpty() && isLineEnd(body.back()))
        body.chop(1);
    for (char c : body)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return TapeFrame::rejected(protocol(), raw, tr("a control byte inside the line"));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(body);
    if (utf8.hasError())
        return TapeFrame::rejected(protocol(), raw, tr("the line is not UTF-8 text"));
    const auto length = parseLengthText(text, m_options.defaultUnit);
    if (!length)
        return TapeFrame::rejected(protocol(), raw,
                                   QStringLiteral("%1: \"%2\"").arg(length.error().message(), text));
    TapeReading r;
    r.value = length->first;
    r.unit = length->second;
    r.settled = true;
    r.protocol = protocol();
    r.raw = raw;
    return TapeFrame::accept(std::move(r));
}

} // namespace wh::drivers
