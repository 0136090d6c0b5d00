#include "EventStore.h"

#include "SqlSupport.h"

#include <QJsonDocument>
#include <QVariant>

namespace wh::db {

namespace {
const QString kEventColumns = QStringLiteral("id, device_id, sequence, kind, occurred_at_ms, payload");
}

Result<Event> eventFromRow(const QSqlQuery &query)
{
    Event e;
    e.id = QUuid::fromString(query.value(0).toString());
    e.deviceId = query.value(1).toString();
    e.sequence = query.value(2).toLongLong();
    const QString kind = query.value(3).toString();
    const auto parsedKind = eventKindFromName(kind);
    if (!parsedKind)
        return Error(ErrorCode::Parse, QStringLiteral("unknown event kind"), kind);
    e.kind = *parsedKind;
    e.occurredAtMs = query.value(4).toLongLong();
    QJsonParseError parseError{};
    const QByteArray raw = query.value(5).toByteArray();
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::Parse, QStringLiteral("event payload is not a JSON object"),
                     QString::fromUtf8(raw));
    e.payload = doc.object();
    return e;
}

EventStore::EventStore(Store &store)
    : m_store(store)
    , m_clock(store.clock())
    , m_ownIds(std::make_unique<UuidV7Generator>(store.clock()))
    , m_ids(m_ownIds.get())
{
}

EventStore::EventStore(Store &store, UuidV7Generator &ids, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_ids(&ids)
{
}

Status EventStore::ensurePrepared()
{
    if (m_insertEvent)
        return {};
    // Every punch appends here: the three statements go straight to SQLite on Qt's own connection
    // (QSqlQuery's per-call QVariant work was a third of a punch's own cost).
    sqlite3 *handle = sqliteHandle(m_store.connection());
    if (!handle)
        return Error(ErrorCode::Internal, QStringLiteral("the event log needs an SQLite store"),
                     m_store.path());
    auto insertEvent = std::make_unique<SqliteStatement>();
    auto insertOutbox = std::make_unique<SqliteStatement>();
    auto maxSequence = std::make_unique<SqliteStatement>();
    WH_TRY(insertEvent->prepare(handle, "INSERT INTO events (id, device_id, sequence, kind, occurred_at_ms, "
                                        "recorded_at_ms, payload) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    WH_TRY(insertOutbox->prepare(handle, "INSERT INTO outbox (event_id, enqueued_at_ms) VALUES (?, ?)"));
    WH_TRY(maxSequence->prepare(handle, "SELECT COALESCE(MAX(sequence), 0) FROM events WHERE device_id = ?"));
    m_insertEvent = std::move(insertEvent);
    m_insertOutbox = std::move(insertOutbox);
    m_maxSequence = std::move(maxSequence);
    return {};
}

Status EventStore::insertOne(Event &event, QHash<QString, qint64> &nextSequence, qint64 recordedAtMs)
{
    if (event.deviceId.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("an event needs a device id"));
    if (event.id.isNull())
        event.id = m_ids->next();
    const QByteArray device = event.deviceId.toUtf8();
    auto seq = nextSequence.find(event.deviceId);
    if (seq == nextSequence.end()) {
        m_maxSequence->bindText(1, device);
        auto row = m_maxSequence->step();
        const qint64 last = row && *row ? m_maxSequence->int64(0) : 0;
        m_maxSequence->reset();
        if (!row)
            return Error(row.error().code(), row.error().message(),
                         QStringLiteral("sequence of device ") + event.deviceId);
        seq = nextSequence.insert(event.deviceId, last + 1);
    }
    event.sequence = (*seq)++;

    const QByteArray id = uuidText(event.id).toLatin1();
    const QByteArray kind = eventKindName(event.kind).toUtf8();
    const QByteArray payload = QJsonDocument(event.payload).toJson(QJsonDocument::Compact);
    m_insertEvent->bindText(1, id);
    m_insertEvent->bindText(2, device);
    m_insertEvent->bindInt64(3, event.sequence);
    m_insertEvent->bindText(4, kind);
    m_insertEvent->bindInt64(5, event.occurredAtMs);
    m_insertEvent->bindInt64(6, recordedAtMs);
    m_insertEvent->bindText(7, payload);
    if (auto s = m_insertEvent->run(); !s)
        return Error(s.error().code(), s.error().message(),
                     QStringLiteral("event ") + QString::fromLatin1(id));

    if (m_faultInjector)
        WH_TRY(m_faultInjector(FaultPoint::BetweenEventAndOutbox));

    m_insertOutbox->bindText(1, id);
    m_insertOutbox->bindInt64(2, recordedAtMs);
    if (auto s = m_insertOutbox->run(); !s)
        return Error(s.error().code(), s.error().message(),
                     QStringLiteral("outbox ") + QString::fromLatin1(id));
    return {};
}

Result<Event> EventStore::append(Event event)
{
    auto stored = appendAll({std::move(event)});
    if (!stored)
        return stored.error();
    return std::move(stored->front());
}

Result<std::vector<Event>> EventStore::appendAll(std::vector<Event> events)
{
    WH_TRY(ensurePrepared());
    Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    QHash<QString, qint64> nextSequence;
    const qint64 now = m_clock.nowMs();
    for (Event &event : events)
        WH_TRY(insertOne(event, nextSequence, now));
    WH_TRY(tx.commit());
    return events;
}

Status EventStore::forEach(const std::vector<EventKind> &kinds,
                           const std::function<bool(const Event &)> &visit)
{
    QString sql = QStringLiteral("SELECT ") + kEventColumns + QStringLiteral(" FROM events");
    if (!kinds.empty()) {
        QStringList marks;
        for (size_t i = 0; i < kinds.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" WHERE kind IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY occurred_at_ms, device_id, sequence");
    auto query = prepare(m_store.connection(), sql);
    if (!query)
        return query.error();
    for (EventKind kind : kinds)
        query->addBindValue(eventKindName(kind));
    WH_TRY(exec(*query, QStringLiteral("read events")));
    while (query->next()) {
        auto event = eventFromRow(*query);
        if (!event)
            return event.error();
        if (!visit(*event))
            break;
    }
    return {};
}

Result<Event> EventStore::find(const QUuid &id)
{
    auto query = prepare(m_store.connection(), QStringLiteral("SELECT ") + kEventColumns +
                                                   QStringLiteral(" FROM events WHERE id = ?"));
    if (!query)
        return query.error();
    query->addBindValue(uuidText(id));
    WH_TRY(exec(*query, uuidText(id)));
    if (!query->next())
        return Error(ErrorCode::NotFound, QStringLiteral("no such event"), uuidText(id));
    return eventFromRow(*query);
}

Result<qint64> EventStore::count(std::optional<EventKind> kind)
{
    auto query =
        prepare(m_store.connection(), kind ? QStringLiteral("SELECT count(*) FROM events WHERE kind = ?")
                                           : QStringLiteral("SELECT count(*) FROM events"));
    if (!query)
        return query.error();
    if (kind)
        query->addBindValue(eventKindName(*kind));
    WH_TRY(exec(*query, QStringLiteral("count events")));
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<qint64> EventStore::lastSequence(const QString &deviceId)
{
    auto query = prepare(m_store.connection(),
                         QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM events WHERE device_id = ?"));
    if (!query)
        return query.error();
    query->addBindValue(deviceId);
    WH_TRY(exec(*query, deviceId));
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<std::vector<Event>> EventStore::pendingOutbox(int limit)
{
    auto query =
        prepare(m_store.connection(),
                QStringLiteral("SELECT e.id, e.device_id, e.sequence, e.kind, e.occurred_at_ms, e.payload "
                               "FROM outbox o JOIN events e ON e.id = o.event_id WHERE o.sent_at_ms IS NULL "
                               "ORDER BY o.enqueued_at_ms, e.device_id, e.sequence LIMIT ?"));
    if (!query)
        return query.error();
    query->addBindValue(limit);
    WH_TRY(exec(*query, QStringLiteral("pending outbox")));
    std::vector<Event> out;
    while (query->next()) {
        auto event = eventFromRow(*query);
        if (!event)
            return event.error();
        out.push_back(std::move(event).value());
    }
    return out;
}

Result<qint64> EventStore::pendingCount()
{
    auto value =
        scalar(m_store.connection(), QStringLiteral("SELECT count(*) FROM outbox WHERE sent_at_ms IS NULL"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<EventStore::PendingSummary> EventStore::pendingSummary(const QString &deviceId)
{
    // One device's: its events by the (device_id, sequence) key, each one's outbox row by its key.
    // (Starting from the pending rows instead reads every device's on a shared store that has not
    // synced, as the demo's: 4x slower per tape reading in bench_handheld.)
    auto q = prepare(
        m_store.connection(),
        deviceId.isEmpty()
            ? QStringLiteral("SELECT count(*), min(enqueued_at_ms) FROM outbox WHERE sent_at_ms IS NULL")
            : QStringLiteral(
                  "SELECT count(*), min(o.enqueued_at_ms) FROM events e JOIN outbox o ON o.event_id = "
                  "e.id WHERE e.device_id = ? AND o.sent_at_ms IS NULL"));
    if (!q)
        return q.error();
    if (!deviceId.isEmpty())
        q->addBindValue(deviceId);
    WH_TRY(exec(*q, QStringLiteral("outbox pending")));
    PendingSummary summary;
    if (q->next()) {
        summary.count = q->value(0).toLongLong();
        if (!q->value(1).isNull())
            summary.oldestEnqueuedMs = q->value(1).toLongLong();
    }
    q->finish();
    return summary;
}

Status EventStore::markSent(const std::vector<QUuid> &ids, qint64 nowMs)
{
    Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    auto query = prepare(m_store.connection(),
                         QStringLiteral("UPDATE outbox SET sent_at_ms = ?, attempts = attempts + 1, "
                                        "last_attempt_at_ms = ?, last_error = NULL WHERE event_id = ?"));
    if (!query)
        return query.error();
    for (const QUuid &id : ids) {
        query->bindValue(0, nowMs);
        query->bindValue(1, nowMs);
        query->bindValue(2, uuidText(id));
        WH_TRY(exec(*query, uuidText(id)));
    }
    return tx.commit();
}

Status EventStore::markFailed(const QUuid &id, const QString &error, qint64 nowMs)
{
    auto query = prepare(m_store.connection(),
                         QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_attempt_at_ms = ?, "
                                        "last_error = ? WHERE event_id = ?"));
    if (!query)
        return query.error();
    query->addBindValue(nowMs);
    query->addBindValue(error);
    query->addBindValue(uuidText(id));
    return exec(*query, uuidText(id));
}

} // namespace wh::db
