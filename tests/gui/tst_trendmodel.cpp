// TrendModel: the trends page's table (rows per period and site, totals, the metric column).
#include "TrendModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace wh;
using Field = TrendModel::Field;
using Metric = TrendModel::Metric;

namespace {
reports::Figures figures(qint64 units, qint64 paidSeconds, qint64 yen, qint64 unitActivities = 1)
{
    reports::Figures f;
    f.units = units;
    f.paidSeconds = paidSeconds;
    f.directSeconds = paidSeconds;
    f.baseYen = Yen(yen);
    f.unitActivities = unitActivities;
    return f;
}

// S1 on the 1st and 2nd, S2 on the 2nd and 3rd; S2's 3rd has hours but no units.
std::vector<reports::TrendSeries> sample()
{
    return {
        {QStringLiteral("S1"),
         {{QDate(2026, 7, 1), figures(1000, 10 * 3600, 15000)},
          {QDate(2026, 7, 2), figures(500, 4 * 3600, 6000)}}},
        {QStringLiteral("S2"),
         {{QDate(2026, 7, 2), figures(300, 2 * 3600, 3000, 2)}, {QDate(2026, 7, 3), figures(0, 3600, 1200)}}},
    };
}

QHash<QString, QString> names()
{
    return {{QStringLiteral("S1"), QStringLiteral("市川物流センター")}, {QStringLiteral("S2"), QString()}};
}
} // namespace

class TestTrendModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void modelTester();
    void rowsMergeByPeriod();
    void cells_data();
    void cells();
    void totalsAreSums();
    void leaderHasNoCost();
    void metricColumnIsBold();
    void chartSeriesHaveGaps();
    void reportTable();
    void monthly();
};

void TestTrendModel::modelTester()
{
    TrendModel model(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 7);
    model.setTrend(sample(), reports::Granularity::Day, names());
    QCOMPARE(model.rowCount(), 6); // four points, two totals
    model.setMetric(Metric::UnitCost);
    model.setMetric(Metric::Hours);
    model.setTrend({}, reports::Granularity::Month, {});
    QCOMPARE(model.rowCount(), 0);
    model.setTrend(sample(), reports::Granularity::Day, names());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTrendModel::rowsMergeByPeriod()
{
    TrendModel model(true);
    model.setTrend(sample(), reports::Granularity::Day, names());
    const int period = model.columnOf(Field::Period);
    const int site = model.columnOf(Field::Site);
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.index(r, period).data().toString() + QLatin1Char('/') +
                    model.index(r, site).data().toString();
    QCOMPARE(rows, (QStringList{"2026-07-01/市川物流センター", "2026-07-02/市川物流センター", "2026-07-02/S2",
                                "2026-07-03/S2", "Total/市川物流センター", "Total/S2"}));
    QVERIFY(!model.isTotalRow(3));
    QVERIFY(model.isTotalRow(4));
    QCOMPARE(model.siteAt(2), QStringLiteral("S2"));
    QCOMPARE(model.siteAt(99), QString());
}

void TestTrendModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells"); // units, hours, units/h, cost, yen/unit
    QTest::newRow("S1 day 1") << 0 << QStringList{"1,000", "10.0", "100.0", "¥15,000", "¥15.0"};
    QTest::newRow("S2 day 2") << 2 << QStringList{"300", "2.0", "150.0", "¥3,000", "¥10.0"};
    QTest::newRow("hours, no units: dashes") << 3 << QStringList{"0", "1.0", "–", "¥1,200", "–"};
    QTest::newRow("S1 total") << 4 << QStringList{"1,500", "14.0", "107.1", "¥21,000", "¥14.0"};
}

void TestTrendModel::cells()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    TrendModel model(true);
    model.setTrend(sample(), reports::Granularity::Day, names());
    QStringList got;
    for (Field f : {Field::Units, Field::Hours, Field::Productivity, Field::LaborCost, Field::UnitCost})
        got << model.index(row, model.columnOf(f)).data().toString();
    QCOMPARE(got, cells);
    QCOMPARE(
        model.index(row, model.columnOf(Field::Units)).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
        Qt::AlignRight | Qt::AlignVCenter);
}

void TestTrendModel::totalsAreSums()
{
    TrendModel model(true);
    model.setTrend(sample(), reports::Granularity::Day, names());
    const auto total = model.figuresAt(5); // S2
    QVERIFY(total);
    QCOMPARE(total->units, 300);
    QCOMPARE(total->paidSeconds, 3 * 3600);
    QCOMPARE(total->cost().amount(), 4200);
    QVERIFY(total->mixedUnits()); // one of its points adds two activities
    QVERIFY(model.anyMixedUnits());
    // The ratio of the sums, never an average of the points' ratios.
    QCOMPARE(*TrendModel::value(*total, Metric::Productivity), 100.0);
    QCOMPARE(*TrendModel::value(*total, Metric::UnitCost), 14.0);
}

void TestTrendModel::leaderHasNoCost()
{
    TrendModel model(false);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto series = sample();
    for (auto &s : series)
        for (auto &p : s.points) {
            p.figures.baseYen = Yen();
            p.figures.costHidden = true;
        }
    model.setTrend(series, reports::Granularity::Day, names());
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.columnOf(Field::LaborCost), -1);
    QCOMPARE(model.columnOf(Field::UnitCost), -1);
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString header = model.headerData(c, Qt::Horizontal).toString();
        QVERIFY2(!header.contains(QStringLiteral("cost"), Qt::CaseInsensitive) &&
                     !header.contains(QStringLiteral("yen"), Qt::CaseInsensitive),
                 qPrintable(header));
    }
    model.setMetric(Metric::UnitCost);
    QCOMPARE(model.metric(), Metric::Productivity);
    model.setMetric(Metric::LaborCost);
    QCOMPARE(model.metric(), Metric::Productivity);
    QCOMPARE(TrendModel::metricsFor(false),
             (std::vector<Metric>{Metric::Productivity, Metric::Hours, Metric::Units}));
    QVERIFY(!TrendModel::value(*model.figuresAt(0), Metric::UnitCost));
    QVERIFY(!TrendModel::value(*model.figuresAt(0), Metric::LaborCost));
    for (const QStringList &row : model.reportTable().rows)
        QCOMPARE(row.size(), 5);
}

void TestTrendModel::metricColumnIsBold()
{
    TrendModel model(true);
    model.setTrend(sample(), reports::Granularity::Day, names());
    const int hours = model.columnOf(Field::Hours);
    const int units = model.columnOf(Field::Units);
    QVERIFY(!model.index(0, hours).data(Qt::FontRole).value<QFont>().bold());
    model.setMetric(Metric::Hours);
    QCOMPARE(model.metricColumn(), hours);
    QVERIFY(model.index(0, hours).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.headerData(hours, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(0, units).data(Qt::FontRole).isValid());
    QVERIFY(model.index(4, units).data(Qt::FontRole).value<QFont>().bold()); // a total row
}

void TestTrendModel::chartSeriesHaveGaps()
{
    TrendModel model(true);
    model.setTrend(sample(), reports::Granularity::Day, names());
    auto series = model.chartSeries();
    QCOMPARE(series.size(), size_t(2));
    QCOMPARE(series[0].name, QStringLiteral("市川物流センター"));
    QCOMPARE(series[1].name, QStringLiteral("S2")); // no name: the code
    QCOMPARE(series[0].joinWithinDays, 1);
    QCOMPARE(series[0].points.size(), size_t(2));
    QCOMPARE(series[0].points[0].second, 100.0);
    QVERIFY(std::isnan(series[1].points[1].second)); // hours without units
    model.setMetric(Metric::LaborCost);
    series = model.chartSeries();
    QCOMPARE(series[1].points[1].second, 1200.0);
    QCOMPARE(series[1].unit, TrendModel::metricUnit(Metric::LaborCost));
}

void TestTrendModel::reportTable()
{
    TrendModel model(true);
    model.setTrend(sample(), reports::Granularity::Day, names());
    const reports::ReportTable table = model.reportTable();
    QCOMPARE(table.headers.size(), model.columnCount());
    QCOMPARE(table.rows.size(), size_t(model.rowCount()));
    QCOMPARE(table.numericColumns, (std::vector<int>{2, 3, 4, 5, 6}));
    QCOMPARE(table.emphasis, (std::vector<bool>{false, false, false, false, true, true}));
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(table.rows[size_t(r)][c], model.index(r, c).data().toString());
}

void TestTrendModel::monthly()
{
    TrendModel model(true);
    std::vector<reports::TrendSeries> series{
        {QStringLiteral("S1"),
         {{QDate(2026, 7, 1), figures(10, 3600, 100)}, {QDate(2026, 9, 1), figures(20, 3600, 100)}}}};
    model.setTrend(series, reports::Granularity::Month, names());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2026-07"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("2026-09"));
    QCOMPARE(model.chartSeries()[0].joinWithinDays, 31);
}

QTEST_MAIN(TestTrendModel)
#include "tst_trendmodel.moc"
