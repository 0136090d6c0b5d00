#pragma once

#include <QDate>
#include <QTimeZone>

namespace wh {

// A site's business day runs from its business-day start (default 05:00 local) to the same time the
// next day, so a night shift that crosses midnight stays on the day it started in.
// Pure functions; callable from any thread.
class BusinessDay {
public:
    BusinessDay(QTimeZone zone, int startMinutes);

    // The business day that contains the instant `utcMs`.
    [[nodiscard]] QDate dayOf(qint64 utcMs) const;
    // The first instant (UTC ms) of business day `day`.
    [[nodiscard]] qint64 startOf(const QDate &day) const;
    // The first instant of the next business day (exclusive end of `day`).
    [[nodiscard]] qint64 endOf(const QDate &day) const { return startOf(day.addDays(1)); }
    // UTC ms of a local wall-clock time on a calendar date in this zone.
    [[nodiscard]] qint64 localToUtc(const QDate &date, int minutesAfterMidnight) const;

    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }
    [[nodiscard]] int startMinutes() const { return m_startMinutes; }

private:
    QTimeZone m_zone;
    int m_startMinutes;
};

} // namespace wh
