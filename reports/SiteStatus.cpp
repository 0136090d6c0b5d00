#include "SiteStatus.h"

#include "BusinessDay.h"
#include "SqlSupport.h"
#include "StoreOverview.h"

#include <QVariant>

namespace wh::reports {

Result<SiteStatus> siteStatus(db::Store &store, const Site &site, qint64 nowMs)
{
    SiteStatus status;
    status.siteCode = site.code;
    const BusinessDay businessDay(site.timeZone(), site.businessDayStartMinutes);
    status.today = businessDay.dayOf(nowMs);
    const QSqlDatabase db = store.connection();

    // Open intervals of today and yesterday: a shift open for longer is closed as forgotten by the
    // projector, and the day bounds let SQLite use the (site, business_day) index.
    auto open = db::prepare(
        db,
        QStringLiteral(
            "SELECT count(DISTINCT p.worker), count(DISTINCT CASE WHEN a.kind = 'break' THEN p.worker END) "
            "FROM punch_intervals p JOIN activities a ON a.code = p.activity "
            "WHERE p.site = ? AND p.business_day BETWEEN ? AND ? AND p.status = 'open'"));
    if (!open)
        return open.error();
    open->addBindValue(site.code);
    open->addBindValue(status.today.addDays(-1).toString(Qt::ISODate));
    open->addBindValue(status.today.toString(Qt::ISODate));
    WH_TRY(db::exec(*open, QStringLiteral("workers on shift")));
    if (open->next()) {
        status.onShift = open->value(0).toLongLong();
        status.onBreak = open->value(1).toLongLong();
    }

    auto latest = db::prepare(
        db,
        QStringLiteral("SELECT max(business_day) FROM punch_intervals WHERE site = ? AND business_day <= ?"));
    if (!latest)
        return latest.error();
    latest->addBindValue(site.code);
    latest->addBindValue(status.today.toString(Qt::ISODate));
    WH_TRY(db::exec(*latest, QStringLiteral("latest business day")));
    if (latest->next() && !latest->value(0).isNull())
        status.latestDay = QDate::fromString(latest->value(0).toString(), Qt::ISODate);
    if (!status.latestDay.isValid())
        return status;

    auto day = periodOverview(store, site.code, status.latestDay, status.latestDay);
    if (!day)
        return day.error();
    status.latestDayWorkers = day->workers;
    status.latestDayWorkSeconds = day->workSeconds;
    status.latestDayUnits = day->units;
    return status;
}

} // namespace wh::reports
