#include "DailySummaries.h"

#include "Logging.h"
#include "MasterDataRepositories.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
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

// Steps `q` through its rows, calling `onRow()` at each; leaves `q` reset, also after an error.
template <typename OnRow>
Status forEachRow(db::SqliteStatement &q, OnRow &&onRow)
{
    for (;;) {
        auto row = q.step();
        if (!row) {
            q.reset();
            return row.error();
        }
        if (!*row)
            break;
        onRow();
    }
    q.reset();
    return {};
}

// Codes seen in one rebuild, as small integers (rows are keyed and grouped by them). Looked up by
// the bytes SQLite hands out, without a copy or a QString.
class Codes {
public:
    int id(const QByteArray &utf8View)
    {
        const std::string_view key(utf8View.constData(), static_cast<size_t>(utf8View.size()));
        if (auto it = m_ids.find(key); it != m_ids.end())
            return it->second;
        const QByteArray owned(utf8View.constData(), utf8View.size()); // a deep copy of the view
        const int next = static_cast<int>(m_utf8.size());
        m_utf8.push_back(owned);
        m_text.push_back(QString::fromUtf8(owned));
        // The view points into the shared heap block of `owned`, which never moves or changes.
        m_ids.emplace(std::string_view(owned.constData(), static_cast<size_t>(owned.size())), next);
        return next;
    }
    [[nodiscard]] const QByteArray &utf8(int id) const { return m_utf8[static_cast<size_t>(id)]; }
    [[nodiscard]] const QString &text(int id) const { return m_text[static_cast<size_t>(id)]; }

private:
    std::unordered_map<std::string_view, int> m_ids;
    // Deques: a code's bytes never move, so the rows of a day point at them (no reference counts
    // shared between the reader and writer threads).
    std::deque<QByteArray> m_utf8;
    std::deque<QString> m_text;
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
    return (static_cast<quint64>(static_cast<quint32>(a)) << 42) |
           (static_cast<quint64>(static_cast<quint32>(b)) << 21) |
           static_cast<quint64>(static_cast<quint32>(c));
}

int unpack(quint64 key, int shift)
{
    return static_cast<int>((key >> shift) & 0x1FFFFF);
}

// The rows of one business day, in key order (the WITHOUT ROWID tables take them as appends).
// Codes are pointers into the builder's Codes, which outlives the writing of the rows.
struct SummaryOut {
    const QByteArray *site, *activity, *type;
    qint64 values[11] = {}; // units, direct, indirect, break, deducted, paid, overtime, late night,
                            // forgotten seconds, base yen, premium yen
};
struct WorkerOut {
    const QByteArray *site, *activity, *worker;
    qint64 units = 0;
    qint64 seconds = 0;
};
struct ActivityOut { // daily_activity_summaries: the employment types added up
    const QByteArray *site, *activity;
    qint64 values[8] = {}; // units, direct, indirect, break, paid, forgotten seconds, base yen, premium yen
};
struct DayOutput {
    QByteArray day;
    std::vector<SummaryOut> summaries;
    std::vector<WorkerOut> workers;
    std::vector<ActivityOut> activities;
    qint64 intervals = 0;
    qint64 unitsRows = 0;
    qint64 uncostedDays = 0;
    qint64 missingWages = 0;
};

// Reads and costs one business day at a time on one SQLite connection (Qt's own, or a reader's of
// its own on another thread: the reference data is only read, everything else is its own).
class DayBuilder {
public:
    // `codes` must outlive the rows built (they point at its bytes).
    DayBuilder(const Reference &ref, Codes &codes)
        : m_ref(ref)
        , m_codes(codes)
    {
        m_noType = m_codes.id(QByteArray(""));
        for (const auto &[code, site] : ref.sites) {
            const int id = m_codes.id(code.toUtf8());
            m_sites.emplace_back(code.toUtf8(), id);
            m_siteInfo.emplace(id, SiteInfo{&ref.rules.at(code), site.timeZone()});
        }
    }

    Status prepare(sqlite3 *handle)
    {
        WH_TRY(m_readIntervals.prepare(handle,
                                       "SELECT worker, activity, COALESCE(employment_type, ''), start_ms, "
                                       "end_ms, status = 'forgotten' FROM punch_intervals WHERE site = ? AND "
                                       "business_day = ? AND status <> 'open'"));
        // Added up here, not by a GROUP BY: SQLite would sort the rows of the day first.
        WH_TRY(m_readUnits.prepare(handle, "SELECT activity, COALESCE(worker, ''), quantity FROM units "
                                           "WHERE site = ? AND business_day = ?"));
        WH_TRY(m_intervalSpan.prepare(handle,
                                      "SELECT MIN(rowid), MAX(rowid), COUNT(*) FROM punch_intervals WHERE "
                                      "site = ? AND business_day = ?"));
        WH_TRY(m_unitSpan.prepare(handle,
                                  "SELECT MIN(rowid), MAX(rowid), COUNT(*) FROM units WHERE site = ? AND "
                                  "business_day = ?"));
        WH_TRY(m_intervalRange.prepare(handle, "SELECT site, business_day, worker, activity, "
                                               "COALESCE(employment_type, ''), start_ms, end_ms, status FROM "
                                               "punch_intervals WHERE rowid BETWEEN ? AND ?"));
        WH_TRY(m_unitRange.prepare(handle,
                                   "SELECT site, business_day, activity, COALESCE(worker, ''), quantity FROM "
                                   "units WHERE rowid BETWEEN ? AND ?"));
        return {};
    }

    Result<DayOutput> build(const QByteArray &dayUtf8);

private:
    struct SiteInfo {
        const LaborRules *rules = nullptr;
        QTimeZone zone;
    };

    ActivityKind kindOf(int id)
    {
        while (m_kinds.size() <= static_cast<size_t>(id))
            m_kinds.push_back(
                m_ref.kinds.value(m_codes.text(static_cast<int>(m_kinds.size())), ActivityKind::Direct));
        return m_kinds[static_cast<size_t>(id)];
    }
    // The wage of a type at a site on the day being built (-1: none), looked up once per day.
    qint64 wage(int type, int site, const QDate &day)
    {
        const quint64 key = pack(type, site, 0);
        if (auto it = m_wages.find(key); it != m_wages.end())
            return it->second;
        const qint64 rate = m_ref.wageOn(m_codes.text(type), m_codes.text(site), day);
        m_wages.emplace(key, rate);
        return rate;
    }
    // The employment type (a code id) of a worker on the day being built.
    int typeOf(int worker, const QDate &day)
    {
        if (auto it = m_types.find(worker); it != m_types.end())
            return it->second;
        auto w = m_ref.workers.constFind(m_codes.text(worker));
        const int type =
            m_codes.id(w != m_ref.workers.constEnd() ? w->employmentTypeOn(day).toUtf8() : QByteArray(""));
        m_types.emplace(worker, type);
        return type;
    }
    // Keys in the order of their codes' bytes (site, then activity, then the third code).
    template <typename Map>
    std::vector<quint64> keysInOrder(const Map &map) const
    {
        std::vector<quint64> keys;
        keys.reserve(map.size());
        for (const auto &entry : map)
            keys.push_back(entry.first);
        std::sort(keys.begin(), keys.end(), [this](quint64 a, quint64 b) {
            for (int shift : {42, 21, 0}) {
                const int x = unpack(a, shift);
                const int y = unpack(b, shift);
                if (x != y)
                    return m_codes.utf8(x) < m_codes.utf8(y);
            }
            return false;
        });
        return keys;
    }
    // Reads the rows of one business day from one table. The rows of a day are derived in time
    // order, so they mostly sit next to each other: then one scan of their rowid span (`range`)
    // reads them in storage order, `onRange()` at each row of the day (rows of other days in the
    // span are skipped here). When they are spread out (corrections add rows later), the day index
    // is read site by site instead (`perSite`), `onSite(siteId)` at each row. Either way: the same
    // rows.
    template <typename OnRange, typename OnSite>
    Status readDay(const QByteArray &dayUtf8, db::SqliteStatement &span, db::SqliteStatement &range,
                   db::SqliteStatement &perSite, OnRange &&onRange, OnSite &&onSite)
    {
        // Where the day's rows are: the rowid span and count over the sites (from the day index alone).
        qint64 low = std::numeric_limits<qint64>::max();
        qint64 high = std::numeric_limits<qint64>::min();
        qint64 count = 0;
        for (const auto &[siteUtf8, siteId] : m_sites) {
            span.bindText(1, siteUtf8);
            span.bindText(2, dayUtf8);
            WH_TRY(forEachRow(span, [&] {
                if (span.int64(2) > 0) {
                    low = std::min(low, span.int64(0));
                    high = std::max(high, span.int64(1));
                    count += span.int64(2);
                }
            }));
        }
        if (count == 0)
            return {};
        if (high - low < 2 * count + 64) {
            range.bindInt64(1, low);
            range.bindInt64(2, high);
            return forEachRow(range, [&] {
                if (range.textView(1) == dayUtf8)
                    onRange();
            });
        }
        for (const auto &[siteUtf8, siteId] : m_sites) {
            perSite.bindText(1, siteUtf8);
            perSite.bindText(2, dayUtf8);
            WH_TRY(forEachRow(perSite, [&, id = siteId] { onSite(id); }));
        }
        return {};
    }

    const Reference &m_ref;
    Codes &m_codes;
    int m_noType = 0;
    std::vector<std::pair<QByteArray, int>> m_sites; // utf8 code, id
    std::unordered_map<int, SiteInfo> m_siteInfo;
    std::vector<ActivityKind> m_kinds;
    std::unordered_map<quint64, qint64> m_wages; // per day
    std::unordered_map<int, int> m_types;        // per day
    db::SqliteStatement m_readIntervals, m_readUnits, m_intervalSpan, m_unitSpan, m_intervalRange,
        m_unitRange;
    std::vector<RawInterval> m_intervals;
    std::vector<CostInput> m_inputs;
    std::unordered_map<quint64, SummaryRow> m_rows;
    std::unordered_map<quint64, WorkerRow> m_workerRows;
};

Result<DayOutput> DayBuilder::build(const QByteArray &dayUtf8)
{
    const QDate day = QDate::fromString(QString::fromLatin1(dayUtf8), Qt::ISODate);
    DayOutput out;
    out.day = dayUtf8;
    m_intervals.clear();
    m_rows.clear();
    m_workerRows.clear();
    m_wages.clear();
    m_types.clear();
    auto addInterval = [&](int siteId, const QByteArray &worker, const QByteArray &activity,
                           const QByteArray &type, qint64 startMs, qint64 endMs, bool forgotten) {
        RawInterval i;
        i.worker = m_codes.id(worker);
        i.activity = m_codes.id(activity);
        i.type = m_codes.id(type);
        i.site = siteId;
        i.startMs = startMs;
        i.endMs = endMs;
        i.forgotten = forgotten;
        m_intervals.push_back(i);
    };
    auto addUnits = [&](int siteId, const QByteArray &activityView, const QByteArray &workerView,
                        qint64 quantity) {
        const int activity = m_codes.id(activityView);
        int type = m_noType;
        if (!workerView.isEmpty()) {
            const int worker = m_codes.id(workerView);
            type = typeOf(worker, day);
            m_workerRows[pack(siteId, activity, worker)].units += quantity;
        }
        m_rows[pack(siteId, activity, type)].units += quantity;
        ++out.unitsRows;
    };
    auto siteOf = [&](const QByteArray &siteView) {
        const int id = m_codes.id(siteView);
        return m_siteInfo.count(id) ? id : -1;
    };
    WH_TRY(readDay(
        dayUtf8, m_intervalSpan, m_intervalRange, m_readIntervals,
        [&] {
            const QByteArray status = m_intervalRange.textView(7);
            if (status == "open")
                return;
            const int siteId = siteOf(m_intervalRange.textView(0));
            if (siteId < 0)
                return;
            addInterval(siteId, m_intervalRange.textView(2), m_intervalRange.textView(3),
                        m_intervalRange.textView(4), m_intervalRange.int64(5), m_intervalRange.int64(6),
                        status == "forgotten");
        },
        [&](int siteId) {
            addInterval(siteId, m_readIntervals.textView(0), m_readIntervals.textView(1),
                        m_readIntervals.textView(2), m_readIntervals.int64(3), m_readIntervals.int64(4),
                        m_readIntervals.int64(5) != 0);
        }));
    WH_TRY(readDay(
        dayUtf8, m_unitSpan, m_unitRange, m_readUnits,
        [&] {
            const int siteId = siteOf(m_unitRange.textView(0));
            if (siteId < 0)
                return;
            addUnits(siteId, m_unitRange.textView(2), m_unitRange.textView(3), m_unitRange.int64(4));
        },
        [&](int siteId) {
            addUnits(siteId, m_readUnits.textView(0), m_readUnits.textView(1), m_readUnits.int64(2));
        }));
    out.intervals = static_cast<qint64>(m_intervals.size());

    // A worker's day is costed whole, by the rules of the site of its first interval.
    std::sort(m_intervals.begin(), m_intervals.end(), [](const RawInterval &a, const RawInterval &b) {
        return a.worker != b.worker ? a.worker < b.worker : a.startMs < b.startMs;
    });
    for (size_t from = 0; from < m_intervals.size();) {
        size_t to = from;
        while (to < m_intervals.size() && m_intervals[to].worker == m_intervals[from].worker)
            ++to;
        const SiteInfo &site = m_siteInfo.at(m_intervals[from].site);
        m_inputs.clear();
        for (size_t k = from; k < to; ++k) {
            const RawInterval &i = m_intervals[k];
            CostInput c;
            c.activityCode = m_codes.text(i.activity);
            c.kind = kindOf(i.activity);
            c.startMs = i.startMs;
            c.endMs = i.endMs;
            c.yenPerHour = wage(i.type, i.site, day);
            if (c.yenPerHour < 0) {
                ++out.missingWages;
                c.yenPerHour = 0;
            }
            m_inputs.push_back(std::move(c));
        }
        auto costed = costWorkerDay(m_inputs, *site.rules, site.zone);
        if (!costed) {
            // Overlapping intervals (a correction gone wrong): each is costed on its own, without
            // deduction or premiums, and the day is logged for a leader to fix.
            ++out.uncostedDays;
            logging::get("reports")->warn("{} on {}: {}; costed without break deduction or premiums",
                                          m_codes.utf8(m_intervals[from].worker).toStdString(),
                                          dayUtf8.toStdString(), costed.error().toString().toStdString());
            CostedDay plain;
            for (const CostInput &c : m_inputs) {
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
            const RawInterval &i = m_intervals[k];
            const CostedInterval &c = costed->intervals[k - from];
            SummaryRow &row = m_rows[pack(i.site, i.activity, i.type)];
            const ActivityKind kind = m_inputs[k - from].kind;
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
                m_workerRows[pack(i.site, i.activity, i.worker)].seconds += c.paidSeconds;
        }
        from = to;
    }

    out.summaries.reserve(m_rows.size());
    for (const quint64 key : keysInOrder(m_rows)) {
        const SummaryRow &r = m_rows.at(key);
        SummaryOut s{&m_codes.utf8(unpack(key, 42)), &m_codes.utf8(unpack(key, 21)),
                     &m_codes.utf8(unpack(key, 0))};
        const qint64 values[] = {r.units,
                                 r.directS,
                                 r.indirectS,
                                 r.breakS,
                                 r.deductedS,
                                 r.paidS,
                                 r.overtimeS,
                                 r.lateNightS,
                                 r.forgottenS,
                                 baseYen(r.baseNumerator).amount(),
                                 premiumYen(r.premiumNumerator).amount()};
        std::copy(std::begin(values), std::end(values), std::begin(s.values));
        // The roll-up per activity: the rows of one (site, activity) are next to each other.
        if (out.activities.empty() || out.activities.back().site != s.site ||
            out.activities.back().activity != s.activity)
            out.activities.push_back({s.site, s.activity});
        qint64 *a = out.activities.back().values;
        a[0] += r.units;
        a[1] += r.directS;
        a[2] += r.indirectS;
        a[3] += r.breakS;
        a[4] += r.paidS;
        a[5] += r.forgottenS;
        a[6] += s.values[9];
        a[7] += s.values[10];
        out.summaries.push_back(std::move(s));
    }
    out.workers.reserve(m_workerRows.size());
    for (const quint64 key : keysInOrder(m_workerRows)) {
        const WorkerRow &r = m_workerRows.at(key);
        out.workers.push_back({&m_codes.utf8(unpack(key, 42)), &m_codes.utf8(unpack(key, 21)),
                               &m_codes.utf8(unpack(key, 0)), r.units, r.seconds});
    }
    return out;
}

// Days built ahead by a reader thread, handed to the writer in order; at most `capacity` wait.
class DayQueue {
public:
    explicit DayQueue(size_t capacity)
        : m_capacity(capacity)
    {
    }
    // false when the consumer stopped the queue.
    bool push(Result<DayOutput> day)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_days.size() < m_capacity; });
        if (m_stopped)
            return false;
        m_days.push_back(std::move(day));
        m_changed.notify_all();
        return true;
    }
    Result<DayOutput> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_days.empty(); });
        Result<DayOutput> day = std::move(m_days.front());
        m_days.pop_front();
        m_changed.notify_all();
        return day;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Result<DayOutput>> m_days;
    size_t m_capacity;
    bool m_stopped = false;
};

// Reader threads, each on its own read-only connection to the same file: they read and cost the
// days (thread k the days k, k + n, ...) while the caller's connection writes the previous ones.
// Their read transactions start after the writer took the write lock and before anything is
// committed, and WAL readers never see another connection's uncommitted writes, so they read
// exactly what the writer's connection would.
class Readers {
public:
    Readers(int count, const QByteArray &path, const Reference &ref, const std::vector<QByteArray> &days)
    {
        for (int k = 0; k < count; ++k) {
            m_queues.push_back(std::make_unique<DayQueue>(3));
            m_codes.push_back(std::make_unique<Codes>());
        }
        for (int k = 0; k < count; ++k)
            m_threads.emplace_back([this, k, count, path, &ref, &days] { run(k, count, path, ref, days); });
    }
    ~Readers()
    {
        for (auto &q : m_queues)
            q->stop();
        for (std::thread &t : m_threads)
            t.join();
    }
    Readers(const Readers &) = delete;
    Readers &operator=(const Readers &) = delete;

    // The day with index `d` (days are asked for in order).
    Result<DayOutput> next(size_t d) { return m_queues[d % m_queues.size()]->pop(); }

private:
    void run(int first, int step, const QByteArray &path, const Reference &ref,
             const std::vector<QByteArray> &days)
    {
        DayQueue &queue = *m_queues[static_cast<size_t>(first)];
        sqlite3 *handle = nullptr;
        const int rc = sqlite3_open_v2(path.constData(), &handle, SQLITE_OPEN_READONLY, nullptr);
        Status opened;
        if (rc != SQLITE_OK)
            opened = Error(ErrorCode::Internal,
                           QStringLiteral("the reader of the daily totals cannot open the store"),
                           QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)));
        {
            DayBuilder builder(ref, *m_codes[static_cast<size_t>(first)]);
            if (opened.ok()) {
                sqlite3_busy_timeout(handle, 10000);
                sqlite3_exec(handle, "PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456", nullptr,
                             nullptr, nullptr);
                if (sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
                    opened = Error(ErrorCode::Internal,
                                   QStringLiteral("the reader of the daily totals cannot begin"),
                                   QString::fromUtf8(sqlite3_errmsg(handle)));
            }
            if (opened.ok())
                opened = builder.prepare(handle);
            if (!opened.ok()) {
                (void)queue.push(opened.error());
            } else {
                for (size_t d = static_cast<size_t>(first); d < days.size(); d += static_cast<size_t>(step)) {
                    auto built = builder.build(days[d]);
                    const bool failed = !built;
                    if (!queue.push(std::move(built)) || failed)
                        break;
                }
            }
        } // the builder's statements are finalized here
        if (handle) {
            sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_close(handle);
        }
    }

    std::vector<std::unique_ptr<DayQueue>> m_queues;
    std::vector<std::unique_ptr<Codes>> m_codes; // per thread; the rows written point into them
    std::vector<std::thread> m_threads;
};

// The file of the main database when it is a WAL file another connection can read, else empty.
QByteArray readerPath(sqlite3 *handle)
{
    if (!sqlite3_get_autocommit(handle))
        return {}; // inside the caller's transaction: another connection would not see its writes
    const char *file = sqlite3_db_filename(handle, "main");
    if (!file || !*file)
        return {}; // in memory or temporary
    db::SqliteStatement mode;
    if (!mode.prepare(handle, "PRAGMA journal_mode").ok())
        return {};
    auto row = mode.step();
    if (!row || !*row || mode.textView(0).toLower() != "wal")
        return {};
    return QByteArray(file);
}

// Appends the business days that have dirty keys, in order.
Status appendDirtyDays(sqlite3 *handle, std::vector<QByteArray> &days)
{
    db::SqliteStatement q;
    WH_TRY(q.prepare(handle, "SELECT DISTINCT business_day FROM summary_dirty ORDER BY 1"));
    return forEachRow(q, [&] {
        const QByteArray view = q.textView(0);
        days.emplace_back(view.constData(), view.size());
    });
}

// The business days that have punch intervals or units rows (one index seek per day and site), or
// dirty keys.
Result<std::vector<QByteArray>> allDays(sqlite3 *handle, const Reference &ref)
{
    std::vector<QByteArray> days;
    db::SqliteStatement seek[2];
    WH_TRY(seek[0].prepare(handle,
                           "SELECT business_day FROM punch_intervals WHERE site = ?1 AND business_day > ?2 "
                           "ORDER BY business_day LIMIT 1"));
    WH_TRY(seek[1].prepare(handle, "SELECT business_day FROM units WHERE site = ?1 AND business_day > ?2 "
                                   "ORDER BY business_day LIMIT 1"));
    for (const auto &[code, site] : ref.sites) {
        const QByteArray siteUtf8 = code.toUtf8();
        for (db::SqliteStatement &q : seek) {
            QByteArray after(""); // before every day
            for (bool found = true; found;) {
                q.bindText(1, siteUtf8);
                q.bindText(2, after);
                found = false;
                WH_TRY(forEachRow(q, [&] {
                    const QByteArray view = q.textView(0);
                    after = QByteArray(view.constData(), view.size());
                    found = true;
                }));
                if (found)
                    days.push_back(after);
            }
        }
    }
    WH_TRY(appendDirtyDays(handle, days));
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

} // namespace

void SummaryBuilder::setReaderThreads(int count)
{
    m_readers = std::max(0, count);
}

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
    // Checked before the transaction begins: is the caller inside one of its own?
    const QByteArray path =
        all && m_readers > 0 && QThread::idealThreadCount() > 1 ? readerPath(handle) : QByteArray();
    db::Transaction tx(db);
    WH_TRY(tx.begun());
    Stats stats;

    // The business days to total.
    std::vector<QByteArray> days;
    if (all) {
        auto found = allDays(handle, ref);
        if (!found)
            return found.error();
        days = std::move(found).value();
    } else {
        WH_TRY(appendDirtyDays(handle, days));
    }
    {
        db::SqliteStatement count;
        WH_TRY(count.prepare(handle, "SELECT COUNT(*) FROM summary_dirty"));
        auto row = count.step();
        if (!row)
            return row.error();
        stats.dirtyKeys = count.int64(0);
    }
    // A full rebuild writes worker_daily without its index by worker and builds the index once at the
    // end (a sort, instead of 2 million inserts scattered over it); dropped first, the table is also
    // emptied without it. SQLite refuses to drop it while a statement of the caller still reads on
    // this connection: then it stays and is kept row by row.
    const bool indexDropped =
        all && db::execDirect(db, QStringLiteral("DROP INDEX IF EXISTS worker_daily_by_worker")).ok();
    // The readers start on the first days while this connection empties the tables.
    std::optional<Readers> readers;
    if (!path.isEmpty() && !days.empty())
        readers.emplace(m_readers, path, ref, days);
    if (all) {
        // Emptied whole (SQLite drops the pages instead of deleting row by row).
        for (const char *table : {"daily_summaries", "worker_daily", "daily_activity_summaries",
                                  "monthly_summaries", "summary_dirty"})
            WH_TRY(db::execDirect(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    }

    db::SqliteStatement deleteSummaries, deleteActivities, deleteWorkers, deleteDirty, insertSummary,
        insertWorker, insertActivity;
    WH_TRY(
        deleteSummaries.prepare(handle, "DELETE FROM daily_summaries WHERE site = ? AND business_day = ?"));
    WH_TRY(deleteActivities.prepare(
        handle, "DELETE FROM daily_activity_summaries WHERE site = ? AND business_day = ?"));
    WH_TRY(deleteWorkers.prepare(handle, "DELETE FROM worker_daily WHERE site = ? AND business_day = ?"));
    WH_TRY(deleteDirty.prepare(handle, "DELETE FROM summary_dirty WHERE business_day = ?"));
    WH_TRY(insertSummary.prepare(
        handle, "INSERT INTO daily_summaries (site, business_day, activity, employment_type, "
                "units, direct_s, indirect_s, break_s, deducted_s, paid_s, overtime_s, "
                "late_night_s, forgotten_s, base_yen, premium_yen) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    WH_TRY(insertWorker.prepare(handle,
                                "INSERT INTO worker_daily (site, business_day, activity, worker, units, "
                                "seconds) VALUES (?, ?, ?, ?, ?, ?)"));
    // worker_daily takes most of the rows (2 million a year): kWorkerBatch of them per statement.
    constexpr int kWorkerBatch = 32;
    db::SqliteStatement insertWorkers;
    {
        QByteArray sql(
            "INSERT INTO worker_daily (site, business_day, activity, worker, units, seconds) VALUES ");
        for (int r = 0; r < kWorkerBatch; ++r)
            sql += r == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)";
        WH_TRY(insertWorkers.prepare(handle, sql.constData()));
    }
    WH_TRY(insertActivity.prepare(
        handle, "INSERT INTO daily_activity_summaries (site, business_day, activity, units, "
                "direct_s, indirect_s, break_s, paid_s, forgotten_s, base_yen, "
                "premium_yen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    std::vector<QByteArray> sites;
    for (const auto &[code, site] : ref.sites)
        sites.push_back(code.toUtf8());

    auto write = [&](const DayOutput &out) -> Status {
        const QByteArray &dayUtf8 = out.day;
        if (!all) {
            for (const QByteArray &site : sites)
                for (db::SqliteStatement *q : {&deleteSummaries, &deleteActivities, &deleteWorkers}) {
                    q->bindText(1, site);
                    q->bindText(2, dayUtf8);
                    WH_TRY(q->run());
                }
            deleteDirty.bindText(1, dayUtf8);
            WH_TRY(deleteDirty.run());
        }
        for (const SummaryOut &s : out.summaries) {
            insertSummary.bindText(1, *s.site);
            insertSummary.bindText(2, dayUtf8);
            insertSummary.bindText(3, *s.activity);
            insertSummary.bindText(4, *s.type);
            for (int v = 0; v < 11; ++v)
                insertSummary.bindInt64(5 + v, s.values[v]);
            WH_TRY(insertSummary.run());
        }
        for (const ActivityOut &a : out.activities) {
            insertActivity.bindText(1, *a.site);
            insertActivity.bindText(2, dayUtf8);
            insertActivity.bindText(3, *a.activity);
            for (int v = 0; v < 8; ++v)
                insertActivity.bindInt64(4 + v, a.values[v]);
            WH_TRY(insertActivity.run());
        }
        // The six values of a worker_daily row, from parameter base + 1 on.
        auto bindWorker = [&](db::SqliteStatement &q, int base, const WorkerOut &w) {
            q.bindText(base + 1, *w.site);
            q.bindText(base + 2, dayUtf8);
            q.bindText(base + 3, *w.activity);
            q.bindText(base + 4, *w.worker);
            q.bindInt64(base + 5, w.units);
            q.bindInt64(base + 6, w.seconds);
        };
        size_t next = 0;
        for (; next + kWorkerBatch <= out.workers.size(); next += kWorkerBatch) {
            for (int r = 0; r < kWorkerBatch; ++r)
                bindWorker(insertWorkers, r * 6, out.workers[next + static_cast<size_t>(r)]);
            WH_TRY(insertWorkers.run());
        }
        for (; next < out.workers.size(); ++next) {
            bindWorker(insertWorker, 0, out.workers[next]);
            WH_TRY(insertWorker.run());
        }
        stats.intervals += out.intervals;
        stats.unitsRows += out.unitsRows;
        stats.uncostedDays += out.uncostedDays;
        stats.missingWages += out.missingWages;
        stats.summaryRows += static_cast<qint64>(out.summaries.size());
        stats.workerRows += static_cast<qint64>(out.workers.size());
        ++stats.days;
        return {};
    };

    qint64 done = 0;
    auto afterDay = [&]() -> Status {
        ++done;
        if (progress && !progress(done, static_cast<qint64>(days.size())))
            return Error(ErrorCode::Conflict, QStringLiteral("cancelled: the totals were not rebuilt"));
        return {};
    };
    if (readers) {
        for (size_t d = 0; d < days.size(); ++d) {
            auto out = readers->next(d);
            if (!out)
                return out.error();
            WH_TRY(write(*out));
            WH_TRY(afterDay());
        }
    } else {
        Codes codes;
        DayBuilder builder(ref, codes);
        WH_TRY(builder.prepare(handle));
        for (const QByteArray &day : days) {
            auto out = builder.build(day);
            if (!out)
                return out.error();
            WH_TRY(write(*out));
            WH_TRY(afterDay());
        }
    }

    if (indexDropped) { // as db/migrations/0005_daily_summaries.sql has it
        WH_TRY(db::execDirect(
            db, QStringLiteral("CREATE INDEX worker_daily_by_worker ON worker_daily(worker, business_day)")));
    }
    // The monthly totals of every month a day was totalled in, from the per-activity roll-up.
    {
        std::vector<QByteArray> months;
        for (const QByteArray &d : days)
            if (months.empty() || months.back() != d.left(7))
                months.push_back(d.left(7));
        db::SqliteStatement deleteMonth, insertMonth;
        WH_TRY(deleteMonth.prepare(handle, "DELETE FROM monthly_summaries WHERE site = ? AND month = ?"));
        WH_TRY(insertMonth.prepare(
            handle,
            "INSERT INTO monthly_summaries (site, month, activity, units, direct_s, indirect_s, break_s, "
            "paid_s, forgotten_s, base_yen, premium_yen) SELECT ?1, ?2, activity, SUM(units), "
            "SUM(direct_s), SUM(indirect_s), SUM(break_s), SUM(paid_s), SUM(forgotten_s), SUM(base_yen), "
            "SUM(premium_yen) FROM daily_activity_summaries WHERE site = ?1 AND business_day >= ?2 || '-01' "
            "AND business_day <= ?2 || '-31' GROUP BY activity"));
        for (const QByteArray &month : months) {
            for (const QByteArray &site : sites) {
                if (!all) {
                    deleteMonth.bindText(1, site);
                    deleteMonth.bindText(2, month);
                    WH_TRY(deleteMonth.run());
                }
                insertMonth.bindText(1, site);
                insertMonth.bindText(2, month);
                WH_TRY(insertMonth.run());
            }
        }
    }
    WH_TRY(tx.commit());
    log->info("{} rebuild of the daily totals: {} days, {} intervals, {} rows", all ? "full" : "dirty",
              stats.days, stats.intervals, stats.summaryRows);
    return stats;
}

Status SummaryBuilder::rebuildRollups()
{
    QSqlDatabase db = m_store.connection();
    db::Transaction tx(db);
    WH_TRY(tx.begun());
    WH_TRY(db::execDirect(db, QStringLiteral("DELETE FROM daily_activity_summaries")));
    WH_TRY(db::execDirect(
        db,
        QStringLiteral("INSERT INTO daily_activity_summaries (site, business_day, activity, units, direct_s, "
                       "indirect_s, break_s, paid_s, forgotten_s, base_yen, premium_yen) SELECT site, "
                       "business_day, activity, SUM(units), SUM(direct_s), SUM(indirect_s), SUM(break_s), "
                       "SUM(paid_s), SUM(forgotten_s), SUM(base_yen), SUM(premium_yen) FROM daily_summaries "
                       "GROUP BY site, business_day, activity")));
    WH_TRY(db::execDirect(db, QStringLiteral("DELETE FROM monthly_summaries")));
    WH_TRY(db::execDirect(
        db,
        QStringLiteral("INSERT INTO monthly_summaries (site, month, activity, units, direct_s, indirect_s, "
                       "break_s, paid_s, forgotten_s, base_yen, premium_yen) SELECT site, "
                       "substr(business_day, 1, 7), activity, SUM(units), SUM(direct_s), SUM(indirect_s), "
                       "SUM(break_s), SUM(paid_s), SUM(forgotten_s), SUM(base_yen), SUM(premium_yen) FROM "
                       "daily_activity_summaries GROUP BY site, substr(business_day, 1, 7), activity")));
    return tx.commit();
}

} // namespace wh::reports
