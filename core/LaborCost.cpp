#include "LaborCost.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <optional>

namespace wh {

namespace {

constexpr qint64 kMsPerDay = 24LL * 3600 * 1000;

QString localText(qint64 utcMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).toString(Qt::ISODateWithMs);
}

// "PICK 2026-11-02T21:00:00.000+09:00 - 2026-11-03T01:00:00.000+09:00": for error messages, in the
// site's local time because that is what the leader fixing the punches sees.
QString describe(const CostInput &in, const QTimeZone &zone)
{
    return in.activityCode + QLatin1Char(' ') + localText(in.startMs, zone) + QStringLiteral(" - ") +
           localText(in.endMs, zone);
}

Status checkRules(const LaborRules &rules)
{
    const auto bad = [](const char *what) {
        return Error(ErrorCode::InvalidArgument, QStringLiteral("labor rules: %1").arg(QLatin1String(what)));
    };
    if (rules.threshold1Minutes < 0 || rules.threshold2Minutes < 0 || rules.breakOver6hMinutes < 0 ||
        rules.breakOver8hMinutes < 0)
        return bad("break thresholds and lengths must not be negative");
    if (rules.overtimeAfterMinutes < 0 || rules.overtimePercent < 0 || rules.lateNightPercent < 0)
        return bad("overtime threshold and premium percents must not be negative");
    if (rules.lateNightStartMinute < 0 || rules.lateNightStartMinute >= 1440 ||
        rules.lateNightEndMinute < 0 || rules.lateNightEndMinute >= 1440)
        return bad("late-night window minutes must be within 0..1439");
    return {};
}

// UTC ms of the local wall-clock time `minute` on `date` in `zone`. A time in a spring-forward gap
// does not exist; Qt 6.4 gives an invalid QDateTime for it, so the boundary moves to the end of the
// gap (the first instant whose wall clock is past that time). A time repeated by a fall-back change
// is resolved the way Qt resolves it (Qt 6.4: the later, standard-time reading).
qint64 localBoundaryMs(const QTimeZone &zone, const QDate &date, int minute)
{
    const QTime time(minute / 60, minute % 60);
    const QDateTime local(date, time, zone);
    if (local.isValid())
        return local.toMSecsSinceEpoch();

    // The wall-clock reading expressed as if it were UTC, to compare with a transition's new wall clock.
    const qint64 wallMs = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    QDateTime from = QDateTime::fromMSecsSinceEpoch(wallMs - 2 * kMsPerDay, QTimeZone::utc());
    for (int i = 0; i < 8; ++i) {
        const QTimeZone::OffsetData next = zone.nextTransition(from);
        if (!next.atUtc.isValid())
            break;
        const qint64 atMs = next.atUtc.toMSecsSinceEpoch();
        if (atMs + qint64{next.offsetFromUtc} * 1000 > wallMs)
            return atMs;
        from = next.atUtc;
    }
    return local.toMSecsSinceEpoch(); // no transition found: Qt's own guess
}

// Time-zone conversions are the costly part of costing a year of punches (millions of intervals,
// a handful of distinct dates and boundaries), so each thread keeps the answers per zone. The local
// date is cached per quarter hour of UTC time: every zone offset in use is a multiple of 15
// minutes and transitions fall on quarter hours, so all instants of one quarter share a local date.
struct ZoneCache {
    QHash<qint64, qint64> boundaries; // julian day * 1440 + minute -> UTC ms
    QHash<qint64, qint64> dates;      // UTC ms / 15 min -> local julian day
};

ZoneCache &cacheFor(const QTimeZone &zone)
{
    thread_local QHash<QByteArray, ZoneCache> caches;
    return caches[zone.id()];
}

qint64 cachedBoundaryMs(ZoneCache &cache, const QTimeZone &zone, const QDate &date, int minute)
{
    const qint64 key = date.toJulianDay() * 1440 + minute;
    auto it = cache.boundaries.constFind(key);
    if (it != cache.boundaries.constEnd())
        return *it;
    const qint64 ms = localBoundaryMs(zone, date, minute);
    cache.boundaries.insert(key, ms);
    return ms;
}

QDate cachedLocalDate(ZoneCache &cache, const QTimeZone &zone, qint64 utcMs)
{
    constexpr qint64 kQuarterMs = 15 * 60 * 1000;
    const qint64 quarter = utcMs >= 0 ? utcMs / kQuarterMs : (utcMs - kQuarterMs + 1) / kQuarterMs;
    auto it = cache.dates.constFind(quarter);
    if (it != cache.dates.constEnd())
        return QDate::fromJulianDay(*it);
    const QDate date = QDateTime::fromMSecsSinceEpoch(utcMs, zone).date();
    cache.dates.insert(quarter, date.toJulianDay());
    return date;
}

// Milliseconds of [startMs, endMs) inside the site's late-night window(s).
// `cache` is cacheFor(zone), looked up once per worker-day (the zone id and its hash cost more than
// the answers).
qint64 lateNightOverlapMs(qint64 startMs, qint64 endMs, const LaborRules &rules, const QTimeZone &zone,
                          ZoneCache &cache)
{
    if (endMs <= startMs || rules.lateNightStartMinute == rules.lateNightEndMinute)
        return 0;
    const bool crossesMidnight = rules.lateNightStartMinute > rules.lateNightEndMinute;
    const QDate first = cachedLocalDate(cache, zone, startMs);
    const QDate last = cachedLocalDate(cache, zone, endMs);
    qint64 overlap = 0;
    // A window that crosses midnight and opened the evening before can still cover the start.
    for (QDate day = first.addDays(-1); day <= last; day = day.addDays(1)) {
        const qint64 windowStart = cachedBoundaryMs(cache, zone, day, rules.lateNightStartMinute);
        const qint64 windowEnd =
            cachedBoundaryMs(cache, zone, crossesMidnight ? day.addDays(1) : day, rules.lateNightEndMinute);
        const qint64 from = std::max(startMs, windowStart);
        const qint64 to = std::min(endMs, windowEnd);
        if (to > from)
            overlap += to - from;
    }
    return std::min(overlap, endMs - startMs);
}

// Splits `total` over `weights` in proportion, in whole units, adding up exactly to `total`
// (largest remainder; ties to the lower index). Requires total <= sum(weights), sum > 0.
std::vector<qint64> largestRemainder(qint64 total, const std::vector<qint64> &weights)
{
    const qint64 sum = std::accumulate(weights.begin(), weights.end(), qint64{0});
    std::vector<qint64> parts(weights.size(), 0);
    std::vector<qint64> remainders(weights.size(), 0);
    qint64 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        parts[i] = total * weights[i] / sum;
        remainders[i] = total * weights[i] % sum;
        given += parts[i];
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    // At most weights.size() - 1 units are left, and each goes to a part whose weight is not yet used
    // up (a non-zero remainder means the part is below its weight).
    for (std::size_t k = 0; given < total && k < order.size(); ++k, ++given)
        ++parts[order[k]];
    return parts;
}

} // namespace

Result<CostedDay> costWorkerDay(const std::vector<CostInput> &intervals, const LaborRules &rules,
                                const QTimeZone &zone)
{
    if (!zone.isValid())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("labor cost: invalid time zone"));
    WH_TRY(checkRules(rules));

    for (const CostInput &in : intervals) {
        if (in.endMs < in.startMs)
            return Error(
                ErrorCode::InvalidArgument,
                QStringLiteral("labor cost: interval ends before it starts: %1").arg(describe(in, zone)));
        if (in.yenPerHour < 0)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("labor cost: negative wage %1 yen/h: %2")
                             .arg(QString::number(in.yenPerHour), describe(in, zone)));
    }

    // Chronological order (ties by end so a zero-length interval sorts before the one it touches);
    // results go back to the input positions.
    std::vector<std::size_t> order(intervals.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (intervals[a].startMs != intervals[b].startMs)
            return intervals[a].startMs < intervals[b].startMs;
        return intervals[a].endMs < intervals[b].endMs;
    });

    // One worker cannot be in two places: overlapping intervals mean the punches are wrong, and
    // costing them would pay the overlap twice. Touching intervals (end == next start) are fine.
    // An empty interval covers no time, so it overlaps nothing.
    std::optional<std::size_t> latest; // the non-empty interval that ends last so far
    for (const std::size_t i : order) {
        const CostInput &in = intervals[i];
        if (in.endMs == in.startMs)
            continue;
        if (latest && in.startMs < intervals[*latest].endMs)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("labor cost: intervals overlap: %1 and %2")
                             .arg(describe(intervals[*latest], zone), describe(in, zone)));
        if (!latest || in.endMs > intervals[*latest].endMs)
            latest = i;
    }

    CostedDay day;
    day.intervals.resize(intervals.size());
    std::vector<std::size_t> direct; // chronological
    for (const std::size_t i : order) {
        const CostInput &in = intervals[i];
        CostedInterval &out = day.intervals[i];
        out.rawSeconds = (in.endMs - in.startMs) / 1000;
        switch (in.kind) {
        case ActivityKind::Direct:
            day.directSeconds += out.rawSeconds;
            direct.push_back(i);
            break;
        case ActivityKind::Indirect: day.indirectSeconds += out.rawSeconds; break;
        case ActivityKind::Break:
            day.breakSeconds += out.rawSeconds;
            day.hadBreakPunch = true;
            break;
        }
    }

    // Statutory break, only when the worker punched no break at all.
    if (!day.hadBreakPunch) {
        const qint64 work = day.directSeconds + day.indirectSeconds;
        qint64 required = 0;
        if (work > qint64{rules.threshold2Minutes} * 60)
            required = qint64{rules.breakOver8hMinutes} * 60;
        else if (work > qint64{rules.threshold1Minutes} * 60)
            required = qint64{rules.breakOver6hMinutes} * 60;
        const qint64 taken = std::min(required, day.directSeconds);
        day.deductedSeconds = taken;
        day.undeductedSeconds = required - taken;
        if (taken > 0) {
            std::vector<qint64> weights;
            weights.reserve(direct.size());
            for (const std::size_t i : direct)
                weights.push_back(day.intervals[i].rawSeconds);
            const std::vector<qint64> parts = largestRemainder(taken, weights);
            for (std::size_t k = 0; k < direct.size(); ++k)
                day.intervals[direct[k]].deductedSeconds = parts[k];
        }
    }

    const qint64 overtimeAfter = qint64{rules.overtimeAfterMinutes} * 60;
    qint64 cumulativePaid = 0;
    ZoneCache *cache = nullptr;
    for (const std::size_t i : order) {
        const CostInput &in = intervals[i];
        CostedInterval &out = day.intervals[i];
        if (in.kind == ActivityKind::Break)
            continue;
        out.paidSeconds = out.rawSeconds - out.deductedSeconds;

        const qint64 before = cumulativePaid;
        cumulativePaid += out.paidSeconds;
        out.overtimeSeconds =
            std::clamp(cumulativePaid - std::max(before, overtimeAfter), qint64{0}, out.paidSeconds);

        if (out.rawSeconds > 0) {
            if (!cache)
                cache = &cacheFor(zone);
            const qint64 rawNight = lateNightOverlapMs(in.startMs, in.endMs, rules, zone, *cache) / 1000;
            // rawNight * paid / raw, half up: (2 * a * b + c) / (2 * c).
            const qint64 paidNight = (2 * rawNight * out.paidSeconds + out.rawSeconds) / (2 * out.rawSeconds);
            out.lateNightSeconds = std::min(paidNight, out.paidSeconds);
        }

        out.baseYenSeconds = out.paidSeconds * in.yenPerHour;
        if (rules.premiumsEnabled)
            out.premiumYenSecondsPercent = out.overtimeSeconds * in.yenPerHour * rules.overtimePercent +
                                           out.lateNightSeconds * in.yenPerHour * rules.lateNightPercent;

        day.paidSeconds += out.paidSeconds;
        day.overtimeSeconds += out.overtimeSeconds;
        day.lateNightSeconds += out.lateNightSeconds;
        day.baseYenSeconds += out.baseYenSeconds;
        day.premiumYenSecondsPercent += out.premiumYenSecondsPercent;
    }
    return day;
}

} // namespace wh
