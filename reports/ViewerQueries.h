#pragma once

#include "Access.h"
#include "AnomalyFlags.h"
#include "Clock.h"
#include "Event.h"
#include "FigureQueries.h"
#include "LiveFloor.h"
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
// through here, as the signed-in Viewer (see Access.h), so the roles hold whatever a view asks.
//
//  - Sites: a site the viewer may not see is refused with ErrorCode::PermissionDenied (the error's
//    context names it), never silently dropped; an empty site list means "every site the viewer
//    may see" (sites()).
//  - Costs: for a viewer who may not see costs (a leader) every Figures in every answer has
//    costHidden set and zero yen; anomaly flags of unit cost are left out and costYen is zero; a
//    report's cost columns are empty. Figures are computed by the plain queries first and then
//    stripped here, so the two paths cannot disagree on units or hours.
//  - Writes: corrections and attendance imports are made in the viewer's name (the author is
//    Viewer::account) and only at sites the viewer may see.
//
// Thread: like the plain queries, a ViewerQueries may be used from any thread; each thread uses its
// own store connection (Store::connection()). Copy it freely (it holds a reference to the store).
class ViewerQueries {
public:
    ViewerQueries(db::Store &store, Viewer viewer);

    [[nodiscard]] const Viewer &viewer() const { return m_viewer; }
    [[nodiscard]] db::Store &store() const { return *m_store; }

    // The sites the viewer may see, in the store's order, with their names and time zones.
    [[nodiscard]] Result<std::vector<Site>> sites() const;

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
    // The audit trail of one punch interval (CellInterval::interval, its start event's id): the
    // correction events that named it (change, remove) or added it, oldest first. The interval's
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
