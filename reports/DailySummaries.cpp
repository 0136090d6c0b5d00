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
#include <unordered_map>

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

namespace {

// Codes seen in one rebuild, as small integers (rows are keyed and grouped by them).
class Codes {
public:
    int id(const QByteArray &utf8View)
    {
        auto it = m_ids.constFind(utf8View);
        if (it != m_ids.constEnd())
            return *it;
        const QByteArray owned(utf8View.constData(), utf8View.size()); // a deep copy of the view
        const int next = static_cast<int>(m_utf8.size());
        m_utf8.push_back(owned);
        m_text.push_back(QString::fromUtf8(owned));
        m_ids.insert(owned, next);
        return next;
    }
    [[nodiscard]] const QByteArray &utf8(int id) const { return m_utf8[static_cast<size_t>(id)]; }
    [[nodiscard]] const QString &text(int id) const { return m_text[static_cast<size_t>(id)]; }

private:
    QHash<QByteArray, int> m_ids;
    std::vector<QByteArray> m_utf8;
    std::vector<QString> m_text;
};

struct RawInterval {
    int worker = 0;
    int activity = 0;
    int site = 0;
    int type = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool forgotten = false;
};

quint64 pack(int a, int b, int c)
{
    return (static_cast<quint64>(static_cast<quint32>(a)) << 42) | (static_cast<quint64>(static_cast<quint32>(b)) << 21) |
           static_cast<quint64>(static_cast<quint32>(c));
}

} // namespace

Result<SummaryBuilder::Stats> SummaryBuilder::rebuild(bool all, const Progress &progress)
{
    auto log = logging::get("reports");
    auto reference = loadReference(m_store);
    if (!reference)
        return reference.error();
    const Reference &ref = *reference;
    QSqlDatabase db = m_store.connection();
    sqlite3 *handle = db::sqliteHandle(db);
    if (!handle)
        return Error(ErrorCode::Internal, QStringLiteral("the daily totals need an SQLite store"));
    db::Transaction tx(db);
    WH_TRY(tx.begun());
    Stats stats;

    // The business days to total.
    std::vector<QByteArray> days;
    {
        db::SqliteStatement q;
        WH_TRY(q.prepare(handle, all ? "SELECT business_day FROM punch_intervals UNION SELECT business_day FROM units "
                                       "UNION SELECT business_day FROM summary_dirty ORDER BY 1"
                                     : "SELECT DISTINCT business_day FROM summary_dirty ORDER BY 1"));
        for (;;) {
            auto row = q.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QByteArray view = q.textView(0);
            days.emplace_back(view.constData(), view.size());
        }
        db::SqliteStatement count;
        WH_TRY(count.prepare(handle, "SELECT COUNT(*) FROM summary_dirty"));
        auto row = count.step();
        if (!row)
            return row.error();
        stats.dirtyKeys = count.int64(0);
    }
    if (all) {
        WH_TRY(db::execDirect(db, QStringLiteral("DELETE FROM daily_summaries")));
        WH_TRY(db::execDirect(db, QStringLiteral("DELETE FROM worker_daily")));
        WH_TRY(db::execDirect(db, QStringLiteral("DELETE FROM summary_dirty")));
    }

    db::SqliteStatement deleteSummaries, deleteWorkers, deleteDirty, readIntervals, readUnits, insertSummary,
        insertWorker;
    WH_TRY(deleteSummaries.prepare(handle, "DELETE FROM daily_summaries WHERE business_day = ?"));
    WH_TRY(deleteWorkers.prepare(handle, "DELETE FROM worker_daily WHERE site = ? AND business_day = ?"));
    WH_TRY(deleteDirty.prepare(handle, "DELETE FROM summary_dirty WHERE business_day = ?"));
    WH_TRY(readIntervals.prepare(handle, "SELECT worker, activity, COALESCE(employment_type, ''), start_ms, end_ms, "
                                         "status = 'forgotten' FROM punch_intervals WHERE site = ? AND "
                                         "business_day = ? AND status <> 'open'"));
    WH_TRY(readUnits.prepare(handle, "SELECT activity, COALESCE(worker, ''), SUM(quantity), COUNT(*) FROM units "
                                     "WHERE site = ? AND business_day = ? GROUP BY activity, worker"));
    WH_TRY(insertSummary.prepare(handle, "INSERT INTO daily_summaries (site, business_day, activity, employment_type, "
                                         "units, direct_s, indirect_s, break_s, deducted_s, paid_s, overtime_s, "
                                         "late_night_s, forgotten_s, base_yen, premium_yen) VALUES "
                                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    WH_TRY(insertWorker.prepare(handle, "INSERT INTO worker_daily (site, business_day, activity, worker, units, "
                                        "seconds) VALUES (?, ?, ?, ?, ?, ?)"));

    Codes codes;
    const int noType = codes.id(QByteArray("")); // units of a team or counter
    // Per code id: the activity's kind, the site's rules and zone (looked up once).
    std::vector<ActivityKind> kindOf;
    auto kindOfId = [&](int id) {
        while (kindOf.size() <= static_cast<size_t>(id))
            kindOf.push_back(ref.kinds.value(codes.text(static_cast<int>(kindOf.size())), ActivityKind::Direct));
        return kindOf[static_cast<size_t>(id)];
    };
    std::vector<std::pair<QByteArray, int>> sites; // utf8 code, id
    for (const auto &[code, site] : ref.sites)
        sites.emplace_back(code.toUtf8(), codes.id(code.toUtf8()));

    std::vector<RawInterval> intervals;
    std::vector<CostInput> inputs;
    std::unordered_map<quint64, SummaryRow> rows;
    std::unordered_map<quint64, WorkerRow> workerRows;
    qint64 done = 0;
    for (const QByteArray &dayUtf8 : days) {
        const QDate day = QDate::fromString(QString::fromLatin1(dayUtf8), Qt::ISODate);
        if (!all) {
            deleteSummaries.bindText(1, dayUtf8);
            WH_TRY(deleteSummaries.run());
            deleteDirty.bindText(1, dayUtf8);
            WH_TRY(deleteDirty.run());
        }
        intervals.clear();
        rows.clear();
        workerRows.clear();
        for (const auto &[siteUtf8, siteId] : sites) {
            if (!all) {
                deleteWorkers.bindText(1, siteUtf8);
                deleteWorkers.bindText(2, dayUtf8);
                WH_TRY(deleteWorkers.run());
            }
            readIntervals.bindText(1, siteUtf8);
            readIntervals.bindText(2, dayUtf8);
            for (;;) {
                auto row = readIntervals.step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                RawInterval i;
                i.worker = codes.id(readIntervals.textView(0));
                i.activity = codes.id(readIntervals.textView(1));
                i.type = codes.id(readIntervals.textView(2));
                i.site = siteId;
                i.startMs = readIntervals.int64(3);
                i.endMs = readIntervals.int64(4);
                i.forgotten = readIntervals.int64(5) != 0;
                intervals.push_back(i);
            }
            readIntervals.reset();
            readUnits.bindText(1, siteUtf8);
            readUnits.bindText(2, dayUtf8);
            for (;;) {
                auto row = readUnits.step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                const int activity = codes.id(readUnits.textView(0));
                const QByteArray workerView = readUnits.textView(1);
                const qint64 quantity = readUnits.int64(2);
                int type = noType;
                if (!workerView.isEmpty()) {
                    const int worker = codes.id(workerView);
                    auto w = ref.workers.constFind(codes.text(worker));
                    type = codes.id(w != ref.workers.constEnd() ? w->employmentTypeOn(day).toUtf8() : QByteArray(""));
                    workerRows[pack(siteId, activity, worker)].units += quantity;
                }
                rows[pack(siteId, activity, type)].units += quantity;
                stats.unitsRows += readUnits.int64(3);
            }
            readUnits.reset();
        }
        stats.intervals += static_cast<qint64>(intervals.size());

        // A worker's day is costed whole, by the rules of the site of its first interval.
        std::sort(intervals.begin(), intervals.end(), [](const RawInterval &a, const RawInterval &b) {
            return a.worker != b.worker ? a.worker < b.worker : a.startMs < b.startMs;
        });
        for (size_t from = 0; from < intervals.size();) {
            size_t to = from;
            while (to < intervals.size() && intervals[to].worker == intervals[from].worker)
                ++to;
            const QString &firstSite = codes.text(intervals[from].site);
            const LaborRules &rules = ref.rules.at(firstSite);
            const QTimeZone zone = ref.sites.at(firstSite).timeZone();
            inputs.clear();
            for (size_t k = from; k < to; ++k) {
                const RawInterval &i = intervals[k];
                CostInput c;
                c.activityCode = codes.text(i.activity);
                c.kind = kindOfId(i.activity);
                c.startMs = i.startMs;
                c.endMs = i.endMs;
                c.yenPerHour = ref.wageOn(codes.text(i.type), codes.text(i.site), day);
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
                log->warn("{} on {}: {}; costed without break deduction or premiums",
                          codes.utf8(intervals[from].worker).toStdString(), dayUtf8.toStdString(),
                          costed.error().toString().toStdString());
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
            for (size_t k = from; k < to; ++k) {
                const RawInterval &i = intervals[k];
                const CostedInterval &c = costed->intervals[k - from];
                SummaryRow &row = rows[pack(i.site, i.activity, i.type)];
                const ActivityKind kind = inputs[k - from].kind;
                switch (kind) {
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
                if (kind != ActivityKind::Break)
                    workerRows[pack(i.site, i.activity, i.worker)].seconds += c.paidSeconds;
            }
            from = to;
        }

        auto unpack = [](quint64 key, int shift) { return static_cast<int>((key >> shift) & 0x1FFFFF); };
        // Written in key order: the WITHOUT ROWID tables take them as appends, not random inserts.
        auto byKey = [&](auto &map) {
            std::vector<std::pair<std::tuple<QByteArray, QByteArray, QByteArray>, quint64>> order;
            order.reserve(map.size());
            for (const auto &entry : map)
                order.push_back({{codes.utf8(unpack(entry.first, 42)), codes.utf8(unpack(entry.first, 21)),
                                  codes.utf8(unpack(entry.first, 0))},
                                 entry.first});
            std::sort(order.begin(), order.end());
            return order;
        };
        for (const auto &[sortKey, key] : byKey(rows)) {
            const SummaryRow &r = rows.at(key);
            insertSummary.bindText(1, codes.utf8(unpack(key, 42)));
            insertSummary.bindText(2, dayUtf8);
            insertSummary.bindText(3, codes.utf8(unpack(key, 21)));
            insertSummary.bindText(4, codes.utf8(unpack(key, 0)));
            const qint64 values[] = {r.units,     r.directS,    r.indirectS,  r.breakS,
                                     r.deductedS, r.paidS,      r.overtimeS,  r.lateNightS,
                                     r.forgottenS, baseYen(r.baseNumerator).amount(),
                                     premiumYen(r.premiumNumerator).amount()};
            for (int v = 0; v < 11; ++v)
                insertSummary.bindInt64(5 + v, values[v]);
            WH_TRY(insertSummary.run());
            ++stats.summaryRows;
        }
        for (const auto &[sortKey, key] : byKey(workerRows)) {
            const WorkerRow &r = workerRows.at(key);
            insertWorker.bindText(1, codes.utf8(unpack(key, 42)));
            insertWorker.bindText(2, dayUtf8);
            insertWorker.bindText(3, codes.utf8(unpack(key, 21)));
            insertWorker.bindText(4, codes.utf8(unpack(key, 0)));
            insertWorker.bindInt64(5, r.units);
            insertWorker.bindInt64(6, r.seconds);
            WH_TRY(insertWorker.run());
            ++stats.workerRows;
        }
        ++stats.days;
        ++done;
        if (progress && !progress(done, static_cast<qint64>(days.size())))
            return Error(ErrorCode::Conflict, QStringLiteral("cancelled: the totals were not rebuilt"));
    }
    // The monthly totals of every month a day was totalled in.
    {
        std::vector<QByteArray> months;
        for (const QByteArray &d : days)
            if (months.empty() || months.back() != d.left(7))
                months.push_back(d.left(7));
        if (all)
            WH_TRY(db::execDirect(db, QStringLiteral("DELETE FROM monthly_summaries")));
        db::SqliteStatement deleteMonth, insertMonth;
        WH_TRY(deleteMonth.prepare(handle, "DELETE FROM monthly_summaries WHERE month = ?"));
        WH_TRY(insertMonth.prepare(
            handle, "INSERT INTO monthly_summaries (site, month, activity, units, direct_s, indirect_s, break_s, "
                    "paid_s, forgotten_s, base_yen, premium_yen) SELECT site, ?1, activity, SUM(units), "
                    "SUM(direct_s), SUM(indirect_s), SUM(break_s), SUM(paid_s), SUM(forgotten_s), SUM(base_yen), "
                    "SUM(premium_yen) FROM daily_summaries WHERE business_day >= ?1 || '-01' AND business_day <= "
                    "?1 || '-31' GROUP BY site, activity"));
        for (const QByteArray &month : months) {
            if (!all) {
                deleteMonth.bindText(1, month);
                WH_TRY(deleteMonth.run());
            }
            insertMonth.bindText(1, month);
            WH_TRY(insertMonth.run());
        }
    }
    WH_TRY(tx.commit());
    log->info("{} rebuild of the daily totals: {} days, {} intervals, {} rows", all ? "full" : "dirty", stats.days,
              stats.intervals, stats.summaryRows);
    return stats;
}

} // namespace wh::reports
