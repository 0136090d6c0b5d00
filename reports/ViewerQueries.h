#pragma once

#include "Access.h"
#include "AnomalyFlags.h"
#include "Clock.h"
#include "DailySummaries.h"
#include "Event.h"
#include "FigureQueries.h"
#include "LiveFloor.h"
#include "MasterData.h"
#include "ReportExport.h"
#include "Result.h"
#include "Store.h"
#include "StoreOverview.h"

#include <QDate>
#include <QStringList>
#include <QUuid>

namespace wh::db {
struct AttendanceImportReport;
}

namespace wh::reports {

// The manager viewer's only way to the store: every query and every correction of wh-manager goes
// through here, as the signed-in Viewer (see Access.h), so the roles hold whatever a view asks. The
// store itself is not reachable through a ViewerQueries (only its file's path is): a page holding
// one cannot call a plain query and step around the roles.
//
//  - Sites: a site the viewer may not see is refused with ErrorCode::PermissionDenied (the error's
//    context names it), never silently dropped; an empty site list means "every site the viewer
//    may see" (sites()).
//  - Costs: for a viewer who may not see costs (a leader) every Figures in every answer has
//    costHidden set and zero yen; anomaly flags of unit cost are left out and costYen is zero; a
//    report's cost columns are empty. Figures are computed by the plain queries first and then
//    stripped here, so the two paths cannot disagree on units or hours.
//  - Writes: corrections and attendance imports are made in the viewer's name (the author is
//    Viewer::account) and only at sites the viewer may see; they, and totalling the marked days
//    again, need a signed-in account.
//  - Reference data (the activity tree, what a site offers, the workers' names) is read like the
//    figures: only the viewer's sites, no PIN, employment or wage of a worker.
//
// Thread: like the plain queries, a ViewerQueries may be used from any thread; each thread uses its
// own store connection (Store::connection()). Copy it freely (it holds a reference to the store).
class ViewerQueries {
public:
    ViewerQueries(db::Store &store, Viewer viewer);

    [[nodiscard]] const Viewer &viewer() const { return m_viewer; }
    // The store file's path as it was opened, for the window to name it.
    [[nodiscard]] QString storePath() const;
    // Closes the calling thread's store connection (Store::releaseThreadConnection()): a worker
    // thread calls it as it ends.
    void releaseThreadConnection() const;

    // The sites the viewer may see, in the store's order, with their names and time zones.
    [[nodiscard]] Result<std::vector<Site>> sites() const;

    // The whole block > section > activity tree (names and standards; no figures): every viewer
    // may read it.
    struct ActivityTree {
        std::vector<Block> blocks;
        std::vector<Section> sections;
        std::vector<Activity> activities;
    };
    [[nodiscard]] Result<ActivityTree> activityTree() const;
    // The active activities offered at `site`, in tree order (what a correction there may name).
    [[nodiscard]] Result<std::vector<Activity>> offeredAt(const QString &site) const;
    // The first and last business day with figures at the viewer's sites; both invalid when those
    // sites have none yet (or the viewer has no site).
    struct DaySpan {
        QDate first;
        QDate last;
    };
    [[nodiscard]] Result<DaySpan> businessDaySpan() const;
    // The workers whose home site is one of the viewer's sites (every worker for an admin), by
    // code: what the person page looks a worker up by. No PIN hash, employment or wage.
    struct WorkerEntry {
        QString code;
        QString name;
        QString badgeId; // empty when the worker has no badge
        QString homeSite;
        bool active = true;
    };
    [[nodiscard]] Result<std::vector<WorkerEntry>> workers() const;

    [[nodiscard]] Result<std::vector<FigureRow>> figuresByLevel(FigureQuery query) const;
    [[nodiscard]] Result<std::vector<TrendSeries>> trend(TrendQuery query) const;
    [[nodiscard]] Result<PersonPage> personPage(PersonQuery query) const;
    [[nodiscard]] Result<CellDetail> behindCell(CellQuery query) const;
    [[nodiscard]] Result<PeriodOverview> periodOverview(const QString &site, const QDate &from,
                                                        const QDate &to) const;
    [[nodiscard]] Result<LiveFloor> liveFloor(const QString &site, qint64 nowMs) const;
    // options.siteCode empty: the viewer's sites only.
    [[nodiscard]] Result<std::vector<AnomalyFlagEntry>> anomalies(AnomalyFlagsOptions options) const;
    [[nodiscard]] Result<ReportData> buildReport(const ReportRequest &request,
                                                 const std::function<void(int, int)> &progress = {}) const;

    // A correction in the viewer's name (payload.by is set to Viewer::account). The interval's site
    // (change, remove) or the payload's site (add) must be one the viewer may see.
    [[nodiscard]] Result<Event> correct(CorrectionPayload payload, const Clock &clock,
                                        const QString &deviceId) const;
    // The device a correction or an attendance import at `site` is recorded on: `preferred` when
    // given, else the site's manager device, else the first manager device of any site (NotFound
    // when the store has none). A non-empty `site` must be one the viewer may see.
    [[nodiscard]] Result<QString> recordingDevice(const QString &site, const QString &preferred = {}) const;
    // Totals again the business days that punches, corrections and imports marked
    // (SummaryBuilder::rebuildDirty, every site's: a worker's day is costed as a whole). `progress`
    // gets days done and days in all and may return false to cancel (nothing is committed, the
    // days stay marked). The answer holds counts only.
    [[nodiscard]] Result<SummaryBuilder::Stats>
    totalDirty(const SummaryBuilder::Progress &progress = {}) const;
    // The audit trail of one punch interval (CellInterval::interval, its start event's id): the
    // correction events that named it (change, remove) or added it, in the order they were
    // recorded (also within one millisecond; the last is the one in force). The interval's
    // site must be one the viewer may see; a removed interval is found by its corrections.
    // NotFound when there is no such interval and no correction ever named it.
    [[nodiscard]] Result<std::vector<Event>> auditTrail(const QUuid &interval) const;
    // The same for the interval with this SQLite rowid in punch_intervals (stable while the
    // interval exists; prefer the id above, which also finds removed intervals).
    [[nodiscard]] Result<std::vector<Event>> auditTrail(qint64 intervalId) const;
    // Imports official attendance times (db/AttendanceImport.h) in the viewer's name; rows of sites
    // the viewer may not see are reported as refused and not applied.
    [[nodiscard]] Result<db::AttendanceImportReport>
    importAttendance(const QString &path, const Clock &clock, const QString &deviceId,
                     const std::function<bool(int, int)> &progress = {}) const;

private:
    [[nodiscard]] Status checkSites(const QStringList &sites) const;
    db::Store *m_store;
    Viewer m_viewer;
};

} // namespace wh::reports
