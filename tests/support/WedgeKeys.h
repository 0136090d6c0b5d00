#pragma once

// Timed key events for the tests of keyboard-wedge detectors (header-only; include it from a test
// that links wh_drivers): key tables, replay as the programs drive a detector, and the keys that
// came out.
#include "KeyBurst.h"

#include <QString>

#include <initializer_list>
#include <iterator>
#include <vector>

namespace wh::test {

using Keys = std::vector<drivers::WedgeKey>;

// `text` typed with the given gaps (the last one repeats) after a start time; '\n' is Enter, '\t'
// Tab, GS (0x1D) Ctrl+].
inline Keys keys(const QString &text, qint64 start, std::initializer_list<int> gaps)
{
    using drivers::WedgeKey;
    Keys out;
    qint64 t = start;
    auto gap = gaps.begin();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0) {
            t += *gap;
            if (gap + 1 != gaps.end())
                ++gap;
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            out.push_back(WedgeKey::enter(t));
        else if (c == QLatin1Char('\t'))
            out.push_back(WedgeKey::tab(t));
        else if (c == QChar(0x1D))
            out.push_back(WedgeKey::groupSeparator(t));
        else
            out.push_back(WedgeKey::character(t, c));
    }
    return out;
}

inline Keys operator+(Keys a, const Keys &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// Replays `events` as a program would: silence() whenever the deadline passed before the next key,
// and once at the end.
template <typename Detector>
std::vector<typename Detector::Output> replay(Detector &detector, const Keys &events)
{
    std::vector<typename Detector::Output> out;
    auto append = [&out](std::vector<typename Detector::Output> more) {
        std::move(more.begin(), more.end(), std::back_inserter(out));
    };
    for (const drivers::WedgeKey &key : events) {
        if (auto deadline = detector.silenceDeadlineMs(); deadline && *deadline <= key.timestampMs)
            append(detector.silence());
        append(detector.keyPressed(key));
    }
    append(detector.silence());
    return out;
}

// A key as text: ⏎ Enter, ⇥ Tab, ^x with Control.
inline QString keyText(const drivers::WedgeKey &k)
{
    if (k.key == Qt::Key_Return || k.key == Qt::Key_Enter)
        return QStringLiteral("⏎");
    if (k.key == Qt::Key_Tab)
        return QStringLiteral("⇥");
    if (k.modifiers & Qt::ControlModifier)
        return QStringLiteral("^") + k.text;
    return k.text;
}

// Every key that came out, in order: typed ones, and those inside a read's or a rejection's keys.
template <typename Output>
Keys keysOut(const std::vector<Output> &outputs)
{
    Keys all;
    for (const Output &o : outputs) {
        if (o.kind == Output::Kind::Typed)
            all.push_back(o.key);
        else
            all.insert(all.end(), o.keys.begin(), o.keys.end());
    }
    return all;
}

} // namespace wh::test
