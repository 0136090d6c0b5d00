#pragma once

#include "DerivedRepositories.h"
#include "Event.h"
#include "EventStore.h"
#include "Result.h"
#include "Store.h"

#include <optional>

namespace wh::db {

// Corrections of punch intervals after the fact (a leader in the manager viewer, `wh correct`, the
// official attendance import). Each is checked, recorded as a PunchCorrection event (who, when,
// why: the append-only audit trail), derived into the intervals at once and marks the summary keys
// it touches (old and new) for `wh aggregate --dirty`.
//
// Refused with a clear error, nothing recorded: no reason or no author; an interval that does not
// exist or is still open (the worker switches at the kiosk instead); an activity not offered at
// the interval's site; times that end before they start, lie in the future, are longer
// than the longest shift, or overlap another interval of the worker.
class CorrectionService {
public:
    CorrectionService(Store &store, const Clock &clock, QString deviceId);

    // Appends one correction; returns the stored event. `payload.workerCode`/`siteCode` are filled
    // from the interval for change and remove.
    [[nodiscard]] Result<Event> apply(CorrectionPayload payload);

private:
    [[nodiscard]] Status check(CorrectionPayload &payload);
    // The master data the derivation needs, loaded once and again only when reference_version moves
    // (an attendance import applies thousands of corrections through one service).
    [[nodiscard]] Result<const ProjectionContext *> context();
    Store &m_store;
    std::optional<ProjectionContext> m_context;
    qint64 m_contextVersion = -1;
    const Clock &m_clock;
    QString m_deviceId;
};

} // namespace wh::db
