#include "BadgeKeyInput.h"

#include <QKeyEvent>

namespace wh {

BadgeKeyInput::BadgeKeyInput(const Clock &clock, QObject *parent,
                             drivers::KeyboardWedgeDetector::Options options)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_detector(std::move(options))
{
}

void BadgeKeyInput::clear()
{
    m_detector = drivers::KeyboardWedgeDetector(m_options);
}

bool BadgeKeyInput::readBurst(const QString &text)
{
    // The reader's own rules judge the burst: its keys 1 ms apart, then the terminator (or silence).
    using Detector = drivers::KeyboardWedgeDetector;
    Detector detector(m_options);
    // Emits the first answer among `outputs`; true when there was one.
    auto answered = [this](const std::vector<Detector::Output> &outputs) {
        for (const Detector::Output &out : outputs) {
            if (out.kind == Detector::Output::Kind::BadgeRead) {
                emit badgeRead(out.badgeId);
                return true;
            }
            if (out.kind == Detector::Output::Kind::BadgeRejected) {
                emit badgeRejected(out.error);
                return true;
            }
        }
        return false;
    };
    qint64 t = 1000;
    for (const QChar c : text)
        if (answered(detector.keyPressed(drivers::WedgeKey::character(t++, c))))
            return true;
    if (m_options.terminator == drivers::WedgeTerminator::Enter &&
        answered(detector.keyPressed(drivers::WedgeKey::enter(t))))
        return true;
    if (m_options.terminator == drivers::WedgeTerminator::Tab &&
        answered(detector.keyPressed(drivers::WedgeKey::tab(t))))
        return true;
    return answered(detector.silence());
}

bool BadgeKeyInput::handleKey(const QKeyEvent &event)
{
    using Detector = drivers::KeyboardWedgeDetector;
    Detector::Key key;
    key.timestampMs = m_clock.nowMs();
    key.key = event.key();
    key.text = event.text();
    key.modifiers = event.modifiers();
    // A burst held past its silence deadline is over before this key counts (no timer needed: on
    // these screens held digits have nowhere to go but a badge).
    if (const auto deadline = m_detector.silenceDeadlineMs(); deadline && key.timestampMs > *deadline)
        (void)m_detector.silence();

    bool badgeEnded = false;
    for (const Detector::Output &out : m_detector.keyPressed(key)) {
        switch (out.kind) {
        case Detector::Output::Kind::BadgeRead:
            badgeEnded = true;
            emit badgeRead(out.badgeId);
            break;
        case Detector::Output::Kind::BadgeRejected:
            badgeEnded = true;
            emit badgeRejected(out.error);
            break;
        case Detector::Output::Kind::Typed: break; // typed digits have no field here
        }
    }
    const bool isDigit = key.text.size() == 1 && key.text.at(0).isDigit() && key.text.at(0).unicode() < 128;
    if (isDigit || badgeEnded)
        return true;
    // Any other key (arrows, Tab, an Enter that ended no burst) goes on to the focused widget.
    return false;
}

} // namespace wh
