// AnomalyDetector: flags the injected faults of a realistic series and almost nothing else.
#include "AnomalyDetector.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

using namespace wh;

namespace {

constexpr qint64 kHour = 3600;
constexpr double kWageYenPerHour = 1150.0;

// A normal distribution from std::mt19937's raw output (Box-Muller): std's distributions differ
// between standard libraries, and the observed flag counts below must not.
class Noise {
public:
    explicit Noise(unsigned seed)
        : m_engine(seed)
    {
    }
    double uniform() { return (static_cast<double>(m_engine()) + 0.5) / 4294967296.0; }
    double normal()
    {
        const double u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    // Log-normal factor with about `relative` spread: 0.08 is "about 8 %".
    double factor(double relative) { return std::exp(relative * normal()); }

private:
    std::mt19937 m_engine;
};

const QDate kStart(2025, 1, 6); // a Monday

// One year of a small picking activity (about three people a day): Mondays heavier and a little more
// productive (big batches), Saturdays a light crew, Sundays off, now and then a weekday holiday, a
// slow upward trend (+12 % a year), 8 % day-to-day noise in productivity, 5 % in hours and 2 % in the
// wage mix. Every calendar day is present; days off have zero figures (the detector must skip them).
std::vector<DailyFigure> normalSeries(unsigned seed, int days = 365)
{
    Noise noise(seed);
    static constexpr double hoursByWeekday[8] = {0, 1.35, 1.0, 1.0, 0.95, 1.1, 0.6, 0};
    static constexpr double rateByWeekday[8] = {0, 1.08, 1.0, 1.0, 1.0, 1.0, 0.92, 0};
    std::vector<DailyFigure> series;
    for (int i = 0; i < days; ++i) {
        DailyFigure f;
        f.day = kStart.addDays(i);
        const int wd = f.day.dayOfWeek();
        const bool holiday = noise.uniform() < 0.02;
        if (wd != Qt::Sunday && !holiday) {
            const double hours = 24.0 * hoursByWeekday[wd] * noise.factor(0.05);
            const double unitsPerHour =
                120.0 * rateByWeekday[wd] * std::exp(0.12 * i / 365.0) * noise.factor(0.08);
            f.paidSeconds = std::llround(hours * kHour);
            f.units = std::llround(hours * unitsPerHour);
            f.costYen = std::llround(hours * kWageYenPerHour * noise.factor(0.02));
        }
        series.push_back(f);
    }
    return series;
}

// The index of the first working `weekday` at or after `from`.
int workingDayAt(const std::vector<DailyFigure> &series, int from, int weekday)
{
    for (int i = from; i < static_cast<int>(series.size()); ++i) {
        const DailyFigure &f = series[static_cast<size_t>(i)];
        if (f.day.dayOfWeek() == weekday && f.paidSeconds > 0 && f.units > 0)
            return i;
    }
    return -1;
}

std::vector<AnomalyFlag> flagsOn(const std::vector<AnomalyFlag> &flags, const QDate &day)
{
    std::vector<AnomalyFlag> out;
    std::copy_if(flags.begin(), flags.end(), std::back_inserter(out),
                 [&](const AnomalyFlag &f) { return f.day == day; });
    return out;
}

const AnomalyFlag *find(const std::vector<AnomalyFlag> &flags, AnomalyMetric metric)
{
    const auto it =
        std::find_if(flags.begin(), flags.end(), [&](const AnomalyFlag &f) { return f.metric == metric; });
    return it == flags.end() ? nullptr : &*it;
}

QString describe(const std::vector<AnomalyFlag> &flags)
{
    QStringList parts;
    for (const AnomalyFlag &f : flags)
        parts << QStringLiteral("%1 %2 actual %3 expected %4 score %5 %6")
                     .arg(f.day.toString(Qt::ISODate), anomalyMetricName(f.metric))
                     .arg(f.actual, 0, 'f', 2)
                     .arg(f.expected, 0, 'f', 2)
                     .arg(f.score, 0, 'f', 2)
                     .arg(f.likelyCause);
    return parts.join(QLatin1String("; "));
}

constexpr unsigned kSeeds = 20;

} // namespace

class TestAnomalyDetector : public QObject {
    Q_OBJECT

private slots:
    void metricNames()
    {
        QCOMPARE(anomalyMetricName(AnomalyMetric::Productivity), QStringLiteral("productivity"));
        QCOMPARE(anomalyMetricName(AnomalyMetric::UnitCost), QStringLiteral("unit-cost"));
        QCOMPARE(anomalyMetricName(AnomalyMetric::HoursWithoutUnits), QStringLiteral("hours-without-units"));
        QCOMPARE(anomalyMetricName(AnomalyMetric::UnitsWithoutHours), QStringLiteral("units-without-hours"));
        QCOMPARE(anomalyMetricName(AnomalyMetric::Hours), QStringLiteral("hours"));
    }

    void normalYearFlagsAlmostNothing()
    {
        // Observed: 0 flags for seed 1.
        const auto flags = detectAnomalies(normalSeries(1));
        QVERIFY2(flags.size() <= 3, qPrintable(describe(flags)));
    }

    void falseFlagsAcrossSeeds()
    {
        // About 300 scored days a series, two KPIs each. Observed: 12 flags on 9 days in total over
        // these 20 series (0 for 13 of them, at most 5 for seed 18, whose Thursdays ran 10-20 % low for
        // eight weeks by chance); over 200 seeds about 0.37 flags a series. The scores are calibrated
        // (standard deviation 1.01 over all scored days); the flags come from the heavier-than-normal
        // tails of a scale estimated from about 48 days.
        size_t total = 0;
        for (unsigned seed = 1; seed <= kSeeds; ++seed) {
            const auto flags = detectAnomalies(normalSeries(seed));
            if (!flags.empty())
                qInfo("seed %u: %s", seed, qPrintable(describe(flags)));
            total += flags.size();
        }
        qInfo("false flags over %u normal series: %zu", kSeeds, total);
        QVERIFY(total <= kSeeds);
    }

    void badDay()
    {
        // A sorter outage: the same hours, 45 % of the units. Every seed, so that the result does not
        // hang on one lucky draw. (Over 200 seeds: both KPIs flag it 197 times, at least one always.)
        for (unsigned seed = 1; seed <= kSeeds; ++seed) {
            auto series = normalSeries(seed);
            const int at = workingDayAt(series, 240, Qt::Tuesday);
            DailyFigure &bad = series[static_cast<size_t>(at)];
            const double normalUnits = static_cast<double>(bad.units);
            bad.units = std::llround(normalUnits * 0.45);

            const auto flags = detectAnomalies(series);
            const auto onDay = flagsOn(flags, bad.day);
            const AnomalyFlag *p = find(onDay, AnomalyMetric::Productivity);
            const AnomalyFlag *c = find(onDay, AnomalyMetric::UnitCost);
            QVERIFY2(p && c, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(describe(flags))));
            QCOMPARE(onDay.size(), size_t(2));
            QVERIFY(p->score <= -AnomalyOptions().threshold);
            QVERIFY(p->actual < p->expected);
            QVERIFY2(p->changePercent < -35 && p->changePercent > -75, qPrintable(describe(onDay)));
            QVERIFY(c->score >= AnomalyOptions().threshold);
            QVERIFY(c->changePercent > 50);
            QCOMPARE(p->likelyCause, QString());
            // The bad day stays out of its own expectation, and does not disturb the days after it.
            const auto clean = detectAnomalies(normalSeries(seed));
            QVERIFY2(flags.size() - onDay.size() <= clean.size() + 1, qPrintable(describe(flags)));
        }
    }

    void scoreFromOnlyLeavesOutEarlierDays()
    {
        // Scoring from a day on gives exactly the flags of those days, the earlier days still being
        // their history (a bad day inside the period and one before it).
        auto series = normalSeries(3);
        const int early = workingDayAt(series, 200, Qt::Tuesday);
        const int late = workingDayAt(series, 240, Qt::Tuesday);
        series[static_cast<size_t>(early)].units /= 3;
        series[static_cast<size_t>(late)].units /= 3;
        const QDate from = series[static_cast<size_t>(late)].day.addDays(-10);
        const auto all = detectAnomalies(series);
        AnomalyOptions options;
        options.scoreFrom = from;
        const auto some = detectAnomalies(series, options);
        std::vector<AnomalyFlag> expected;
        for (const AnomalyFlag &f : all)
            if (f.day >= from)
                expected.push_back(f);
        QCOMPARE(some.size(), expected.size());
        QVERIFY(!some.empty());
        for (size_t i = 0; i < some.size(); ++i) {
            QCOMPARE(some[i].day, expected[i].day);
            QCOMPARE(some[i].metric, expected[i].metric);
            QCOMPARE(some[i].score, expected[i].score);
        }
        QVERIFY(flagsOn(some, series[static_cast<size_t>(early)].day).empty());
        QVERIFY(!flagsOn(all, series[static_cast<size_t>(early)].day).empty());
    }

    void forgottenClockOut()
    {
        // Nobody clocked one worker out: the interval was closed as forgotten 10 h later than the
        // real end, on a small activity (about 24 h a day). That is a drop of about 4 scales, which a
        // good day can half hide; the lower bar for days with forgotten hours catches it anyway.
        // Over 200 seeds: flagged 191 times with the lower bar, 91 times without it.
        int productivityFlags = 0;
        for (unsigned seed = 1; seed <= kSeeds; ++seed) {
            auto series = normalSeries(seed);
            const int at = workingDayAt(series, 120, Qt::Wednesday);
            DailyFigure &day = series[static_cast<size_t>(at)];
            day.paidSeconds += 10 * kHour;
            day.forgottenSeconds = 10 * kHour + 1234;
            day.costYen += std::llround(10 * kWageYenPerHour);

            const auto onDay = flagsOn(detectAnomalies(series), day.day);
            QVERIFY2(!onDay.empty(), qPrintable(QStringLiteral("seed %1").arg(seed)));
            const AnomalyFlag *p = find(onDay, AnomalyMetric::Productivity);
            if (p) {
                ++productivityFlags;
                QVERIFY(p->score < 0);
                QCOMPARE(p->likelyCause, QStringLiteral("forgotten-clock-out"));
            }
            if (const AnomalyFlag *c = find(onDay, AnomalyMetric::UnitCost)) {
                QVERIFY(c->score > 0);
                QCOMPARE(c->likelyCause, QStringLiteral("forgotten-clock-out"));
            }
            if (seed == 1)
                QVERIFY2(p, qPrintable(describe(onDay)));
        }
        // Observed: 19 of 20 (seed 2 shows up as unit cost only).
        QVERIFY(productivityFlags >= 17);
    }

    void forgottenHoursAloneAreNotAFlag()
    {
        // Ten forgotten minutes (an interval closed as forgotten close to its real end) cannot explain
        // a drop worth a look: the lower bar does not apply, and the flags are those of the clean series.
        auto series = normalSeries(3);
        for (auto &f : series) {
            if (f.paidSeconds > 0 && f.day.dayOfWeek() == Qt::Thursday)
                f.forgottenSeconds = 600;
        }
        const auto flags = detectAnomalies(series);
        const auto clean = detectAnomalies(normalSeries(3));
        QVERIFY2(
            std::all_of(flags.begin(), flags.end(),
                        [](const AnomalyFlag &f) { return std::abs(f.score) >= AnomalyOptions().threshold; }),
            qPrintable(describe(flags)));
        QCOMPARE(flags.size(), clean.size());
    }

    void spikeFromMissingHours()
    {
        // Half of the day's hours were never punched: productivity doubles, unit cost halves.
        auto series = normalSeries(5);
        const int at = workingDayAt(series, 200, Qt::Thursday);
        DailyFigure &day = series[static_cast<size_t>(at)];
        day.paidSeconds /= 2;
        day.costYen /= 2;
        const auto onDay = flagsOn(detectAnomalies(series), day.day);
        const AnomalyFlag *p = find(onDay, AnomalyMetric::Productivity);
        const AnomalyFlag *c = find(onDay, AnomalyMetric::UnitCost);
        QVERIFY2(p && c, qPrintable(describe(onDay)));
        QVERIFY(p->score >= AnomalyOptions().threshold);
        QVERIFY(p->changePercent > 60);
        QVERIFY(c->score <= -AnomalyOptions().threshold);
        QCOMPARE(p->likelyCause, QString());
    }

    void hoursWithoutUnits()
    {
        // A worker punched into this activity all day while doing other work: 8 h, no units.
        auto series = normalSeries(7);
        const int at = workingDayAt(series, 180, Qt::Friday);
        DailyFigure &day = series[static_cast<size_t>(at)];
        day.units = 0;
        day.paidSeconds = 8 * kHour;
        day.costYen = std::llround(8 * kWageYenPerHour);
        const auto flags = detectAnomalies(series);
        const auto onDay = flagsOn(flags, day.day);
        QCOMPARE(onDay.size(), size_t(1));
        const AnomalyFlag &f = onDay.front();
        QCOMPARE(f.metric, AnomalyMetric::HoursWithoutUnits);
        QCOMPARE(f.likelyCause, QStringLiteral("hours-without-units"));
        QCOMPARE(f.actual, 0.0);
        // 8 h at about 120 * 1.12^(1/2) units an hour.
        QVERIFY2(f.expected > 8 * 110 && f.expected < 8 * 150, qPrintable(describe(onDay)));
        QCOMPARE(f.score, -AnomalyOptions().scoreCap);
        QCOMPARE(f.changePercent, -100.0);
        QVERIFY2(flags.size() <= 4, qPrintable(describe(flags)));
    }

    void unitsWithoutHours()
    {
        auto series = normalSeries(8);
        const int at = workingDayAt(series, 150, Qt::Monday);
        DailyFigure &day = series[static_cast<size_t>(at)];
        const qint64 hours = day.paidSeconds / kHour;
        day.paidSeconds = 0;
        day.costYen = 0;
        const auto onDay = flagsOn(detectAnomalies(series), day.day);
        QCOMPARE(onDay.size(), size_t(1));
        const AnomalyFlag &f = onDay.front();
        QCOMPARE(f.metric, AnomalyMetric::UnitsWithoutHours);
        QCOMPARE(f.likelyCause, QStringLiteral("units-without-hours"));
        QCOMPARE(f.actual, 0.0);
        // The hours those units normally take: about the hours that were really worked.
        QVERIFY2(f.expected > hours * 0.75 && f.expected < hours * 1.35, qPrintable(describe(onDay)));
    }

    void activityWithoutUnitsIsNormal()
    {
        // Indirect work (a morning meeting, cleaning) has hours and never units: nothing to flag, even
        // when its hours jump.
        auto series = normalSeries(9);
        for (auto &f : series)
            f.units = 0;
        series[200].paidSeconds += 30 * kHour;
        QVERIFY2(detectAnomalies(series).empty(), qPrintable(describe(detectAnomalies(series))));
    }

    void forgottenClockOutOnAnActivityWithoutUnits()
    {
        // Material refill has hours and never units: a worker who forgot to clock out on it leaves
        // hours closed as forgotten. Nothing else shows it, so its paid hours are scored that day.
        auto series = normalSeries(9);
        for (auto &f : series)
            f.units = 0;
        const size_t day = 200;
        QVERIFY(series[day].paidSeconds > 0);
        const qint64 usual = series[day].paidSeconds;
        series[day].paidSeconds += 12 * kHour; // the forgotten shift, closed at 16 h
        series[day].forgottenSeconds = 12 * kHour;
        const auto flags = detectAnomalies(series);
        const auto onDay = std::find_if(flags.begin(), flags.end(),
                                        [&](const AnomalyFlag &f) { return f.day == series[day].day; });
        QVERIFY2(onDay != flags.end(), qPrintable(describe(flags)));
        QCOMPARE(onDay->metric, AnomalyMetric::Hours);
        QCOMPARE(onDay->likelyCause, QStringLiteral("forgotten-clock-out"));
        QVERIFY(onDay->score >= AnomalyOptions{}.forgottenThreshold);
        QVERIFY2(std::abs(onDay->actual - static_cast<double>(usual + 12 * kHour) / 3600.0) < 1e-9,
                 qPrintable(describe(flags)));
        QVERIFY(onDay->expected > 0 && onDay->expected < onDay->actual);
        QCOMPARE(flags.size(), size_t(1)); // no other day of the unitless series

        // Ten forgotten minutes on an ordinary day cannot explain anything: no flag.
        series[day].paidSeconds = usual;
        series[day].forgottenSeconds = 600;
        QVERIFY2(detectAnomalies(series).empty(), qPrintable(describe(detectAnomalies(series))));
    }

    void rareUnitsDoNotMakeUnitlessDaysSuspect()
    {
        // Units on only a third of the days (a returns desk that sometimes books its items): a day of
        // hours without units is the usual case there.
        auto series = normalSeries(10);
        int n = 0;
        for (auto &f : series) {
            if (f.paidSeconds > 0 && n++ % 3 != 0)
                f.units = 0;
        }
        const auto flags = detectAnomalies(series);
        QVERIFY2(
            std::none_of(flags.begin(), flags.end(),
                         [](const AnomalyFlag &f) { return f.metric == AnomalyMetric::HoursWithoutUnits; }),
            qPrintable(describe(flags)));
    }

    void notEnoughHistory()
    {
        // The first `minHistory` working days only build history; a disaster on the day after them
        // is not judged on 13 days, and is on 14.
        auto series = normalSeries(11, 40);
        std::vector<DailyFigure> working;
        for (const auto &f : series) {
            if (f.paidSeconds > 0)
                working.push_back(f);
        }
        const int minHistory = AnomalyOptions().minHistory;
        for (int history : {0, 1, 5, minHistory - 1}) {
            std::vector<DailyFigure> early(working.begin(), working.begin() + history + 1);
            early.back().units = std::llround(static_cast<double>(early.back().units) * 0.3);
            QVERIFY2(detectAnomalies(early).empty(), qPrintable(describe(detectAnomalies(early))));
            early.back().units = 0;
            QVERIFY(detectAnomalies(early).empty());
            early.back().paidSeconds = 0;
            early.back().units = 500;
            QVERIFY(detectAnomalies(early).empty());
        }
        std::vector<DailyFigure> enough(working.begin(), working.begin() + minHistory + 1);
        enough.back().units = std::llround(static_cast<double>(enough.back().units) * 0.3);
        const auto flags = detectAnomalies(enough);
        QVERIFY2(find(flags, AnomalyMetric::Productivity), qPrintable(describe(flags)));
        QCOMPARE(flags.front().day, enough.back().day);

        QVERIFY(detectAnomalies({}).empty());
        QVERIFY(detectAnomalies(std::vector<DailyFigure>(30)).empty()); // invalid dates only
    }

    void noWorkDaysAreNotHistory()
    {
        // Zero figures (weekends, holidays) neither count as history nor get scored: dropping them from
        // the input changes nothing.
        auto series = normalSeries(12);
        series[230].units = std::llround(static_cast<double>(series[230].units) * 0.45);
        std::vector<DailyFigure> workingOnly;
        std::copy_if(series.begin(), series.end(), std::back_inserter(workingOnly),
                     [](const DailyFigure &f) { return f.paidSeconds > 0 || f.units > 0; });
        QVERIFY(workingOnly.size() < series.size() - 50);
        const auto a = detectAnomalies(series);
        const auto b = detectAnomalies(workingOnly);
        QCOMPARE(describe(a), describe(b));
    }

    void gapsUnsortedAndSplitDays()
    {
        auto series = normalSeries(13);
        const int at = workingDayAt(series, 250, Qt::Wednesday);
        const QDate badDay = series[static_cast<size_t>(at)].day;
        series[static_cast<size_t>(at)].units =
            std::llround(static_cast<double>(series[static_cast<size_t>(at)].units) * 0.45);

        // A three-week closure (no rows at all), and a tenth of the other days missing.
        std::mt19937 rng(99);
        std::vector<DailyFigure> gappy;
        for (const auto &f : series) {
            const qint64 offset = kStart.daysTo(f.day);
            if (offset >= 200 && offset < 221)
                continue;
            if (f.day != badDay && rng() % 10 == 0)
                continue;
            gappy.push_back(f);
        }
        const auto sorted = detectAnomalies(gappy);
        QVERIFY2(find(flagsOn(sorted, badDay), AnomalyMetric::Productivity), qPrintable(describe(sorted)));
        QVERIFY2(sorted.size() <= 5, qPrintable(describe(sorted)));
        QVERIFY(std::is_sorted(sorted.begin(), sorted.end(),
                               [](const AnomalyFlag &x, const AnomalyFlag &y) { return x.day < y.day; }));

        // Any order gives the same flags.
        auto shuffled = gappy;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        QCOMPARE(describe(detectAnomalies(shuffled)), describe(sorted));

        // A day delivered as two figures (two data sources, or two halves) is their sum.
        auto split = gappy;
        for (size_t i = 0; i < split.size(); i += 7) {
            DailyFigure half = split[i];
            half.units /= 2;
            half.paidSeconds /= 2;
            half.costYen /= 2;
            split[i].units -= half.units;
            split[i].paidSeconds -= half.paidSeconds;
            split[i].costYen -= half.costYen;
            split.push_back(half);
        }
        QCOMPARE(describe(detectAnomalies(split)), describe(sorted));
    }

    void lastingChangeOfLevelIsFollowed()
    {
        // A new layout raises productivity by 30 % for good. That is news for a few days at most, not
        // for the eight weeks the weekday medians need: the trend follows it. (Over 200 seeds: 0.8
        // flags a series around the change, 0.1 two weeks or more after it; 2.8 and 0.2 without trend.)
        for (unsigned seed = 1; seed <= kSeeds; ++seed) {
            auto series = normalSeries(seed);
            const QDate change = kStart.addDays(200);
            for (auto &f : series) {
                if (f.day >= change)
                    f.units = std::llround(static_cast<double>(f.units) * 1.3);
            }
            const auto flags = detectAnomalies(series);
            const auto clean = detectAnomalies(normalSeries(seed));
            const auto after = [](const std::vector<AnomalyFlag> &all, const QDate &from) {
                return std::count_if(all.begin(), all.end(),
                                     [&](const AnomalyFlag &f) { return f.day >= from; });
            };
            QVERIFY2(after(flags, change) <= after(clean, change) + 4, qPrintable(describe(flags)));
            QVERIFY2(after(flags, change.addDays(14)) <= after(clean, change.addDays(14)) + 1,
                     qPrintable(describe(flags)));
        }
    }

    void regularSeriesIgnoresTinyMoves()
    {
        // A nearly constant series: the scale floor keeps a 10 % move from being "40 sigma".
        std::vector<DailyFigure> series;
        for (int i = 0; i < 120; ++i) {
            const QDate day = kStart.addDays(i);
            if (day.dayOfWeek() == Qt::Sunday)
                continue;
            series.push_back({day, 1000 + (i % 3), 10 * kHour, 11500, 0});
        }
        series[100].units = 1100;
        QVERIFY2(detectAnomalies(series).empty(), qPrintable(describe(detectAnomalies(series))));
        series[100].units = 1300; // 30 %: log 1.3 / 0.05 > 4
        const auto flags = detectAnomalies(series);
        QCOMPARE(flags.size(), size_t(2));
        QCOMPARE(flags[0].metric, AnomalyMetric::Productivity);
        QCOMPARE(flags[1].metric, AnomalyMetric::UnitCost);
    }
};

QTEST_APPLESS_MAIN(TestAnomalyDetector)
#include "tst_anomalydetector.moc"
