#pragma once

#include "LaborCost.h"
#include "Result.h"
#include "Store.h"

#include <QDate>

#include <functional>
#include <vector>

namespace wh::reports {

// Keeps the daily summaries (daily_summaries, worker_daily) that every report reads, so no view
// totals raw punches, and their roll-ups: daily_activity_summaries (per site, business day and
// activity, the employment types added up) and monthly_summaries (per site, month and activity),
// each exactly the sums of the daily_summaries rows under it.
//
//  - rebuildAll() totals every business day again from the punch intervals and units rows.
//  - rebuildDirty() totals again only what the dirty keys name (summary_dirty: a punch, a units
//    entry or a correction marked them) and clears those keys.
//
// The unit of work is one business day across all sites: a worker's day is costed as a whole (the
// statutory break is spread over all its direct intervals and overtime counts from its first
// second), so a change to one interval can move the cost of every activity the worker touched that
// day, and a worker may work at two sites in one day. A dirty key therefore re-totals its whole
// business day; the rows written are exactly those a full rebuild writes for that day, so
// dirty == full, row by row. Both are idempotent. Each run is one transaction: a reader sees the
// old totals or the new ones.
//
// Costing (core/LaborCost.h): the wage of an interval is the rate of its employment type (in force
// on the business day, from the worker's history, as stored on the interval) at its site, in force
// on the business day. Yen are rounded once per summary row. Open intervals are not totalled (the
// running shift shows on the live board); forgotten ones are, and their seconds are also kept in
// forgotten_s so anomaly checks can name them.
//
// A full rebuild of a WAL file store, called outside any transaction of the caller, reads and costs
// the days on reader threads with read-only connections of their own while the caller's connection
// writes (the same code per day as the dirty rebuild; the readers' snapshot is the one the writer
// holds the write lock on).
class SummaryBuilder {
public:
    explicit SummaryBuilder(db::Store &store);

    struct Stats {
        qint64 days = 0;
        qint64 intervals = 0;
        qint64 unitsRows = 0;
        qint64 summaryRows = 0;
        qint64 workerRows = 0;
        qint64 dirtyKeys = 0;    // keys cleared (dirty runs)
        qint64 uncostedDays = 0; // worker-days the cost rules refused (overlaps): costed plainly, logged
        qint64 missingWages = 0; // intervals whose type has no rate at the site on that day: cost 0
    };
    // Called with days done and days in all; return false to cancel (nothing is committed).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    [[nodiscard]] Result<Stats> rebuildAll(const Progress &progress = {});
    [[nodiscard]] Result<Stats> rebuildDirty(const Progress &progress = {});

    // How many reader threads a full rebuild may use (default 2, none on a single core; 0:
    // everything on the caller's thread and connection; the same rows either way).
    void setReaderThreads(int count);

    // Totals daily_activity_summaries and monthly_summaries again from daily_summaries as they stand
    // (for summaries written by hand, e.g. in tests; the rebuilds keep them themselves).
    [[nodiscard]] Status rebuildRollups();

private:
    [[nodiscard]] Result<Stats> rebuild(bool all, const Progress &progress);
    db::Store &m_store;
    int m_readers = 2;
};

// The labor rules of every site (defaults where a site has no row: statutory break on, premiums off).
[[nodiscard]] Result<std::map<QString, LaborRules>> loadLaborRules(db::Store &store);

} // namespace wh::reports
