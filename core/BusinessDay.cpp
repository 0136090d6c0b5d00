#include "BusinessDay.h"

#include <QDateTime>

namespace wh {

BusinessDay::BusinessDay(QTimeZone zone, int startMinutes)
    : m_zone(std::move(zone))
    , m_startMinutes(startMinutes)
{
}

QDate BusinessDay::dayOf(qint64 utcMs) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
    const int minutes = local.time().hour() * 60 + local.time().minute();
    return minutes < m_startMinutes ? local.date().addDays(-1) : local.date();
}

qint64 BusinessDay::localToUtc(const QDate &date, int minutesAfterMidnight) const
{
    const QDateTime local(date.addDays(minutesAfterMidnight / 1440),
                          QTime(0, 0).addSecs((minutesAfterMidnight % 1440) * 60), m_zone);
    return local.toMSecsSinceEpoch();
}

qint64 BusinessDay::startOf(const QDate &day) const
{
    return localToUtc(day, m_startMinutes);
}

} // namespace wh
