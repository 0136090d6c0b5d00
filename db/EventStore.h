#pragma once

#include "Event.h"
#include "Result.h"
#include "SqlSupport.h"
#include "Store.h"
#include "UuidV7.h"

#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace wh::db {

// The immutable event log and its outbox. append() writes the event and its outbox row in one
// transaction: both are stored or neither is. Events are never updated or deleted (the schema's
// triggers refuse it). Use on one thread.
class EventStore {
public:
    explicit EventStore(Store &store);
    // `ids` makes new ids and `clock` stamps recorded-at (the demo passes seeded and simulated ones).
    EventStore(Store &store, UuidV7Generator &ids, const Clock &clock);

    // Records `event` durably (one commit). A null id gets a fresh UUIDv7; the sequence is always
    // assigned here: the device's last sequence + 1. Returns the event as stored.
    [[nodiscard]] Result<Event> append(Event event);
    // Records many events in one transaction (each with its outbox row); all or none.
    [[nodiscard]] Result<std::vector<Event>> appendAll(std::vector<Event> events);

    // Events in occurred order, optionally of some kinds only; `visit` returns false to stop.
    [[nodiscard]] Status forEach(const std::vector<EventKind> &kinds,
                                 const std::function<bool(const Event &)> &visit);
    [[nodiscard]] Result<Event> find(const QUuid &id);
    [[nodiscard]] Result<qint64> count(std::optional<EventKind> kind = std::nullopt);
    [[nodiscard]] Result<qint64> lastSequence(const QString &deviceId);

    // Outbox: the oldest events not yet sent, and marking them sent or failed.
    [[nodiscard]] Result<std::vector<Event>> pendingOutbox(int limit);
    [[nodiscard]] Result<qint64> pendingCount();
    // What waits to be sent: how many, and the oldest one's enqueue time (none when nothing waits);
    // `deviceId` non-empty: only that device's events. Every record: from the partial index
    // outbox_pending; one device's: its events by their device key, each one's outbox row by its key.
    struct PendingSummary {
        qint64 count = 0;
        std::optional<qint64> oldestEnqueuedMs;
    };
    [[nodiscard]] Result<PendingSummary> pendingSummary(const QString &deviceId = {});
    [[nodiscard]] Status markSent(const std::vector<QUuid> &ids, qint64 nowMs);
    [[nodiscard]] Status markFailed(const QUuid &id, const QString &error, qint64 nowMs);

    // Tests only: called between the event row and its outbox row; an error aborts the append.
    enum class FaultPoint { BetweenEventAndOutbox };
    void setFaultInjector(std::function<Status(FaultPoint)> injector)
    {
        m_faultInjector = std::move(injector);
    }

private:
    [[nodiscard]] Status insertOne(Event &event, QHash<QString, qint64> &nextSequence, qint64 recordedAtMs);
    [[nodiscard]] Status ensurePrepared();

    Store &m_store;
    const Clock &m_clock;
    std::unique_ptr<UuidV7Generator> m_ownIds;
    UuidV7Generator *m_ids;
    std::function<Status(FaultPoint)> m_faultInjector;
    std::unique_ptr<SqliteStatement> m_insertEvent;
    std::unique_ptr<SqliteStatement> m_insertOutbox;
    std::unique_ptr<SqliteStatement> m_maxSequence;
};

// Reads an event row (id, device_id, sequence, kind, occurred_at_ms, payload) into an Event.
[[nodiscard]] Result<Event> eventFromRow(const QSqlQuery &query);

} // namespace wh::db
