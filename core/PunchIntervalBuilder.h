#pragma once

#include "BusinessDay.h"
#include "Event.h"
#include "PunchInterval.h"

#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace wh {

// Derives punch intervals from punch events. Feed events in the order they occurred; the builder
// keeps one open interval per worker.
//  - clock-in / switch / break close the worker's open interval at the punch and open a new one;
//  - clock-out closes it;
//  - an interval still open when the shift (from its first punch) passes the maximum shift length
//    is closed as Forgotten at shift start + maximum, and the next punch starts a new shift on its
//    own business day: a forgotten clock-out never flips the next day;
//  - every interval of a shift carries the business day the shift started in.
// Not thread-safe; cheap to create.
class PunchIntervalBuilder {
public:
    struct Lookups {
        // Business-day rule of a site; nullptr for an unknown site.
        std::function<const BusinessDay *(const QString &siteCode)> businessDay;
        // Employment type of a worker on a business day; empty when unknown.
        std::function<QString(const QString &workerCode, const QDate &day)> employmentType;
        // How a device records punches ("kiosk", "handheld", ...); optional.
        std::function<QString(const QString &deviceId)> source;
    };

    explicit PunchIntervalBuilder(Lookups lookups, qint64 maxShiftMs = 16LL * 3600 * 1000);

    // Applies one punch event. A malformed payload or an unknown site is an error and changes nothing.
    Status apply(const Event &event);

    // Continues from a worker's open interval as stored (for deriving one new punch at a time: the
    // store restores the worker's open interval, applies the new event and writes the difference).
    void restore(const PunchInterval &open);

    // Closes, as Forgotten, every open interval whose shift is older than the maximum at `nowMs`.
    void expire(qint64 nowMs);

    // Intervals completed so far (closed or forgotten), handed over and forgotten by the builder.
    [[nodiscard]] std::vector<PunchInterval> takeFinished();
    // Intervals still open.
    [[nodiscard]] std::vector<PunchInterval> openIntervals() const;
    // The business day of the shift the worker is on at `atMs` (their open interval started at or
    // before it), if any: units counted during a night shift belong to the shift's day.
    [[nodiscard]] std::optional<QDate> shiftDayAt(const QString &workerCode, qint64 atMs) const;

    // Punches that could not be applied to any open interval (clock-out while off).
    [[nodiscard]] int strayPunches() const { return m_strayPunches; }

private:
    struct WorkerState {
        PunchInterval open;
        qint64 shiftStartMs = 0;
    };
    void closeOpen(WorkerState &state, qint64 endMs, IntervalStatus status, const QUuid &endEvent);

    Lookups m_lookups;
    qint64 m_maxShiftMs;
    QHash<QString, WorkerState> m_open;
    std::vector<PunchInterval> m_finished;
    int m_strayPunches = 0;
};

} // namespace wh
