#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace wh {

// Flags the days on which an activity's productivity (units per paid hour) or unit cost (yen per
// unit) departs from the activity's own recent level and weekday pattern, and the days whose figures
// cannot be right at all (hours and no units, units and no hours). Most wrong KPIs come from missing
// data (a forgotten clock-out inflates hours; units counted on an activity nobody punched into), the
// rest from a genuinely bad day; both are worth a manager's look, so both directions are flagged.
//
// Method, per series (one site + activity), for each day in date order:
//  - A day with no paid seconds and no units is "no work" (the activity did not run: a weekend, a
//    holiday); it is neither scored nor part of any history. Other days are "working days".
//  - History = the working days of the `windowDays` calendar days before the day. Only PAST days
//    count, so a bad day cannot hide itself by moving its own expected value or scale. With fewer
//    than `minHistory` history points a day is not scored (a new activity has no pattern yet).
//  - Productivity and unit cost are ratios, so they are compared in log space: log(actual/expected)
//    makes "half" and "double" equally far and the noise of a ratio roughly symmetric.
//  - Expected (log) value = the median of the history days of the same weekday (all history days
//    when that weekday has fewer than `minWeekdayPoints`), plus the recent trend: the median of the
//    residuals (each history day against its weekday's median) of the last `trendDays` days, when
//    there are at least 5 of them. Medians, not means, so one past bad day does not move the
//    expectation; the trend follows a lasting change of level (a new process, a new layout) within
//    days instead of flagging it until the weekday medians catch up.
//  - Scale = 1.4826 x MAD of the history residuals (a robust standard deviation), where each history
//    day is judged, like the scored day, against the median of the OTHER days of its weekday (a day
//    inside its own median looks closer than it is, and the scale would come out too small). Widened
//    by the noise of the trend estimate, and floored at `minScale` so that a very regular series does
//    not flag moves no manager would care about.
//  - Score = log(actual/expected) / scale (a robust z); flagged when |score| >= threshold.
//  - A drop (productivity down, unit cost up) on a day with hours closed as forgotten gets the likely
//    cause "forgotten-clock-out". When those forgotten hours alone would move the KPI by
//    `forgottenThreshold` scales, the drop is flagged from `forgottenThreshold` already: the data is
//    then known to be wrong, and a good day must not hide the inflated hours.
//  - Paid seconds but no units, where at least `usualShare` of the history days had units:
//    HoursWithoutUnits (an activity that never has units, such as a meeting, is never flagged).
//    Units but no paid seconds, where history days usually had hours: UnitsWithoutHours.
//  - An activity without units (a meeting, material refill) has no KPI for a forgotten clock-out to
//    move; its paid hours are scored instead (log hours against the same expectation as above) on
//    a day with hours closed as forgotten, and a rise of `forgottenThreshold` scales is flagged as
//    Hours with the likely cause "forgotten-clock-out" (the forgotten hours must be able to explain
//    the rise on their own, as for the KPIs).
// At most one flag per metric and day. Pure function; callable from any thread.

// One day of one site + activity. Figures are summed over workers; qint64 so that money and time
// never go through floating point before the KPI itself is computed.
struct DailyFigure {
    QDate day;
    qint64 units = 0;
    qint64 paidSeconds = 0;
    qint64 costYen = 0;
    qint64 forgottenSeconds = 0; // part of paidSeconds from intervals closed as forgotten
};

enum class AnomalyMetric {
    Productivity,      // units per paid hour
    UnitCost,          // yen per unit
    HoursWithoutUnits, // paid hours booked, no units counted
    UnitsWithoutHours, // units counted, no paid hours booked
    Hours,             // paid hours of an activity without units, on a day with hours closed as forgotten
};
// "productivity", "unit-cost", "hours-without-units", "units-without-hours", "hours": stable machine names
// for reports and exports (the GUI translates them).
[[nodiscard]] QString anomalyMetricName(AnomalyMetric metric);

// Units of actual and expected, by metric:
//  - Productivity: units per paid hour; UnitCost: yen per unit;
//  - HoursWithoutUnits: units (actual 0) against the units the booked hours normally give;
//  - UnitsWithoutHours: paid hours (actual 0) against the hours the counted units normally take;
//  - Hours: paid hours against the activity's usual paid hours.
struct AnomalyFlag {
    QDate day;
    AnomalyMetric metric = AnomalyMetric::Productivity;
    double actual = 0;
    double expected = 0;
    // Robust z: log(actual/expected) / scale, clamped to +/- AnomalyOptions::scoreCap. The two
    // "without" metrics compare against nothing (log 0), so they carry -scoreCap: certain, and sorted
    // first by |score|.
    double score = 0;
    double changePercent = 0; // (actual/expected - 1) * 100: -55 for a day at 45 % of normal
    // Machine code: "forgotten-clock-out", "hours-without-units", "units-without-hours", or empty
    // when the figures alone do not say why (a genuinely bad day, or a spike from missing hours).
    QString likelyCause;
};

struct AnomalyOptions {
    int windowDays = 56;             // calendar days of history before the scored day (8 weeks)
    int minHistory = 14;             // history points needed before a day is scored
    int minWeekdayPoints = 3;        // same-weekday points needed to use the weekday's own median
    int trendDays = 7;               // calendar days whose residuals give the recent trend; 0 = no trend
    double threshold = 4.0;          // |score| from which a day is flagged
    double forgottenThreshold = 2.0; // for a drop on a day with forgotten hours (see above)
    double minScale = 0.05;          // floor of the scale, in log units (about 5 %)
    double usualShare = 0.5;         // share of history days with units (hours) that makes a day without one
    double scoreCap = 99.0;          // scores are clamped to +/- this so that reports can sort and print them
    // Days before this one are history only, not scored (invalid: score every day). The flags of
    // the days from it on are the same either way; a report of two weeks skips scoring the eight
    // weeks of history before them.
    QDate scoreFrom;
};

// `series`: one site + activity, in any order, gaps allowed. Several figures for the same day are
// added together; figures without a valid date are ignored; units or seconds <= 0 count as none.
// Flags are returned by day, then in AnomalyMetric order.
[[nodiscard]] std::vector<AnomalyFlag> detectAnomalies(const std::vector<DailyFigure> &series,
                                                       const AnomalyOptions &options = {});

} // namespace wh
