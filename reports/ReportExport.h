#pragma once

#include "FigureQueries.h"
#include "MasterData.h"
#include "ReportRender.h"
#include "Result.h"
#include "Store.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace wh::reports {

// The report of `wh report`: a site's figures over a period, by level of the activity tree, as
// CSV (for spreadsheets and other programs), as a PDF (table and trend chart) or as the trend
// chart alone (PNG). This file builds the content; ReportRender.h lays the PDF and PNG out.
//
//  - Rows: the levels down to `level` in tree order (block, its sections, their activities...),
//    each with units, paid hours, productivity (units / paid hour), labor cost (yen), unit cost
//    (yen / unit), the standard (activity rows) and performance %; then the site's total row.
//    Every figure comes from figuresByLevel (see FigureQueries.h for how each is computed).
//  - "Mixed units": a block, section or total row whose units add up more than one activity's
//    units (Figures::mixedUnits) is marked: its units, productivity and unit cost add unlike things.
//  - Indirect activities (meetings, cleaning) have no units: their productivity and unit cost are
//    left empty rather than shown as 0.
//  - Trend: the site's total per business day, or per month when the period is longer than
//    kDailyTrendMaxDays (a daily line over many months is unreadable); productivity on the left
//    axis, unit cost on the right.
//  - A report built for a reader who may not see costs (ViewerQueries: Figures::costHidden) has
//    empty labor cost and unit cost cells in the CSV and the PDF, and no unit cost in the chart.
//  - Strings follow the installed translation (tr), names of blocks, sections and activities
//    follow `language` (the Japanese name for "ja", the English one for "en", the other one when
//    that is empty).

inline constexpr int kDailyTrendMaxDays = 92;

struct ReportRequest {
    QString site;
    QDate from;
    QDate to;
    Level level = Level::Activity; // Block, Section or Activity
    QString language = QStringLiteral("ja");
    QDateTime generatedAt; // shown in the PDF; null: not shown
};

struct ReportLine {
    FigureRow row;
    int depth = 0;      // 0 block, 1 section, 2 activity; the total row is 0
    bool total = false; // the site's total row (last)
};

struct ReportData {
    ReportRequest request;
    Site site;
    Granularity granularity = Granularity::Day;
    std::vector<ReportLine> lines; // tree order, the total row last; none without figures
    std::vector<TrendPoint> trend; // the site's total per day or month, ascending
    [[nodiscard]] bool empty() const { return lines.empty(); }
};

// Day for periods up to kDailyTrendMaxDays days (both ends counted), Month beyond.
[[nodiscard]] Granularity trendGranularity(const QDate &from, const QDate &to);

// Reads the figures. Errors: InvalidArgument for a null date, from > to or a level other than
// block, section or activity; NotFound for an unknown site. A site without daily totals in the
// period gives data without lines (empty()): not an error here, the program says "no figures" and
// writes nothing. `progress` is called with (steps done, steps in all) after each query.
[[nodiscard]] Result<ReportData> buildReport(db::Store &store, const ReportRequest &request,
                                             const std::function<void(int done, int total)> &progress = {});

// The table as CSV records, header first: machine-readable numbers (no thousands separators, a
// dot for decimals, empty where a figure has no value), codes in their own columns.
[[nodiscard]] std::vector<QStringList> reportCsvRecords(const ReportData &data);

// RFC 4180 CSV (UTF-8, CRLF), with a byte order mark when `excel` (see core/Csv.h).
[[nodiscard]] QByteArray reportCsv(const ReportData &data, bool excel);

// The PDF / PNG document: title, subtitle lines (site, period, level, notes), the table with
// numbers formatted for reading, the trend chart.
[[nodiscard]] ReportDocument reportDocument(const ReportData &data);

// Writes `bytes` through a QSaveFile: the file appears whole or not at all.
[[nodiscard]] Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace wh::reports
