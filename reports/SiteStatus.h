#pragma once

#include "MasterData.h"
#include "Result.h"
#include "Store.h"

#include <QDate>

namespace wh::reports {

// What is happening at one site now: the kiosk's idle screen and the handheld's home screen show it.
struct SiteStatus {
    QString siteCode;
    QDate today;        // the site's current business day
    qint64 onShift = 0; // distinct workers with an open punch interval (working or on a break)
    qint64 onBreak = 0; // of those, the ones on a break activity
    // The latest business day with punches at the site, up to today (invalid when there is none),
    // and its figures (work time excludes breaks).
    QDate latestDay;
    qint64 latestDayWorkers = 0;
    qint64 latestDayWorkSeconds = 0;
    qint64 latestDayUnits = 0;
};

// Reads the status of `site` at the instant `nowMs`. A few indexed queries: cheap enough for a
// timer on the thread that owns the store connection. Call on one thread per `store` connection.
[[nodiscard]] Result<SiteStatus> siteStatus(db::Store &store, const Site &site, qint64 nowMs);

} // namespace wh::reports
