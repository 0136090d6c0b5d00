#include "FigureQueries.h"

#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <string>
#include <unordered_map>

namespace wh::reports {

namespace {

QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

Status checkPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the period needs a first and a last business day"));
    if (from > to)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the period is empty: it ends before it begins"),
                     QStringLiteral("%1 .. %2").arg(dayText(from), dayText(to)));
    return {};
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// The selected sites, duplicates dropped, in the order given, with their names; NotFound for a code
// that is not a site.
struct SiteSelection {
    QStringList codes;
    QHash<QString, QString> names;
};

Result<SiteSelection> checkSites(db::Store &store, const QStringList &sites, bool allowEmpty = false)
{
    SiteSelection sel;
    for (const QString &s : sites)
        if (!sel.codes.contains(s))
            sel.codes << s;
    if (sel.codes.isEmpty()) {
        if (allowEmpty)
            return sel;
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no site selected"));
    }
    auto q = db::prepare(store.connection(), QStringLiteral("SELECT code, name FROM sites WHERE code IN (%1)")
                                                 .arg(placeholders(sel.codes.size())));
    if (!q)
        return q.error();
    for (const QString &s : sel.codes)
        q->addBindValue(s);
    WH_TRY(db::exec(*q, QStringLiteral("sites")));
    while (q->next())
        sel.names.insert(q->value(0).toString(), q->value(1).toString());
    for (const QString &s : sel.codes)
        if (!sel.names.contains(s))
            return Error(ErrorCode::NotFound, QStringLiteral("unknown site"), s);
    return sel;
}

Status checkNode(db::Store &store, const std::optional<NodeRef> &node)
{
    if (!node)
        return {};
    const char *table = nullptr;
    switch (node->level) {
    case Level::Site:
        return Error(
            ErrorCode::InvalidArgument,
            QStringLiteral("a node is a block, a section or an activity; choose sites with the site list"),
            node->code);
    case Level::Block: table = "blocks"; break;
    case Level::Section: table = "sections"; break;
    case Level::Activity: table = "activities"; break;
    }
    auto q = db::prepare(store.connection(),
                         QStringLiteral("SELECT 1 FROM %1 WHERE code = ?").arg(QLatin1String(table)));
    if (!q)
        return q.error();
    q->addBindValue(node->code);
    WH_TRY(db::exec(*q, QStringLiteral("node")));
    if (!q->next())
        return Error(ErrorCode::NotFound, QStringLiteral("unknown %1").arg(levelName(node->level)),
                     node->code);
    return {};
}

// The condition on activities `a` joined to sections `s` that keeps the activities under `node`
// (one placeholder, the node's code), or an empty string.
QString nodeCondition(const std::optional<NodeRef> &node)
{
    if (!node)
        return {};
    switch (node->level) {
    case Level::Block: return QStringLiteral(" AND s.block = ?");
    case Level::Section: return QStringLiteral(" AND a.section = ?");
    case Level::Activity: return QStringLiteral(" AND a.code = ?");
    case Level::Site: break;
    }
    return {};
}

// Keeps the summary rows `ds` of the activities under `node` (with nodeCondition's placeholder), or
// nothing without a node: a whole site reads its range straight, and breaks are left out after the
// rows are grouped down to activities (cheaper than a lookup per summary row).
QString activitiesUnder(const std::optional<NodeRef> &node)
{
    if (!node)
        return {};
    return QStringLiteral(" AND ds.activity IN (SELECT a.code FROM activities a JOIN sections s ON s.code = "
                          "a.section WHERE 1 = 1") +
           nodeCondition(node) + QLatin1Char(')');
}

// The summary rows of the sites and business days from..to, as a subquery for `FROM (...) ds`, with
// the columns site, activity, period and the additive columns the figures read (units, paid_s,
// direct_s, indirect_s, base_yen, premium_yen). Read from the roll-ups, which are exactly the sums of
// the daily_summaries rows under them: the whole months inside the period from monthly_summaries,
// the days before and after them (and every day of a period without a whole month, or of a trend by
// day) from daily_activity_summaries. A year of a site is a dozen rows per activity, not 365 x the
// employment types. `period` is the business day, the month 'YYYY-MM', or '' (figures).
enum class PeriodColumn { None, Day, Month };

struct SummarySource {
    QString sql;
    QVariantList binds;
};

SummarySource summarySource(const QStringList &sites, const QDate &from, const QDate &to, PeriodColumn period)
{
    static const QString columns =
        QStringLiteral("units, paid_s, direct_s, indirect_s, base_yen, premium_yen");
    const QString siteList = placeholders(sites.size());
    SummarySource source;
    QStringList parts;
    auto days = [&](const QDate &first, const QDate &last) {
        const QString p = period == PeriodColumn::Day     ? QStringLiteral("business_day")
                          : period == PeriodColumn::Month ? QStringLiteral("substr(business_day, 1, 7)")
                                                          : QStringLiteral("''");
        parts << QStringLiteral(
                     "SELECT site, activity, %1 AS period, %2 FROM daily_activity_summaries WHERE site IN "
                     "(%3) AND business_day BETWEEN ? AND ?")
                     .arg(p, columns, siteList);
        for (const QString &s : sites)
            source.binds << s;
        source.binds << dayText(first) << dayText(last);
    };
    const QDate firstWhole = from.day() == 1 ? from : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate lastWhole = to.day() == to.daysInMonth() ? to : QDate(to.year(), to.month(), 1).addDays(-1);
    if (period != PeriodColumn::Day && firstWhole <= lastWhole) {
        if (from < firstWhole)
            days(from, firstWhole.addDays(-1));
        parts << QStringLiteral(
                     "SELECT site, activity, %1 AS period, %2 FROM monthly_summaries WHERE site IN (%3) "
                     "AND month BETWEEN ? AND ?")
                     .arg(period == PeriodColumn::Month ? QStringLiteral("month") : QStringLiteral("''"),
                          columns, siteList);
        for (const QString &s : sites)
            source.binds << s;
        source.binds << firstWhole.toString(QStringLiteral("yyyy-MM"))
                     << lastWhole.toString(QStringLiteral("yyyy-MM"));
        if (lastWhole < to)
            days(lastWhole.addDays(1), to);
    } else {
        days(from, to);
    }
    source.sql = parts.join(QStringLiteral(" UNION ALL "));
    return source;
}

// Summary columns of a CTE `per` grouped down to activities (u, p, d, i, base, prem), then the
// additive figures over a group of `per` rows joined to activities `a`: nine columns (readFigures).
const QString kPerColumns =
    QStringLiteral("SUM(ds.units) AS u, SUM(ds.paid_s) AS p, SUM(ds.direct_s) AS d, SUM(ds.indirect_s) AS i, "
                   "SUM(ds.base_yen) AS base, SUM(ds.premium_yen) AS prem");
const QString kFigureColumns = QStringLiteral(
    "SUM(per.u), SUM(per.p), SUM(per.d), SUM(per.i), SUM(per.base), SUM(per.prem), "
    "TOTAL(CASE WHEN a.standard_units_per_hour IS NOT NULL THEN per.u / a.standard_units_per_hour END), "
    "COALESCE(SUM(CASE WHEN a.standard_units_per_hour IS NOT NULL THEN per.p END), 0), "
    "COUNT(DISTINCT CASE WHEN per.u <> 0 THEN a.code END)");

Figures readFigures(const QSqlQuery &q, int first)
{
    Figures f;
    f.units = q.value(first).toLongLong();
    f.paidSeconds = q.value(first + 1).toLongLong();
    f.directSeconds = q.value(first + 2).toLongLong();
    f.indirectSeconds = q.value(first + 3).toLongLong();
    f.baseYen = Yen(q.value(first + 4).toLongLong());
    f.premiumYen = Yen(q.value(first + 5).toLongLong());
    f.earnedHours = q.value(first + 6).toDouble();
    f.standardPaidSeconds = q.value(first + 7).toLongLong();
    f.unitActivities = q.value(first + 8).toLongLong();
    return f;
}

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QDate monthOf(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

QString levelName(Level level)
{
    switch (level) {
    case Level::Site: return QStringLiteral("site");
    case Level::Block: return QStringLiteral("block");
    case Level::Section: return QStringLiteral("section");
    case Level::Activity: return QStringLiteral("activity");
    }
    return {};
}

std::optional<Level> levelFromName(const QString &name)
{
    for (Level l : {Level::Site, Level::Block, Level::Section, Level::Activity})
        if (name.compare(levelName(l), Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

std::optional<double> Figures::productivity() const
{
    if (paidSeconds <= 0)
        return std::nullopt;
    return units / paidHours();
}

std::optional<double> Figures::unitCostYen() const
{
    if (units == 0 || costHidden)
        return std::nullopt;
    return static_cast<double>(cost().amount()) / static_cast<double>(units);
}

std::optional<double> Figures::performancePercent() const
{
    if (standardPaidSeconds <= 0)
        return std::nullopt;
    return earnedHours / (standardPaidSeconds / 3600.0) * 100.0;
}

std::optional<double> PersonMonth::productivity() const
{
    if (seconds <= 0)
        return std::nullopt;
    return units / hours();
}

std::optional<double> PersonActivity::productivity() const
{
    if (seconds <= 0)
        return std::nullopt;
    return units / hours();
}

std::optional<double> PersonActivity::performancePercent() const
{
    const auto p = productivity();
    if (!p || !standardUnitsPerHour)
        return std::nullopt;
    return *p / *standardUnitsPerHour * 100.0;
}

// ---------------------------------------------------------------------------------------------
// 1. Figures by level: one statement. The CTE totals the summary rows of the period per site (or
// over all the sites) and activity, using the primary key (site, business_day, ...) for the range;
// only those few hundred groups are joined to the tree and grouped to the level.

Result<std::vector<FigureRow>> figuresByLevel(db::Store &store, const FigureQuery &query)
{
    WH_TRY(checkPeriod(query.from, query.to));
    auto sel = checkSites(store, query.sites);
    if (!sel)
        return sel.error();
    WH_TRY(checkNode(store, query.node));
    if (query.node && static_cast<int>(query.node->level) > static_cast<int>(query.level))
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("cannot list %1 rows under a %2: drill down, not up")
                         .arg(levelName(query.level), levelName(query.node->level)),
                     query.node->code);

    const bool perSite = query.perSite;
    QStringList groupBy;
    QString orderBy;
    if (perSite)
        groupBy << QStringLiteral("per.site");
    QString keyColumns;
    switch (query.level) {
    case Level::Site:
        keyColumns = QStringLiteral("'', '', '', '', NULL, NULL");
        if (!perSite)
            groupBy << QStringLiteral("''"); // one row for the selection, none without data
        break;
    case Level::Block:
        keyColumns = QStringLiteral("b.code, b.name_ja, b.name_en, '', NULL, NULL");
        groupBy << QStringLiteral("b.code");
        orderBy = QStringLiteral("b.sort_order, b.code");
        break;
    case Level::Section:
        keyColumns = QStringLiteral("s.code, s.name_ja, s.name_en, s.block, NULL, NULL");
        groupBy << QStringLiteral("s.code");
        orderBy = QStringLiteral("b.sort_order, b.code, s.sort_order, s.code");
        break;
    case Level::Activity:
        keyColumns =
            QStringLiteral("a.code, a.name_ja, a.name_en, a.section, a.kind, a.standard_units_per_hour");
        groupBy << QStringLiteral("a.code");
        orderBy = QStringLiteral("b.sort_order, b.code, s.sort_order, s.code, a.sort_order, a.code");
        break;
    }
    if (perSite)
        orderBy = orderBy.isEmpty() ? QStringLiteral("per.site") : QStringLiteral("per.site, ") + orderBy;
    // The CTE groups by site and activity in the order of an index on (site, activity, ...) when
    // there is one, so it streams; the outer query joins those few hundred groups to the tree.
    const SummarySource source = summarySource(sel->codes, query.from, query.to, PeriodColumn::None);
    const QString sql =
        QStringLiteral("WITH per AS (SELECT ds.site AS site, ds.activity AS activity, %1 FROM (%2) ds "
                       "WHERE 1 = 1%3 GROUP BY ds.site, ds.activity) "
                       "SELECT %4, %5, %6 FROM per JOIN activities a ON a.code = per.activity "
                       "JOIN sections s ON s.code = a.section JOIN blocks b ON b.code = s.block "
                       "WHERE a.kind <> 'break' GROUP BY %7%8")
            .arg(kPerColumns, source.sql, activitiesUnder(query.node),
                 perSite ? QStringLiteral("per.site") : QStringLiteral("''"), keyColumns, kFigureColumns,
                 groupBy.join(QStringLiteral(", ")),
                 orderBy.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + orderBy);
    auto q = db::prepare(store.connection(), sql);
    if (!q)
        return q.error();
    for (const QVariant &v : source.binds)
        q->addBindValue(v);
    if (query.node)
        q->addBindValue(query.node->code);
    WH_TRY(db::exec(*q, QStringLiteral("figures by level")));

    std::vector<FigureRow> rows;
    while (q->next()) {
        FigureRow r;
        r.level = query.level;
        r.site = perSite ? q->value(0).toString() : (sel->codes.size() == 1 ? sel->codes.front() : QString());
        if (query.level == Level::Site) {
            if (perSite || sel->codes.size() == 1) {
                r.code = r.site;
                r.nameJa = r.nameEn = sel->names.value(r.site);
            } else {
                QStringList names;
                for (const QString &s : sel->codes)
                    names << sel->names.value(s);
                r.code = sel->codes.join(QLatin1Char('+'));
                r.nameJa = r.nameEn = names.join(QStringLiteral(" + "));
            }
        } else {
            r.code = q->value(1).toString();
            r.nameJa = q->value(2).toString();
            r.nameEn = q->value(3).toString();
            r.parent = q->value(4).toString();
        }
        if (query.level == Level::Activity) {
            r.kind = activityKindFromName(q->value(5).toString());
            r.standardUnitsPerHour = optionalDouble(q->value(6));
        }
        r.figures = readFigures(*q, 7);
        rows.push_back(std::move(r));
    }
    if (perSite && sel->codes.size() > 1) {
        // The sites in the order asked for; each site's rows stay in tree order.
        std::stable_sort(rows.begin(), rows.end(), [&](const FigureRow &a, const FigureRow &b) {
            return sel->codes.indexOf(a.site) < sel->codes.indexOf(b.site);
        });
    }
    return rows;
}

// ---------------------------------------------------------------------------------------------
// 2. Trend: one statement; the CTE totals per site, day (or month) and activity, the outer query
// adds the activities of each period up with their standards.

namespace {

// A trend by day on SQLite: the per-activity rows of each day (daily_activity_summaries, in primary
// key order: site, day, activity) added up here, one pass and no GROUP BY; a year of a site is
// ~40,000 rows. The same figures as the statement below: per day, the activities that are not
// breaks (and are under the node), earned hours summed over them in activity order.
Result<std::vector<TrendSeries>> trendByDay(db::Store &store, sqlite3 *handle, const QStringList &sites,
                                            const TrendQuery &query)
{
    // The activities counted, by code, with their standard units per hour (if any).
    std::unordered_map<std::string, std::optional<double>> activities;
    {
        // As the statement: the tree is only joined to find the activities under a node.
        auto q = db::prepare(
            store.connection(),
            query.node ? QStringLiteral("SELECT a.code, a.standard_units_per_hour FROM activities a "
                                        "JOIN sections s ON s.code = a.section WHERE a.kind <> "
                                        "'break'") +
                             nodeCondition(query.node)
                       : QStringLiteral("SELECT a.code, a.standard_units_per_hour FROM activities a "
                                        "WHERE a.kind <> 'break'"));
        if (!q)
            return q.error();
        if (query.node)
            q->addBindValue(query.node->code);
        WH_TRY(db::exec(*q, QStringLiteral("trend activities")));
        while (q->next())
            activities.emplace(q->value(0).toString().toStdString(), optionalDouble(q->value(1)));
    }
    db::SqliteStatement rows;
    WH_TRY(rows.prepare(handle,
                        "SELECT business_day, activity, units, paid_s, direct_s, indirect_s, base_yen, "
                        "premium_yen FROM daily_activity_summaries WHERE site = ? AND business_day BETWEEN ? "
                        "AND ? ORDER BY business_day, activity"));
    const QByteArray from = dayText(query.from).toUtf8();
    const QByteArray to = dayText(query.to).toUtf8();
    std::vector<TrendSeries> series;
    for (const QString &site : sites) {
        TrendSeries s{site, {}};
        const QByteArray siteUtf8 = site.toUtf8();
        rows.bindText(1, siteUtf8);
        rows.bindText(2, from);
        rows.bindText(3, to);
        QByteArray day;
        qint64 base = 0;
        qint64 premium = 0;
        for (;;) {
            auto row = rows.step();
            if (!row) {
                rows.reset();
                return row.error();
            }
            if (!*row)
                break;
            const QByteArray activity = rows.textView(1);
            auto a = activities.find(std::string(activity.constData(), static_cast<size_t>(activity.size())));
            if (a == activities.end())
                continue;
            const QByteArray dayView = rows.textView(0);
            if (s.points.empty() || dayView != day) {
                if (!s.points.empty()) {
                    s.points.back().figures.baseYen = Yen(base);
                    s.points.back().figures.premiumYen = Yen(premium);
                }
                day = QByteArray(dayView.constData(), dayView.size());
                s.points.push_back({QDate::fromString(QString::fromLatin1(day), Qt::ISODate), {}});
                base = 0;
                premium = 0;
            }
            Figures &f = s.points.back().figures;
            const qint64 units = rows.int64(2);
            const qint64 paid = rows.int64(3);
            f.units += units;
            f.paidSeconds += paid;
            f.directSeconds += rows.int64(4);
            f.indirectSeconds += rows.int64(5);
            base += rows.int64(6);
            premium += rows.int64(7);
            if (const std::optional<double> &standard = a->second) {
                f.earnedHours += static_cast<double>(units) / *standard;
                f.standardPaidSeconds += paid;
            }
            if (units != 0)
                ++f.unitActivities;
        }
        rows.reset();
        if (!s.points.empty()) {
            s.points.back().figures.baseYen = Yen(base);
            s.points.back().figures.premiumYen = Yen(premium);
        }
        series.push_back(std::move(s));
    }
    return series;
}

} // namespace

Result<std::vector<TrendSeries>> trend(db::Store &store, const TrendQuery &query)
{
    WH_TRY(checkPeriod(query.from, query.to));
    auto sel = checkSites(store, query.sites);
    if (!sel)
        return sel.error();
    WH_TRY(checkNode(store, query.node));

    if (query.granularity == Granularity::Day) {
        if (sqlite3 *handle = db::sqliteHandle(store.connection()))
            return trendByDay(store, handle, sel->codes, query);
    }
    const SummarySource source =
        summarySource(sel->codes, query.from, query.to,
                      query.granularity == Granularity::Day ? PeriodColumn::Day : PeriodColumn::Month);
    const QString sql =
        QStringLiteral(
            "WITH per AS (SELECT ds.site AS site, ds.period AS period, ds.activity AS activity, %1 "
            "FROM (%2) ds WHERE 1 = 1%3 "
            "GROUP BY 1, 2, 3) "
            "SELECT per.site, per.period, %4 FROM per JOIN activities a ON a.code = per.activity "
            "WHERE a.kind <> 'break' GROUP BY per.site, per.period ORDER BY per.site, per.period")
            .arg(kPerColumns, source.sql, activitiesUnder(query.node), kFigureColumns);
    auto q = db::prepare(store.connection(), sql);
    if (!q)
        return q.error();
    for (const QVariant &v : source.binds)
        q->addBindValue(v);
    if (query.node)
        q->addBindValue(query.node->code);
    WH_TRY(db::exec(*q, QStringLiteral("trend")));

    std::vector<TrendSeries> series;
    QHash<QString, size_t> index;
    for (const QString &s : sel->codes) {
        index.insert(s, series.size());
        series.push_back({s, {}});
    }
    while (q->next()) {
        const QString site = q->value(0).toString();
        QString p = q->value(1).toString();
        if (query.granularity == Granularity::Month)
            p += QStringLiteral("-01");
        TrendPoint point;
        point.period = QDate::fromString(p, Qt::ISODate);
        point.figures = readFigures(*q, 2);
        if (auto it = index.constFind(site); it != index.constEnd())
            series[*it].points.push_back(std::move(point));
    }
    return series;
}

// ---------------------------------------------------------------------------------------------
// 3. A worker's page: one statement over worker_daily (index worker_daily_by_worker), joined to
// the tree for names and order; months and totals are summed here from the days.

Result<PersonPage> personPage(db::Store &store, const PersonQuery &query)
{
    WH_TRY(checkPeriod(query.from, query.to));
    if (query.worker.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no worker given"));
    auto sel = checkSites(store, query.sites, true);
    if (!sel)
        return sel.error();
    PersonPage page;
    page.worker = query.worker;
    page.from = query.from;
    page.to = query.to;
    {
        auto w = db::prepare(store.connection(), QStringLiteral("SELECT name FROM workers WHERE code = ?"));
        if (!w)
            return w.error();
        w->addBindValue(query.worker);
        WH_TRY(db::exec(*w, QStringLiteral("worker")));
        if (!w->next())
            return Error(ErrorCode::NotFound, QStringLiteral("unknown worker"), query.worker);
        page.name = w->value(0).toString();
    }

    const QString siteFilter =
        sel->codes.isEmpty() ? QString()
                             : QStringLiteral(" AND wd.site IN (%1)").arg(placeholders(sel->codes.size()));
    const QString sql =
        QStringLiteral(
            "WITH per AS (SELECT wd.activity AS activity, wd.business_day AS day, SUM(wd.units) AS u, "
            "SUM(wd.seconds) AS sec FROM worker_daily wd WHERE wd.worker = ? AND wd.business_day "
            "BETWEEN ? AND ?%1 GROUP BY 1, 2) "
            "SELECT per.activity, a.name_ja, a.name_en, a.section, s.block, a.standard_units_per_hour, "
            "per.day, per.u, per.sec FROM per JOIN activities a ON a.code = per.activity "
            "JOIN sections s ON s.code = a.section JOIN blocks b ON b.code = s.block "
            "WHERE a.kind <> 'break' "
            "ORDER BY b.sort_order, b.code, s.sort_order, s.code, a.sort_order, a.code, per.day")
            .arg(siteFilter);
    auto q = db::prepare(store.connection(), sql);
    if (!q)
        return q.error();
    q->addBindValue(query.worker);
    q->addBindValue(dayText(query.from));
    q->addBindValue(dayText(query.to));
    for (const QString &s : sel->codes)
        q->addBindValue(s);
    WH_TRY(db::exec(*q, QStringLiteral("worker page")));
    while (q->next()) {
        const QString activity = q->value(0).toString();
        if (page.activities.empty() || page.activities.back().activity != activity) {
            PersonActivity a;
            a.activity = activity;
            a.nameJa = q->value(1).toString();
            a.nameEn = q->value(2).toString();
            a.section = q->value(3).toString();
            a.block = q->value(4).toString();
            a.standardUnitsPerHour = optionalDouble(q->value(5));
            page.activities.push_back(std::move(a));
        }
        PersonActivity &a = page.activities.back();
        PersonDay d;
        d.day = QDate::fromString(q->value(6).toString(), Qt::ISODate);
        d.units = q->value(7).toLongLong();
        d.seconds = q->value(8).toLongLong();
        const QDate month = monthOf(d.day);
        if (a.months.empty() || a.months.back().month != month)
            a.months.push_back({month});
        a.months.back().units += d.units;
        a.months.back().seconds += d.seconds;
        a.units += d.units;
        a.seconds += d.seconds;
        page.units += d.units;
        page.seconds += d.seconds;
        a.days.push_back(d);
    }
    return page;
}

// ---------------------------------------------------------------------------------------------
// 4. Behind a cell: per list (intervals, units rows) a count over the index alone
// (punch_intervals_by_day, units_by_day: site, business_day, activity) and the first `limit` rows;
// worker names are looked up for those rows only. (A window count in the same statement would
// materialise and sort every row of the cell first: three times slower on a week of a site.) Rows
// are ordered by business day first: the day index then gives them day by day, so SQLite sorts
// only within a day and stops at the limit instead of sorting the whole period.

Result<CellDetail> behindCell(db::Store &store, const CellQuery &query)
{
    WH_TRY(checkPeriod(query.from, query.to));
    if (query.limit < 1)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the row limit must be at least 1"),
                     QString::number(query.limit));
    auto sel = checkSites(store, query.sites);
    if (!sel)
        return sel.error();
    WH_TRY(checkNode(store, query.node));

    // Break intervals are left out, as in the figures, unless the cell is a break activity itself.
    const bool activityNode = query.node && query.node->level == Level::Activity;
    const QString kindFilter =
        activityNode || query.includeBreaks ? QString() : QStringLiteral(" AND a.kind <> 'break'");
    const QString sites = placeholders(sel->codes.size());
    // One worker's rows (the corrections page): the condition goes with the node's.
    const QString node = nodeCondition(query.node) +
                         (query.worker.isEmpty() ? QString() : QStringLiteral(" AND p.worker = ?"));
    // The days the next statement reads: the whole period, or one day of it (the lists below).
    QDate from = query.from;
    QDate to = query.to;
    qint64 limit = query.limit;
    auto run = [&](const QString &sql, bool limited, const QString &what) -> Result<QSqlQuery> {
        auto q = db::prepare(store.connection(), sql);
        if (!q)
            return q.error();
        for (const QString &s : sel->codes)
            q->addBindValue(s);
        q->addBindValue(dayText(from));
        q->addBindValue(dayText(to));
        if (query.node)
            q->addBindValue(query.node->code);
        if (!query.worker.isEmpty())
            q->addBindValue(query.worker);
        if (limited)
            q->addBindValue(limit);
        WH_TRY(db::exec(*q, what));
        return q;
    };
    // A worker's intervals are read through punch_intervals_by_worker: the unary + keeps SQLite
    // from taking the day index, which would read every interval of the site in the period.
    const QString intervalSite = query.worker.isEmpty() ? QStringLiteral("p.site") : QStringLiteral("+p.site");
    // With countLimit the count stops one row past it (a year of a site is millions of rows).
    auto count = [&](const char *table, const QString &what, bool &capped) -> Result<qint64> {
        const QString site = qstrcmp(table, "punch_intervals") == 0 ? intervalSite : QStringLiteral("p.site");
        const QString rows = QStringLiteral("FROM %1 p JOIN activities a ON a.code = p.activity "
                                            "JOIN sections s ON s.code = a.section "
                                            "WHERE %5 IN (%2) AND p.business_day BETWEEN ? AND ?%3%4")
                                 .arg(QLatin1String(table), sites, kindFilter, node, site);
        const bool capping = query.countLimit > 0;
        limit = query.countLimit + 1;
        auto q = run(capping ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 %1 LIMIT ?)").arg(rows)
                             : QStringLiteral("SELECT COUNT(*) %1").arg(rows),
                     capping, what);
        limit = query.limit;
        if (!q)
            return q.error();
        const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
        capped = capping && n > query.countLimit;
        return capped ? query.countLimit : n;
    };
    // The lists are in day order, so a period's first rows are its first days' rows: everyone's
    // rows are read one business day at a time until the limit is reached (each day through the day
    // index, sorted in memory), instead of sorting every row of the period for the first few. A
    // worker's rows come through the worker index and are read in one statement.
    const bool byDay = query.worker.isEmpty() && query.from < query.to;
    auto forEachDay = [&](const std::function<Status(qint64 remaining)> &read, const std::function<qint64()> &have) -> Status {
        if (!byDay) {
            limit = query.limit;
            return read(query.limit);
        }
        for (QDate day = query.from; day <= query.to && have() < query.limit; day = day.addDays(1)) {
            from = to = day;
            limit = query.limit - have();
            WH_TRY(read(limit));
        }
        from = query.from;
        to = query.to;
        limit = query.limit;
        return {};
    };

    CellDetail out;
    auto intervalCount =
        count("punch_intervals", QStringLiteral("count of the intervals behind a cell"), out.intervalCountCapped);
    if (!intervalCount)
        return intervalCount.error();
    out.intervalCount = *intervalCount;
    if (out.intervalCount > 0) {
        WH_TRY(forEachDay([&](qint64) -> Status {
        auto q = run(
            QStringLiteral("SELECT c.worker, w.name, c.activity, c.site, c.business_day, c.start_ms, "
                           "c.end_ms, c.status, c.corrected_by, c.employment_type, c.start_event_id FROM "
                           "(SELECT p.worker, p.activity, p.site, p.business_day, p.start_ms, p.end_ms, "
                           "p.status, p.corrected_by, COALESCE(p.employment_type, '') AS employment_type, "
                           "p.start_event_id FROM punch_intervals p JOIN activities a ON a.code = "
                           "p.activity JOIN sections s ON s.code = a.section "
                           "WHERE %4 IN (%1) AND p.business_day BETWEEN ? AND ?%2%3 "
                           "ORDER BY p.business_day, p.start_ms, p.worker, p.start_event_id LIMIT ?) c "
                           "LEFT JOIN workers w ON w.code = c.worker "
                           "ORDER BY c.business_day, c.start_ms, c.worker, c.start_event_id")
                .arg(sites, kindFilter, node, intervalSite),
            true, QStringLiteral("intervals behind a cell"));
        if (!q)
            return q.error();
        while (q->next()) {
            CellInterval i;
            i.worker = q->value(0).toString();
            i.workerName = q->value(1).toString();
            i.activity = q->value(2).toString();
            i.site = q->value(3).toString();
            i.businessDay = QDate::fromString(q->value(4).toString(), Qt::ISODate);
            i.startMs = q->value(5).toLongLong();
            if (!q->value(6).isNull())
                i.endMs = q->value(6).toLongLong();
            i.status = q->value(7).toString();
            i.correctedBy = q->value(8).toString();
            i.corrected = !i.correctedBy.isEmpty();
            i.employmentType = q->value(9).toString();
            i.interval = QUuid::fromString(q->value(10).toString());
            out.intervals.push_back(std::move(i));
        }
        return {};
        }, [&] { return static_cast<qint64>(out.intervals.size()); }));
    }

    if (!query.includeUnits)
        return out;
    auto unitsCount = count("units", QStringLiteral("count of the units behind a cell"), out.unitsCountCapped);
    if (!unitsCount)
        return unitsCount.error();
    out.unitsCount = *unitsCount;
    if (out.unitsCount > 0) {
        WH_TRY(forEachDay([&](qint64) -> Status {
        auto q =
            run(QStringLiteral("SELECT COALESCE(p.worker, ''), COALESCE(p.team, ''), p.activity, p.site, "
                               "p.business_day, p.occurred_at_ms, p.quantity, p.source, "
                               "COALESCE(p.reference, ''), COALESCE(p.entered_by, '') "
                               "FROM units p JOIN activities a ON a.code = p.activity "
                               "JOIN sections s ON s.code = a.section "
                               "WHERE p.site IN (%1) AND p.business_day BETWEEN ? AND ?%2%3 "
                               "ORDER BY p.business_day, p.occurred_at_ms, p.worker, p.event_id LIMIT ?")
                    .arg(sites, kindFilter, node),
                true, QStringLiteral("units behind a cell"));
        if (!q)
            return q.error();
        while (q->next()) {
            CellUnits u;
            u.worker = q->value(0).toString();
            u.team = q->value(1).toString();
            u.activity = q->value(2).toString();
            u.site = q->value(3).toString();
            u.businessDay = QDate::fromString(q->value(4).toString(), Qt::ISODate);
            u.occurredAtMs = q->value(5).toLongLong();
            u.quantity = q->value(6).toLongLong();
            u.source = q->value(7).toString();
            u.reference = q->value(8).toString();
            u.enteredBy = q->value(9).toString();
            out.units.push_back(std::move(u));
        }
        return {};
        }, [&] { return static_cast<qint64>(out.units.size()); }));
    }
    return out;
}

} // namespace wh::reports
