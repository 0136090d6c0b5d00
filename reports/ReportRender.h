#pragma once

#include "Result.h"

#include <QColor>
#include <QDate>
#include <QImage>
#include <QPagedPaintDevice>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace wh::reports {

// A plain document for `wh report --format pdf|png`: the figures are computed and formatted
// elsewhere (the renderer never rounds or converts a number), this only lays them out. Uses Qt Gui
// (QPainter, QPdfWriter, QImage), never Widgets: a QGuiApplication must exist in the process (the
// CLI creates one on the offscreen platform).

struct ReportTable {
    QStringList headers;
    std::vector<QStringList> rows;   // formatted cells, one string per header
    std::vector<int> numericColumns; // right-aligned
    std::vector<int> indent;         // per row: 0 block, 1 section, 2 activity (missing -> 0)
    // Per row: bold on a tint (a heading or a total). Empty: the rows at indent 0 of a table with
    // levels (block rows heading their sections).
    std::vector<bool> emphasis;
};

// One line of the trend chart (named apart from FigureQueries' TrendSeries, the figures it is
// usually made from).
struct ChartSeries {
    QString name;
    std::vector<std::pair<QDate, double>> points; // a day absent (or a NaN value) is a gap in the line
    QString unit;
    // Points at most this many days apart are joined by the line: 1 for daily points (a missing
    // day is a gap), 31 for monthly points (one on the first of each month; the date labels are
    // then months).
    int joinWithinDays = 1;
};

struct ReportDocument {
    QString title;             // e.g. "生産性・人時単価レポート" / "Productivity and unit cost"
    QStringList subtitleLines; // site, period, generated at, notes
    ReportTable table;
    QString chartTitle;
    std::vector<ChartSeries> leftAxis;  // e.g. productivity (units/h)
    std::vector<ChartSeries> rightAxis; // e.g. unit cost (yen/unit); may be empty
    QString footer;
};

// A4 landscape: title, subtitle lines, the trend chart (vector, so its labels are text too), then
// the table over as many pages as it needs with the header row on each page and "n / N" at the
// bottom. Written through a QSaveFile: a failed render leaves no half-written file behind.
// `progress` is called with (pages done, pages in all) after each page.
[[nodiscard]] Status renderPdf(const ReportDocument &doc, const QString &path,
                               const std::function<void(int done, int total)> &progress = {});

// The same pages painted onto `device` (a QPrinter for printing, a QPdfWriter): its page layout
// and resolution are used as set. Used by renderPdf, and by the programs to print.
[[nodiscard]] Status paintDocument(const ReportDocument &doc, QPagedPaintDevice &device,
                                   const std::function<void(int done, int total)> &progress = {});
// The trend chart alone as a PNG of `size` pixels.
[[nodiscard]] Status renderChartPng(const ReportDocument &doc, const QString &path, QSize size = {1600, 900});

// The trend chart on a white image of `size` pixels (a null image when the size is empty or
// absurdly large). The PDF draws the same chart with the same code, straight onto its page.
[[nodiscard]] QImage renderChart(const ReportDocument &doc, QSize size);

// The colour of the chart's series `index`, counting the left axis' series first and then the
// right axis' ones (a GUI showing the same series next to a chart can match it).
[[nodiscard]] QColor chartSeriesColor(int index);

} // namespace wh::reports
