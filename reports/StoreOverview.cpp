#include "StoreOverview.h"

#include "SqlSupport.h"

#include <QHash>
#include <QVariant>

namespace wh::reports {

namespace {
Result<qint64> countOf(db::Store &store, const QString &sql)
{
    auto v = db::scalar(store.connection(), sql);
    if (!v)
        return v.error();
    return v->toLongLong();
}
} // namespace

Result<StoreCounts> countStore(db::Store &store)
{
    StoreCounts c;
    struct Item {
        qint64 *target;
        const char *sql;
    };
    const Item items[] = {
        {&c.sites, "SELECT count(*) FROM sites"},
        {&c.employmentTypes, "SELECT count(*) FROM employment_types"},
        {&c.workers, "SELECT count(*) FROM workers"},
        {&c.activities, "SELECT count(*) FROM activities"},
        {&c.devices, "SELECT count(*) FROM devices"},
        {&c.events, "SELECT count(*) FROM events"},
        {&c.punches,
         "SELECT count(*) FROM events WHERE kind IN ('punch.clock_in', 'punch.switch', 'punch.break', "
         "'punch.clock_out')"},
        {&c.punchIntervals, "SELECT count(*) FROM punch_intervals"},
        {&c.forgottenIntervals, "SELECT count(*) FROM punch_intervals WHERE status = 'forgotten'"},
        {&c.businessDays, "SELECT count(DISTINCT business_day) FROM punch_intervals"},
        {&c.unitsEvents, "SELECT count(*) FROM units"},
        {&c.units, "SELECT COALESCE(SUM(quantity), 0) FROM units"},
        {&c.outboxPending, "SELECT count(*) FROM outbox WHERE sent_at_ms IS NULL"},
    };
    for (const Item &item : items) {
        auto n = countOf(store, QString::fromLatin1(item.sql));
        if (!n)
            return n.error();
        *item.target = *n;
    }
    auto range =
        db::prepare(store.connection(),
                    QStringLiteral("SELECT MIN(business_day), MAX(business_day) FROM punch_intervals"));
    if (!range)
        return range.error();
    WH_TRY(db::exec(*range, QStringLiteral("business day range")));
    if (range->next()) {
        c.firstBusinessDay = QDate::fromString(range->value(0).toString(), Qt::ISODate);
        c.lastBusinessDay = QDate::fromString(range->value(1).toString(), Qt::ISODate);
    }
    auto sites = db::prepare(store.connection(), QStringLiteral("SELECT code FROM sites ORDER BY code"));
    if (!sites)
        return sites.error();
    WH_TRY(db::exec(*sites, QStringLiteral("sites")));
    while (sites->next())
        c.siteCodes << sites->value(0).toString();
    c.schemaVersion = store.schemaReport().resultVersion;
    return c;
}

Result<PeriodOverview> periodOverview(db::Store &store, const QString &siteCode, const QDate &from,
                                      const QDate &to)
{
    PeriodOverview o;
    o.siteCode = siteCode;
    o.from = from;
    o.to = to;
    const QString f = from.toString(Qt::ISODate);
    const QString t = to.toString(Qt::ISODate);
    const QSqlDatabase db = store.connection();
    // Runs a query over this site and period (its three parameters, in this order).
    auto periodQuery = [&](const QString &sql, const QString &what) -> Result<QSqlQuery> {
        auto query = db::prepare(db, sql);
        if (!query)
            return query.error();
        query->addBindValue(siteCode);
        query->addBindValue(f);
        query->addBindValue(t);
        WH_TRY(db::exec(*query, what));
        return query;
    };

    auto blocks = db::prepare(
        db, QStringLiteral("SELECT code, name_ja, name_en FROM blocks ORDER BY sort_order, code"));
    if (!blocks)
        return blocks.error();
    WH_TRY(db::exec(*blocks, QStringLiteral("blocks")));
    QHash<QString, size_t> index;
    while (blocks->next()) {
        index.insert(blocks->value(0).toString(), o.blocks.size());
        o.blocks.push_back(
            {blocks->value(0).toString(), blocks->value(1).toString(), blocks->value(2).toString()});
    }

    // Seconds count only closed time (open intervals have no end yet).
    auto hours = periodQuery(
        QStringLiteral("SELECT s.block, a.kind, count(*), "
                       "COALESCE(SUM((p.end_ms - p.start_ms) / 1000), 0) "
                       "FROM punch_intervals p JOIN activities a ON a.code = p.activity JOIN sections s "
                       "ON s.code = a.section "
                       "WHERE p.site = ? AND p.business_day BETWEEN ? AND ? GROUP BY s.block, a.kind"),
        QStringLiteral("period hours"));
    if (!hours)
        return hours.error();
    while (hours->next()) {
        const QString kind = hours->value(1).toString();
        const qint64 seconds = hours->value(3).toLongLong();
        o.punches += hours->value(2).toLongLong();
        if (kind == QLatin1String("break")) {
            o.breakSeconds += seconds;
            continue;
        }
        o.workSeconds += seconds;
        if (auto it = index.constFind(hours->value(0).toString()); it != index.constEnd())
            o.blocks[*it].workSeconds += seconds;
    }
    // Distinct workers per block (breaks left out).
    auto workers = periodQuery(
        QStringLiteral(
            "SELECT s.block, count(DISTINCT p.worker) FROM punch_intervals p JOIN activities a ON a.code "
            "= p.activity "
            "JOIN sections s ON s.code = a.section WHERE p.site = ? AND p.business_day BETWEEN ? AND ? "
            "AND a.kind <> 'break' GROUP BY s.block"),
        QStringLiteral("period workers"));
    if (!workers)
        return workers.error();
    while (workers->next())
        if (auto it = index.constFind(workers->value(0).toString()); it != index.constEnd())
            o.blocks[*it].workers = workers->value(1).toLongLong();

    auto totals =
        periodQuery(QStringLiteral("SELECT count(DISTINCT worker), count(DISTINCT business_day) "
                                   "FROM punch_intervals WHERE site = ? AND business_day BETWEEN ? AND ?"),
                    QStringLiteral("period totals"));
    if (!totals)
        return totals.error();
    if (totals->next()) {
        o.workers = totals->value(0).toLongLong();
        o.businessDays = totals->value(1).toLongLong();
    }

    auto units = periodQuery(QStringLiteral("SELECT s.block, COALESCE(SUM(u.quantity), 0) FROM units u "
                                            "JOIN activities a ON a.code = u.activity "
                                            "JOIN sections s ON s.code = a.section WHERE u.site = ? AND "
                                            "u.business_day BETWEEN ? AND ? GROUP BY s.block"),
                             QStringLiteral("period units"));
    if (!units)
        return units.error();
    while (units->next()) {
        const qint64 q = units->value(1).toLongLong();
        o.units += q;
        if (auto it = index.constFind(units->value(0).toString()); it != index.constEnd())
            o.blocks[*it].units = q;
    }
    return o;
}

} // namespace wh::reports
