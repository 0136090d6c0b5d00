#pragma once

#include "Event.h"
#include "PunchInterval.h"
#include "PunchIntervalBuilder.h"
#include "Result.h"
#include "Store.h"

#include <QSqlQuery>

#include <functional>
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
    [[nodiscard]] Result<std::optional<PunchInterval>> find(const QUuid &startEventId);
    [[nodiscard]] Status remove(const QUuid &startEventId);
    // The correction flag: the correction event that last changed or added the interval.
    [[nodiscard]] Status setCorrectedBy(const QUuid &startEventId, const QUuid &correctionEventId);
    // The worker's open interval, if any.
    [[nodiscard]] Result<std::optional<PunchInterval>> openFor(const QString &workerCode);
    [[nodiscard]] Result<std::vector<PunchInterval>> openAtSite(const QString &siteCode);
    // The worker's open interval (however old) and every other interval of theirs that started at
    // or after `sinceMs`, in one read (the kiosk's card).
    [[nodiscard]] Result<std::vector<PunchInterval>> recentFor(const QString &workerCode, qint64 sinceMs);
    // The business day of the worker's closed (or forgotten) interval that covers `atMs`, if any.
    [[nodiscard]] Result<std::optional<QDate>> closedShiftDayAt(const QString &workerCode, qint64 atMs);
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
    std::optional<QSqlQuery> m_recentFor;
    std::optional<QSqlQuery> m_shiftDayAt;
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

// Summary keys (site, business day, activity, employment type) whose daily totals are out of date:
// marked by the derivation for every interval and units row it writes, and by corrections (old and
// new key); `wh aggregate --dirty` re-totals them and clears them.
class SummaryDirtyRepository {
public:
    explicit SummaryDirtyRepository(Store &store)
        : m_store(store)
    {
    }
    [[nodiscard]] Status mark(const QString &site, const QDate &day, const QString &activity,
                              const QString &employmentType);
    [[nodiscard]] Status mark(const PunchInterval &interval);
    // Marks the keys of every derived row and every summary row (after a rebuild of the derived tables).
    [[nodiscard]] Status markEverything();
    [[nodiscard]] Result<qint64> count();

private:
    Store &m_store;
    std::optional<QSqlQuery> m_mark;
};

// What deriving needs to know of the master data: the sites' business days, the workers'
// employment types, the devices' kinds, which workers and activities exist. load() reads it from
// the store; the punch service passes the copy it keeps in memory.
struct ProjectionContext {
    PunchIntervalBuilder::Lookups lookups;
    std::function<bool(const QString &workerCode)> workerKnown;
    std::function<bool(const QString &activityCode)> activityKnown;

    [[nodiscard]] static Result<ProjectionContext> load(Store &store);
};

// Builds the derived tables (punch intervals, units, measurements) from the event log.
//  - rebuild() replaces them in one transaction, so a reader sees either the old tables or the new.
//  - catchUp() derives only the events appended since the checkpoint (the rowid of the last event
//    derived), in the order they were appended, continuing each worker's open interval as stored,
//    and moves the checkpoint in the same transaction: running it twice derives nothing twice.
// A punch commits its event first (that is what the worker waits for) and catches up right after;
// whoever opens the store next catches up on what a crash in between left behind.
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
        qint64 measurementEvents = 0; // measurement rows derived
        qint64 strayPunches = 0;
        qint64 rejectedEvents = 0; // malformed or unknown references: kept in the log, left out here
    };
    // `nowMs` decides which open shifts are past the maximum length (closed as forgotten).
    [[nodiscard]] Result<Summary> rebuild(qint64 nowMs);
    // Derives the events appended since the checkpoint (see above).
    [[nodiscard]] Result<Summary> catchUp(const ProjectionContext &context);
    [[nodiscard]] Result<Summary> catchUp();
    // Whether events were appended since the checkpoint (one cheap read).
    [[nodiscard]] Result<bool> behind();

private:
    // Checks a punch or units event against the context: false (and a warning) when it is left out.
    [[nodiscard]] static bool acceptable(const Event &event, const ProjectionContext &context);
    // Applies a correction to the stored intervals and marks the keys it touches (old and new).
    // Returns false when the correction does not apply (its interval is gone or still open).
    [[nodiscard]] static Result<bool> applyCorrection(const Event &event, const ProjectionContext &context,
                                                      PunchIntervalRepository &intervals,
                                                      SummaryDirtyRepository &dirty);

    Store &m_store;
    qint64 m_maxShiftMs;
    std::optional<QSqlQuery> m_behind;
};

} // namespace wh::db
