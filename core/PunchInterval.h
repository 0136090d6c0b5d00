#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace wh {

// A span of one worker on one activity, derived from punch events (never edited directly: a
// correction is a new event and the intervals are derived again).
enum class IntervalStatus {
    Open,      // still running
    Closed,    // ended by a punch
    Forgotten, // no punch ended it within the maximum shift length: flagged for a leader
};
[[nodiscard]] QString intervalStatusName(IntervalStatus status);
[[nodiscard]] std::optional<IntervalStatus> intervalStatusFromName(const QString &name);

struct PunchInterval {
    QUuid startEventId; // the punch that opened it; also the interval's id
    QUuid endEventId;   // the punch that closed it; null when open or forgotten
    QString workerCode;
    QString activityCode;
    QString siteCode;
    QString employmentTypeCode; // in force on the business day, from the worker's history
    QDate businessDay;          // the business day the shift started in
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    qint64 shiftStartMs = 0; // the first punch of the shift this interval belongs to
    IntervalStatus status = IntervalStatus::Open;
    QString deviceId; // the device that recorded the opening punch
    QString source;   // how it was recorded: the device kind ("kiosk", "handheld") or "correction"

    [[nodiscard]] qint64 seconds() const { return endMs ? (*endMs - startMs) / 1000 : 0; }
};

} // namespace wh
