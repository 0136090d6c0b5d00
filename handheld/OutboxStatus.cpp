#include "OutboxStatus.h"

#include "EventStore.h"
#include "Logging.h"

namespace wh {

OutboxStatus::OutboxStatus(db::Store &store, const Clock &clock, const QString &deviceId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_deviceId(deviceId)
{
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &OutboxStatus::refresh);
    m_timer.start();
    refresh();
}

void OutboxStatus::setDeviceId(const QString &deviceId)
{
    m_deviceId = deviceId;
    m_read = false;
    refresh();
}

void OutboxStatus::refresh()
{
    auto summary = db::EventStore(m_store).pendingSummary(m_deviceId);
    if (!summary) {
        logging::get("handheld")->warn("outbox: {}", summary.error().toString().toStdString());
        if (!m_problem) {
            m_problem = true;
            emit changed();
        }
        return;
    }
    const int pending = static_cast<int>(summary->count);
    const std::optional<qint64> oldest = summary->oldestEnqueuedMs;
    // The age moves with the clock: the text is worked out when read; emit on every read that
    // may show something new.
    const bool same = m_read && !m_problem && pending == m_pending && oldest == m_oldestMs && pending == 0;
    m_pending = pending;
    m_oldestMs = oldest;
    m_problem = false;
    m_read = true;
    if (!same)
        emit changed();
}

QString OutboxStatus::oldestText() const
{
    if (m_pending == 0 || !m_oldestMs)
        return {};
    //: %1 is how long ago, e.g. "12 min" or "just now"
    return tr("oldest %1").arg(ageText(m_clock.nowMs() - *m_oldestMs));
}

QString OutboxStatus::text() const
{
    if (m_problem && !m_read)
        return tr("Sync queue cannot be read");
    if (m_pending == 0)
        return tr("All synced");
    return tr("%Ln waiting to sync", nullptr, m_pending);
}

QString OutboxStatus::ageText(qint64 ms)
{
    const qint64 minutes = qMax<qint64>(0, ms) / 60000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        //: minutes ago, e.g. "12 min ago"
        return tr("%n min ago", nullptr, static_cast<int>(minutes));
    if (minutes < 48 * 60)
        //: hours ago
        return tr("%n h ago", nullptr, static_cast<int>(minutes / 60));
    return tr("%n days ago", nullptr, static_cast<int>(minutes / (24 * 60)));
}

} // namespace wh
