#include "EsTapeDecoder.h"

#include <QCoreApplication>

#include <cmath>

namespace wh::drivers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::drivers::EsTapeDecoder", text);
}

bool isPadding(char c)
{
    return c == '\0' || c == '\r' || c == '\n' || c == ' ';
}

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

} // namespace

void EsTapeDecoder::take(qsizetype length, std::vector<TapeFrame> &out, bool garbage)
{
    const QByteArray bytes = m_buffer.left(length);
    m_buffer.remove(0, length);
    TapeFrame f = garbage
                      ? TapeFrame::rejected(
                            protocol(), bytes,
                            tr("not an ES-Tape frame (a frame starts with *): %1 bytes").arg(bytes.size()))
                      : decodeFrame(bytes);
    f.channel = m_channel;
    out.push_back(std::move(f));
}

std::vector<TapeFrame> EsTapeDecoder::feed(QByteArrayView bytes, const QString &channel)
{
    m_channel = channel;
    m_buffer.append(bytes.data(), bytes.size());
    std::vector<TapeFrame> out;
    while (!m_buffer.isEmpty()) {
        if (isPadding(m_buffer.at(0))) {
            m_buffer.remove(0, 1);
            continue;
        }
        if (m_buffer.at(0) != '*') {
            // Garbage up to the next frame or line end; held while neither has come.
            qsizetype end = 0;
            while (end < m_buffer.size() && m_buffer.at(end) != '*' && !isLineEnd(m_buffer.at(end)))
                ++end;
            if (end == m_buffer.size())
                break;
            take(end, out, true);
            continue;
        }
        qsizetype end = 1;
        while (end < m_buffer.size() && end < kMaxFrame && m_buffer.at(end) != '*' &&
               !isLineEnd(m_buffer.at(end)))
            ++end;
        if (end < m_buffer.size() && isLineEnd(m_buffer.at(end))) {
            take(end + 1, out, false); // the CR goes with its frame
            continue;
        }
        if (end == kMaxFrame || (end < m_buffer.size() && m_buffer.at(end) == '*')) {
            take(end, out, false);
            continue;
        }
        break; // an open frame: wait for the rest
    }
    return out;
}

std::vector<TapeFrame> EsTapeDecoder::flush()
{
    std::vector<TapeFrame> out;
    if (!m_buffer.isEmpty())
        take(m_buffer.size(), out, m_buffer.at(0) != '*');
    return out;
}

TapeFrame EsTapeDecoder::decodeFrame(QByteArrayView frame) const
{
    const QByteArray raw = frame.toByteArray();
    QByteArray body = raw;
    while (!body.isEmpty() && isLineEnd(body.back()))
        body.chop(1);
    for (char c : body)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E)
            return TapeFrame::rejected(protocol(), raw, tr("a control or non-ASCII byte inside the frame"));
    if (body.size() < 7 || body.at(0) != '*')
        return TapeFrame::rejected(
            protocol(), raw,
            tr("truncated frame: %1 bytes, too short for * + 4 digits + 2 status letters").arg(body.size()));
    int count = 0;
    for (int i = 1; i <= 4; ++i) {
        const char c = body.at(i);
        if (c < '0' || c > '9')
            return TapeFrame::rejected(
                protocol(), raw,
                tr("the value is not four digits: \"%1\"").arg(QString::fromLatin1(body.mid(1, 4))));
        count = count * 10 + (c - '0');
    }
    const char state = body.at(body.size() - 2);
    const char system = body.at(body.size() - 1);
    if ((state != 'P' && state != 'S') || (system != 'M' && system != 'I')) {
        // Without its CR the frame was most likely cut short.
        const bool terminated = raw.size() > body.size();
        return TapeFrame::rejected(
            protocol(), raw,
            terminated ? tr("unknown status letters \"%1\" (P or S, then M or I)")
                             .arg(QString::fromLatin1(body.right(2)))
                       : tr("truncated frame: %1 bytes without CR and without status letters at the end")
                             .arg(body.size()));
    }
    if (count == 0)
        return TapeFrame::rejected(protocol(), raw,
                                   tr("a length of zero (the device reports no measurement)"));
    TapeReading r;
    if (system == 'M') {
        r.value = count * m_options.esTapeMetricStepMm;
        r.unit = LengthUnit::Millimetre;
    } else {
        r.value = count * m_options.esTapeImperialStepIn;
        r.unit = LengthUnit::Inch;
    }
    // Steps such as 0.1 leave a binary tail (523 x 0.1 = 52.300000000000004): keep 6 decimals.
    r.value = std::round(r.value * 1e6) / 1e6;
    r.settled = state == 'S';
    r.protocol = protocol();
    r.raw = raw;
    return TapeFrame::accept(std::move(r));
}

} // namespace wh::drivers
