#pragma once

// Tape frames as one line of text each, for the tape tests: "reading 1234 mm settled #5",
// "duplicate 1234 mm settled", "message: display unit: mm (code 3)", "rejected: CRC error: ...".
// An expected line "rejected: CRC error" matches any rejection whose reason contains "CRC error".
#include "TapeDecoder.h"
#include "TapeReading.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace wh::test {

inline QString frameText(const drivers::TapeFrame &f)
{
    using Kind = drivers::TapeFrame::Kind;
    auto reading = [&f] {
        return QStringLiteral("%1 mm %2%3")
            .arg(f.reading.millimetresText(),
                 f.reading.settled ? QStringLiteral("settled") : QStringLiteral("live"),
                 f.reading.sequenceFromDevice ? QStringLiteral(" #%1").arg(f.reading.sequence) : QString());
    };
    switch (f.kind) {
    case Kind::Reading: return QStringLiteral("reading ") + reading();
    case Kind::Duplicate: return QStringLiteral("duplicate ") + reading();
    case Kind::Message: return QStringLiteral("message: ") + f.detail;
    case Kind::Rejected: return QStringLiteral("rejected: ") + f.detail;
    }
    return {};
}

inline QStringList framesText(const std::vector<drivers::TapeFrame> &frames)
{
    QStringList out;
    for (const auto &f : frames)
        out << frameText(f);
    return out;
}

// Whether `actual` lines match `expected` ones (readings exactly; messages and rejections by a
// part of their text).
inline bool framesMatch(const QStringList &actual, const QStringList &expected)
{
    if (actual.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QString &e = expected[i];
        const qsizetype colon = e.indexOf(QLatin1String(": "));
        if (colon > 0 &&
            (e.startsWith(QLatin1String("rejected")) || e.startsWith(QLatin1String("message")))) {
            if (!actual[i].startsWith(e.left(colon + 2)) || !actual[i].contains(e.mid(colon + 2)))
                return false;
        } else if (actual[i] != e) {
            return false;
        }
    }
    return true;
}

// Feeds `chunks` in order (then flushes when `flush`) and collects the frames.
inline std::vector<drivers::TapeFrame> feedAll(drivers::TapeDecoder &decoder, const QList<QByteArray> &chunks,
                                               bool flush = true, const QString &channel = {})
{
    std::vector<drivers::TapeFrame> all;
    for (const QByteArray &chunk : chunks) {
        auto frames = decoder.feed(chunk, channel);
        all.insert(all.end(), frames.begin(), frames.end());
    }
    if (flush) {
        auto frames = decoder.flush();
        all.insert(all.end(), frames.begin(), frames.end());
    }
    return all;
}

// Each byte of `bytes` as its own chunk.
inline QList<QByteArray> byteByByte(const QByteArray &bytes)
{
    QList<QByteArray> chunks;
    for (char c : bytes)
        chunks << QByteArray(1, c);
    return chunks;
}

// Every byte fed, in order, from the frames' raw bytes.
inline QByteArray rawOf(const std::vector<drivers::TapeFrame> &frames)
{
    QByteArray all;
    for (const auto &f : frames)
        all += f.raw;
    return all;
}

} // namespace wh::test
