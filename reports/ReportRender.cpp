#include "ReportRender.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>

namespace wh::reports {

// The translation context of the renderer's strings ("wh::reports::ReportRender" in the .ts files).
class ReportRender {
    Q_DECLARE_TR_FUNCTIONS(wh::reports::ReportRender)
};

namespace {

// ---------------------------------------------------------------------------------------------
// Fonts

// A Japanese-capable family: report titles and activity names are Japanese, and a family picked
// for Latin text would leave the PDF with tofu boxes or Chinese glyph forms from a fallback.
// The Japanese Noto family first (Japanese glyph shapes), then other Japanese fonts, then any
// family that claims Japanese, then the default font.
QString reportFontFamily()
{
    static const char *const kPreferred[] = {
        "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "IPAexGothic", "IPAPGothic", "IPAGothic",
        "TakaoPGothic",     "VL PGothic",   "Hiragino Sans",      "Yu Gothic",   "Meiryo",     "MS PGothic"};
    const QStringList installed = QFontDatabase::families();
    for (const char *candidate : kPreferred) {
        const QString name = QLatin1String(candidate);
        if (installed.contains(name, Qt::CaseInsensitive))
            return name;
    }
    for (const QString &family : QFontDatabase::families(QFontDatabase::Japanese)) {
        // A bitmap-only family would print blurred.
        if (QFontDatabase::isScalable(family))
            return family;
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

// A font of `px` device pixels on `device`. Sizes are given in pixels so one drawing routine
// serves a 300 dpi PDF page and a 96 dpi image; no hinting, so widths measured are widths printed.
QFont makeFont(const QString &family, const QPaintDevice *device, double px, bool bold = false)
{
    QFont font(family);
    font.setPointSizeF(std::max(1.0, px) * 72.0 / device->logicalDpiY());
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No OpenType shaping (not needed for Japanese or Latin): with it, Noto Sans CJK swaps digits
    // after a Latin letter ("S1", "ACT-012") for alternate glyphs that no character maps to, and
    // QPdfWriter then writes no text for them (and makes "fi" a ligature that copies as "ﬁ").
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

bool haveGuiApplication()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QString noDataText()
{
    return ReportRender::tr("No data for this period.");
}

QString rightAxisText(const QString &seriesName)
{
    //: Legend entry of a series drawn against the chart's right-hand axis.
    return ReportRender::tr("%1 (right axis)").arg(seriesName);
}

QString pageText(int page, int pages)
{
    //: Page number in the PDF report's footer: page %1 of %2.
    return ReportRender::tr("%1 / %2").arg(page).arg(pages);
}

// ---------------------------------------------------------------------------------------------
// Chart

// Distinct hues (Tableau's ten without its grey: the gridlines and axes are grey).
const QRgb kSeriesColors[] = {0x1f77b4, 0xe8710a, 0x2ca02c, 0xd62728, 0x9467bd,
                              0x8c564b, 0xe377c2, 0xbcbd22, 0x17becf};

struct Ticks {
    double min = 0;
    double step = 1;
    int intervals = 1;
    int decimals = 0;
    [[nodiscard]] double max() const { return min + step * intervals; }
    [[nodiscard]] double at(int i) const { return min + step * i; }
};

// The smallest of 1, 2, 2.5, 5 times a power of ten that is >= `rough`.
double niceStep(double rough)
{
    if (!(rough > 0) || !std::isfinite(rough))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (rough <= factor * magnitude * (1 + 1e-9))
            return factor * magnitude;
    }
    return 10 * magnitude;
}

int decimalsFor(double step)
{
    int decimals = 0;
    double scaled = step;
    while (decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-6 * std::max(1.0, scaled)) {
        scaled *= 10;
        ++decimals;
    }
    return decimals;
}

// Rates and costs start at zero: an axis cut at 80 makes a 5 % change look like a collapse.
std::pair<double, double> withZero(double lo, double hi)
{
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi - lo < 1e-12)
        hi = lo + 1;
    return {lo, hi};
}

Ticks niceTicks(double lo, double hi, int target)
{
    std::tie(lo, hi) = withZero(lo, hi);
    Ticks t;
    t.step = niceStep((hi - lo) / std::max(1, target));
    t.min = std::floor(lo / t.step + 1e-9) * t.step;
    t.intervals = std::max(1, int(std::ceil((hi - t.min) / t.step - 1e-9)));
    t.decimals = decimalsFor(t.step);
    return t;
}

// The right axis gets as many intervals as the left one, so both share the gridlines, with the
// smallest nice step that still covers its data.
Ticks alignedTicks(double lo, double hi, int intervals)
{
    std::tie(lo, hi) = withZero(lo, hi);
    Ticks t;
    t.intervals = intervals;
    t.step = niceStep((hi - lo) / intervals);
    for (int guard = 0; guard < 64; ++guard) {
        t.min = std::floor(lo / t.step + 1e-9) * t.step;
        if (t.max() >= hi - 1e-9 * std::abs(hi))
            break;
        t.step = niceStep(t.step * 1.01);
    }
    t.decimals = decimalsFor(t.step);
    return t;
}

struct PlottedSeries {
    const ChartSeries *series = nullptr;
    bool right = false;
    QColor color;
    std::vector<std::pair<QDate, double>> points; // valid, sorted by date, one per day
};

struct ChartData {
    std::vector<PlottedSeries> series;
    QDate first;
    QDate last;
    bool hasRight = false; // a second axis is drawn
    double leftLo = 0, leftHi = 0, rightLo = 0, rightHi = 0;
    [[nodiscard]] bool empty() const { return !first.isValid(); }
};

ChartData chartData(const ReportDocument &doc)
{
    ChartData data;
    // With no left-axis series the right-axis ones are drawn on the left: one axis, no empty side.
    const bool dual = !doc.leftAxis.empty() && !doc.rightAxis.empty();
    bool anyLeft = false, anyRight = false;
    int index = 0;
    auto add = [&](const ChartSeries &s, bool right) {
        PlottedSeries p;
        p.series = &s;
        p.right = right;
        p.color = chartSeriesColor(index++);
        std::map<QDate, double> byDay; // sorted; a repeated day keeps its last value
        for (const auto &[day, value] : s.points) {
            if (day.isValid() && std::isfinite(value))
                byDay[day] = value;
        }
        for (const auto &[day, value] : byDay) {
            p.points.emplace_back(day, value);
            if (!data.first.isValid() || day < data.first)
                data.first = day;
            if (!data.last.isValid() || day > data.last)
                data.last = day;
            double &lo = right ? data.rightLo : data.leftLo;
            double &hi = right ? data.rightHi : data.leftHi;
            bool &any = right ? anyRight : anyLeft;
            lo = any ? std::min(lo, value) : value;
            hi = any ? std::max(hi, value) : value;
            any = true;
        }
        data.series.push_back(std::move(p));
    };
    for (const ChartSeries &s : doc.leftAxis)
        add(s, false);
    for (const ChartSeries &s : doc.rightAxis)
        add(s, dual);
    data.hasRight = dual && anyRight;
    return data;
}

QString unitsOf(const ChartData &data, bool right)
{
    QStringList units;
    for (const PlottedSeries &s : data.series) {
        if (s.right == right && !s.series->unit.isEmpty() && !units.contains(s.series->unit))
            units << s.series->unit;
    }
    return units.join(QStringLiteral(" / "));
}

// Draws the trend chart of `doc` inside `area` of `p`'s device. `u` is the device pixels of one
// layout unit (a point on the PDF page): every size below is in units.
void paintChart(QPainter &p, const QRectF &area, const ReportDocument &doc, double u, const QString &family)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QPaintDevice *device = p.device();
    const QFont titleFont = makeFont(family, device, 11 * u, true);
    const QFont legendFont = makeFont(family, device, 8.5 * u);
    const QFont labelFont = makeFont(family, device, 8 * u);
    const QFontMetricsF titleFm(titleFont, device);
    const QFontMetricsF legendFm(legendFont, device);
    const QFontMetricsF labelFm(labelFont, device);
    const QColor textColor(0x33, 0x33, 0x33);
    const QColor axisColor(0x80, 0x80, 0x80);
    const QColor gridColor(0xdd, 0xdd, 0xdd);

    double y = area.top();
    if (!doc.chartTitle.isEmpty()) {
        p.setFont(titleFont);
        p.setPen(textColor);
        const QRectF r(area.left(), y, area.width(), titleFm.height());
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                   titleFm.elidedText(doc.chartTitle, Qt::ElideRight, area.width()));
        y += titleFm.height() + 4 * u;
    }

    const ChartData data = chartData(doc);
    if (data.empty()) {
        p.setFont(legendFont);
        p.setPen(axisColor);
        p.drawText(QRectF(area.left(), y, area.width(), area.bottom() - y), Qt::AlignCenter, noDataText());
        p.restore();
        return;
    }

    // Legend: swatches in rows, wrapped to the width.
    {
        p.setFont(legendFont);
        const double swatch = 18 * u, gapAfterSwatch = 5 * u, gapBetween = 16 * u;
        const double rowHeight = legendFm.height() + 2 * u;
        double x = area.left();
        for (const PlottedSeries &s : data.series) {
            QString text = s.series->name;
            if (s.right)
                text = rightAxisText(text);
            const double maxText = area.width() - swatch - gapAfterSwatch;
            text = legendFm.elidedText(text, Qt::ElideRight, maxText);
            const double width = swatch + gapAfterSwatch + legendFm.horizontalAdvance(text);
            if (x > area.left() && x + width > area.right()) {
                x = area.left();
                y += rowHeight;
            }
            const double mid = y + rowHeight / 2;
            p.setPen(QPen(s.color, 2 * u, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(x, mid), QPointF(x + swatch, mid));
            p.setPen(Qt::NoPen);
            p.setBrush(s.color);
            if (s.right)
                p.drawRect(QRectF(x + swatch / 2 - 2.5 * u, mid - 2.5 * u, 5 * u, 5 * u));
            else
                p.drawEllipse(QPointF(x + swatch / 2, mid), 2.5 * u, 2.5 * u);
            p.setBrush(Qt::NoBrush);
            p.setPen(textColor);
            p.drawText(QRectF(x + swatch + gapAfterSwatch, y, width, rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, text);
            x += width + gapBetween;
        }
        y += rowHeight + 4 * u;
    }

    // Units above each axis, then the plot. A tick label is centred on its gridline, so half a
    // label of room above the top one.
    const QString leftUnit = unitsOf(data, false);
    const QString rightUnit = data.hasRight ? unitsOf(data, true) : QString();
    const double labelHeight = labelFm.height();
    const double unitRowTop = y;
    if (!leftUnit.isEmpty() || !rightUnit.isEmpty())
        y += labelHeight + 2 * u;
    const double plotTop = y + labelHeight / 2;
    const double plotBottom = area.bottom() - labelHeight - 5 * u;
    if (plotBottom - plotTop < 20 * u) { // too small for a plot: title and legend only, not a smear
        p.restore();
        return;
    }
    const int targetTicks = std::clamp(int((plotBottom - plotTop) / (labelHeight * 2.6)), 2, 8);
    const Ticks left = niceTicks(data.leftLo, data.leftHi, targetTicks);
    const Ticks right = data.hasRight ? alignedTicks(data.rightLo, data.rightHi, left.intervals) : Ticks();
    const QLocale locale;
    auto tickText = [&](const Ticks &t, int i) { return locale.toString(t.at(i), 'f', t.decimals); };
    double leftLabelWidth = 0, rightLabelWidth = 0;
    for (int i = 0; i <= left.intervals; ++i)
        leftLabelWidth = std::max(leftLabelWidth, labelFm.horizontalAdvance(tickText(left, i)));
    if (data.hasRight) {
        for (int i = 0; i <= right.intervals; ++i)
            rightLabelWidth = std::max(rightLabelWidth, labelFm.horizontalAdvance(tickText(right, i)));
    }
    // Monthly points (every series joins points a month apart): the date labels are months.
    const bool monthly = std::all_of(data.series.begin(), data.series.end(),
                                     [](const PlottedSeries &s) { return s.series->joinWithinDays >= 28; });
    // The first and last date labels are centred on the plot's ends: half a label of room.
    const bool multiYear = data.first.year() != data.last.year();
    QString dateFormat = monthly     ? QStringLiteral("yyyy/M")
                         : multiYear ? QStringLiteral("yyyy/M/d")
                                     : QStringLiteral("M/d");
    const double dateLabelWidth = labelFm.horizontalAdvance(QDate(2000, 12, 28).toString(dateFormat)) + 2 * u;
    const double plotLeft = area.left() + std::max(leftLabelWidth + 6 * u, dateLabelWidth / 2);
    const double plotRight =
        area.right() - (data.hasRight ? rightLabelWidth + 6 * u : std::max(4 * u, dateLabelWidth / 2));
    const QRectF plot(QPointF(plotLeft, plotTop), QPointF(plotRight, plotBottom));

    auto yOf = [&](const Ticks &t, double v) {
        return plot.bottom() - (v - t.min) / (t.max() - t.min) * plot.height();
    };
    const qint64 spanDays = data.first.daysTo(data.last);
    const double inset = std::min(10 * u, plot.width() * 0.04);
    auto xOf = [&](const QDate &day) {
        if (spanDays == 0)
            return plot.center().x();
        return plot.left() + inset + double(data.first.daysTo(day)) / spanDays * (plot.width() - 2 * inset);
    };

    // Gridlines and value labels.
    p.setFont(labelFont);
    for (int i = 0; i <= left.intervals; ++i) {
        const double gy = yOf(left, left.at(i));
        if (i > 0) {
            // Zero stands out when values go below it.
            const bool zero = std::abs(left.at(i)) < left.step * 1e-6;
            p.setPen(zero ? QPen(axisColor, 0.8 * u) : QPen(gridColor, 0.6 * u));
            p.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
        }
        p.setPen(textColor);
        p.drawText(QRectF(area.left(), gy - labelHeight / 2, plot.left() - 6 * u - area.left(), labelHeight),
                   Qt::AlignRight | Qt::AlignVCenter, tickText(left, i));
        if (data.hasRight) {
            p.drawText(QRectF(plot.right() + 6 * u, gy - labelHeight / 2, rightLabelWidth + u, labelHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, tickText(right, i));
        }
    }
    p.setPen(textColor);
    if (!leftUnit.isEmpty()) {
        p.drawText(QRectF(area.left(), unitRowTop, area.width() / 2, labelHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   labelFm.elidedText(leftUnit, Qt::ElideRight, area.width() / 2));
    }
    if (!rightUnit.isEmpty()) {
        p.drawText(QRectF(area.center().x(), unitRowTop, area.width() / 2, labelHeight),
                   Qt::AlignRight | Qt::AlignVCenter,
                   labelFm.elidedText(rightUnit, Qt::ElideRight, area.width() / 2));
    }
    p.setPen(QPen(axisColor, 0.8 * u));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    if (data.hasRight)
        p.drawLine(plot.bottomRight(), plot.topRight());

    // Date labels: the smallest step (days, weeks, months) at which every label fits, then a
    // second guard that skips any label that would still touch the previous one.
    {
        const double slot = dateLabelWidth + 8 * u;
        const double capacity = std::max(1.0, (plot.width() - 2 * inset) / slot + 1);
        std::vector<QDate> ticks;
        if (spanDays == 0) {
            ticks.push_back(data.first);
        } else {
            bool chosen = false;
            for (const int step : {1, 2, 3, 7, 14}) {
                if (monthly || double(spanDays) / step + 1 > capacity)
                    continue;
                QDate d = data.first;
                if (step >= 7) // weeks start on Monday
                    d = d.addDays((8 - d.dayOfWeek()) % 7);
                for (; d <= data.last; d = d.addDays(step))
                    ticks.push_back(d);
                chosen = true;
                break;
            }
            if (!chosen) {
                int months = 1;
                for (const int m : {1, 2, 3, 6, 12, 24, 60, 120}) {
                    months = m;
                    if (double(spanDays) / (30.4 * m) + 1 <= capacity)
                        break;
                }
                QDate d(data.first.year(), data.first.month(), 1);
                if (d < data.first)
                    d = d.addMonths(1);
                while ((d.year() * 12 + d.month() - 1) % months != 0)
                    d = d.addMonths(1);
                for (; d <= data.last; d = d.addMonths(months))
                    ticks.push_back(d);
                if (multiYear) // month ticks across years: "2026/3", the day is always 1
                    dateFormat = QStringLiteral("yyyy/M");
            }
        }
        double lastRight = -1e300;
        for (const QDate &d : ticks) {
            const double x = xOf(d);
            const QString text = d.toString(dateFormat);
            const double w = labelFm.horizontalAdvance(text) + 2 * u;
            const double lx = std::clamp(x - w / 2, area.left(), std::max(area.left(), area.right() - w));
            if (lx < lastRight + 4 * u)
                continue;
            p.setPen(QPen(axisColor, 0.8 * u));
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3 * u));
            p.setPen(textColor);
            p.drawText(QRectF(lx, plot.bottom() + 4 * u, w, labelHeight), Qt::AlignCenter, text);
            lastRight = lx + w;
        }
    }

    // Series: a line through consecutive days only, so a missing day is a visible gap.
    p.setClipRect(plot.adjusted(-4 * u, -4 * u, 4 * u, 4 * u));
    for (const PlottedSeries &s : data.series) {
        const Ticks &t = s.right ? right : left;
        const int join = std::max(1, s.series->joinWithinDays);
        auto joined = [join](const QDate &a, const QDate &b) { return a.daysTo(b) <= join; };
        QPainterPath path;
        for (size_t i = 0; i < s.points.size(); ++i) {
            const QPointF pt(xOf(s.points[i].first), yOf(t, s.points[i].second));
            if (i > 0 && joined(s.points[i - 1].first, s.points[i].first))
                path.lineTo(pt);
            else
                path.moveTo(pt);
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(s.color, 1.6 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(s.color);
        // Markers while days are far enough apart to tell them; when they are packed, only on a
        // day with no neighbour, which has no line to show it.
        const double dayWidth =
            (spanDays > 0 ? (plot.width() - 2 * inset) / spanDays : plot.width()) * (join > 1 ? 30 : 1);
        const bool everyDay = dayWidth >= 5 * u;
        const double r = dayWidth >= 9 * u ? 2.2 * u : 1.6 * u;
        for (size_t i = 0; i < s.points.size(); ++i) {
            const auto &[day, value] = s.points[i];
            const bool joinedBefore = i > 0 && joined(s.points[i - 1].first, day);
            const bool joinedAfter = i + 1 < s.points.size() && joined(day, s.points[i + 1].first);
            if (!everyDay && (joinedBefore || joinedAfter))
                continue;
            const QPointF pt(xOf(day), yOf(t, value));
            if (s.right)
                p.drawRect(QRectF(pt.x() - r, pt.y() - r, 2 * r, 2 * r));
            else
                p.drawEllipse(pt, r, r);
        }
    }
    p.restore();
}

// ---------------------------------------------------------------------------------------------
// PDF

constexpr int kPdfDpi = 300;

struct TableLayout {
    int columns = 0;
    std::vector<double> widths; // device pixels
    int headerLines = 1;        // 2 when the headers wrap to fit
    double rowHeight = 0;
    double headerHeight = 0;
    double indentStep = 0;
    double padding = 0;
    bool fits = true; // false: even with the text columns at their floor the table is too wide
};

struct PagePlan {
    int rowBegin = 0;
    int rowEnd = 0; // exclusive
};

int indentOf(const ReportTable &table, size_t row)
{
    return row < table.indent.size() ? std::clamp(table.indent[row], 0, 6) : 0;
}

// A block row of a table with levels: bold, on a tint. A table without levels is flat.
bool isHeading(const ReportTable &table, size_t row)
{
    if (!table.emphasis.empty())
        return row < table.emphasis.size() && table.emphasis[row];
    return !table.indent.empty() && indentOf(table, row) == 0;
}

QString cellText(const QStringList &cells, int column)
{
    QString text = column < cells.size() ? cells.at(column) : QString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

bool isNumeric(const ReportTable &table, int column)
{
    return std::find(table.numericColumns.begin(), table.numericColumns.end(), column) !=
           table.numericColumns.end();
}

// The narrowest width at which `text` takes at most two lines (never narrower than its longest
// word; CJK text breaks between any two characters).
double twoLineWidth(const QString &text, const QFontMetricsF &fm)
{
    const double oneLine = fm.horizontalAdvance(text);
    auto fitsIn = [&](double width) {
        const QRectF r = fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text);
        return r.width() <= width + 0.5 && r.height() <= 2 * fm.lineSpacing() + 0.5;
    };
    double lo = oneLine / 2, hi = oneLine;
    if (fitsIn(lo))
        return lo;
    for (int i = 0; i < 12; ++i) {
        const double mid = (lo + hi) / 2;
        (fitsIn(mid) ? hi : lo) = mid;
    }
    return hi;
}

// Columns as wide as their widest cell and header; when that is too wide the headers wrap onto
// two lines, then the text columns give up room (down to a floor, their cells elided). Numbers
// are never elided: when they still do not fit, `fits` is false and the caller tries a smaller
// font; at the smallest, every column shrinks in proportion as a last resort.
TableLayout layoutTable(const ReportTable &table, const QFontMetricsF &fm, const QFontMetricsF &boldFm,
                        double available, double pt)
{
    TableLayout layout;
    layout.columns = int(table.headers.size());
    for (const QStringList &row : table.rows)
        layout.columns = std::max(layout.columns, int(row.size()));
    layout.padding = 4.5 * pt;
    layout.rowHeight = fm.height() * 1.55;
    layout.headerHeight = boldFm.height() + 2 * layout.padding;
    layout.indentStep = fm.height() * 1.1;
    if (layout.columns == 0)
        return layout;
    const auto n = size_t(layout.columns);

    std::vector<double> cells(n, 0.0), header1(n, 0.0), header2(n, 0.0);
    for (int c = 0; c < layout.columns; ++c) {
        const QString header = cellText(table.headers, c);
        header1[size_t(c)] = boldFm.horizontalAdvance(header);
        header2[size_t(c)] = header.isEmpty() ? 0 : twoLineWidth(header, boldFm);
    }
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const int level = indentOf(table, r);
        const QFontMetricsF &m = isHeading(table, r) ? boldFm : fm;
        for (int c = 0; c < layout.columns; ++c) {
            double w = m.horizontalAdvance(cellText(table.rows[r], c));
            if (c == 0)
                w += level * layout.indentStep;
            cells[size_t(c)] = std::max(cells[size_t(c)], w);
        }
    }
    const double pad = 2 * layout.padding + 1;
    std::vector<double> want1(n), want2(n);
    std::vector<bool> text(n);
    bool anyText = false;
    for (size_t c = 0; c < n; ++c) {
        want1[c] = std::max(cells[c], header1[c]) + pad;
        want2[c] = std::max(cells[c], header2[c]) + pad;
        text[c] = !isNumeric(table, int(c));
        anyText = anyText || text[c];
    }
    if (!anyText)
        std::fill(text.begin(), text.end(), true);
    auto sum = [](const std::vector<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0); };

    if (sum(want1) <= available) {
        // Headers on one line; the spare width goes to the text columns, in proportion.
        layout.widths = want1;
        double textTotal = 0;
        for (size_t c = 0; c < n; ++c)
            textTotal += text[c] ? want1[c] : 0;
        const double spare = available - sum(want1);
        for (size_t c = 0; c < n; ++c) {
            if (text[c])
                layout.widths[c] += spare * want1[c] / textTotal;
        }
        return layout;
    }
    layout.headerLines = 2;
    layout.headerHeight = boldFm.lineSpacing() + boldFm.height() + 2 * layout.padding;
    layout.widths = want2;
    if (sum(want2) <= available) {
        // Each column takes back part of what wrapping its header saved.
        const double spare = available - sum(want2);
        const double saved = sum(want1) - sum(want2);
        for (size_t c = 0; c < n; ++c)
            layout.widths[c] += spare * (want1[c] - want2[c]) / saved;
        return layout;
    }
    // Text columns shrink towards a floor that keeps a name readable.
    const double floor = std::max(90 * pt, available * 0.16);
    double excess = sum(want2) - available;
    double shrinkable = 0;
    for (size_t c = 0; c < n; ++c)
        shrinkable += text[c] ? std::max(0.0, want2[c] - floor) : 0;
    if (shrinkable > 0) {
        const double take = std::min(excess, shrinkable);
        for (size_t c = 0; c < n; ++c) {
            if (text[c])
                layout.widths[c] -= take * std::max(0.0, want2[c] - floor) / shrinkable;
        }
        excess -= take;
    }
    if (excess <= 0.5)
        return layout;
    // Too wide: the caller tries a smaller font. At the smallest, headers give up room first
    // (elided), then the text columns go below their floor, and only then does every column
    // shrink (numbers elided: the table stays on the page).
    layout.fits = false;
    auto shrinkTowards = [&](const std::vector<double> &target) {
        double room = 0;
        for (size_t c = 0; c < n; ++c)
            room += std::max(0.0, layout.widths[c] - target[c]);
        if (room <= 0)
            return;
        const double take = std::min(excess, room);
        for (size_t c = 0; c < n; ++c)
            layout.widths[c] -= take * std::max(0.0, layout.widths[c] - target[c]) / room;
        excess -= take;
    };
    std::vector<double> bodyOnly(n);
    for (size_t c = 0; c < n; ++c)
        bodyOnly[c] = text[c] ? layout.widths[c] : cells[c] + pad;
    shrinkTowards(bodyOnly);
    std::vector<double> narrowText(n);
    for (size_t c = 0; c < n; ++c)
        narrowText[c] = text[c] ? std::min(layout.widths[c], 40 * pt) : layout.widths[c];
    shrinkTowards(narrowText);
    if (excess > 0.5) {
        const double scale = available / (available + excess);
        for (double &w : layout.widths)
            w *= scale;
    }
    return layout;
}

// Rows per page: the first page holds what is left under the title and chart (or starts the
// table on the next page when that is only a couple of rows); a heading row is not left alone at
// the bottom of a page, away from the rows it heads.
std::vector<PagePlan> planPages(const ReportTable &table, const TableLayout &layout, double firstPageRoom,
                                double pageRoom)
{
    std::vector<PagePlan> pages;
    const int rows = int(table.rows.size());
    auto rowsFitting = [&](double room) {
        return std::max(0, int(std::floor((room - layout.headerHeight) / layout.rowHeight)));
    };
    int next = 0;
    const int firstFit = rowsFitting(firstPageRoom);
    if (rows == 0 || firstFit >= std::min(rows, 3)) {
        const int end = std::min(rows, firstFit);
        pages.push_back({0, end});
        next = end;
    } else {
        pages.push_back({0, 0}); // title and chart only
    }
    const int perPage = std::max(1, rowsFitting(pageRoom));
    auto keepHeadingsWithRows = [&](PagePlan &page) {
        while (page.rowEnd < rows && page.rowEnd - page.rowBegin > 1 &&
               indentOf(table, size_t(page.rowEnd - 1)) < indentOf(table, size_t(page.rowEnd)))
            --page.rowEnd;
    };
    if (pages.front().rowEnd > 0) {
        keepHeadingsWithRows(pages.front());
        next = pages.front().rowEnd;
    }
    while (next < rows) {
        PagePlan page{next, std::min(rows, next + perPage)};
        keepHeadingsWithRows(page);
        pages.push_back(page);
        next = page.rowEnd;
    }
    return pages;
}

Error writeError(const QSaveFile &file, const QString &path, const QString &what)
{
    const QFileInfo info(path);
    const QString reason = file.errorString();
    if (!info.absoluteDir().exists())
        return Error(ErrorCode::NotFound,
                     QStringLiteral("cannot write the %1: the folder does not exist").arg(what), path);
    if (file.error() == QFileDevice::PermissionsError)
        return Error(ErrorCode::ReadOnly, QStringLiteral("cannot write the %1: %2").arg(what, reason), path);
    return Error(ErrorCode::Io, QStringLiteral("cannot write the %1: %2").arg(what, reason), path);
}

// ---------------------------------------------------------------------------------------------
// PDF text layer

// QPdfWriter maps each glyph back to text with the lowest code point that the font draws with
// that glyph (QFontSubset::getReverseMap). CJK fonts draw 生 and the Kangxi radical ⽣ (U+2F63),
// 人 and ⼈, ・ and ‧ (U+2027), the space and the tab with one glyph each, so the text copied or
// searched in the PDF would read "⽣産性‧⼈時単価" and a search for 人時 would find nothing.
// The PDF is fixed afterwards with an incremental update (new versions of its ToUnicode maps
// appended; the bytes Qt wrote are kept): a glyph mapped to a character the document never draws
// is mapped instead to a character it draws that the font draws with the same glyph. Anything
// unexpected in the file leaves it as Qt wrote it: the text is then less searchable, never broken.

// The characters the renderer may draw: the document's strings, its own translated strings, the
// numbers and dates of the axes.
QSet<char32_t> drawnCharacters(const ReportDocument &doc, const QStringList &extra)
{
    QStringList texts = extra;
    texts << doc.title << doc.subtitleLines << doc.table.headers << doc.chartTitle << doc.footer;
    for (const QStringList &row : doc.table.rows)
        texts << row;
    for (const auto *axis : {&doc.leftAxis, &doc.rightAxis}) {
        for (const ChartSeries &s : *axis)
            texts << s.name << s.unit;
    }
    const QLocale locale;
    texts << locale.groupSeparator() << locale.decimalPoint() << locale.negativeSign() << QStringLiteral("…");
    QSet<char32_t> chars;
    for (char32_t c = 0x20; c < 0x7f; ++c)
        chars.insert(c);
    for (const QString &text : texts) {
        for (const char32_t c : text.toUcs4())
            chars.insert(c);
    }
    return chars;
}

// zlib data as PDF streams hold it (qUncompress wants a 4-byte size hint first; it grows past it).
std::optional<QByteArray> inflate(const QByteArray &data)
{
    const quint32 hint = quint32(std::min<qsizetype>(data.size() * 8 + 1024, 64 << 20));
    QByteArray framed;
    framed.reserve(data.size() + 4);
    framed.append(char(hint >> 24)).append(char(hint >> 16)).append(char(hint >> 8)).append(char(hint));
    framed.append(data);
    QByteArray out = qUncompress(framed);
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

// A ToUnicode CMap as character code -> text.
std::optional<std::map<uint, QString>> parseToUnicode(const QByteArray &cmap)
{
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]|begin(bfrange|bfchar)|"
                                                         "end(bfrange|bfchar)"));
    auto hexText = [](const QString &hex) {
        QString text;
        for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
            text.append(QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16))));
        return text;
    };
    std::map<uint, QString> map;
    QStringList tokens;
    QString section;
    const QString text = QString::fromLatin1(cmap);
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString t = m.captured(0);
        if (t.startsWith(QLatin1String("begin"))) {
            section = m.captured(2);
            tokens.clear();
        } else if (t.startsWith(QLatin1String("end"))) {
            section.clear();
        } else if (section == QLatin1String("bfchar")) {
            tokens << t;
            if (tokens.size() == 2) {
                map[tokens[0].mid(1, tokens[0].size() - 2).toUInt(nullptr, 16)] =
                    hexText(tokens[1].mid(1, tokens[1].size() - 2));
                tokens.clear();
            }
        } else if (section == QLatin1String("bfrange")) {
            tokens << t;
            if (tokens.size() < 3 || (tokens[2] == QLatin1String("[") && t != QLatin1String("]")))
                continue;
            const uint first = tokens[0].mid(1, tokens[0].size() - 2).toUInt(nullptr, 16);
            const uint last = tokens[1].mid(1, tokens[1].size() - 2).toUInt(nullptr, 16);
            if (last < first || last - first > 0xffff)
                return std::nullopt;
            if (tokens[2] == QLatin1String("[")) {
                for (uint code = first; code <= last && qsizetype(code - first) + 3 < tokens.size(); ++code) {
                    const QString &hex = tokens[qsizetype(code - first) + 3];
                    map[code] = hexText(hex.mid(1, hex.size() - 2));
                }
            } else {
                QString start = hexText(tokens[2].mid(1, tokens[2].size() - 2));
                for (uint code = first; code <= last && !start.isEmpty(); ++code) {
                    map[code] = start;
                    start.back() = QChar(char16_t(start.back().unicode() + 1));
                }
            }
            tokens.clear();
        }
    }
    return map;
}

QByteArray writeToUnicode(const std::map<uint, QString> &map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    auto hex4 = [](uint v) { return QByteArray::number(v, 16).rightJustified(4, '0').toUpper(); };
    std::vector<std::pair<uint, QString>> entries(map.begin(), map.end());
    for (size_t i = 0; i < entries.size(); i += 100) { // at most 100 entries a block
        const size_t n = std::min<size_t>(100, entries.size() - i);
        out += QByteArray::number(qulonglong(n)) + " beginbfchar\n";
        for (size_t k = i; k < i + n; ++k) {
            QByteArray dest;
            for (const QChar ch : entries[k].second)
                dest += hex4(ch.unicode());
            out += '<' + hex4(entries[k].first) + "> <" + dest + ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

class ToUnicodeFixer {
public:
    ToUnicodeFixer(const QString &family, const QSet<char32_t> &drawn)
        : m_drawn(drawn)
    {
        QFont font(family);
        font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
        m_raw = QRawFont::fromFont(font);
        // Glyph -> the drawn character, preferring one that is not a compatibility character (人
        // over ⼈) when a document draws both.
        for (const char32_t c : drawn) {
            const quint32 glyph = glyphOf(c);
            if (glyph == 0)
                continue;
            auto it = m_byGlyph.find(glyph);
            if (it == m_byGlyph.end() || isCompatibility(*it))
                m_byGlyph.insert(glyph, c);
        }
    }

    // The PDF with fixed ToUnicode maps appended, or nothing when there is nothing to fix or the
    // file is not laid out as expected.
    [[nodiscard]] std::optional<QByteArray> fix(const QByteArray &pdf) const
    {
        if (!m_raw.isValid())
            return std::nullopt;
        const qsizetype startxref = pdf.lastIndexOf("startxref");
        if (startxref < 0)
            return std::nullopt;
        bool ok = false;
        const qsizetype xrefOffset =
            pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
        if (!ok || xrefOffset <= 0 || xrefOffset >= pdf.size() || !pdf.mid(xrefOffset).startsWith("xref"))
            return std::nullopt;
        const qsizetype trailerAt = pdf.indexOf("trailer", xrefOffset);
        if (trailerAt < 0)
            return std::nullopt;
        const std::map<int, qsizetype> offsets = parseXref(pdf.mid(xrefOffset, trailerAt - xrefOffset));
        const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxref - trailerAt));

        static const QRegularExpression toUnicodeRef(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
        std::map<int, QByteArray> replaced;
        auto refs = toUnicodeRef.globalMatch(QString::fromLatin1(pdf.left(xrefOffset)));
        while (refs.hasNext()) {
            const int object = refs.next().captured(1).toInt();
            if (replaced.count(object))
                continue;
            const auto stream = readStream(pdf, offsets, object);
            if (!stream)
                return std::nullopt;
            auto map = parseToUnicode(*stream);
            if (!map)
                return std::nullopt;
            if (remap(*map))
                replaced[object] = writeToUnicode(*map);
        }
        if (replaced.empty())
            return std::nullopt;

        QByteArray out = pdf;
        if (!out.endsWith('\n'))
            out += '\n';
        std::vector<std::pair<int, qsizetype>> written;
        for (const auto &[object, cmap] : replaced) {
            written.emplace_back(object, out.size());
            out += QByteArray::number(object) + " 0 obj\n<<\n/Length " + QByteArray::number(cmap.size()) +
                   "\n>>\nstream\n" + cmap + "\nendstream\nendobj\n";
        }
        const qsizetype newXref = out.size();
        out += "xref\n";
        for (const auto &[object, offset] : written) {
            out += QByteArray::number(object) + " 1\n";
            out += QByteArray::number(qlonglong(offset)).rightJustified(10, '0') + " 00000 n \n";
        }
        QByteArray entries;
        static const QRegularExpression keep(QStringLiteral(
            "/(Size\\s+\\d+|Root\\s+\\d+\\s+\\d+\\s+R|Info\\s+\\d+\\s+\\d+\\s+R|ID\\s*\\[[^\\]]*\\])"));
        auto kept = keep.globalMatch(trailer);
        while (kept.hasNext())
            entries += '/' + kept.next().captured(1).toLatin1() + '\n';
        if (!entries.contains("/Size") || !entries.contains("/Root"))
            return std::nullopt;
        out += "trailer\n<<\n" + entries + "/Prev " + QByteArray::number(qlonglong(xrefOffset)) +
               "\n>>\nstartxref\n" + QByteArray::number(qlonglong(newXref)) + "\n%%EOF\n";
        return out;
    }

private:
    static bool isCompatibility(char32_t c) { return QChar::decompositionTag(c) != QChar::NoDecomposition; }

    [[nodiscard]] quint32 glyphOf(char32_t c) const
    {
        const QList<quint32> glyphs = m_raw.glyphIndexesForString(QString::fromUcs4(&c, 1));
        return glyphs.size() == 1 ? glyphs.front() : 0;
    }

    // Re-maps what the document does not draw; true when something changed.
    bool remap(std::map<uint, QString> &map) const
    {
        bool changed = false;
        for (auto &[code, text] : map) {
            const QList<uint> ucs4 = text.toUcs4();
            if (code == 0 || ucs4.size() != 1 || m_drawn.contains(ucs4.front()))
                continue;
            const quint32 glyph = glyphOf(ucs4.front());
            const auto it = m_byGlyph.constFind(glyph);
            if (glyph == 0 || it == m_byGlyph.constEnd())
                continue;
            const char32_t c = *it;
            text = QString::fromUcs4(&c, 1);
            changed = true;
        }
        return changed;
    }

    static std::map<int, qsizetype> parseXref(const QByteArray &table)
    {
        std::map<int, qsizetype> offsets;
        const QList<QByteArray> lines = table.split('\n');
        int next = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is "xref"
            const QList<QByteArray> parts = lines[i].simplified().split(' ');
            if (parts.size() == 2) {
                next = parts[0].toInt();
            } else if (parts.size() == 3 && next >= 0) {
                if (parts[2] == "n" && parts[1].toInt() == 0)
                    offsets[next] = parts[0].toLongLong();
                ++next;
            }
        }
        return offsets;
    }

    static std::optional<QByteArray> readStream(const QByteArray &pdf,
                                                const std::map<int, qsizetype> &offsets, int object)
    {
        const auto at = offsets.find(object);
        if (at == offsets.end() ||
            !pdf.mid(at->second, 32).startsWith(QByteArray(QByteArray::number(object) + " 0 obj")))
            return std::nullopt;
        const qsizetype keyword = pdf.indexOf("stream", at->second);
        if (keyword < 0 || keyword - at->second > 4096)
            return std::nullopt;
        const QString dict = QString::fromLatin1(pdf.mid(at->second, keyword - at->second));
        static const QRegularExpression lengthRe(QStringLiteral("/Length\\s+(\\d+)(\\s+0\\s+R)?"));
        const auto m = lengthRe.match(dict);
        if (!m.hasMatch())
            return std::nullopt;
        qsizetype length = m.captured(1).toLongLong();
        if (!m.captured(2).isEmpty()) {
            const auto ref = offsets.find(int(length));
            if (ref == offsets.end())
                return std::nullopt;
            static const QRegularExpression valueRe(QStringLiteral("^\\d+\\s+0\\s+obj\\s+(\\d+)"));
            const auto v = valueRe.match(QString::fromLatin1(pdf.mid(ref->second, 64)));
            if (!v.hasMatch())
                return std::nullopt;
            length = v.captured(1).toLongLong();
        }
        qsizetype data = keyword + 6;
        if (pdf.mid(data, 2) == "\r\n")
            data += 2;
        else if (data < pdf.size() && pdf.at(data) == '\n')
            data += 1;
        if (length < 0 || data + length > pdf.size())
            return std::nullopt;
        const QByteArray raw = pdf.mid(data, length);
        if (dict.contains(QLatin1String("/FlateDecode")))
            return inflate(raw);
        if (dict.contains(QLatin1String("/Filter")))
            return std::nullopt;
        return raw;
    }

    QSet<char32_t> m_drawn;
    QRawFont m_raw;
    QHash<quint32, char32_t> m_byGlyph;
};

} // namespace

QColor chartSeriesColor(int index)
{
    constexpr int count = int(std::size(kSeriesColors));
    return QColor(kSeriesColors[((index % count) + count) % count]);
}

QImage renderChart(const ReportDocument &doc, QSize size)
{
    if (!haveGuiApplication() || size.isEmpty() || size.width() > 16384 || size.height() > 16384)
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    // One unit is a point of a chart about 800 x 450 points, so a bigger image is the same chart
    // drawn larger rather than a smaller-looking chart with more room.
    // Never below 1: smaller type than that is not readable on a screen.
    const double u = std::max(1.0, std::min(size.width() / 800.0, size.height() / 450.0));
    QPainter p(&image);
    const double margin = 12 * u;
    paintChart(p, QRectF(image.rect()).adjusted(margin, margin, -margin, -margin), doc, u,
               reportFontFamily());
    p.end();
    return image;
}

Status renderChartPng(const ReportDocument &doc, const QString &path, QSize size)
{
    if (!haveGuiApplication())
        return Error(ErrorCode::Internal, QStringLiteral("rendering needs a QGuiApplication"), path);
    if (size.isEmpty() || size.width() > 16384 || size.height() > 16384)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("chart size %1x%2 is out of range").arg(size.width()).arg(size.height()),
                     path);
    const QImage image = renderChart(doc, size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(file, path, QStringLiteral("chart image"));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return Error(ErrorCode::Io, QStringLiteral("cannot encode the chart image as PNG"), path);
    }
    if (!file.commit())
        return writeError(file, path, QStringLiteral("chart image"));
    return {};
}

Status paintDocument(const ReportDocument &doc, QPagedPaintDevice &writer,
                     const std::function<void(int, int)> &progress)
{
    if (!haveGuiApplication())
        return Error(ErrorCode::Internal, QStringLiteral("rendering needs a QGuiApplication"));
    QPainter p;
    if (!p.begin(&writer))
        return Error(ErrorCode::Io, QStringLiteral("cannot start painting the document"));
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    const QString family = reportFontFamily();
    const double pt = writer.logicalDpiY() / 72.0; // device pixels per point
    const QRectF page(0, 0, writer.width(), writer.height());
    const double margin = 36 * pt;
    const QFont titleFont = makeFont(family, &writer, 17 * pt, true);
    const QFont subtitleFont = makeFont(family, &writer, 9 * pt);
    const QFont runningFont = makeFont(family, &writer, 8 * pt);
    const QFont footerFont = makeFont(family, &writer, 7.5 * pt);
    const QFont messageFont = makeFont(family, &writer, 12 * pt);
    const QFontMetricsF titleFm(titleFont, &writer);
    const QFontMetricsF subtitleFm(subtitleFont, &writer);
    const QFontMetricsF runningFm(runningFont, &writer);
    const QFontMetricsF footerFm(footerFont, &writer);
    const QFontMetricsF messageFm(messageFont, &writer);

    const QRectF content(
        QPointF(page.left() + margin, page.top() + margin),
        QPointF(page.right() - margin, page.bottom() - margin - footerFm.height() - 10 * pt));

    // First page: title, subtitle lines (wrapped), the chart when there is data for it.
    const int textFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QString title = doc.title;
    const double titleHeight =
        title.isEmpty() ? 0
                        : titleFm.boundingRect(QRectF(0, 0, content.width(), 1e6), textFlags, title).height();
    std::vector<double> subtitleHeights;
    for (const QString &line : doc.subtitleLines) {
        subtitleHeights.push_back(
            subtitleFm.boundingRect(QRectF(0, 0, content.width(), 1e6), textFlags, line).height());
    }
    double headerBottom = content.top() + titleHeight + (title.isEmpty() ? 0 : 6 * pt);
    for (double h : subtitleHeights)
        headerBottom += h + 1.5 * pt;
    headerBottom += 12 * pt;

    const bool hasChart = !chartData(doc).empty();
    const bool hasRows = !doc.table.rows.empty();

    // The table's type size: the largest at which its numbers fit across the page.
    QFont tableFont, tableBold;
    std::optional<QFontMetricsF> tableFm, boldFm;
    TableLayout layout;
    for (const double size : {8.5, 7.5, 6.5, 6.0}) {
        tableFont = makeFont(family, &writer, size * pt);
        tableBold = makeFont(family, &writer, size * pt, true);
        tableFm.emplace(tableFont, &writer);
        boldFm.emplace(tableBold, &writer);
        layout = layoutTable(doc.table, *tableFm, *boldFm, content.width(), pt);
        if (layout.fits)
            break;
    }

    QRectF chartRect;
    double firstTableTop = headerBottom;
    if (hasChart) {
        const double room = content.bottom() - headerBottom;
        const double gap = 16 * pt;
        // The whole first page without a table; with one, room for a few rows under it so page 1
        // is not a chart alone. A short table (a block summary) that would spill a few rows onto
        // a second page gets the room instead, the chart giving up height down to a floor.
        double height = hasRows ? std::clamp(room * 0.62, std::min(room, 170 * pt), 280 * pt) : room - 8 * pt;
        if (hasRows) {
            const double tableHeight =
                layout.headerHeight + double(doc.table.rows.size()) * layout.rowHeight + 2 * pt;
            const double fitting = room - gap - tableHeight;
            if (fitting < height && fitting >= std::min(height, 140 * pt))
                height = fitting;
        }
        chartRect = QRectF(content.left(), headerBottom, content.width(), height);
        firstTableTop = chartRect.bottom() + gap;
    }
    const double runningHeight = runningFm.height() + 8 * pt;
    const std::vector<PagePlan> pages =
        planPages(doc.table, layout, content.bottom() - firstTableTop, content.height() - runningHeight);
    const int pageCount = int(pages.size());

    auto drawTable = [&](const PagePlan &plan, double top) {
        if (plan.rowEnd <= plan.rowBegin || layout.columns == 0)
            return;
        const double left = content.left();
        double width = 0;
        for (double w : layout.widths)
            width += w;
        auto drawCells = [&](const QStringList &cells, double y, double h, const QFont &font,
                             const QFontMetricsF &fm, int level, const QColor &color, bool wrap) {
            p.setFont(font);
            p.setPen(color);
            double x = left;
            for (int c = 0; c < layout.columns; ++c) {
                const double w = layout.widths[size_t(c)];
                // A deep indent in a narrow column still leaves two thirds of it for the name.
                const double indent = c == 0 ? std::min(level * layout.indentStep, w / 3) : 0;
                const QRectF cell(x + layout.padding + indent, y, w - 2 * layout.padding - indent, h);
                const Qt::Alignment align =
                    (isNumeric(doc.table, c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
                const QString text = cellText(cells, c);
                x += w;
                if (cell.width() <= 0)
                    continue;
                if (wrap && fm.horizontalAdvance(text) > cell.width()) {
                    // Two lines: as much as fits on the first (broken where the language allows),
                    // the rest on the second, elided if it is still too long.
                    QTextLayout textLayout(text, font, p.device());
                    QTextOption option;
                    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
                    textLayout.setTextOption(option);
                    textLayout.beginLayout();
                    QTextLine line = textLayout.createLine();
                    line.setLineWidth(cell.width());
                    const qsizetype firstLength = std::max(1, line.textLength());
                    textLayout.endLayout();
                    const QString lines[2] = {
                        text.left(firstLength).trimmed(),
                        fm.elidedText(text.mid(firstLength).trimmed(), Qt::ElideRight, cell.width())};
                    const double firstTop = cell.center().y() - (fm.lineSpacing() + fm.height()) / 2;
                    for (int l = 0; l < 2; ++l) {
                        p.drawText(
                            QRectF(cell.left(), firstTop + l * fm.lineSpacing(), cell.width(), fm.height()),
                            int(align), lines[l]);
                    }
                    continue;
                }
                p.drawText(cell, int(align), fm.elidedText(text, Qt::ElideRight, cell.width()));
            }
        };
        double y = top;
        if (!doc.table.headers.isEmpty()) {
            p.fillRect(QRectF(left, y, width, layout.headerHeight), QColor(0x3a, 0x4a, 0x5c));
            drawCells(doc.table.headers, y, layout.headerHeight, tableBold, *boldFm, 0, Qt::white,
                      layout.headerLines > 1);
            y += layout.headerHeight;
        }
        for (int r = plan.rowBegin; r < plan.rowEnd; ++r) {
            const int level = indentOf(doc.table, size_t(r));
            const QRectF band(left, y, width, layout.rowHeight);
            const bool heading = isHeading(doc.table, size_t(r));
            // Block rows stand out; the others alternate so a long row is easy to follow.
            if (heading)
                p.fillRect(band, QColor(0xdc, 0xe5, 0xef));
            else if ((r - plan.rowBegin) % 2 == 1)
                p.fillRect(band, QColor(0xf1, 0xf3, 0xf6));
            drawCells(doc.table.rows[size_t(r)], y, layout.rowHeight, heading ? tableBold : tableFont,
                      heading ? *boldFm : *tableFm, level, QColor(0x22, 0x22, 0x22), false);
            y += layout.rowHeight;
        }
        p.setPen(QPen(QColor(0x9a, 0xa5, 0xb1), 0.6 * pt));
        p.drawLine(QPointF(left, y), QPointF(left + width, y));
    };

    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !writer.newPage()) {
            p.end();
            return Error(ErrorCode::Io, QStringLiteral("cannot add a page to the document"));
        }
        double tableTop = content.top();
        if (i == 0) {
            double y = content.top();
            if (!title.isEmpty()) {
                p.setFont(titleFont);
                p.setPen(QColor(0x1a, 0x1a, 0x1a));
                p.drawText(QRectF(content.left(), y, content.width(), titleHeight), textFlags, title);
                y += titleHeight + 6 * pt;
            }
            p.setFont(subtitleFont);
            p.setPen(QColor(0x55, 0x55, 0x55));
            for (int s = 0; s < doc.subtitleLines.size(); ++s) {
                const double h = subtitleHeights[size_t(s)];
                p.drawText(QRectF(content.left(), y, content.width(), h), textFlags, doc.subtitleLines.at(s));
                y += h + 1.5 * pt;
            }
            if (hasChart)
                paintChart(p, chartRect, doc, pt, family);
            if (!hasRows && !hasChart) {
                p.setFont(messageFont);
                p.setPen(QColor(0x55, 0x55, 0x55));
                p.drawText(QRectF(content.left(), headerBottom, content.width(), messageFm.height() * 3),
                           Qt::AlignLeft | Qt::AlignVCenter, noDataText());
            }
            tableTop = firstTableTop;
        } else {
            // Continuation pages say what they continue.
            p.setFont(runningFont);
            p.setPen(QColor(0x77, 0x77, 0x77));
            p.drawText(QRectF(content.left(), content.top(), content.width(), runningFm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       runningFm.elidedText(title, Qt::ElideRight, content.width()));
            tableTop = content.top() + runningHeight;
        }
        drawTable(pages[size_t(i)], tableTop);

        // Footer: a hairline, the document's footer text, "n / N".
        const double footerTop = page.bottom() - margin - footerFm.height();
        p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5 * pt));
        p.drawLine(QPointF(content.left(), footerTop - 5 * pt), QPointF(content.right(), footerTop - 5 * pt));
        p.setFont(footerFont);
        p.setPen(QColor(0x66, 0x66, 0x66));
        const QString marker = pageText(i + 1, pageCount);
        const double pageTextWidth = footerFm.horizontalAdvance(marker) + 2 * pt;
        p.drawText(QRectF(content.right() - pageTextWidth, footerTop, pageTextWidth, footerFm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, marker);
        const double footerWidth = content.width() - pageTextWidth - 12 * pt;
        p.drawText(QRectF(content.left(), footerTop, footerWidth, footerFm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   footerFm.elidedText(doc.footer, Qt::ElideRight, footerWidth));
        if (progress)
            progress(i + 1, pageCount);
    }
    if (!p.end())
        return Error(ErrorCode::Io, QStringLiteral("cannot finish the document"));
    return {};
}

Status renderPdf(const ReportDocument &doc, const QString &path,
                 const std::function<void(int, int)> &progress)
{
    if (!haveGuiApplication())
        return Error(ErrorCode::Internal, QStringLiteral("rendering needs a QGuiApplication"), path);
    // A QSaveFile: the report appears whole or not at all, and a failed write names the file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(file, path, QStringLiteral("PDF report"));

    // Rendered in memory first: the text layer is fixed up before the bytes reach the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kPdfDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    writer.setTitle(doc.title);
    writer.setCreator(QStringLiteral("wh"));

    if (auto painted = paintDocument(doc, writer, progress); !painted) {
        file.cancelWriting();
        return Error(painted.error().code(), painted.error().message(), path);
    }
    QByteArray bytes = buffer.data();
    const QStringList ownTexts{noDataText(), rightAxisText({}), pageText(0, 0), doc.title};
    if (auto fixed = ToUnicodeFixer(reportFontFamily(), drawnCharacters(doc, ownTexts)).fix(bytes))
        bytes = std::move(*fixed);
    if (file.write(bytes) != bytes.size()) {
        const Error error = writeError(file, path, QStringLiteral("PDF report"));
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return writeError(file, path, QStringLiteral("PDF report"));
    return {};
}

} // namespace wh::reports
