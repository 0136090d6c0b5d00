#include "PeriodChart.h"

#include "ReportRender.h"

#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace wh {

namespace {
// About this many pixels per label on the horizontal axis ("12/31", "2026-12").
constexpr int kPixelsPerLabel = 64;

// The label steps tried, smallest first: days (a week, two, about a month...) and months.
constexpr int kDaySteps[] = {1, 2, 3, 7, 14, 28, 56, 91, 182, 364};
constexpr int kMonthSteps[] = {1, 2, 3, 6, 12, 24};

// 1, 2 or 5 times a power of ten, at least `rough`.
double niceStep(double rough)
{
    if (rough <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (factor * power >= rough * 0.999)
            return factor * power;
    return 10 * power;
}

// A value axis from 0 up to a round number above `max`, with about `ticks` round steps.
QValueAxis *valueAxis(double max, int decimals, const QString &title, int ticks)
{
    auto *axis = new QValueAxis;
    const double step = niceStep(std::max(max, 0.0) / ticks);
    const double top = std::max(step, std::ceil(max / step - 1e-9) * step);
    axis->setRange(0, top == 0 ? 1 : top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(top == 0 ? 1 : step);
    // The decimals the step needs ("2.5", "0.25"), so no two labels round to one another.
    int needed = 0;
    while (needed < 4 &&
           std::abs(step * std::pow(10.0, needed) - std::round(step * std::pow(10.0, needed))) > 1e-6)
        ++needed;
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(std::max(decimals, needed)));
    axis->setTitleText(title);
    const QFont font = QApplication::font();
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
    axis->setGridLineColor(QColor(0xe3, 0xe8, 0xee));
    return axis;
}

double maxOf(const std::vector<PeriodChart::Series> &series, bool right, bool stacked, int slotTotal,
             const std::function<int(const QDate &)> &slotOf)
{
    double max = 0;
    if (stacked) {
        std::vector<double> sums(static_cast<size_t>(std::max(slotTotal, 0)), 0.0);
        for (const PeriodChart::Series &s : series)
            for (const auto &[date, value] : s.points) {
                const int slot = slotOf(date);
                if (slot >= 0 && slot < slotTotal && std::isfinite(value) && value > 0)
                    sums[static_cast<size_t>(slot)] += value;
            }
        for (double v : sums)
            max = std::max(max, v);
        return max;
    }
    for (const PeriodChart::Series &s : series) {
        if (s.rightAxis != right)
            continue;
        for (const auto &[date, value] : s.points) {
            const int slot = slotOf(date);
            if (slot >= 0 && slot < slotTotal && std::isfinite(value))
                max = std::max(max, value);
        }
    }
    return max;
}
} // namespace

PeriodChart::PeriodChart(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    QFont title = QApplication::font();
    title.setPointSizeF(title.pointSizeF() * 1.15);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setLocalizeNumbers(true); // "5,000" with the digit grouping of the language
    chart->setBackgroundRoundness(8);
    chart->setMargins(QMargins(8, 8, 16, 8));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(QApplication::font());
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
}

int PeriodChart::slotOf(const QDate &date) const
{
    if (!date.isValid() || !m_content.from.isValid())
        return -1;
    if (m_content.granularity == reports::Granularity::Day)
        return static_cast<int>(m_content.from.daysTo(date));
    return (date.year() - m_content.from.year()) * 12 + (date.month() - m_content.from.month());
}

QDate PeriodChart::dateOfSlot(int slot) const
{
    if (m_content.granularity == reports::Granularity::Day)
        return m_content.from.addDays(slot);
    return QDate(m_content.from.year(), m_content.from.month(), 1).addMonths(slot);
}

int PeriodChart::slotCount() const
{
    if (!m_hasContent || !m_content.from.isValid() || !m_content.to.isValid() ||
        m_content.to < m_content.from)
        return 0;
    return slotOf(m_content.to) + 1;
}

int PeriodChart::valueTicks() const
{
    return std::clamp((height() - 150) / 40, 2, 5);
}

int PeriodChart::labelStep() const
{
    const int slotTotal = slotCount();
    // The plot is the chart less its axes and margins: about 160 pixels with two value axes.
    const int room = std::max(1, (width() - 160) / kPixelsPerLabel);
    if (m_content.granularity == reports::Granularity::Day) {
        for (int step : kDaySteps)
            if ((slotTotal + step - 1) / step <= room)
                return step;
        return kDaySteps[std::size(kDaySteps) - 1];
    }
    for (int step : kMonthSteps)
        if ((slotTotal + step - 1) / step <= room)
            return step;
    return kMonthSteps[std::size(kMonthSteps) - 1];
}

QStringList PeriodChart::axisLabels() const
{
    for (QAbstractAxis *axis : chart()->axes(Qt::Horizontal))
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
            return categories->categoriesLabels();
    return {};
}

void PeriodChart::removeAll()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
}

void PeriodChart::showMessage(const QString &text)
{
    removeAll();
    m_hasContent = false;
    m_content = {};
    m_renderedStep = 0;
    chart()->legend()->hide();
    chart()->setTitle(text);
}

void PeriodChart::setContent(Content content)
{
    m_content = std::move(content);
    m_hasContent = true;
    render();
}

void PeriodChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // The labels the new size holds: draw again only when their spacing changes.
    if (m_hasContent && (labelStep() != m_renderedStep || valueTicks() != m_renderedTicks))
        render();
}

void PeriodChart::render()
{
    removeAll();
    QChart *c = chart();
    c->setTitle(m_content.title);
    const int slotTotal = slotCount();
    if (slotTotal <= 0) {
        c->legend()->hide();
        return;
    }
    const auto slotOfDate = [this](const QDate &d) { return slotOf(d); };

    // The horizontal axis: a slot per day (month), a label every `step` slots at its value.
    const int step = labelStep();
    m_renderedStep = step;
    auto *periods = new QCategoryAxis;
    periods->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    periods->setStartValue(-0.5);
    const bool monthly = m_content.granularity == reports::Granularity::Month;
    const bool oneYear = m_content.from.year() == m_content.to.year();
    for (int slot = 0; slot < slotTotal; slot += step) {
        const QDate d = dateOfSlot(slot);
        //: QDate format of a month on a chart's axis
        const QString label = monthly ? d.toString(tr("yyyy-MM"))
                                      //: QDate format of a day on a chart's axis
                                      : (oneYear ? d.toString(tr("M/d"))
                                                 //: QDate format of a day on a chart's axis when
                                                 //: the period spans two years
                                                 : d.toString(tr("yy/M/d")));
        periods->append(label, slot);
    }
    periods->setRange(-0.5, slotTotal - 0.5);
    periods->setLabelsFont(QApplication::font());
    periods->setGridLineColor(QColor(0xee, 0xf1, 0xf5));
    c->addAxis(periods, Qt::AlignBottom);

    bool anyRight = false;
    for (const Series &s : m_content.lines)
        anyRight = anyRight || s.rightAxis;
    const double leftMax = std::max(maxOf(m_content.bars, false, true, slotTotal, slotOfDate),
                                    maxOf(m_content.lines, false, false, slotTotal, slotOfDate));
    // About 40 pixels between value labels: a short chart gets fewer of them rather than elided ones.
    // The plot is the chart less its title, legend and date labels (about 150 pixels).
    const int ticks = valueTicks();
    m_renderedTicks = ticks;
    auto *left = valueAxis(leftMax, m_content.leftDecimals, m_content.leftTitle, ticks);
    c->addAxis(left, Qt::AlignLeft);
    QValueAxis *right = nullptr;
    if (anyRight) {
        right = valueAxis(maxOf(m_content.lines, true, false, slotTotal, slotOfDate), m_content.rightDecimals,
                          m_content.rightTitle, ticks);
        right->setGridLineVisible(false);
        c->addAxis(right, Qt::AlignRight);
    }

    int colorIndex = 0;
    bool legend = false;
    if (!m_content.bars.empty()) {
        auto *stack = new QStackedBarSeries;
        for (const Series &s : m_content.bars) {
            auto *set = new QBarSet(s.name);
            const QColor color = s.color.isValid() ? s.color : reports::chartSeriesColor(colorIndex);
            ++colorIndex;
            set->setColor(color);
            set->setBorderColor(color);
            std::vector<double> values(static_cast<size_t>(slotTotal), 0.0);
            for (const auto &[date, value] : s.points) {
                const int slot = slotOf(date);
                if (slot >= 0 && slot < slotTotal && std::isfinite(value))
                    values[static_cast<size_t>(slot)] += value;
            }
            for (double v : values)
                set->append(v);
            stack->append(set);
        }
        stack->setBarWidth(slotTotal > 60 ? 0.9 : 0.7);
        c->addSeries(stack);
        stack->attachAxis(periods);
        stack->attachAxis(left);
        legend = true;
    }

    // A line is drawn in segments: points on neighbouring slots are joined, a missing slot is a
    // gap. Only the first segment of a line has a legend entry.
    const qreal marker = slotTotal <= 40 ? 6 : slotTotal <= 120 ? 4 : 2.5;
    for (const Series &s : m_content.lines) {
        const QColor color = s.color.isValid() ? s.color : reports::chartSeriesColor(colorIndex);
        ++colorIndex;
        std::vector<std::pair<int, double>> points;
        for (const auto &[date, value] : s.points) {
            const int slot = slotOf(date);
            if (slot >= 0 && slot < slotTotal && std::isfinite(value))
                points.emplace_back(slot, value);
        }
        std::sort(points.begin(), points.end());
        QLineSeries *segment = nullptr;
        bool first = true;
        int previous = -2;
        auto close = [&] {
            if (!segment)
                return;
            c->addSeries(segment);
            segment->attachAxis(periods);
            segment->attachAxis(s.rightAxis && right ? right : left);
            const auto markers = c->legend()->markers(segment);
            for (QLegendMarker *m : markers)
                m->setVisible(first);
            first = false;
            segment = nullptr;
        };
        for (const auto &[slot, value] : points) {
            if (slot != previous + 1)
                close();
            if (!segment) {
                segment = new QLineSeries;
                segment->setName(s.name);
                QPen pen(color);
                pen.setWidthF(2.0);
                segment->setPen(pen);
                segment->setColor(color);
                segment->setPointsVisible(true);
                segment->setMarkerSize(marker);
            }
            segment->append(slot, value);
            previous = slot;
        }
        close();
        legend = true;
    }
    // One line alone needs no legend: the title and the axis say what it is.
    const bool several = m_content.lines.size() + m_content.bars.size() > 1;
    c->legend()->setVisible(legend && several);
}

} // namespace wh
