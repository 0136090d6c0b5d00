#pragma once

#include "Event.h"
#include "Result.h"
#include "Store.h"

#include <QSqlQuery>

#include <optional>
#include <vector>

namespace wh::db {

// A measurement row: derived from a measurement event (migration 0008).
struct MeasurementRecord {
    QUuid eventId;
    QString deviceId;
    qint64 occurredAtMs = 0;
    MeasurementPayload measurement;
    QUuid supersededBy; // null: the point's latest value
};

// The measurements table, written only by EventProjector (and read by anyone). Each value's
// `superseded_by` names the next value of the same item and point in (occurred time, event id)
// order, whatever order the events are derived in, so a catch-up and a rebuild give the same rows.
// Use on the store connection's thread.
class MeasurementRepository {
public:
    explicit MeasurementRepository(Store &store)
        : m_store(store)
    {
    }
    // Adds the row of `event` (a measurement whose payload is `m`) and links it into its point's
    // chain of values.
    [[nodiscard]] Status insert(const Event &event, const MeasurementPayload &m);
    [[nodiscard]] Status clear();
    // The item's values in order (point by point as measured: occurred time, then event id);
    // `latestOnly` leaves out the superseded ones.
    [[nodiscard]] Result<std::vector<MeasurementRecord>> forItem(const QString &itemId,
                                                                 bool latestOnly = false);
    [[nodiscard]] Result<qint64> count();

private:
    Store &m_store;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_next;
    std::optional<QSqlQuery> m_linkPrevious;
};

} // namespace wh::db
