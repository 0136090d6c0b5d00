#include "ScanRecorder.h"

#include "Logging.h"
#include "MasterDataRepositories.h"
#include "SqlSupport.h"

#include <QJsonDocument>
#include <QVariant>

#include <algorithm>

namespace wh::db {

ScanRecorder::ScanRecorder(Store &store, const Clock &clock, Device device, Options options)
    : m_store(store)
    , m_clock(clock)
    , m_device(std::move(device))
    , m_options(std::move(options))
    , m_ids(clock)
    , m_events(store, m_ids, clock)
{
}

Result<std::unique_ptr<ScanRecorder>> ScanRecorder::open(Store &store, const Clock &clock,
                                                         const QString &deviceId, Options options)
{
    auto device = DeviceRepository(store).find(deviceId);
    if (!device)
        return device.error();
    std::unique_ptr<ScanRecorder> recorder(
        new ScanRecorder(store, clock, std::move(device).value(), std::move(options)));
    WH_TRY(recorder->loadRecent());
    return recorder;
}

QString ScanRecorder::keyOf(const QString &workflow, const QString &text)
{
    return workflow + QChar(0x1f) + text;
}

qint64 ScanRecorder::windowOf(const QString &workflow) const
{
    return m_options.windowByWorkflow.value(workflow, m_options.defaultWindowMs);
}

Status ScanRecorder::loadRecent()
{
    // The device's scans of the longest window back: a restart in the middle of a burst of reads
    // does not record the code again.
    qint64 longest = m_options.defaultWindowMs;
    for (qint64 w : std::as_const(m_options.windowByWorkflow))
        longest = std::max(longest, w);
    if (longest <= 0)
        return {};
    // Newest first along the device's sequence (its index), until the reads are older than that.
    auto q = prepare(
        m_store.connection(),
        QStringLiteral("SELECT occurred_at_ms, kind, payload FROM events WHERE device_id = ? ORDER BY "
                       "sequence DESC"));
    if (!q)
        return q.error();
    q->addBindValue(m_device.id);
    WH_TRY(exec(*q, QStringLiteral("recent scans of ") + m_device.id));
    const qint64 from = m_clock.nowMs() - longest;
    const QString scanKind = eventKindName(EventKind::Scan);
    while (q->next()) {
        const qint64 at = q->value(0).toLongLong();
        if (at < from)
            break;
        if (q->value(1).toString() != scanKind)
            continue;
        auto scan = ScanPayload::fromJson(QJsonDocument::fromJson(q->value(2).toByteArray()).object());
        if (!scan)
            continue; // a malformed payload stays in the log; it just does not suppress anything
        const QString key = keyOf(scan->workflow, scan->text);
        if (!m_lastSeen.contains(key))
            m_lastSeen.insert(key, at);
    }
    return {};
}

Result<ScanRecorder::Outcome> ScanRecorder::record(ScanPayload scan)
{
    if (scan.text.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a scan without text is not recorded"),
                     QString::fromLatin1(scan.raw.toHex(' ')));
    if (scan.workflow.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a scan needs its workflow"), scan.text);
    scan.siteCode = m_device.siteCode;
    const qint64 now = m_clock.nowMs();
    const QString key = keyOf(scan.workflow, scan.text);
    const qint64 window = windowOf(scan.workflow);
    Outcome outcome;
    if (auto it = m_lastSeen.find(key);
        it != m_lastSeen.end() && window > 0 && now >= *it && now - *it < window) {
        outcome.duplicate = true;
        outcome.previousAtMs = *it;
        *it = now; // sliding: a code held in view stays suppressed
        return outcome;
    }
    Event e;
    e.id = m_ids.nextAt(now);
    e.deviceId = m_device.id;
    e.kind = EventKind::Scan;
    e.occurredAtMs = now;
    e.payload = scan.toJson();
    auto stored = m_events.append(std::move(e));
    if (!stored)
        return stored.error();
    m_lastSeen.insert(key, now);
    // Forget codes whose window has passed, so a long shift does not grow the map.
    if (m_lastSeen.size() > 4096) {
        for (auto it = m_lastSeen.begin(); it != m_lastSeen.end();) {
            const qint64 w = windowOf(it.key().section(QChar(0x1f), 0, 0));
            it = now - *it >= w ? m_lastSeen.erase(it) : std::next(it);
        }
    }
    outcome.event = *stored;
    return outcome;
}

} // namespace wh::db
