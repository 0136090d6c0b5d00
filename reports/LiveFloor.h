#pragma once

#include "MasterData.h"
#include "PunchStateMachine.h"
#include "Result.h"
#include "Store.h"

#include <QString>

#include <vector>

namespace wh::reports {

// Who is doing what right now at one site, and since when: the data of the manager's live board.
struct LiveWorker {
    QString workerCode;
    QString workerName;
    QString activityCode;
    QString blockCode;
    ActivityKind kind = ActivityKind::Direct;
    qint64 sinceMs = 0;      // on this activity since
    qint64 shiftStartMs = 0; // on shift since
    QString deviceId;        // where the last punch was made
};

struct LiveActivity {
    QString activityCode;
    QString nameJa;
    QString nameEn;
    QString blockCode;
    ActivityKind kind = ActivityKind::Direct;
    int workers = 0;
    qint64 longestSinceMs = 0; // the earliest start among them (the longest on it)
};

struct LiveFloor {
    QString siteCode;
    qint64 atMs = 0;
    std::vector<LiveWorker> workers;      // by activity, then longest first
    std::vector<LiveActivity> activities; // activities with someone on them, in tree order
    int onShift = 0;
    int onBreak = 0;
};

// Open intervals at `siteCode` whose shift is not past the maximum length at `nowMs` (those are
// forgotten punches, not people on the floor).
[[nodiscard]] Result<LiveFloor> liveFloor(db::Store &store, const QString &siteCode, qint64 nowMs,
                                          qint64 maxShiftMs = PunchStateMachine::kDefaultMaxShiftMs);

} // namespace wh::reports
