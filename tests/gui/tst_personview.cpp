// PersonView: the per-person page over a small demo store, as a manager and as a leader; its
// numbers against the plain query. With WH_SHOTS_DIR set it also writes the page at 1280x800 in ja
// and en.
#include "AppFont.h"
#include "DemoWarehouse.h"
#include "FigureQueries.h"
#include "FigureTile.h"
#include "PeriodChart.h"
#include "PersonActivityModel.h"
#include "PersonMonthModel.h"
#include "PersonView.h"
#include "ProgramSetup.h"
#include "ViewerQueries.h"
#include "WidgetStartup.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;

class TestPersonView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void directoryResolves();
    void pageEqualsThePlainQuery();
    void typedCodeBadgeAndName();
    void unknownWorkerLeavesThePage();
    void narrowToOneActivity();
    void leaderSeesNoCost();
    void workerAskedBeforeTheContext();
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
    [[nodiscard]] ViewContext context(const QString &language = QStringLiteral("en")) const
    {
        return {{QStringLiteral("S1")}, m_from, m_to, language};
    }
    // A view with the context set and the directory read.
    void open(PersonView &view, const ViewContext &context);
    void showAndWait(PersonView &view, const QString &text);
    [[nodiscard]] static QString tileValue(const PersonView &view, int index);

    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 10), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch()};
    QDate m_from{2026, 8, 17};
    QDate m_to{2026, 10, 4};
    // The S1 worker with the most worker-days, their badge and name; a worker of S2.
    QString m_worker;
    QString m_badge;
    QString m_name;
    QString m_s2Worker;
};

void TestPersonView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    auto store = db::Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(store);
    m_store = std::move(*store);
    demo::DemoOptions options;
    options.days = 49;
    options.workers = 40;
    options.punchesPerDay = 400;
    options.start = m_from;
    auto report = demo::generateDemo(*m_store, options, m_clock);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->lastDay, m_to);
    QSqlQuery q(m_store->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT w.code, w.badge_id, w.name FROM worker_daily d JOIN workers w ON w.code = d.worker "
        "WHERE w.home_site = 'S1' AND w.badge_id IS NOT NULL GROUP BY w.code ORDER BY COUNT(*) DESC, w.code "
        "LIMIT 1")));
    QVERIFY(q.next());
    m_worker = q.value(0).toString();
    m_badge = q.value(1).toString();
    m_name = q.value(2).toString();
    QVERIFY(q.exec(QStringLiteral("SELECT code FROM workers WHERE home_site = 'S2' ORDER BY code LIMIT 1")));
    QVERIFY(q.next());
    m_s2Worker = q.value(0).toString();
}

void TestPersonView::cleanupTestCase()
{
    m_store.reset();
}

void TestPersonView::open(PersonView &view, const ViewContext &context)
{
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext(context);
    QVERIFY(ready.wait(20000));
    QVERIFY(!view.directory().empty());
}

void TestPersonView::showAndWait(PersonView &view, const QString &text)
{
    QSignalSpy ready(&view, &ManagerView::ready);
    view.showWorker(text);
    QVERIFY(ready.size() == 1 || ready.wait(20000));
}

QString TestPersonView::tileValue(const PersonView &view, int index)
{
    const auto tiles = view.findChildren<FigureTile *>();
    const auto values = tiles.at(index)->findChildren<QLabel *>(QStringLiteral("figureValue"));
    return values.isEmpty() ? QString() : values.first()->text();
}

void TestPersonView::directoryResolves()
{
    WorkerDirectory directory(
        {{QStringLiteral("W00002"), QStringLiteral("佐藤 花子"), QStringLiteral("B-2"), "S1", true},
         {QStringLiteral("W00001"), QStringLiteral("山田 太郎"), QStringLiteral("B-1"), "S1", true},
         {QStringLiteral("W00003"), QStringLiteral("山田 次郎"), QString(), "S2", false}});
    QCOMPARE(directory.entries().front().code, QStringLiteral("W00001")); // by code
    QCOMPARE(directory.completions().first(), QStringLiteral("W00001 山田 太郎"));
    auto code = [&](const QString &text) {
        const auto e = directory.resolve(text);
        return e ? e->code : QStringLiteral("none");
    };
    QCOMPARE(code(QStringLiteral("W00002")), QStringLiteral("W00002"));
    QCOMPARE(code(QStringLiteral(" w00002 ")), QStringLiteral("W00002"));
    QCOMPARE(code(QStringLiteral("W00001 山田 太郎")), QStringLiteral("W00001")); // a completion
    QCOMPARE(code(QStringLiteral("B-2")), QStringLiteral("W00002"));              // a badge
    QCOMPARE(code(QStringLiteral("山田太郎")), QStringLiteral("W00001"));         // a name without its space
    QCOMPARE(code(QStringLiteral("花子")), QStringLiteral("W00002"));             // the only name holding it
    QCOMPARE(code(QStringLiteral("山田")), QStringLiteral("none"));               // two names hold it
    QCOMPARE(code(QStringLiteral("W00009")), QStringLiteral("none"));
    QCOMPARE(code(QString()), QStringLiteral("none"));

    // From the store: the viewer's sites only.
    auto all = WorkerDirectory::load(manager());
    QVERIFY(all);
    QCOMPARE(all->entries().size(), size_t(40));
    auto s1 = WorkerDirectory::load(leader());
    QVERIFY(s1);
    QVERIFY(!s1->empty() && s1->entries().size() < 40);
    for (const auto &e : s1->entries())
        QCOMPARE(e.homeSite, QStringLiteral("S1"));
    QVERIFY(!s1->find(m_s2Worker));
}

void TestPersonView::pageEqualsThePlainQuery()
{
    PersonView view(manager(), QStringLiteral("en"));
    auto *activities = view.findChild<PersonActivityModel *>();
    auto *months = view.findChild<PersonMonthModel *>();
    QAbstractItemModelTester a(activities, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester m(months, QAbstractItemModelTester::FailureReportingMode::QtTest);
    open(view, context());
    QCOMPARE(view.worker(), QString());
    QCOMPARE(activities->rowCount(), 0);
    showAndWait(view, m_worker);
    QCOMPARE(view.worker(), m_worker);

    auto plain =
        reports::personPage(*m_store, {m_worker, m_from, m_to, {QStringLiteral("S1"), QStringLiteral("S2")}});
    QVERIFY(plain);
    QVERIFY(!plain->activities.empty());
    const reports::PersonPage &page = activities->page();
    QCOMPARE(page.units, plain->units);
    QCOMPARE(page.seconds, plain->seconds);
    QCOMPARE(page.name, m_name);
    QCOMPARE(activities->rowCount(), int(plain->activities.size()) + 1);
    for (size_t i = 0; i < plain->activities.size(); ++i) {
        QCOMPARE(activities->activityAt(int(i)), plain->activities[i].activity);
        QCOMPARE(page.activities[i].units, plain->activities[i].units);
        QCOMPARE(page.activities[i].seconds, plain->activities[i].seconds);
    }
    // Tiles: units, paid hours, units per paid hour, days worked.
    const auto days = PersonActivityModel::daysOf(*plain);
    QCOMPARE(tileValue(view, 0), QLocale().toString(plain->units));
    QCOMPARE(tileValue(view, 1), QLocale().toString(plain->seconds / 3600.0, 'f', 1));
    QCOMPARE(tileValue(view, 2), QLocale().toString(plain->units * 3600.0 / plain->seconds, 'f', 1));
    QCOMPARE(tileValue(view, 3), QLocale().toString(qint64(days.size())));
    // Months: the worker's average productivity per month.
    const auto expectedMonths = PersonActivityModel::monthsOf(*plain);
    QCOMPARE(months->rowCount(), int(expectedMonths.size()));
    QCOMPARE(months->rowCount(), 3); // August, September, October
    for (int r = 0; r < months->rowCount(); ++r) {
        QCOMPARE(months->months()[size_t(r)].units, expectedMonths[size_t(r)].units);
        QCOMPARE(months->index(r, PersonMonthModel::Productivity).data().toString(),
                 QLocale().toString(expectedMonths[size_t(r)].productivity().value(), 'f', 1));
    }
    // The chart: a slot per day of the period, the hours line has a point per day worked, the bars
    // add up to the worker's units.
    const PeriodChart::Content &chart = view.chart().content();
    QCOMPARE(view.chart().slotCount(), int(m_from.daysTo(m_to)) + 1);
    QCOMPARE(chart.lines.size(), size_t(1));
    QVERIFY(chart.lines[0].rightAxis);
    QCOMPARE(chart.lines[0].points.size(), days.size());
    QVERIFY(!chart.bars.empty() && chart.bars.size() <= 7);
    double barUnits = 0;
    for (const auto &bars : chart.bars)
        for (const auto &[day, units] : bars.points)
            barUnits += units;
    QCOMPARE(qint64(barUnits), plain->units);

    // The export: months, then activities and their total; the chart's units and hours.
    const reports::ReportDocument doc = view.exportDocument();
    QCOMPARE(doc.table.rows.size(), 1 + expectedMonths.size() + 1 + plain->activities.size() + 1);
    QCOMPARE(doc.table.rows.back()[2], QLocale().toString(plain->units));
    QCOMPARE(doc.leftAxis.at(0).points.size(), days.size());
    QCOMPARE(doc.rightAxis.at(0).points.size(), days.size());
    QVERIFY(doc.title.contains(m_worker));
}

void TestPersonView::typedCodeBadgeAndName()
{
    PersonView view(manager(), QStringLiteral("en"));
    view.resize(1240, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    open(view, context());
    // Typed into the field with Enter, in lower case.
    auto *input = view.findChild<QLineEdit *>(QStringLiteral("worker"));
    QVERIFY(input);
    QSignalSpy ready(&view, &ManagerView::ready);
    input->setFocus();
    QTest::keyClicks(input, m_worker.toLower());
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.worker(), m_worker);
    QCOMPARE(input->text(), QStringLiteral("%1 %2").arg(m_worker, m_name)); // the completion shows the name
    // By badge, then by name, from another worker's page.
    showAndWait(view, m_s2Worker);
    QCOMPARE(view.worker(), m_s2Worker);
    showAndWait(view, m_badge);
    QCOMPARE(view.worker(), m_worker);
    showAndWait(view, m_s2Worker);
    showAndWait(view, m_name);
    QCOMPARE(view.worker(), m_worker);
}

void TestPersonView::unknownWorkerLeavesThePage()
{
    PersonView view(manager(), QStringLiteral("en"));
    QSignalSpy status(&view, &ManagerView::statusMessage);
    open(view, context());
    showAndWait(view, m_worker);
    const qint64 units = view.activityModel().page().units;
    for (const QString &text : {QStringLiteral("W99999"), QStringLiteral("nobody by this name")}) {
        showAndWait(view, text);
        QCOMPARE(view.worker(), m_worker);
        QCOMPARE(view.activityModel().page().units, units);
        QVERIFY2(status.last().at(0).toString().contains(text), qPrintable(status.last().at(0).toString()));
        auto *message = view.findChild<QLabel *>(QStringLiteral("personMessage"));
        QVERIFY(message->text().contains(text));
    }
}

void TestPersonView::narrowToOneActivity()
{
    PersonView view(manager(), QStringLiteral("en"));
    view.resize(1240, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    open(view, context());
    showAndWait(view, m_worker);
    const reports::PersonPage page = view.activityModel().page();
    // The activity with the most units, clicked in the table.
    size_t best = 0;
    for (size_t i = 0; i < page.activities.size(); ++i)
        if (page.activities[i].units > page.activities[best].units)
            best = i;
    const reports::PersonActivity &a = page.activities[best];
    auto *table = view.findChild<QTableView *>(QStringLiteral("personActivities"));
    QVERIFY(table);
    table->scrollTo(table->model()->index(int(best), 0));
    const QRect cell = table->visualRect(table->model()->index(int(best), 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(view.selectedActivity(), a.activity);
    QCOMPARE(tileValue(view, 0), QLocale().toString(a.units));
    QCOMPARE(tileValue(view, 1), QLocale().toString(a.seconds / 3600.0, 'f', 1));
    const auto months = PersonActivityModel::monthsOf(page, a.activity);
    QCOMPARE(view.monthModel().rowCount(), int(months.size()));
    QCOMPARE(view.monthModel().months().front().units, months.front().units);
    QCOMPARE(view.chart().content().bars.size(), size_t(1));
    QCOMPARE(view.chart().content().lines[0].points.size(), a.days.size());
    QVERIFY(view.chart().content().title.contains(a.nameEn));
    // The total row: every activity again.
    view.selectActivity({});
    QCOMPARE(view.selectedActivity(), QString());
    QCOMPARE(tileValue(view, 0), QLocale().toString(page.units));
    // A new context keeps the worker and the activity.
    view.selectActivity(a.activity);
    QSignalSpy ready(&view, &ManagerView::ready);
    ViewContext shorter = context();
    shorter.from = m_to.addDays(-13);
    view.setContext(shorter);
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.worker(), m_worker);
    QCOMPARE(view.chart().slotCount(), 14);
    if (view.activityModel().rowOf(a.activity) >= 0)
        QCOMPARE(view.selectedActivity(), a.activity);
    // Over 92 days the chart has a slot per month, the hours line a point per month worked.
    view.selectActivity({});
    ViewContext longer = context();
    longer.from = QDate(m_to.year(), m_to.month(), 1).addMonths(-4);
    view.setContext(longer);
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.chart().content().granularity, reports::Granularity::Month);
    QCOMPARE(view.chart().slotCount(), 5);
    const auto longMonths = PersonActivityModel::monthsOf(view.activityModel().page());
    QVERIFY(!longMonths.empty());
    QCOMPARE(view.chart().content().lines[0].points.size(), longMonths.size());
    QCOMPARE(view.chart().content().lines[0].points.front().first, longMonths.front().month);
    QVERIFY(view.chart().content().title.contains(QStringLiteral("by month")));
}

void TestPersonView::leaderSeesNoCost()
{
    PersonView view(leader(), QStringLiteral("en"));
    open(view, context());
    QVERIFY(!view.directory().find(m_s2Worker));
    showAndWait(view, m_worker);
    QCOMPARE(view.worker(), m_worker);
    QVERIFY(view.activityModel().rowCount() > 1);
    const reports::ReportDocument doc = view.exportDocument();
    QStringList texts = doc.table.headers + doc.subtitleLines;
    texts << doc.title << doc.chartTitle;
    for (const auto &s : doc.leftAxis)
        texts << s.name << s.unit;
    for (const auto &s : doc.rightAxis)
        texts << s.name << s.unit;
    for (const QString &t : texts)
        for (const char *word : {"cost", "yen", "wage", "¥"})
            QVERIFY2(!t.contains(QString::fromUtf8(word), Qt::CaseInsensitive), qPrintable(t));
    // The leader's own site only: the page of an S2 worker holds nothing of S2.
    showAndWait(view, m_s2Worker);
    if (view.worker() == m_s2Worker) {
        auto plainS2 = reports::personPage(*m_store, {m_s2Worker, m_from, m_to, {QStringLiteral("S2")}});
        QVERIFY(plainS2);
        auto plainS1 = reports::personPage(*m_store, {m_s2Worker, m_from, m_to, {QStringLiteral("S1")}});
        QVERIFY(plainS1);
        QCOMPARE(view.activityModel().page().units, plainS1->units);
    }
}

void TestPersonView::workerAskedBeforeTheContext()
{
    PersonView view(manager(), QStringLiteral("en"));
    QSignalSpy ready(&view, &ManagerView::ready);
    view.showWorker(m_badge);
    QCOMPARE(ready.size(), 0);
    view.setContext(context());
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.worker(), m_worker);
}

void TestPersonView::screenshots()
{
    const QString dir = qEnvironmentVariable("WH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("WH_SHOTS_DIR not set: no screenshots written (set it to review the page)");
    WidgetStartup::applyLook();
    AppFont::apply();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        QVERIFY(installTranslation(*QCoreApplication::instance(), language));
        PersonView view(manager(), language);
        view.resize(1240, 640); // what the window's tab gives it at 1280x800
        view.setStyleSheet(QStringLiteral("QChartView { border: 1px solid #d9e0e8; background: white; }"
                                          "QFrame#figureTile { background: white; border: 1px solid #d9e0e8; "
                                          "border-radius: 10px; } QLabel#figureValue { font-size: 28px; "
                                          "font-weight: 700; }"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        open(view, context(language));
        showAndWait(view, m_worker);
        QTest::qWait(50);
        QVERIFY(view.grab().save(QStringLiteral("%1/person-%2.png").arg(dir, language)));
    }
}

// Not a timed test: with WH_BENCH_STORE naming a demo store (e.g. a year of `wh demo`), prints how
// long the page takes from a request to its answer on screen.
void TestPersonView::timingsOnAStore()
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
    PersonView view(admin, QStringLiteral("en"));
    view.resize(1240, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy ready(&view, &ManagerView::ready);
    QElapsedTimer timer;
    auto time = [&](const char *what, const std::function<void()> &action) {
        timer.start();
        action();
        QVERIFY(ready.size() > 0 || ready.wait(60000));
        ready.clear();
        qInfo("%s: %lld ms", what, timer.elapsed());
    };
    time("person, first context (the directory of workers)", [&] {
        view.setContext({{QStringLiteral("S1")}, last.addDays(-29), last, QStringLiteral("en")});
    });
    time("person, a worker, last 30 days", [&] { view.showWorker(QStringLiteral("W00042")); });
    time("person, the same worker over the whole store", [&] {
        view.setContext({{QStringLiteral("S1")}, first, last, QStringLiteral("en")});
    });
    time("person, another worker over the whole store", [&] { view.showWorker(QStringLiteral("W00043")); });
    timer.start();
    auto page = admin.personPage({QStringLiteral("W00044"), first, last, {}});
    QVERIFY(page);
    qInfo("person, the query alone over the whole store: %lld ms", timer.elapsed());
}

QTEST_MAIN(TestPersonView)
#include "tst_personview.moc"
