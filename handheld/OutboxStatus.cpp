#include "OutboxStatus.h"

#include "Logging.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

namespace wh {

OutboxStatus::OutboxStatus(db::Store &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
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
    // Every record: both from the partial index outbox_pending (enqueued_at_ms WHERE sent_at_ms IS
    // NULL). One device's: its events by the (device_id, sequence) key, each's outbox row by its key.
    auto q = db::prepare(
        m_store.connection(),
        m_deviceId.isEmpty()
            ? QStringLiteral("SELECT count(*), min(enqueued_at_ms) FROM outbox WHERE sent_at_ms IS NULL")
            : QStringLiteral("SELECT count(*), min(o.enqueued_at_ms) FROM events e JOIN outbox o ON o.event_id = e.id "
                             "WHERE e.device_id = ? AND o.sent_at_ms IS NULL"));
    if (q && !m_deviceId.isEmpty())
        q->addBindValue(m_deviceId);
    Status done = q ? db::exec(*q, QStringLiteral("outbox pending")) : Status(q.error());
    if (!done) {
        logging::get("handheld")->warn("outbox: {}", done.error().toString().toStdString());
        if (!m_problem) {
            m_problem = true;
            emit changed();
        }
        return;
    }
    int pending = 0;
    std::optional<qint64> oldest;
    if (q->next()) {
        pending = q->value(0).toInt();
        if (!q->value(1).isNull())
            oldest = q->value(1).toLongLong();
    }
    q->finish();
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
