#pragma once

#include "MasterData.h"
#include "Money.h"
#include "Result.h"
#include "Store.h"

#include <QDate>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace wh::reports {

// The queries of the manager viewer: figures per level of the activity tree, trends, a worker's
// page and the raw rows behind one cell. Everything but the last reads the daily summaries
// (see DailySummaries.h), never raw punches, in one SQL statement per query (plus tiny primary-key
// look-ups that check the site and node codes). Figures and trends read the roll-ups, which are
// exactly the sums of the daily_summaries rows under them: the whole months of the period from
// monthly_summaries, the days before and after them (and every day of a trend by day) from
// daily_activity_summaries (per site, day and activity); the worker's page reads worker_daily.
// A year of a site is a dozen rows per activity for the figures, 365 per activity for a daily trend.
//
// Common rules
//  - A period is `from` .. `to`, business days, both inclusive. A null date or from > to is an
//    InvalidArgument error (an "empty period" is a mistake of the caller, not "no data"). A valid
//    period without data gives zero rows (an empty page, an empty series): not an error, the
//    programs say "no data".
//  - Sites: at least one (InvalidArgument otherwise); a code that is not a site is NotFound (the
//    error's context names it). Duplicates are ignored.
//  - A node that does not exist at its level is NotFound.
//  - Break activities are left out of every figure: they have no paid time, no units and no cost.
//    Open intervals are not in the summaries, so not in any figure (they show on the live board).
//
// The metrics (Figures)
//  - Hours: productivity divides by PAID hours of the activity itself: paid_s = direct + indirect
//    seconds of its intervals minus the statutory break deducted from them, i.e. the hours that
//    are paid for (and costed) as that activity. Direct hours are given apart. Indirect
//    activities (meetings, cleaning) have paid hours and no units; at block/section/site level
//    their hours are in the denominator, so a level's productivity is units per paid hour of
//    everything under it (indirect time included: it is what the output cost).
//  - Productivity = units / paid hours, unit cost = cost / units: always computed from the sums of
//    the group, never averaged over days, activities or sites.
//  - Performance % = earned hours / actual hours x 100, where earned hours = sum over activities
//    WITH a standard of units / standard_units_per_hour, and actual hours = the paid hours of those
//    same activities. At activity level that is productivity / standard x 100. At higher levels
//    activities without a standard (indirect ones, or direct ones without a rate) are outside both
//    sums, so indirect time does not pull the performance down; none of them -> no performance.
//  - Units of unlike activities are added at block/section/site level: `unitActivities` counts the
//    activities whose units are in the sum and mixedUnits() says the sum adds unlike units (the
//    views must say so, e.g. "mixed units").
//  - Cost = base + premium yen, as the summaries have them (rounded once per summary row).

enum class Level { Site, Block, Section, Activity };
enum class Granularity { Day, Month };

[[nodiscard]] QString levelName(Level level); // "site", "block", "section", "activity"
[[nodiscard]] std::optional<Level> levelFromName(const QString &name);

// A node of the activity tree: a block, a section or an activity (never a site: sites are chosen
// with the site list).
struct NodeRef {
    Level level = Level::Block;
    QString code;
};

// Additive totals of a group of summary rows, and the ratios computed from them.
struct Figures {
    qint64 units = 0;
    qint64 paidSeconds = 0;     // direct + indirect - deducted
    qint64 directSeconds = 0;   // raw direct seconds
    qint64 indirectSeconds = 0; // raw indirect seconds
    Yen baseYen;
    Yen premiumYen;
    double earnedHours = 0;         // sum over activities with a standard: units / standard
    qint64 standardPaidSeconds = 0; // paid seconds of the activities with a standard
    qint64 unitActivities = 0;      // distinct activities with units (!= 0) in the group
    // The reader may not see costs (a leader, see Access.h): baseYen and premiumYen are zero and
    // unitCostYen() has no value. Set by ViewerQueries, never by the plain queries.
    bool costHidden = false;

    [[nodiscard]] Yen cost() const { return baseYen + premiumYen; }
    [[nodiscard]] double paidHours() const { return paidSeconds / 3600.0; }
    [[nodiscard]] double directHours() const { return directSeconds / 3600.0; }
    // units / paid hours; nullopt without paid hours.
    [[nodiscard]] std::optional<double> productivity() const;
    // cost yen / units; nullopt without units.
    [[nodiscard]] std::optional<double> unitCostYen() const;
    // earned hours / paid hours of the activities with a standard x 100; nullopt when those
    // activities have no paid hours.
    [[nodiscard]] std::optional<double> performancePercent() const;
    // The units add up unlike activities.
    [[nodiscard]] bool mixedUnits() const { return unitActivities > 1; }
};

// 1. Figures by level.
struct FigureQuery {
    QStringList sites; // one or several
    QDate from;
    QDate to;
    Level level = Level::Block; // the level of the rows
    // Drill-down: only the rows under this node (a block's sections, a section's activities, a
    // block's activities...), or the node's own row when node.level == level. The node must be at
    // `level` or above it (InvalidArgument otherwise; a node with Level::Site is InvalidArgument).
    std::optional<NodeRef> node;
    // false: the rows sum over the selected sites (at site level: one row for the selection, code
    // "S1+S2"); true: one row per site and node, the sites in the order given, each in tree order.
    bool perSite = false;
};

struct FigureRow {
    Level level = Level::Block;
    QString site; // the row's site when per site or when one site is selected; else empty
    QString code; // site, block, section or activity code
    QString nameJa;
    QString nameEn;
    QString parent;                   // section: its block; activity: its section; block, site: empty
    std::optional<ActivityKind> kind; // activity rows only
    std::optional<double> standardUnitsPerHour; // activity rows with a standard only
    Figures figures;
};

// Rows of nodes that have summaries in the period (no row for a node without data), in tree order
// (blocks.sort_order, sections.sort_order, activities.sort_order, code on ties).
[[nodiscard]] Result<std::vector<FigureRow>> figuresByLevel(db::Store &store, const FigureQuery &query);

// 2. Trend: the same figures per day or month.
struct TrendQuery {
    QStringList sites; // one series per site, in this order
    QDate from;
    QDate to;
    Granularity granularity = Granularity::Day;
    std::optional<NodeRef> node; // none: the whole site (all non-break activities)
};

struct TrendPoint {
    QDate period; // the business day, or the first day of the month (edge months only count the
                  // days inside from..to)
    Figures figures;
};

struct TrendSeries {
    QString site;
    std::vector<TrendPoint> points; // ascending; a day (month) without summaries has no point
};

[[nodiscard]] Result<std::vector<TrendSeries>> trend(db::Store &store, const TrendQuery &query);

// 3. A worker's page, from worker_daily. It holds units, hours and productivity ONLY: no cost, no
// wage, no yen field at all, on purpose (a worker's page may be shown to the worker and to leaders
// who may not see pay; the role layer comes on top of this and must have nothing to hide here).
struct PersonQuery {
    QString worker;
    QDate from;
    QDate to;
    QStringList sites; // empty: every site the worker worked at
};

struct PersonDay {
    QDate day;
    qint64 units = 0;
    qint64 seconds = 0; // paid
    [[nodiscard]] double hours() const { return seconds / 3600.0; }
};

struct PersonMonth {
    QDate month; // first day of the month
    qint64 units = 0;
    qint64 seconds = 0;
    [[nodiscard]] double hours() const { return seconds / 3600.0; }
    // The month's average: its units / its hours (not an average of daily ratios).
    [[nodiscard]] std::optional<double> productivity() const;
};

struct PersonActivity {
    QString activity;
    QString nameJa;
    QString nameEn;
    QString section;
    QString block;
    std::optional<double> standardUnitsPerHour;
    qint64 units = 0;                // over the period
    qint64 seconds = 0;              // paid, over the period
    std::vector<PersonMonth> months; // ascending, months with data only
    std::vector<PersonDay> days;     // ascending, days with data only
    [[nodiscard]] double hours() const { return seconds / 3600.0; }
    [[nodiscard]] std::optional<double> productivity() const;       // units / hours, period
    [[nodiscard]] std::optional<double> performancePercent() const; // vs the standard
};

struct PersonPage {
    QString worker;
    QString name;
    QDate from;
    QDate to;
    qint64 units = 0;                       // all activities (mixed units when more than one has units)
    qint64 seconds = 0;                     // all activities, paid
    std::vector<PersonActivity> activities; // tree order; empty without data in the period
};

// NotFound for an unknown worker (or site); an empty page for a worker without data.
[[nodiscard]] Result<PersonPage> personPage(db::Store &store, const PersonQuery &query);

// 4. Behind a cell: the raw intervals and units rows of (sites, period, node). Reads the derived
// tables punch_intervals and units (not the summaries). Intervals of break activities are left
// out like in the figures (unless the node is a break activity itself); open intervals are listed
// (status "open", no end) although the totals do not hold them yet.
struct CellQuery {
    QStringList sites;
    QDate from;
    QDate to;
    std::optional<NodeRef> node; // none: the whole site
    int limit = 500;             // rows per list, at least 1
    // Count at most this many rows per list (0: count them all). A count that reaches it is a lower
    // bound ("more than N"): CellDetail::intervalCountCapped / unitsCountCapped say so.
    qint64 countLimit = 0;
    // Only this worker's intervals and units rows (empty: everyone's); the corrections page lists a
    // worker's punches this way.
    QString worker;
    // Break intervals too, at any node (the corrections page shows a worker's whole day).
    bool includeBreaks = false;
    // false: the intervals only, no units rows (the corrections page; units have no worker index,
    // so a worker's units over a year cost a scan of the site's).
    bool includeUnits = true;
};

struct CellInterval {
    QUuid interval; // the interval's id (its start event's id): what a correction names
    QString worker;
    QString workerName;
    QString activity;
    QString site;
    QDate businessDay;
    qint64 startMs = 0;
    std::optional<qint64> endMs; // none while open
    QString status;              // "open", "closed", "forgotten"
    bool corrected = false;      // changed or added by a correction
    QString correctedBy;         // the correction event's id
    QString employmentType;      // empty when unknown
};

struct CellUnits {
    QString worker; // empty for a team or counter entry
    QString team;   // empty for a worker's units
    QString activity;
    QString site;
    QDate businessDay;
    qint64 occurredAtMs = 0;
    qint64 quantity = 0;
    QString source; // "workflow", "manual", "counter"
    QString reference;
    QString enteredBy;
};

struct CellDetail {
    std::vector<CellInterval> intervals; // by business day, start, worker; at most `limit`
    qint64 intervalCount = 0;            // all of them
    std::vector<CellUnits> units;        // by business day, time, worker; at most `limit`
    qint64 unitsCount = 0;
    bool intervalCountCapped = false; // intervalCount is countLimit: there are more
    bool unitsCountCapped = false;
    [[nodiscard]] bool truncated() const
    {
        return intervalCount > static_cast<qint64>(intervals.size()) ||
               unitsCount > static_cast<qint64>(units.size());
    }
};

[[nodiscard]] Result<CellDetail> behindCell(db::Store &store, const CellQuery &query);

} // namespace wh::reports
