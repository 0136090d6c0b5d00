// PeriodChart: slots per day or month, thinned axis labels, gaps in lines, stacked bars.
#include "PeriodChart.h"

#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <limits>

using namespace wh;

class TestPeriodChart : public QObject {
    Q_OBJECT

private slots:
    void daySlotsAndGaps();
    void labelsFollowTheWidth();
    void months();
    void stackedBarsAndRightAxis();
    void message();
};

namespace {
std::vector<QLineSeries *> lines(const PeriodChart &chart)
{
    std::vector<QLineSeries *> out;
    for (QAbstractSeries *s : chart.chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            out.push_back(line);
    return out;
}
} // namespace

void TestPeriodChart::daySlotsAndGaps()
{
    PeriodChart chart;
    chart.resize(900, 400);
    PeriodChart::Content c;
    c.title = QStringLiteral("Productivity by day");
    c.from = QDate(2026, 7, 1);
    c.to = QDate(2026, 7, 10);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    PeriodChart::Series s;
    s.name = QStringLiteral("S1");
    // Days 1-3, a NaN on the 4th, the 5th alone, nothing on the 6th, 7-8; one point outside.
    s.points = {{QDate(2026, 7, 1), 1},   {QDate(2026, 7, 2), 2}, {QDate(2026, 7, 3), 3},
                {QDate(2026, 7, 4), nan}, {QDate(2026, 7, 5), 5}, {QDate(2026, 7, 7), 7},
                {QDate(2026, 7, 8), 8},   {QDate(2026, 8, 1), 99}};
    c.lines.push_back(s);
    chart.setContent(c);
    QCOMPARE(chart.slotCount(), 10);
    const auto segments = lines(chart);
    QCOMPARE(segments.size(), size_t(3));
    // A single line needs no legend.
    QVERIFY(!chart.chart()->legend()->isVisible());
    QCOMPARE(segments[0]->count(), 3);
    QCOMPARE(segments[0]->at(0), QPointF(0, 1));
    QCOMPARE(segments[1]->count(), 1);
    QCOMPARE(segments[2]->at(1), QPointF(7, 8));
    // Two lines: one legend entry each, however many segments they have.
    c.lines.push_back({QStringLiteral("S2"), {{QDate(2026, 7, 2), 4}}, {}, false});
    chart.setContent(c);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(lines(chart).size(), size_t(4));
    QVERIFY(chart.chart()->legend()->isVisible());
    QStringList legend;
    for (QLegendMarker *m : chart.chart()->legend()->markers())
        if (m->isVisible())
            legend << m->label();
    QCOMPARE(legend, (QStringList{"S1", "S2"}));
    // The value axis starts at 0 and ends at a round number above the largest value.
    auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).first());
    QVERIFY(axis);
    QCOMPARE(axis->min(), 0.0);
    QVERIFY(axis->max() >= 8 && axis->max() <= 10);
    QCOMPARE(chart.axisLabels().first(), QStringLiteral("7/1"));
}

void TestPeriodChart::labelsFollowTheWidth()
{
    PeriodChart chart;
    chart.resize(1200, 400);
    PeriodChart::Content c;
    c.from = QDate(2026, 1, 1);
    c.to = QDate(2026, 12, 31);
    PeriodChart::Series s;
    for (QDate d = c.from; d <= c.to; d = d.addDays(1))
        s.points.emplace_back(d, d.day());
    c.lines.push_back(s);
    chart.setContent(c);
    QCOMPARE(chart.slotCount(), 365);
    const int wide = chart.axisLabels().size();
    QVERIFY2(wide >= 6 && wide <= (1200 - 160) / 64, qPrintable(QString::number(wide)));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.resize(500, 400);
    QCoreApplication::sendPostedEvents();
    const int narrow = chart.axisLabels().size();
    QVERIFY2(narrow < wide && narrow >= 2, qPrintable(QString::number(narrow)));
    // A period over two years says the year.
    c.from = QDate(2025, 12, 20);
    c.to = QDate(2026, 1, 10);
    chart.setContent(c);
    QCOMPARE(chart.axisLabels().first(), QStringLiteral("25/12/20"));
}

void TestPeriodChart::months()
{
    PeriodChart chart;
    chart.resize(900, 400);
    PeriodChart::Content c;
    c.granularity = reports::Granularity::Month;
    c.from = QDate(2026, 1, 15);
    c.to = QDate(2026, 6, 3);
    PeriodChart::Series s;
    s.points = {{QDate(2026, 1, 1), 10}, {QDate(2026, 2, 1), 12}, {QDate(2026, 4, 1), 9}};
    c.lines.push_back(s);
    chart.setContent(c);
    QCOMPARE(chart.slotCount(), 6);
    QCOMPARE(chart.axisLabels(),
             (QStringList{"2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"}));
    QCOMPARE(lines(chart).size(), size_t(2)); // March is missing: a gap
}

void TestPeriodChart::stackedBarsAndRightAxis()
{
    PeriodChart chart;
    chart.resize(900, 400);
    PeriodChart::Content c;
    c.from = QDate(2026, 7, 1);
    c.to = QDate(2026, 7, 5);
    c.leftTitle = QStringLiteral("Units");
    c.rightTitle = QStringLiteral("Hours");
    PeriodChart::Series a{
        QStringLiteral("Picking"), {{QDate(2026, 7, 1), 100}, {QDate(2026, 7, 2), 50}}, {}, false};
    PeriodChart::Series b{QStringLiteral("Packing"), {{QDate(2026, 7, 2), 70}}, {}, false};
    PeriodChart::Series hours{
        QStringLiteral("Hours"), {{QDate(2026, 7, 1), 8}, {QDate(2026, 7, 2), 7.5}}, Qt::black, true};
    c.bars = {a, b};
    c.lines = {hours};
    chart.setContent(c);
    QStackedBarSeries *stack = nullptr;
    for (QAbstractSeries *s : chart.chart()->series())
        if (auto *bars = qobject_cast<QStackedBarSeries *>(s))
            stack = bars;
    QVERIFY(stack);
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stack->barSets().at(0)->count(), 5); // a value per day, 0 where none
    QCOMPARE(stack->barSets().at(1)->at(1), 70.0);
    QCOMPARE(stack->barSets().at(1)->at(0), 0.0);
    const auto vertical = chart.chart()->axes(Qt::Vertical);
    QCOMPARE(vertical.size(), 2);
    // The left axis holds the stacked sums (120 on the 2nd), the right one the hours.
    auto *left = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical, stack).first());
    QVERIFY(left->max() >= 120);
    auto *right = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical, lines(chart).front()).first());
    QVERIFY(right != left);
    QVERIFY(right->max() >= 8 && right->max() <= 10);
    QVERIFY(chart.chart()->legend()->isVisible());
}

void TestPeriodChart::message()
{
    PeriodChart chart;
    chart.showMessage(QStringLiteral("No figures"));
    QCOMPARE(chart.slotCount(), 0);
    QVERIFY(chart.chart()->series().isEmpty());
    QCOMPARE(chart.chart()->title(), QStringLiteral("No figures"));
    QVERIFY(chart.axisLabels().isEmpty());
}

QTEST_MAIN(TestPeriodChart)
#include "tst_periodchart.moc"
