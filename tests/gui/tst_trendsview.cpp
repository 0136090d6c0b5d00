// TrendsView: the trends page over a small demo store, as a manager and as a leader; its numbers
// against the plain queries. With WH_SHOTS_DIR set it also writes the page at 1280x800 in ja and en.
#include "AppFont.h"
#include "DemoWarehouse.h"
#include "FigureQueries.h"
#include "PeriodChart.h"
#include "ProgramSetup.h"
#include "TrendModel.h"
#include "TrendsView.h"
#include "ViewerQueries.h"
#include "WidgetStartup.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace wh;
using Metric = TrendModel::Metric;
using Field = TrendModel::Field;

class TestTrendsView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dailyNumbersEqualThePlainQuery();
    void switchMetric();
    void switchGranularity();
    void longPeriodDefaultsToMonths();
    void sitesSideBySide();
    void levelOfTheTree();
    void leaderSeesNoCostMetric();
    void refusedSite();
    void screenshots();
    void timingsOnAStore();

private:
    [[nodiscard]] reports::ViewerQueries manager() const
    {
        return {
            *m_store,
            {QStringLiteral("mgr"), reports::Role::Manager, {QStringLiteral("S1"), QStringLiteral("S2")}}};
    }
    [[nodiscard]] reports::ViewerQueries leader() const
    {
        return {*m_store, {QStringLiteral("lead"), reports::Role::Leader, {QStringLiteral("S1")}}};
    }
    [[nodiscard]] ViewContext context(const QStringList &sites, const QDate &from, const QDate &to,
                                      const QString &language = QStringLiteral("en")) const
    {
        return {sites, from, to, language};
    }
    // Compares the page's table with the plain query's answer for what the page shows.
    void compareWithPlainQuery(const TrendsView &view);

    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 10), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch()};
    // The demo's business days: every day from m_first to m_last.
    QDate m_first{2026, 7, 20};
    QDate m_last;
};

void TestTrendsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    auto store = db::Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(store);
    m_store = std::move(*store);
    demo::DemoOptions options;
    options.days = 105; // four months, July to October
    options.workers = 40;
    options.punchesPerDay = 400;
    options.start = m_first;
    auto report = demo::generateDemo(*m_store, options, m_clock);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->firstDay, m_first);
    m_last = report->lastDay;
    QVERIFY(m_last >= QDate(2026, 10, 31));
}

void TestTrendsView::cleanupTestCase()
{
    m_store.reset();
}

void TestTrendsView::compareWithPlainQuery(const TrendsView &view)
{
    reports::TrendQuery query;
    query.sites = view.selectedSites();
    query.granularity = view.granularity();
    query.node = view.node();
    // The period the page shows is the context's: read it from the chart's content.
    query.from = view.chart().content().from;
    query.to = view.chart().content().to;
    auto plain = reports::trend(*m_store, query);
    QVERIFY(plain);
    const TrendModel &model = view.model();
    int row = 0;
    // The rows in period order, each period's sites in the order compared.
    std::vector<std::pair<QDate, const reports::TrendPoint *>> expected;
    std::map<QDate, std::vector<const reports::TrendPoint *>> byPeriod;
    for (const reports::TrendSeries &s : *plain)
        for (const reports::TrendPoint &p : s.points)
            byPeriod[p.period].push_back(&p);
    for (const auto &[period, points] : byPeriod) {
        for (const reports::TrendPoint *p : points) {
            QVERIFY(row < model.rowCount());
            QCOMPARE(model.index(row, model.columnOf(Field::Period)).data().toString(),
                     TrendModel::periodText(period, query.granularity));
            const auto f = model.figuresAt(row);
            QCOMPARE(f->units, p->figures.units);
            QCOMPARE(f->paidSeconds, p->figures.paidSeconds);
            if (model.columnOf(Field::LaborCost) >= 0)
                QCOMPARE(f->cost().amount(), p->figures.cost().amount());
            ++row;
        }
    }
    // Then a total per site with data.
    for (const reports::TrendSeries &s : *plain) {
        if (s.points.empty())
            continue;
        QVERIFY(model.isTotalRow(row));
        qint64 units = 0;
        for (const reports::TrendPoint &p : s.points)
            units += p.figures.units;
        QCOMPARE(model.figuresAt(row)->units, units);
        ++row;
    }
    QCOMPARE(row, model.rowCount());
}

void TestTrendsView::dailyNumbersEqualThePlainQuery()
{
    TrendsView view(manager(), QStringLiteral("en"));
    auto *model = view.findChild<TrendModel *>();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(&view, &ManagerView::ready);
    QSignalSpy progress(&view, &ManagerView::progress);
    view.setContext(context({QStringLiteral("S1")}, QDate(2026, 9, 1), QDate(2026, 9, 30)));
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.granularity(), reports::Granularity::Day); // 30 days: by day
    QCOMPARE(view.selectedSites(), QStringList{QStringLiteral("S1")});
    QCOMPARE(model->rowCount(), 31); // 30 days and the total
    compareWithPlainQuery(view);
    // The chart draws the table's productivity column, one slot per day.
    QCOMPARE(view.chart().slotCount(), 30);
    QCOMPARE(view.chart().content().lines.size(), size_t(1));
    const auto &points = view.chart().content().lines[0].points;
    QCOMPARE(points.size(), size_t(30));
    QCOMPARE(points[0].second, *TrendModel::value(*model->figuresAt(0), Metric::Productivity));
    // Progress started and finished.
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().at(1).toLongLong(), progress.last().at(2).toLongLong());
    // The level combo holds the tree of the period: the site total, then blocks and below.
    auto *level = view.findChild<QComboBox *>(QStringLiteral("level"));
    QVERIFY(level->count() > 8);
    QVERIFY(level->itemData(0).toString().isEmpty());
    QVERIFY(level->itemData(1).toString().startsWith(QStringLiteral("block:")));
    QVERIFY(level->itemData(2).toString().startsWith(QStringLiteral("section:")));
    QVERIFY(level->itemData(3).toString().startsWith(QStringLiteral("activity:")));

    // The same context again: the answer on screen is the answer.
    view.setContext(context({QStringLiteral("S1")}, QDate(2026, 9, 1), QDate(2026, 9, 30)));
    QVERIFY(ready.wait(5000));
    QCOMPARE(model->rowCount(), 31);

    // The export: the table and the chart's line.
    const reports::ReportDocument doc = view.exportDocument();
    QCOMPARE(doc.table.rows.size(), size_t(31));
    QCOMPARE(doc.table.headers.size(), 7); // a manager sees the cost columns
    QCOMPARE(doc.leftAxis.size(), size_t(1));
    QCOMPARE(doc.leftAxis[0].points.size(), size_t(30));
    QVERIFY(!doc.chartTitle.isEmpty());
}

void TestTrendsView::switchMetric()
{
    TrendsView view(manager(), QStringLiteral("en"));
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext(context({QStringLiteral("S1")}, QDate(2026, 9, 1), QDate(2026, 9, 14)));
    QVERIFY(ready.wait(20000));
    auto *metric = view.findChild<QComboBox *>(QStringLiteral("metric"));
    QCOMPARE(metric->count(), 5);
    for (Metric m :
         {Metric::UnitCost, Metric::LaborCost, Metric::Hours, Metric::Units, Metric::Productivity}) {
        // As a person picks it in the combo: no new read, the chart and the bold column follow.
        metric->setCurrentIndex(metric->findData(static_cast<int>(m)));
        QCOMPARE(view.metric(), m);
        const TrendModel &model = view.model();
        QCOMPARE(model.metricColumn(), model.columnOf(m == Metric::UnitCost    ? Field::UnitCost
                                                      : m == Metric::LaborCost ? Field::LaborCost
                                                      : m == Metric::Hours     ? Field::Hours
                                                      : m == Metric::Units     ? Field::Units
                                                                               : Field::Productivity));
        const auto &points = view.chart().content().lines.at(0).points;
        QCOMPARE(points.size(), size_t(14));
        for (int r = 0; r < 14; ++r) {
            const auto expected = TrendModel::value(*model.figuresAt(r), m);
            QVERIFY(expected);
            QCOMPARE(points[size_t(r)].second, *expected);
        }
        QVERIFY(view.chart().content().leftTitle.contains(TrendModel::metricUnit(m)));
    }
    // Unit cost is the cost over the units, from the same row.
    view.setMetric(Metric::UnitCost);
    const auto f = view.model().figuresAt(0);
    QCOMPARE(view.chart().content().lines[0].points[0].second,
             static_cast<double>(f->cost().amount()) / static_cast<double>(f->units));
}

void TestTrendsView::switchGranularity()
{
    TrendsView view(manager(), QStringLiteral("en"));
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext(context({QStringLiteral("S1")}, QDate(2026, 8, 1), QDate(2026, 9, 30)));
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.granularity(), reports::Granularity::Day);
    auto *granularity = view.findChild<QComboBox *>(QStringLiteral("granularity"));
    granularity->setCurrentIndex(granularity->findData(static_cast<int>(reports::Granularity::Month)));
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.granularity(), reports::Granularity::Month);
    QCOMPARE(view.model().rowCount(), 3); // August, September, the total
    QCOMPARE(view.model().index(0, 0).data().toString(), QStringLiteral("2026-08"));
    QCOMPARE(view.chart().slotCount(), 2);
    compareWithPlainQuery(view);
    // A monthly point holds the sum of its days.
    reports::TrendQuery days{
        {QStringLiteral("S1")}, QDate(2026, 8, 1), QDate(2026, 8, 31), reports::Granularity::Day, {}};
    auto daily = reports::trend(*m_store, days);
    QVERIFY(daily);
    qint64 units = 0;
    for (const auto &p : daily->at(0).points)
        units += p.figures.units;
    QCOMPARE(view.model().figuresAt(0)->units, units);
    // Chosen by hand, the granularity holds for another site...
    view.setSites({QStringLiteral("S2")});
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.granularity(), reports::Granularity::Month);
    // ...until the period changes.
    view.setContext(context({QStringLiteral("S2")}, QDate(2026, 8, 1), QDate(2026, 8, 31)));
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.granularity(), reports::Granularity::Day);
    QCOMPARE(granularity->currentData().toInt(), static_cast<int>(reports::Granularity::Day));
}

void TestTrendsView::longPeriodDefaultsToMonths()
{
    TrendsView view(manager(), QStringLiteral("ja"));
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext(context({QStringLiteral("S1")}, m_first, m_last, QStringLiteral("ja")));
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.granularity(), reports::Granularity::Month);
    QCOMPARE(view.chart().content().granularity, reports::Granularity::Month);
    compareWithPlainQuery(view);
    QCOMPARE(view.chart().axisLabels().first(), QStringLiteral("2026-07"));
}

void TestTrendsView::sitesSideBySide()
{
    TrendsView view(manager(), QStringLiteral("en"));
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext(context({QStringLiteral("S1")}, QDate(2026, 10, 1), QDate(2026, 10, 10)));
    QVERIFY(ready.wait(20000));
    auto *sites = view.findChild<QComboBox *>(QStringLiteral("sites"));
    QCOMPARE(sites->count(), 3); // S1, S2, both side by side
    QCOMPARE(sites->currentData().toStringList(), QStringList{QStringLiteral("S1")});
    sites->setCurrentIndex(2);
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.selectedSites(), (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));
    QCOMPARE(view.model().series().size(), size_t(2));
    QCOMPARE(view.model().rowCount(), 22); // 10 days x 2 sites and two totals
    QCOMPARE(view.model().siteAt(0), QStringLiteral("S1"));
    QCOMPARE(view.model().siteAt(1), QStringLiteral("S2"));
    compareWithPlainQuery(view);
    // Two lines, one per site, in the export's colours.
    QCOMPARE(view.chart().content().lines.size(), size_t(2));
    QCOMPARE(view.chart().content().lines[1].color, reports::chartSeriesColor(1));
    QCOMPARE(view.exportDocument().leftAxis.size(), size_t(2));
    // The window can ask for both at once, too.
    view.setContext(
        context({QStringLiteral("S2"), QStringLiteral("S1")}, QDate(2026, 10, 1), QDate(2026, 10, 10)));
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.selectedSites(), (QStringList{QStringLiteral("S2"), QStringLiteral("S1")}));
    QCOMPARE(view.model().siteAt(0), QStringLiteral("S2"));
    QCOMPARE(sites->currentData().toStringList(), view.selectedSites());
}

void TestTrendsView::levelOfTheTree()
{
    TrendsView view(manager(), QStringLiteral("en"));
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext(context({QStringLiteral("S1")}, QDate(2026, 9, 1), QDate(2026, 9, 20)));
    QVERIFY(ready.wait(20000));
    auto *level = view.findChild<QComboBox *>(QStringLiteral("level"));
    const qint64 siteUnits = view.model().figuresAt(view.model().rowCount() - 1)->units;
    // A block, then an activity, as chosen in the combo.
    for (const QString &prefix : {QStringLiteral("block:"), QStringLiteral("activity:")}) {
        int index = -1;
        for (int i = 0; i < level->count() && index < 0; ++i)
            if (level->itemData(i).toString().startsWith(prefix))
                index = i;
        QVERIFY(index > 0);
        level->setCurrentIndex(index);
        QVERIFY(ready.wait(20000));
        QVERIFY(view.node());
        QCOMPARE(QStringLiteral("%1:%2").arg(reports::levelName(view.node()->level), view.node()->code),
                 level->itemData(index).toString());
        compareWithPlainQuery(view);
        QVERIFY(view.model().figuresAt(view.model().rowCount() - 1)->units <= siteUnits);
        QVERIFY(view.chart().content().title.contains(level->itemText(index).trimmed()));
    }
    // Back to the site total.
    level->setCurrentIndex(0);
    QVERIFY(ready.wait(20000));
    QVERIFY(!view.node());
    QCOMPARE(view.model().figuresAt(view.model().rowCount() - 1)->units, siteUnits);
    // A node without figures in the period falls back to the site total.
    view.setNode(reports::NodeRef{reports::Level::Block, QStringLiteral("NOPE")});
    QVERIFY(ready.wait(20000));
    QVERIFY(!view.node());
}

void TestTrendsView::leaderSeesNoCostMetric()
{
    TrendsView view(leader(), QStringLiteral("en"));
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext(context({QStringLiteral("S1")}, QDate(2026, 9, 1), QDate(2026, 9, 10)));
    QVERIFY(ready.wait(20000));
    auto *metric = view.findChild<QComboBox *>(QStringLiteral("metric"));
    QCOMPARE(metric->count(), 3);
    for (int i = 0; i < metric->count(); ++i)
        QVERIFY(!TrendModel::isCostMetric(static_cast<Metric>(metric->itemData(i).toInt())));
    view.setMetric(Metric::UnitCost);
    QCOMPARE(view.metric(), Metric::Productivity);
    view.setMetric(Metric::LaborCost);
    QCOMPARE(view.metric(), Metric::Productivity);
    QCOMPARE(view.model().columnOf(Field::LaborCost), -1);
    QCOMPARE(view.model().columnOf(Field::UnitCost), -1);
    // The query layer hid them as well: every figure on the page is costless.
    for (int r = 0; r < view.model().rowCount(); ++r) {
        QVERIFY(view.model().figuresAt(r)->costHidden);
        QCOMPARE(view.model().figuresAt(r)->cost().amount(), 0);
    }
    compareWithPlainQuery(view);
    const reports::ReportDocument doc = view.exportDocument();
    QCOMPARE(doc.table.headers.size(), 5);
    // A leader of S1 is not offered S2.
    auto *sites = view.findChild<QComboBox *>(QStringLiteral("sites"));
    QCOMPARE(sites->count(), 1);
}

void TestTrendsView::refusedSite()
{
    TrendsView view(leader(), QStringLiteral("en"));
    QSignalSpy ready(&view, &ManagerView::ready);
    QSignalSpy status(&view, &ManagerView::statusMessage);
    view.setContext(context({QStringLiteral("S2")}, QDate(2026, 9, 1), QDate(2026, 9, 10)));
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.model().rowCount(), 0);
    QCOMPARE(view.chart().slotCount(), 0);
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().at(0).toString().contains(QStringLiteral("S2")),
             qPrintable(status.last().at(0).toString()));
}

void TestTrendsView::screenshots()
{
    const QString dir = qEnvironmentVariable("WH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("WH_SHOTS_DIR not set: no screenshots written (set it to review the page)");
    WidgetStartup::applyLook();
    AppFont::apply();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QVERIFY(installTranslation(*QCoreApplication::instance(), language));
        for (const auto &[name, from, sites, metric] :
             {std::tuple{QStringLiteral("daily"), QDate(2026, 10, 1), QStringList{QStringLiteral("S1")},
                         Metric::Productivity},
              std::tuple{QStringLiteral("monthly-sites"), m_first,
                         QStringList{QStringLiteral("S1"), QStringLiteral("S2")}, Metric::UnitCost}}) {
            TrendsView view(manager(), language);
            view.resize(1240, 640); // what the window's tab gives it at 1280x800
            view.setStyleSheet(
                QStringLiteral("QChartView { border: 1px solid #d9e0e8; background: white; }"));
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QSignalSpy ready(&view, &ManagerView::ready);
            view.setContext(context(sites, from, m_last, language));
            QVERIFY(ready.wait(20000));
            view.setMetric(metric);
            QTest::qWait(50);
            QVERIFY(view.chart().axisLabels().size() >= 2);
            QVERIFY(view.grab().save(QStringLiteral("%1/trends-%2-%3.png").arg(dir, name, language)));
        }
        // A leader, an activity, every day of the store's four months.
        TrendsView view(leader(), language);
        view.resize(1240, 640);
        view.setStyleSheet(QStringLiteral("QChartView { border: 1px solid #d9e0e8; background: white; }"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy ready(&view, &ManagerView::ready);
        view.setContext(context({QStringLiteral("S1")}, m_first, m_last, language));
        QVERIFY(ready.wait(20000));
        view.setGranularity(reports::Granularity::Day);
        QVERIFY(ready.wait(20000));
        view.setNode(reports::NodeRef{reports::Level::Activity, QStringLiteral("PIC-SGL-PICK")});
        QVERIFY(ready.wait(20000));
        QTest::qWait(50);
        QVERIFY(view.grab().save(QStringLiteral("%1/trends-leader-activity-%2.png").arg(dir, language)));
        // The level list, open: the tree indented.
        auto *level = view.findChild<QComboBox *>(QStringLiteral("level"));
        level->showPopup();
        QTest::qWait(100);
        QVERIFY(level->view()->window()->grab().save(
            QStringLiteral("%1/trends-level-list-%2.png").arg(dir, language)));
        level->hidePopup();
    }
}

// Not a timed test: with WH_BENCH_STORE naming a demo store (e.g. a year of `wh demo`), prints how
// long the page takes from a request to its answer on screen.
void TestTrendsView::timingsOnAStore()
{
    const QString path = qEnvironmentVariable("WH_BENCH_STORE");
    if (path.isEmpty())
        QSKIP("WH_BENCH_STORE not set: no timings");
    auto store = db::Store::open(path);
    QVERIFY(store);
    const reports::ViewerQueries admin(**store, {QStringLiteral("admin"), reports::Role::Admin, {}});
    QSqlQuery q((*store)->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT MIN(business_day), MAX(business_day) FROM daily_activity_summaries")) &&
        q.next());
    const QDate first = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    TrendsView view(admin, QStringLiteral("en"));
    view.resize(1240, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy ready(&view, &ManagerView::ready);
    QElapsedTimer timer;
    auto time = [&](const char *what, const std::function<void()> &action) {
        timer.start();
        action();
        QVERIFY(ready.wait(60000));
        qInfo("%s: %lld ms", what, timer.elapsed());
    };
    time("trends, S1, last 30 days by day (first, with the tree)",
         [&] { view.setContext(context({QStringLiteral("S1")}, last.addDays(-29), last)); });
    time("trends, S1 and S2, whole store by month", [&] {
        view.setContext(context({QStringLiteral("S1"), QStringLiteral("S2")}, first, last));
    });
    time("trends, whole store by day", [&] { view.setGranularity(reports::Granularity::Day); });
    time("trends, a block", [&] {
        view.setNode(reports::NodeRef{reports::Level::Block, QStringLiteral("PIC")});
    });
    timer.start();
    view.setMetric(Metric::UnitCost);
    qInfo("trends, metric switch (no read): %lld ms", timer.elapsed());
}

QTEST_MAIN(TestTrendsView)
#include "tst_trendsview.moc"
