#include "DailySummaries.h"

#include "Logging.h"
#include "MasterDataRepositories.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace wh::reports {

namespace {

using db::exec;
using db::prepare;

struct SummaryRow {
    qint64 units = 0;
    qint64 directS = 0;
    qint64 indirectS = 0;
    qint64 breakS = 0;
    qint64 deductedS = 0;
    qint64 paidS = 0;
    qint64 overtimeS = 0;
    qint64 lateNightS = 0;
    qint64 forgottenS = 0;
    qint64 baseNumerator = 0;    // yen * 3600
    qint64 premiumNumerator = 0; // yen * 360000
};

struct WorkerRow {
    qint64 units = 0;
    qint64 seconds = 0; // paid
};

// (site, activity, employment type) and (site, activity, worker) within one business day.
using SummaryKey = std::tuple<QString, QString, QString>;

struct Interval {
    QString worker;
    QString activity;
    QString site;
    QString employmentType;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool forgotten = false;
};

// Master data a rebuild reads once.
struct Reference {
    std::map<QString, Site> sites;
    std::map<QString, LaborRules> rules;
    QHash<QString, ActivityKind> kinds;
    // (employment type, site) -> rates by effective date, ascending
    std::map<std::pair<QString, QString>, std::vector<WageRate>> wages;
    QHash<QString, Worker> workers;

    qint64 wageOn(const QString &type, const QString &site, const QDate &day) const
    {
        auto it = wages.find({type, site});
        if (it == wages.end())
            return -1;
        qint64 rate = -1;
        for (const WageRate &w : it->second)
            if (w.effectiveFrom <= day)
                rate = w.yenPerHour;
        return rate;
    }
};

Result<Reference> loadReference(db::Store &store)
{
    Reference ref;
    auto sites = db::SiteRepository(store).all();
    if (!sites)
        return sites.error();
    for (Site &s : *sites)
        ref.sites.emplace(s.code, std::move(s));
    auto rules = loadLaborRules(store);
    if (!rules)
        return rules.error();
    ref.rules = std::move(rules).value();
    auto activities = db::ActivityRepository(store).activities();
    if (!activities)
        return activities.error();
    for (const Activity &a : *activities)
        ref.kinds.insert(a.code, a.kind);
    auto rates = db::EmploymentRepository(store).wageRates();
    if (!rates)
        return rates.error();
    for (const WageRate &w : *rates)
        ref.wages[{w.employmentTypeCode, w.siteCode}].push_back(w);
    for (auto &[key, list] : ref.wages)
        std::sort(list.begin(), list.end(),
                  [](const WageRate &a, const WageRate &b) { return a.effectiveFrom < b.effectiveFrom; });
    auto workers = db::WorkerRepository(store).all();
    if (!workers)
        return workers.error();
    for (Worker &w : *workers)
        ref.workers.insert(w.code, std::move(w));
    return ref;
}

} // namespace

Result<std::map<QString, LaborRules>> loadLaborRules(db::Store &store)
{
    std::map<QString, LaborRules> out;
    auto sites = db::SiteRepository(store).all();
    if (!sites)
        return sites.error();
    for (const Site &s : *sites) {
        LaborRules defaults;
        defaults.premiumsEnabled = false;
        out.emplace(s.code, defaults);
    }
    auto q = prepare(store.connection(),
                     QStringLiteral("SELECT site, threshold1_min, break_over_threshold1_min, threshold2_min, "
                                    "break_over_threshold2_min, premiums_enabled, overtime_after_min, "
                                    "overtime_percent, late_night_start_min, late_night_end_min, "
                                    "late_night_percent FROM site_labor_rules"));
    if (!q)
        return q.error();
    WH_TRY(exec(*q, QStringLiteral("labor rules")));
    while (q->next()) {
        LaborRules r;
        r.threshold1Minutes = q->value(1).toInt();
        r.breakOver6hMinutes = q->value(2).toInt();
        r.threshold2Minutes = q->value(3).toInt();
        r.breakOver8hMinutes = q->value(4).toInt();
        r.premiumsEnabled = q->value(5).toInt() != 0;
        r.overtimeAfterMinutes = q->value(6).toInt();
        r.overtimePercent = q->value(7).toInt();
        r.lateNightStartMinute = q->value(8).toInt();
        r.lateNightEndMinute = q->value(9).toInt();
        r.lateNightPercent = q->value(10).toInt();
        out[q->value(0).toString()] = r;
    }
    return out;
}

SummaryBuilder::SummaryBuilder(db::Store &store)
    : m_store(store)
{
}

Result<SummaryBuilder::Stats> SummaryBuilder::rebuildAll(const Progress &progress)
{
    return rebuild(true, progress);
}

Result<SummaryBuilder::Stats> SummaryBuilder::rebuildDirty(const Progress &progress)
{
    return rebuild(false, progress);
}

Result<SummaryBuilder::Stats> SummaryBuilder::rebuild(bool all, const Progress &progress)
{
    auto log = logging::get("reports");
    auto reference = loadReference(m_store);
    if (!reference)
        return reference.error();
    const Reference &ref = *reference;
    QSqlDatabase db = m_store.connection();
    db::Transaction tx(db);
    WH_TRY(tx.begun());
    Stats stats;

    // The business days to total.
    std::vector<QDate> days;
    {
        auto q = prepare(db, all ? QStringLiteral("SELECT business_day FROM punch_intervals UNION SELECT "
                                                  "business_day FROM units UNION SELECT business_day FROM "
                                                  "summary_dirty ORDER BY 1")
                                 : QStringLiteral("SELECT DISTINCT business_day FROM summary_dirty ORDER BY 1"));
        if (!q)
            return q.error();
        WH_TRY(exec(*q, QStringLiteral("days to total")));
        while (q->next())
            days.push_back(QDate::fromString(q->value(0).toString(), Qt::ISODate));
    }
    {
        auto q = db::scalar(db, QStringLiteral("SELECT COUNT(*) FROM summary_dirty"));
        if (!q)
            return q.error();
        stats.dirtyKeys = q->toLongLong();
    }
    if (all) {
        WH_TRY(db::execDirect(db, QStringLiteral("DELETE FROM daily_summaries")));
        WH_TRY(db::execDirect(db, QStringLiteral("DELETE FROM worker_daily")));
        WH_TRY(db::execDirect(db, QStringLiteral("DELETE FROM summary_dirty")));
    }

    auto deleteSummaries = prepare(db, QStringLiteral("DELETE FROM daily_summaries WHERE business_day = ?"));
    auto deleteWorkers = prepare(db, QStringLiteral("DELETE FROM worker_daily WHERE site = ? AND business_day = ?"));
    auto deleteDirty = prepare(db, QStringLiteral("DELETE FROM summary_dirty WHERE business_day = ?"));
    auto readIntervals = prepare(
        db, QStringLiteral("SELECT worker, activity, site, COALESCE(employment_type, ''), start_ms, end_ms, status "
                           "FROM punch_intervals WHERE site = ? AND business_day = ? AND status <> 'open'"));
    auto readUnits = prepare(db, QStringLiteral("SELECT activity, worker, quantity FROM units WHERE site = ? AND "
                                                "business_day = ?"));
    auto insertSummary = prepare(
        db, QStringLiteral("INSERT INTO daily_summaries (site, business_day, activity, employment_type, units, "
                           "direct_s, indirect_s, break_s, deducted_s, paid_s, overtime_s, late_night_s, "
                           "forgotten_s, base_yen, premium_yen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto insertWorker = prepare(db, QStringLiteral("INSERT INTO worker_daily (site, business_day, activity, worker, "
                                                   "units, seconds) VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto *q : {&deleteSummaries, &deleteWorkers, &deleteDirty, &readIntervals, &readUnits, &insertSummary,
                    &insertWorker})
        if (!*q)
            return q->error();

    qint64 done = 0;
    for (const QDate &day : days) {
        const QString dayText = day.toString(Qt::ISODate);
        if (!all) {
            deleteSummaries->bindValue(0, dayText);
            WH_TRY(exec(*deleteSummaries, QStringLiteral("old totals of ") + dayText));
            deleteDirty->bindValue(0, dayText);
            WH_TRY(exec(*deleteDirty, QStringLiteral("dirty keys of ") + dayText));
        }
        // Every site's intervals of the day, grouped by worker (a worker's day is costed whole).
        std::map<QString, std::vector<Interval>> byWorker;
        std::map<SummaryKey, SummaryRow> rows;
        std::map<SummaryKey, WorkerRow> workerRows;
        for (const auto &[siteCode, site] : ref.sites) {
            if (!all) {
                deleteWorkers->bindValue(0, siteCode);
                deleteWorkers->bindValue(1, dayText);
                WH_TRY(exec(*deleteWorkers, QStringLiteral("old worker totals of ") + dayText));
            }
            readIntervals->bindValue(0, siteCode);
            readIntervals->bindValue(1, dayText);
            WH_TRY(exec(*readIntervals, QStringLiteral("intervals of ") + dayText));
            while (readIntervals->next()) {
                Interval i;
                i.worker = readIntervals->value(0).toString();
                i.activity = readIntervals->value(1).toString();
                i.site = readIntervals->value(2).toString();
                i.employmentType = readIntervals->value(3).toString();
                i.startMs = readIntervals->value(4).toLongLong();
                i.endMs = readIntervals->value(5).toLongLong();
                i.forgotten = readIntervals->value(6).toString() == QLatin1String("forgotten");
                byWorker[i.worker].push_back(std::move(i));
                ++stats.intervals;
            }
            readIntervals->finish();
            readUnits->bindValue(0, siteCode);
            readUnits->bindValue(1, dayText);
            WH_TRY(exec(*readUnits, QStringLiteral("units of ") + dayText));
            while (readUnits->next()) {
                const QString activity = readUnits->value(0).toString();
                const QString worker = readUnits->value(1).toString();
                const qint64 quantity = readUnits->value(2).toLongLong();
                QString type = QStringLiteral("");
                if (!worker.isEmpty()) {
                    auto w = ref.workers.constFind(worker);
                    type = w != ref.workers.constEnd() ? w->employmentTypeOn(day) : QString();
                    workerRows[{siteCode, activity, worker}].units += quantity;
                }
                rows[{siteCode, activity, type}].units += quantity;
                ++stats.unitsRows;
            }
            readUnits->finish();
        }

        for (auto &[worker, intervals] : byWorker) {
            // The worker's day is costed by the rules of the site of its first interval.
            std::sort(intervals.begin(), intervals.end(),
                      [](const Interval &a, const Interval &b) { return a.startMs < b.startMs; });
            const QString &firstSite = intervals.front().site;
            const LaborRules &rules = ref.rules.at(firstSite);
            const QTimeZone zone = ref.sites.at(firstSite).timeZone();
            std::vector<CostInput> inputs;
            inputs.reserve(intervals.size());
            for (const Interval &i : intervals) {
                CostInput c;
                c.activityCode = i.activity;
                c.kind = ref.kinds.value(i.activity, ActivityKind::Direct);
                c.startMs = i.startMs;
                c.endMs = i.endMs;
                c.yenPerHour = ref.wageOn(i.employmentType, i.site, day);
                if (c.yenPerHour < 0) {
                    ++stats.missingWages;
                    c.yenPerHour = 0;
                }
                inputs.push_back(std::move(c));
            }
            auto costed = costWorkerDay(inputs, rules, zone);
            if (!costed) {
                // Overlapping intervals (a correction gone wrong): each is costed on its own, without
                // deduction or premiums, and the day is logged for a leader to fix.
                ++stats.uncostedDays;
                log->warn("{} on {}: {}; costed without break deduction or premiums", worker.toStdString(),
                          dayText.toStdString(), costed.error().toString().toStdString());
                CostedDay plain;
                for (const CostInput &c : inputs) {
                    CostedInterval ci;
                    ci.rawSeconds = std::max<qint64>(c.endMs - c.startMs, 0) / 1000;
                    if (c.kind != ActivityKind::Break) {
                        ci.paidSeconds = ci.rawSeconds;
                        ci.baseYenSeconds = ci.paidSeconds * c.yenPerHour;
                    }
                    plain.intervals.push_back(ci);
                }
                costed = std::move(plain);
            }
            for (size_t k = 0; k < intervals.size(); ++k) {
                const Interval &i = intervals[k];
                const CostedInterval &c = costed->intervals[k];
                SummaryRow &row = rows[{i.site, i.activity, i.employmentType}];
                switch (inputs[k].kind) {
                case ActivityKind::Direct: row.directS += c.rawSeconds; break;
                case ActivityKind::Indirect: row.indirectS += c.rawSeconds; break;
                case ActivityKind::Break: row.breakS += c.rawSeconds; break;
                }
                row.deductedS += c.deductedSeconds;
                row.paidS += c.paidSeconds;
                row.overtimeS += c.overtimeSeconds;
                row.lateNightS += c.lateNightSeconds;
                if (i.forgotten)
                    row.forgottenS += c.rawSeconds;
                row.baseNumerator += c.baseYenSeconds;
                row.premiumNumerator += c.premiumYenSecondsPercent;
                if (inputs[k].kind != ActivityKind::Break)
                    workerRows[{i.site, i.activity, i.worker}].seconds += c.paidSeconds;
            }
        }

        for (const auto &[key, r] : rows) {
            const auto &[site, activity, type] = key;
            const QString typeText = type.isNull() ? QStringLiteral("") : type; // '' = team or counter
            const QVariantList values{site,          dayText,     activity,           typeText,
                                      r.units,       r.directS,   r.indirectS,        r.breakS,
                                      r.deductedS,   r.paidS,     r.overtimeS,        r.lateNightS,
                                      r.forgottenS,  baseYen(r.baseNumerator).amount(),
                                      premiumYen(r.premiumNumerator).amount()};
            for (int v = 0; v < values.size(); ++v)
                insertSummary->bindValue(v, values[v]);
            WH_TRY(exec(*insertSummary, QStringLiteral("totals of ") + dayText));
            ++stats.summaryRows;
        }
        for (const auto &[key, r] : workerRows) {
            const auto &[site, activity, worker] = key;
            insertWorker->bindValue(0, site);
            insertWorker->bindValue(1, dayText);
            insertWorker->bindValue(2, activity);
            insertWorker->bindValue(3, worker);
            insertWorker->bindValue(4, r.units);
            insertWorker->bindValue(5, r.seconds);
            WH_TRY(exec(*insertWorker, QStringLiteral("worker totals of ") + dayText));
            ++stats.workerRows;
        }
        ++stats.days;
        ++done;
        if (progress && !progress(done, static_cast<qint64>(days.size())))
            return Error(ErrorCode::Conflict, QStringLiteral("cancelled: the totals were not rebuilt"));
    }
    WH_TRY(tx.commit());
    log->info("{} rebuild of the daily totals: {} days, {} intervals, {} rows", all ? "full" : "dirty", stats.days,
              stats.intervals, stats.summaryRows);
    return stats;
}

} // namespace wh::reports
