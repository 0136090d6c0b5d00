#include "BlockHoursChart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>
#include <cmath>

namespace wh {

namespace {
// 1, 2 or 5 times a power of ten, at least `rough` (and at least 1 hour).
double niceStep(double rough)
{
    if (rough <= 1)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * power >= rough)
            return factor * power;
    return 10 * power;
}
} // namespace

BlockHoursChart::BlockHoursChart(QString language, QWidget *parent)
    : QChartView(parent)
    , m_language(std::move(language))
{
    auto *chart = new QChart;
    chart->setTitle(tr("Hours worked by block"));
    QFont title = QApplication::font();
    title.setPointSizeF(title.pointSizeF() * 1.15);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->hide();
    chart->setLocalizeNumbers(true); // "5,000" with the digit grouping of the language
    chart->setBackgroundRoundness(8);
    chart->setMargins(QMargins(8, 8, 16, 8));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
}

void BlockHoursChart::clear()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
}

void BlockHoursChart::setOverview(const reports::PeriodOverview &overview)
{
    clear();
    QChart *c = chart();
    auto *set = new QBarSet(tr("Hours worked"));
    set->setColor(QColor(0x1f, 0x5f, 0x8b));
    set->setBorderColor(QColor(0x1f, 0x5f, 0x8b));
    QStringList categories;
    double maxHours = 0;
    // Horizontal bars grow upwards: append in reverse so the first block is on top.
    for (auto it = overview.blocks.rbegin(); it != overview.blocks.rend(); ++it) {
        const double hours = static_cast<double>(it->workSeconds) / 3600.0;
        categories << (m_language == QLatin1String("ja") ? it->nameJa : it->nameEn);
        set->append(hours);
        maxHours = std::max(maxHours, hours);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    c->addSeries(series);

    const QFont labels = QApplication::font();
    auto *blocks = new QBarCategoryAxis;
    blocks->append(categories);
    blocks->setLabelsFont(labels);
    blocks->setGridLineVisible(false);
    c->addAxis(blocks, Qt::AlignLeft);
    series->attachAxis(blocks);

    auto *hours = new QValueAxis;
    const double step = niceStep(maxHours / 4);
    hours->setRange(0, std::max(step, std::ceil(maxHours / step) * step));
    hours->setTickType(QValueAxis::TicksDynamic);
    hours->setTickAnchor(0);
    hours->setTickInterval(step);
    hours->setLabelFormat(QStringLiteral("%.0f"));
    hours->setLabelsFont(labels);
    hours->setTitleText(tr("Hours"));
    hours->setTitleFont(labels);
    c->addAxis(hours, Qt::AlignBottom);
    series->attachAxis(hours);
}

} // namespace wh
