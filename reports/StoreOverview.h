#pragma once

#include "Result.h"
#include "Store.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace wh::reports {

// What a store holds, counted: `wh info` prints it, the programs show it.
struct StoreCounts {
    qint64 sites = 0;
    qint64 employmentTypes = 0;
    qint64 workers = 0;
    qint64 activities = 0;
    qint64 devices = 0;
    qint64 events = 0;
    qint64 punches = 0;        // punch events
    qint64 punchIntervals = 0; // derived
    qint64 forgottenIntervals = 0;
    qint64 businessDays = 0; // distinct business days with punch intervals
    qint64 unitsEvents = 0;
    qint64 units = 0; // total units processed
    qint64 outboxPending = 0;
    QDate firstBusinessDay;
    QDate lastBusinessDay;
    QStringList siteCodes;
    int schemaVersion = 0;
};

[[nodiscard]] Result<StoreCounts> countStore(db::Store &store);

// One site over a period of business days, per block: the manager's first screen.
struct BlockFigures {
    QString blockCode;
    QString nameJa;
    QString nameEn;
    qint64 workers = 0;     // distinct workers who punched into the block
    qint64 workSeconds = 0; // direct + indirect (breaks excluded)
    qint64 units = 0;
};

struct PeriodOverview {
    QString siteCode;
    QDate from;
    QDate to;
    qint64 businessDays = 0;
    qint64 punches = 0; // intervals started (one per clock-in, switch or break)
    qint64 workers = 0;
    qint64 workSeconds = 0;
    qint64 breakSeconds = 0;
    qint64 units = 0;
    std::vector<BlockFigures> blocks; // in block order, all blocks even when empty
};

// Figures from the derived tables for `siteCode` from `from` to `to` (business days, inclusive).
[[nodiscard]] Result<PeriodOverview> periodOverview(db::Store &store, const QString &siteCode,
                                                    const QDate &from, const QDate &to);

} // namespace wh::reports
