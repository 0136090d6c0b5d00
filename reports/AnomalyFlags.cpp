#include "AnomalyFlags.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace wh::reports {

namespace {

struct Series {
    QString siteCode;
    QString activityCode;
    std::vector<DailyFigure> figures; // in date order
};

struct ActivityNames {
    QString ja;
    QString en;
};

} // namespace

AnomalyFlags::AnomalyFlags(db::Store &store)
    : m_store(store)
{
}

QString AnomalyFlags::metricText(AnomalyMetric metric)
{
    switch (metric) {
    case AnomalyMetric::Productivity:
        return QCoreApplication::translate("wh::reports::AnomalyFlags", "productivity");
    case AnomalyMetric::UnitCost:
        return QCoreApplication::translate("wh::reports::AnomalyFlags", "unit cost");
    case AnomalyMetric::HoursWithoutUnits:
        return QCoreApplication::translate("wh::reports::AnomalyFlags", "hours with no units");
    case AnomalyMetric::UnitsWithoutHours:
        return QCoreApplication::translate("wh::reports::AnomalyFlags", "units with no hours");
    case AnomalyMetric::Hours: return QCoreApplication::translate("wh::reports::AnomalyFlags", "paid hours");
    }
    return {};
}

QString AnomalyFlags::causeText(const QString &cause, AnomalyMetric metric, double score)
{
    if (cause == QLatin1String("forgotten-clock-out"))
        return QCoreApplication::translate("wh::reports::AnomalyFlags", "a forgotten clock-out");
    if (cause == QLatin1String("hours-without-units"))
        return QCoreApplication::translate("wh::reports::AnomalyFlags", "hours with no units");
    if (cause == QLatin1String("units-without-hours"))
        return QCoreApplication::translate("wh::reports::AnomalyFlags", "units with no hours");
    // No cause in the figures: say which way the day went and what usually explains it.
    const bool worse = metric == AnomalyMetric::UnitCost ? score > 0 : score < 0;
    return worse
               ? QCoreApplication::translate("wh::reports::AnomalyFlags", "a slow day, or units not counted")
               : QCoreApplication::translate("wh::reports::AnomalyFlags",
                                             "a fast day, or hours punched on another activity");
}

Result<std::vector<AnomalyFlagEntry>> AnomalyFlags::find(const AnomalyFlagsOptions &options) const
{
    const QSqlDatabase db = m_store.connection();

    // One read of the roll-up daily_activity_summaries: the figures of every site, activity and
    // business day, employment types added up by the summary builder. Ordered as its primary key
    // (site, business_day, activity), so SQLite needs no sort and each series comes out in date order.
    QString sql = QStringLiteral(
        "SELECT site, business_day, activity, units, paid_s, base_yen + premium_yen, forgotten_s "
        "FROM daily_activity_summaries WHERE 1 = 1");
    QVariantList binds;
    if (!options.siteCode.isEmpty()) {
        sql += QStringLiteral(" AND site = ?");
        binds << options.siteCode;
    }
    if (options.from.isValid()) {
        // The baseline: the detector's window of calendar days before the first reported day.
        sql += QStringLiteral(" AND business_day >= ?");
        binds << options.from.addDays(-std::max(0, options.detector.windowDays)).toString(Qt::ISODate);
    }
    if (options.to.isValid()) {
        sql += QStringLiteral(" AND business_day <= ?");
        binds << options.to.toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY site, business_day, activity");
    auto q = db::prepare(db, sql);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds[i]);
    WH_TRY(db::exec(*q, QStringLiteral("daily totals for the anomaly check")));

    std::vector<Series> series;
    QHash<QString, size_t> seriesIndex; // site + '\x1f' + activity
    QHash<QString, QDate> dates;        // business day text -> date, parsed once
    while (q->next()) {
        const QString site = q->value(0).toString();
        const QString dayText = q->value(1).toString();
        const QString activity = q->value(2).toString();
        auto d = dates.constFind(dayText);
        if (d == dates.constEnd())
            d = dates.insert(dayText, QDate::fromString(dayText, Qt::ISODate));
        const QString key = site + QChar(0x1f) + activity;
        auto it = seriesIndex.constFind(key);
        if (it == seriesIndex.constEnd()) {
            it = seriesIndex.insert(key, series.size());
            series.push_back({site, activity, {}});
        }
        DailyFigure f;
        f.day = *d;
        f.units = q->value(3).toLongLong();
        f.paidSeconds = q->value(4).toLongLong();
        f.costYen = q->value(5).toLongLong();
        f.forgottenSeconds = q->value(6).toLongLong();
        series[*it].figures.push_back(f);
    }
    q->finish();

    QHash<QString, ActivityNames> names;
    {
        auto a = db::prepare(db, QStringLiteral("SELECT code, name_ja, name_en FROM activities"));
        if (!a)
            return a.error();
        WH_TRY(db::exec(*a, QStringLiteral("activity names")));
        while (a->next())
            names.insert(a->value(0).toString(), {a->value(1).toString(), a->value(2).toString()});
    }

    // The detector is pure: the series are spread over a few threads (a year of the full demo is
    // about 200 series of 365 days), each writing only its own slots.
    std::vector<std::vector<AnomalyFlag>> detected(series.size());
    AnomalyOptions detector = options.detector;
    if (options.from.isValid() && (!detector.scoreFrom.isValid() || detector.scoreFrom < options.from))
        detector.scoreFrom = options.from; // the days before `from` are the baseline only
    {
        const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
        const size_t workers = std::min(threads, (series.size() + 15) / 16);
        std::atomic<size_t> next{0};
        const auto work = [&] {
            for (size_t i = next++; i < series.size(); i = next++)
                detected[i] = detectAnomalies(series[i].figures, detector);
        };
        std::vector<std::thread> pool;
        for (size_t t = 1; t < workers; ++t)
            pool.emplace_back(work);
        work();
        for (std::thread &t : pool)
            t.join();
    }

    std::vector<AnomalyFlagEntry> out;
    for (size_t i = 0; i < series.size(); ++i) {
        const Series &s = series[i];
        const std::vector<AnomalyFlag> &flags = detected[i];
        if (flags.empty())
            continue;
        const ActivityNames activityNames = names.value(s.activityCode);
        for (const AnomalyFlag &flag : flags) {
            if ((options.from.isValid() && flag.day < options.from) ||
                (options.to.isValid() && flag.day > options.to))
                continue;
            AnomalyFlagEntry e;
            e.siteCode = s.siteCode;
            e.activityCode = s.activityCode;
            e.activityNameJa = activityNames.ja;
            e.activityNameEn = activityNames.en;
            e.day = flag.day;
            e.metric = flag.metric;
            e.metricName = anomalyMetricName(flag.metric);
            e.metricText = metricText(flag.metric);
            e.actual = flag.actual;
            e.expected = flag.expected;
            e.changePercent = flag.changePercent;
            e.score = flag.score;
            e.likelyCause = flag.likelyCause;
            e.likelyCauseText = causeText(flag.likelyCause, flag.metric, flag.score);
            // The figures are in date order, one per day (the GROUP BY made them so).
            const auto f =
                std::lower_bound(s.figures.begin(), s.figures.end(), flag.day,
                                 [](const DailyFigure &x, const QDate &day) { return x.day < day; });
            if (f != s.figures.end() && f->day == flag.day) {
                e.units = f->units;
                e.paidSeconds = f->paidSeconds;
                e.costYen = f->costYen;
                e.forgottenSeconds = f->forgottenSeconds;
            }
            out.push_back(std::move(e));
        }
    }
    std::sort(out.begin(), out.end(), [](const AnomalyFlagEntry &a, const AnomalyFlagEntry &b) {
        const double sa = std::abs(a.score);
        const double sb = std::abs(b.score);
        if (sa != sb)
            return sa > sb;
        if (a.day != b.day)
            return a.day < b.day;
        if (a.siteCode != b.siteCode)
            return a.siteCode < b.siteCode;
        if (a.activityCode != b.activityCode)
            return a.activityCode < b.activityCode;
        return a.metric < b.metric;
    });
    return out;
}

} // namespace wh::reports
