#pragma once

#include "Event.h"
#include "PunchInterval.h"
#include "Result.h"
#include "Store.h"

#include <QSqlQuery>

#include <optional>
#include <vector>

namespace wh::db {

// Punch intervals: derived from punch events, written only by EventProjector.
class PunchIntervalRepository {
public:
    explicit PunchIntervalRepository(Store &store)
        : m_store(store)
    {
    }
    [[nodiscard]] Status insert(const PunchInterval &interval);
    // Inserts, or replaces the interval with the same start event (closing an open one).
    [[nodiscard]] Status upsert(const PunchInterval &interval);
    // The worker's open interval, if any.
    [[nodiscard]] Result<std::optional<PunchInterval>> openFor(const QString &workerCode);
    [[nodiscard]] Result<std::vector<PunchInterval>> openAtSite(const QString &siteCode);
    [[nodiscard]] Status clear();
    [[nodiscard]] Result<std::vector<PunchInterval>> forWorker(const QString &workerCode, qint64 fromMs,
                                                               qint64 toMs);
    [[nodiscard]] Result<std::vector<PunchInterval>> forBusinessDay(const QString &siteCode,
                                                                    const QDate &day);
    [[nodiscard]] Result<qint64> count(std::optional<IntervalStatus> status = std::nullopt);

private:
    [[nodiscard]] Status write(const PunchInterval &interval, bool replace);
    Store &m_store;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_upsert;
    std::optional<QSqlQuery> m_openFor;
};

// A units fact derived from a units.counted event.
struct UnitsRecord {
    QUuid eventId;
    UnitsPayload units;
    QDate businessDay;
    qint64 occurredAtMs = 0;
};

class UnitsRepository {
public:
    explicit UnitsRepository(Store &store)
        : m_store(store)
    {
    }
    [[nodiscard]] Status insert(const UnitsRecord &record);
    [[nodiscard]] Status clear();
    [[nodiscard]] Result<qint64> totalQuantity();
    [[nodiscard]] Result<qint64> count();

private:
    Store &m_store;
    std::optional<QSqlQuery> m_insert;
};

// Builds the derived tables from the event log. rebuild() replaces them in one transaction, so a
// reader sees either the old tables or the new ones.
class EventProjector {
public:
    explicit EventProjector(Store &store, qint64 maxShiftMs = 16LL * 3600 * 1000)
        : m_store(store)
        , m_maxShiftMs(maxShiftMs)
    {
    }

    struct Summary {
        qint64 punchEvents = 0;
        qint64 intervals = 0;
        qint64 openIntervals = 0;
        qint64 forgottenIntervals = 0;
        qint64 unitsEvents = 0;
        qint64 strayPunches = 0;
        qint64 rejectedEvents = 0; // malformed or unknown references: kept in the log, left out here
    };
    // `nowMs` decides which open shifts are past the maximum length (closed as forgotten).
    [[nodiscard]] Result<Summary> rebuild(qint64 nowMs);

private:
    Store &m_store;
    qint64 m_maxShiftMs;
};

} // namespace wh::db
