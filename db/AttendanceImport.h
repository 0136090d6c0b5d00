#pragma once

#include "AttendanceCsv.h"
#include "Clock.h"
#include "Result.h"
#include "Store.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace wh::db {

// What one import did. Counts are of worker-days (one file row each) unless named otherwise.
struct AttendanceImportReport {
    QString fileName;            // as named in the corrections' reason ("" for bytes without a name)
    QString encoding;            // "UTF-8" or "Shift_JIS"
    int rowsRead = 0;            // data rows (accepted or not; rows of empty fields are not counted)
    int workerDaysApplied = 0;   // at least one correction recorded
    int workerDaysUnchanged = 0; // the punches already matched the official times: nothing recorded
    int correctionsRecorded = 0; // PunchCorrection events appended (change and remove)
    int intervalsRemoved = 0;    // of those, removals of intervals outside the official times
    bool cancelled = false;      // the progress callback said stop; the rows after it were not looked at
    // Every row not applied, in line order, each with its line and raw text: the parser's errors and
    // the store's (unknown worker, still on shift, no punches that day, a correction refused, ...).
    std::vector<AttendanceRowError> errors;
};

// Imports the official attendance export (see core/AttendanceCsv.h for the file format): payroll's
// clock-in and clock-out of each worker-day win over the punches. Each worker-day becomes corrections
// of that worker's punch intervals, recorded through CorrectionService (checked, appended as
// PunchCorrection events with source "attendance", reason "official attendance (file NAME, line N)",
// by = the importer's `by`, derived at once; the derivation marks the summary keys dirty for
// `wh aggregate --dirty`).
//
// Time zone: the file's local times are read in the time zone of the worker's home site
// (workers.home_site -> sites.time_zone), and "today" (rows dated later are errors) is that site's
// current business day. A company whose payroll writes every site in one zone calls
// setTimeZoneSite() to read every row in that site's zone instead.
//
// Which punches: the worker's intervals whose business_day is the row's date, at any site (a worker
// lent to another site for the day is still one worker-day for payroll). Per worker-day, with
// [in, out) the official span:
//  - an OPEN interval: error "still on shift" (the day is not over; import again later);
//  - no interval: error "no punches that day; add the interval by hand" (nothing is invented: the
//    activity is unknown);
//  - no interval overlapping [in, out): error (a wrong date or a different shift; fix by hand);
//  - otherwise the official times win: the first overlapping interval (by start) gets start = in,
//    the last (by end) gets end = out (one change when it is the same interval), and every interval
//    of that day lying entirely outside [in, out) is removed (a remove correction: an early meeting
//    before the official start, a stray interval after a forgotten clock-out) - but only when it
//    belongs to a shift (shift_start_ms) that also has an overlapping interval. An interval of a
//    separate shift entirely outside the official times (a split shift payroll does not know about,
//    a night shift counted on the wrong business day) is reported as an error and the worker-day is
//    left as it is: removing a whole shift is a decision for a person;
//  - when the first start and last end already equal the official times and nothing lies outside,
//    nothing is recorded (re-importing a file changes nothing).
// Gaps between intervals inside the official span stay as punched.
// Note: the derivation keeps a corrected forgotten interval's status 'forgotten'.
//
// Atomic per worker-day: all corrections of one row in one transaction (a savepoint when the caller
// or the importer's batch holds one). A correction that CorrectionService refuses (overlap with
// another day's interval, longer than 16 h, ending in the future, ...) rolls back that worker-day
// only; the row is reported with the refusal and the others go on.
//
// Errors of the whole import (Result error, nothing written): a file that cannot be read, an empty
// or binary file, no recognisable header (Parse), an unknown device or site, an empty `by`. A store
// failure during the import (disk full, database error) stops it with that error; worker-days
// already committed stay (worker-days are committed in batches of at most ~100 ms so kiosks punching
// into the same store are not held up for long) and importing the file again completes it.
//
// Use on the thread that owns the store's connection.
class AttendanceImporter {
public:
    // `done` of `total` worker-days looked at; return false to stop (the report says cancelled).
    using Progress = std::function<bool(int done, int total)>;

    AttendanceImporter(Store &store, const Clock &clock, QString deviceId, QString by);

    // Reads every row in `siteCode`'s time zone instead of each worker's home site's; empty: home site.
    void setTimeZoneSite(QString siteCode) { m_zoneSite = std::move(siteCode); }
    // Only worker-days whose punches all lie at these sites are applied; a row with a punch at any
    // other site is reported as an error ("may not correct") and left as it is (the manager
    // viewer's roles, see reports/ViewerQueries.h). Empty (the default): every site.
    void setAllowedSites(QStringList siteCodes) { m_allowedSites = std::move(siteCodes); }

    [[nodiscard]] Result<AttendanceImportReport> importFile(const QString &path,
                                                            const Progress &progress = {});
    // `fileName` only names the file in the reasons and the report.
    [[nodiscard]] Result<AttendanceImportReport> importBytes(const QByteArray &bytes, const QString &fileName,
                                                             const Progress &progress = {});

private:
    Store &m_store;
    const Clock &m_clock;
    QString m_deviceId;
    QString m_by;
    QString m_zoneSite;
    QStringList m_allowedSites;
};

} // namespace wh::db
