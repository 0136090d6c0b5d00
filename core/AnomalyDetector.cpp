#include "AnomalyDetector.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <optional>

namespace wh {

QString anomalyMetricName(AnomalyMetric metric)
{
    switch (metric) {
    case AnomalyMetric::Productivity: return QStringLiteral("productivity");
    case AnomalyMetric::UnitCost: return QStringLiteral("unit-cost");
    case AnomalyMetric::HoursWithoutUnits: return QStringLiteral("hours-without-units");
    case AnomalyMetric::UnitsWithoutHours: return QStringLiteral("units-without-hours");
    case AnomalyMetric::Hours: return QStringLiteral("hours");
    }
    return {};
}

namespace {

// 1 / Phi^-1(3/4): turns a median absolute deviation into a standard deviation for normal noise.
constexpr double kMadToSigma = 1.4826;
// Fewer recent residuals than this give no trend: the median of two or three days is mostly noise.
constexpr int kMinTrendPoints = 5;

struct Day {
    QDate date;
    qint64 units = 0;
    qint64 seconds = 0;
    qint64 cost = 0;
    qint64 forgotten = 0;

    [[nodiscard]] double hours() const { return static_cast<double>(seconds) / 3600.0; }
    [[nodiscard]] bool hasUnits() const { return units > 0; }
    [[nodiscard]] bool hasHours() const { return seconds > 0; }
    // Both KPIs need units and hours; unit cost also needs a cost (a missing wage is not our case).
    [[nodiscard]] std::optional<double> logProductivity() const
    {
        if (!hasUnits() || !hasHours())
            return std::nullopt;
        return std::log(static_cast<double>(units) / hours());
    }
    [[nodiscard]] std::optional<double> logUnitCost() const
    {
        if (!hasUnits() || !hasHours() || cost <= 0)
            return std::nullopt;
        return std::log(static_cast<double>(cost) / static_cast<double>(units));
    }
    // How far the forgotten hours alone move the paid hours (log), were all of them spurious.
    [[nodiscard]] double logForgottenShift() const
    {
        const qint64 kept = seconds - std::min(forgotten, seconds);
        return kept > 0 ? std::log(static_cast<double>(seconds) / static_cast<double>(kept))
                        : std::numeric_limits<double>::infinity();
    }
};

// Sorted working days, one per date.
std::vector<Day> workingDays(const std::vector<DailyFigure> &series)
{
    std::map<QDate, Day> byDate;
    for (const DailyFigure &f : series) {
        if (!f.day.isValid())
            continue;
        Day &d = byDate[f.day];
        d.date = f.day;
        d.units += f.units;
        d.seconds += f.paidSeconds;
        d.cost += f.costYen;
        d.forgotten += f.forgottenSeconds;
    }
    std::vector<Day> days;
    days.reserve(byDate.size());
    for (const auto &[date, d] : byDate) {
        if (d.hasUnits() || d.hasHours())
            days.push_back(d);
    }
    return days;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

struct Point {
    QDate date;
    double value = 0; // log of the KPI
};

struct Expectation {
    double logExpected = 0;
    double scale = 0;
};

// Values sorted once, so that the median without one of them costs nothing.
class SortedValues {
public:
    void add(double value) { m_values.push_back(value); }
    void sort() { std::sort(m_values.begin(), m_values.end()); }
    [[nodiscard]] int size() const { return static_cast<int>(m_values.size()); }
    [[nodiscard]] double median() const { return medianSkipping(m_values.size()); }
    // The median of the others: `value` must be one of the values.
    [[nodiscard]] double medianWithout(double value) const
    {
        const auto it = std::lower_bound(m_values.begin(), m_values.end(), value);
        return medianSkipping(static_cast<size_t>(it - m_values.begin()));
    }

private:
    // The median of the values without the one at `skip` (none when skip == size).
    [[nodiscard]] double medianSkipping(size_t skip) const
    {
        const size_t n = m_values.size() - (skip < m_values.size() ? 1 : 0);
        if (n == 0)
            return 0;
        const auto at = [&](size_t i) { return m_values[i < skip ? i : i + 1]; };
        return n % 2 == 1 ? at(n / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
    }

    std::vector<double> m_values;
};

// The expected log value of the KPI on `date` and the scale of its departures, from `history`
// (past points only, in date order). nullopt with fewer than `minPoints` points.
std::optional<Expectation> expect(const std::vector<Point> &history, const QDate &date, int minPoints,
                                  const AnomalyOptions &options)
{
    if (history.empty() || static_cast<int>(history.size()) < minPoints)
        return std::nullopt;

    // The reference of each weekday: its own days when it has enough of them, else all days.
    SortedValues all;
    SortedValues byWeekday[8];
    for (const Point &p : history) {
        all.add(p.value);
        byWeekday[p.date.dayOfWeek()].add(p.value);
    }
    all.sort();
    const SortedValues *reference[8] = {};
    for (int wd = 1; wd <= 7; ++wd) {
        byWeekday[wd].sort();
        reference[wd] = byWeekday[wd].size() >= std::max(1, options.minWeekdayPoints) ? &byWeekday[wd] : &all;
    }

    // Residuals: each history day against the median of the OTHER days of its reference, just as the
    // scored day is judged against days that do not include it. Judged against a median that included
    // itself, a day would look closer than it is (with 8 days a weekday, 2 of them sit on the median),
    // the spread would come out too small and normal days would be flagged. So their spread is the
    // error of the expectation itself, median noise included; the recent ones tell whether the
    // activity has moved since the middle of the window.
    std::vector<double> residuals;
    std::vector<double> recent;
    residuals.reserve(history.size());
    const QDate trendFrom = date.addDays(-options.trendDays);
    for (const Point &p : history) {
        const SortedValues &ref = *reference[p.date.dayOfWeek()];
        const double r = ref.size() > 1 ? p.value - ref.medianWithout(p.value) : 0.0;
        residuals.push_back(r);
        if (options.trendDays > 0 && p.date >= trendFrom)
            recent.push_back(r);
    }
    double expected = reference[date.dayOfWeek()]->median();
    // The trend is a median of a few noisy residuals too; its error (variance about pi/2 * sigma^2 / n
    // for a median of n normal points) adds to the day's own.
    double inflation = 1.0;
    if (static_cast<int>(recent.size()) >= kMinTrendPoints) {
        expected += median(recent);
        inflation += std::numbers::pi / 2.0 / static_cast<double>(recent.size());
    }

    const double centre = median(residuals);
    for (double &r : residuals)
        r = std::abs(r - centre);
    const double sigma = kMadToSigma * median(residuals) * std::sqrt(inflation);
    // Never 0, whatever the options: a constant series with minScale 0 must not divide by zero.
    return Expectation{expected, std::max({sigma, options.minScale, 1e-9})};
}

double clampScore(double score, const AnomalyOptions &options)
{
    return std::clamp(score, -options.scoreCap, options.scoreCap);
}

} // namespace

std::vector<AnomalyFlag> detectAnomalies(const std::vector<DailyFigure> &series,
                                         const AnomalyOptions &options)
{
    const std::vector<Day> days = workingDays(series);
    // At least one past day, whatever the options: "usually" needs something to go by.
    const int minHistory = std::max(1, options.minHistory);
    std::vector<AnomalyFlag> flags;

    size_t first = 0; // the oldest day still inside the window
    std::vector<Point> productivity;
    std::vector<Point> unitCost;
    std::vector<Point> hours; // log paid hours of the history's days with hours (only when scored)
    for (size_t i = 0; i < days.size(); ++i) {
        const Day &day = days[i];
        const QDate windowStart = day.date.addDays(-options.windowDays);
        while (first < i && days[first].date < windowStart)
            ++first;
        const auto historyDays = static_cast<int>(i - first);
        if (historyDays < minHistory || (options.scoreFrom.isValid() && day.date < options.scoreFrom))
            continue;

        productivity.clear();
        unitCost.clear();
        int withUnits = 0;
        int withHours = 0;
        for (size_t j = first; j < i; ++j) {
            const Day &past = days[j];
            withUnits += past.hasUnits() ? 1 : 0;
            withHours += past.hasHours() ? 1 : 0;
            if (const auto p = past.logProductivity())
                productivity.push_back({past.date, *p});
            if (const auto c = past.logUnitCost())
                unitCost.push_back({past.date, *c});
        }
        const double share = 1.0 / historyDays;

        if (day.hasHours() && !day.hasUnits()) {
            if (withUnits * share < options.usualShare) {
                // An activity without units (a meeting, cleaning): hours alone are normal, but hours
                // closed as forgotten inflate its cost with nothing to show it but the hours.
                if (day.forgotten <= 0)
                    continue;
                hours.clear();
                for (size_t j = first; j < i; ++j)
                    if (days[j].hasHours())
                        hours.push_back({days[j].date, std::log(days[j].hours())});
                const auto e = expect(hours, day.date, minHistory, options);
                if (!e)
                    continue;
                const double forgottenShift = day.logForgottenShift();
                const double z = clampScore((std::log(day.hours()) - e->logExpected) / e->scale, options);
                if (z < options.forgottenThreshold || forgottenShift / e->scale < options.forgottenThreshold)
                    continue;
                const double expected = std::exp(e->logExpected);
                flags.push_back({day.date, AnomalyMetric::Hours, day.hours(), expected, z,
                                 (day.hours() / expected - 1.0) * 100.0,
                                 QStringLiteral("forgotten-clock-out")});
                continue;
            }
            // How many units those hours would normally have given; any past productivity will do here,
            // the flag does not depend on it.
            const auto e = expect(productivity, day.date, 1, options);
            const double expected = e ? day.hours() * std::exp(e->logExpected) : 0.0;
            flags.push_back({day.date, AnomalyMetric::HoursWithoutUnits, 0.0, expected, -options.scoreCap,
                             -100.0, QStringLiteral("hours-without-units")});
            continue;
        }
        if (day.hasUnits() && !day.hasHours()) {
            if (withHours * share < options.usualShare)
                continue;
            const auto e = expect(productivity, day.date, 1, options);
            const double expected = e ? static_cast<double>(day.units) / std::exp(e->logExpected) : 0.0;
            flags.push_back({day.date, AnomalyMetric::UnitsWithoutHours, 0.0, expected, -options.scoreCap,
                             -100.0, QStringLiteral("units-without-hours")});
            continue;
        }

        // How far the forgotten hours alone move the KPIs (log), were all of them spurious.
        const double forgottenShift = day.logForgottenShift();
        // `drop` is the direction in which inflated hours push the KPI: -1 for productivity (down),
        // +1 for unit cost (up).
        const auto score = [&](AnomalyMetric metric, const std::vector<Point> &history,
                               std::optional<double> logActual, double drop) {
            if (!logActual)
                return;
            const auto e = expect(history, day.date, minHistory, options);
            if (!e)
                return;
            const double z = clampScore((*logActual - e->logExpected) / e->scale, options);
            const bool forgottenDrop = day.forgotten > 0 && z * drop > 0;
            // The lower bar needs forgotten hours that can explain a drop of that size on their own: ten
            // minutes of them do not make an ordinary bad day suspect.
            const bool forgottenMatters =
                forgottenDrop && forgottenShift / e->scale >= options.forgottenThreshold;
            const bool flagged = std::abs(z) >= options.threshold ||
                                 (forgottenMatters && std::abs(z) >= options.forgottenThreshold);
            if (!flagged)
                return;
            const double actual = std::exp(*logActual);
            const double expected = std::exp(e->logExpected);
            flags.push_back({day.date, metric, actual, expected, z, (actual / expected - 1.0) * 100.0,
                             forgottenDrop ? QStringLiteral("forgotten-clock-out") : QString()});
        };
        score(AnomalyMetric::Productivity, productivity, day.logProductivity(), -1.0);
        score(AnomalyMetric::UnitCost, unitCost, day.logUnitCost(), +1.0);
    }
    return flags;
}

} // namespace wh
