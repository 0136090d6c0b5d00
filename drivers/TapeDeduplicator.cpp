#include "TapeDeduplicator.h"

#include <QCoreApplication>

namespace wh::drivers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::drivers::TapeDeduplicator", text);
}

} // namespace

std::optional<QString> TapeDeduplicator::check(const TapeReading &reading, qint64 atMs)
{
    if (!reading.settled)
        return std::nullopt;
    // Only the first reading after a subscription can be its replay.
    const bool afterSubscribe = m_replayPending && m_subscribedAtMs && atMs >= *m_subscribedAtMs &&
                                atMs - *m_subscribedAtMs <= m_options.replayWindowMs;
    m_replayPending = false;
    std::optional<QString> duplicate;
    if (reading.sequenceFromDevice) {
        if (m_last && m_last->sequenceFromDevice && m_last->sequence == reading.sequence &&
            m_last->value == reading.value && m_last->unit == reading.unit)
            duplicate = tr("the same measurement again (device counter %1)").arg(reading.sequence);
    } else if (m_last && m_last->value == reading.value && m_last->unit == reading.unit) {
        if (afterSubscribe)
            duplicate = tr("the last value replayed on subscribing");
        else if (atMs >= m_last->atMs && atMs - m_last->atMs <= m_options.repeatWindowMs)
            duplicate = tr("the same value again within %1 ms").arg(m_options.repeatWindowMs);
    } else if (!m_last && afterSubscribe && m_options.dropUnknownReplay) {
        duplicate = tr("a value replayed on subscribing, measured before this connection");
    }
    if (duplicate)
        return duplicate;
    m_last = Last{reading.value, reading.unit, reading.sequence, reading.sequenceFromDevice, atMs};
    return std::nullopt;
}

} // namespace wh::drivers
