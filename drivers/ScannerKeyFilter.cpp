#include "ScannerKeyFilter.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace wh::drivers {

ScannerKeyFilter::ScannerKeyFilter(const Clock &clock, ScannerWedgeDetector::Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_detector(std::move(options))
{
    m_silence.setSingleShot(true);
    m_silence.setInterval(2 * std::max(1, m_options.maxGapMs));
    connect(&m_silence, &QTimer::timeout, this, &ScannerKeyFilter::onSilence);
}

void ScannerKeyFilter::clear()
{
    m_silence.stop();
    m_detector = ScannerWedgeDetector(m_options);
}

bool ScannerKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || m_replaying)
        return false;
    const auto *keyEvent = static_cast<const QKeyEvent *>(event);
    WedgeKey key;
    key.timestampMs = m_clock.nowMs();
    key.key = keyEvent->key();
    key.text = keyEvent->text();
    key.modifiers = keyEvent->modifiers();
    // A burst held past its deadline is over before this key counts.
    if (const auto deadline = m_detector.silenceDeadlineMs(); deadline && key.timestampMs >= *deadline)
        deliver(m_detector.silence(), nullptr);
    m_target = watched;
    const bool passCurrent = deliver(m_detector.keyPressed(key), &key);
    if (m_detector.isHolding())
        m_silence.start();
    else
        m_silence.stop();
    return !passCurrent;
}

void ScannerKeyFilter::onSilence()
{
    deliver(m_detector.silence(), nullptr);
}

bool ScannerKeyFilter::deliver(const std::vector<ScannerWedgeDetector::Output> &outputs,
                               const WedgeKey *current)
{
    using Kind = ScannerWedgeDetector::Output::Kind;
    for (size_t i = 0; i < outputs.size(); ++i) {
        const auto &o = outputs[i];
        switch (o.kind) {
        case Kind::Typed:
            if (current && i + 1 == outputs.size() && o.key == *current)
                return true;
            sendTyped(o.key);
            break;
        case Kind::ScanRead: emit scanned(o.code); break;
        case Kind::ScanRejected: emit scanRejected(o.error); break;
        }
    }
    return false;
}

void ScannerKeyFilter::sendTyped(const WedgeKey &key)
{
    if (!m_target)
        return;
    QKeyEvent press(QEvent::KeyPress, key.key, key.modifiers, key.text);
    m_replaying = true;
    QCoreApplication::sendEvent(m_target, &press);
    m_replaying = false;
}

} // namespace wh::drivers
