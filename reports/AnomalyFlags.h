#pragma once

#include "AnomalyDetector.h"
#include "Result.h"
#include "Store.h"

#include <QDate>
#include <QString>

#include <vector>

namespace wh::reports {

// The anomaly check over the daily totals: the days on which a site + activity's productivity or
// unit cost departs from its own recent level and weekday pattern, and the days whose figures cannot
// be right (hours and no units, units and no hours). See core/AnomalyDetector.h for the method.
//
// Reads daily_activity_summaries once (the roll-up per site, activity and business day, employment
// types added together), builds one series per site + activity (units, paid seconds, cost = base +
// premium yen, forgotten seconds) and runs wh::detectAnomalies on each, the series spread over a
// few threads. A year of two sites (2 x 100 activities x 365 days, 146,000 rows) takes 0.5 to 0.9 s
// on a busy two-core machine, mostly in the detector: call it off the GUI thread.

struct AnomalyFlagsOptions {
    QString siteCode; // empty: every site
    // The period to report (business days, inclusive); an invalid date leaves that end open. Days
    // before `from` are read as the baseline only: `detector.windowDays` calendar days of them, so a
    // day at the start of the period is judged against the same history as any other.
    QDate from;
    QDate to;
    AnomalyOptions detector;
};

struct AnomalyFlagEntry {
    QString siteCode;
    QString activityCode;
    QString activityNameJa;
    QString activityNameEn;
    QDate day;
    AnomalyMetric metric = AnomalyMetric::Productivity;
    QString metricName; // machine name: anomalyMetricName(metric)
    QString metricText; // translated: "productivity", "unit cost", ...
    // As in wh::AnomalyFlag: units per paid hour, yen per unit, units (hours without units) or paid
    // hours (units without hours).
    double actual = 0;
    double expected = 0;
    double changePercent = 0; // (actual / expected - 1) x 100
    double score = 0;         // robust z, capped at +/- detector.scoreCap
    // "forgotten-clock-out", "hours-without-units", "units-without-hours", or empty when the figures
    // alone do not say why.
    QString likelyCause;
    QString likelyCauseText; // a translated sentence for the manager; never empty
    // The day's figures of the site + activity (all employment types).
    qint64 units = 0;
    qint64 paidSeconds = 0;
    qint64 costYen = 0;
    qint64 forgottenSeconds = 0;
};

class AnomalyFlags {
public:
    explicit AnomalyFlags(db::Store &store);

    // The flags of the period, sorted by |score| descending (then by day, site, activity, metric).
    [[nodiscard]] Result<std::vector<AnomalyFlagEntry>> find(const AnomalyFlagsOptions &options = {}) const;

    // Translated (context "wh::reports::AnomalyFlags"): a metric's name, and the likely cause of a
    // flag as a sentence. An empty cause is described from the direction of the departure.
    [[nodiscard]] static QString metricText(AnomalyMetric metric);
    [[nodiscard]] static QString causeText(const QString &cause, AnomalyMetric metric, double score);

private:
    db::Store &m_store;
};

} // namespace wh::reports
