// The manager viewer's queries over hand-made daily summaries (exact numbers): roll-up activity ->
// section -> block -> site, ratios from sums, performance, drill-down, two sites, trends by day and
// month, a worker's page without any cost, the raw rows behind a cell, bad input; and a smoke test
// on a small demo store.
#include "Corrections.h"
#include "DailySummaries.h"
#include "DemoWarehouse.h"
#include "FigureQueries.h"
#include "SqlSupport.h"
#include "SummaryFixture.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <map>

using namespace wh;
using reports::FigureQuery;
using reports::FigureRow;
using reports::Figures;
using reports::Granularity;
using reports::Level;
using reports::NodeRef;

namespace {

// The page of a worker must not hold a cost, a wage or yen: checked at compile time, with a
// positive control on Figures (which does hold them) so the check itself is known to work.
template <typename T>
concept HoldsMoney = requires(const T &t)
{
    t.cost;
}
|| requires(const T &t)
{
    t.cost();
}
|| requires(const T &t)
{
    t.baseYen;
}
|| requires(const T &t)
{
    t.premiumYen;
}
|| requires(const T &t)
{
    t.unitCostYen();
}
|| requires(const T &t)
{
    t.wage;
}
|| requires(const T &t)
{
    t.yen;
};
static_assert(HoldsMoney<Figures>, "the check finds money fields");
static_assert(!HoldsMoney<reports::PersonPage>, "a worker's page holds no cost");
static_assert(!HoldsMoney<reports::PersonActivity>, "a worker's page holds no cost");
static_assert(!HoldsMoney<reports::PersonMonth>, "a worker's page holds no cost");
static_assert(!HoldsMoney<reports::PersonDay>, "a worker's page holds no cost");

const QDate Nov2(2026, 11, 2);
const QDate Nov3(2026, 11, 3);
const QDate Nov4(2026, 11, 4);
const QDate Nov9(2026, 11, 9);
const QDate Dec1(2026, 12, 1);

bool near(std::optional<double> actual, double expected)
{
    return actual && std::abs(*actual - expected) < 1e-9;
}

QString errorOf(const Status &s)
{
    return s.ok() ? QString() : s.error().toString();
}

template <typename T>
QString errorOf(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

QStringList codes(const std::vector<FigureRow> &rows)
{
    QStringList out;
    for (const FigureRow &r : rows)
        out << (r.site.isEmpty() ? r.code : r.site + QLatin1Char(':') + r.code);
    return out;
}

// "units paid direct indirect base premium" of a row, for compact golden checks.
QString sums(const Figures &f)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(f.units)
        .arg(f.paidSeconds)
        .arg(f.directSeconds)
        .arg(f.indirectSeconds)
        .arg(f.baseYen.amount())
        .arg(f.premiumYen.amount());
}

} // namespace

class TestFigureQueries : public QObject, protected test::SummaryFixture {
    Q_OBJECT

    void exec(const QString &sql)
    {
        auto s = db::execDirect(store().connection(), sql);
        QVERIFY2(s.ok(), qPrintable(errorOf(s) + QStringLiteral(": ") + sql));
    }

    void workerDay(const char *site, const QDate &day, const char *activity, const char *worker, qint64 units,
                   qint64 seconds)
    {
        QSqlQuery q(store().connection());
        q.prepare(
            QStringLiteral("INSERT INTO worker_daily (site, business_day, activity, worker, units, seconds) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             QVariantList{QString::fromLatin1(site), day.toString(Qt::ISODate), QString::fromLatin1(activity),
                          QString::fromLatin1(worker), units, seconds})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    Event punch(const char *device, EventKind kind, const char *worker, const char *activity, qint64 ms)
    {
        return test::punchEvent(QString::fromLatin1(device), kind, QString::fromLatin1(worker),
                                QString::fromLatin1(device).startsWith(QLatin1String("K2"))
                                    ? QStringLiteral("S2")
                                    : QStringLiteral("S1"),
                                QString::fromLatin1(activity), ms);
    }

    void append(std::vector<Event> events)
    {
        db::EventStore log(store());
        auto stored = log.appendAll(std::move(events));
        QVERIFY2(stored.ok(), qPrintable(errorOf(stored)));
        db::EventProjector projector(store());
        auto caught = projector.catchUp();
        QVERIFY2(caught.ok(), qPrintable(errorOf(caught)));
        QCOMPARE(caught->rejectedEvents, 0);
    }

    std::vector<FigureRow> figures(FigureQuery query)
    {
        auto rows = reports::figuresByLevel(store(), query);
        if (!rows) {
            qWarning("%s", qPrintable(errorOf(rows)));
            return {};
        }
        return std::move(rows).value();
    }

    FigureQuery s1(Level level, std::optional<NodeRef> node = std::nullopt)
    {
        FigureQuery q;
        q.sites = {QStringLiteral("S1")};
        q.from = Nov2;
        q.to = Nov3;
        q.level = level;
        q.node = std::move(node);
        return q;
    }

private slots:
    void init()
    {
        // PIC has two sections, one of them with SORT (no standard): a roll-up over unlike units.
        const Status opened = openFixture();
        QVERIFY2(opened.ok(), qPrintable(errorOf(opened)));
        exec(QStringLiteral(
            "INSERT INTO devices (id, kind, site, name) VALUES ('M1', 'manager', 'S1', 'Office')"));

        // Hand-made summaries (columns: units direct indirect break deducted paid base premium).
        // S1, 2 Nov.
        summary("S1", Nov2, "PICK", "PT", 300, 7200, 0, 0, 0, 7200, 2300, 0);
        summary("S1", Nov2, "PICK", "FT", 100, 3600, 0, 0, 0, 3600, 2000, 500);
        summary("S1", Nov2, "PICK", "", 50, 0, 0, 0, 0, 0, 0, 0); // a team's manual entry
        summary("S1", Nov2, "CART", "PT", 45, 7200, 0, 0, 1800, 5400, 1725, 0);
        summary("S1", Nov2, "MEET", "FT", 0, 0, 1800, 0, 0, 1800, 1000, 0);
        summary("S1", Nov2, "LUNCH", "PT", 0, 0, 0, 3600, 0, 0, 0, 0);
        summary("S1", Nov2, "SORT", "FT", 200, 3600, 0, 0, 0, 3600, 2000, 0);
        // S1, 3 Nov; 4 Nov only a break (no figure); 1 Dec.
        summary("S1", Nov3, "PICK", "PT", 100, 3600, 0, 0, 0, 3600, 1150, 0);
        summary("S1", Nov4, "LUNCH", "PT", 0, 0, 0, 1800, 0, 0, 0, 0);
        summary("S1", Dec1, "PICK", "FT", 80, 3600, 0, 0, 0, 3600, 2000, 100);
        // S2, 2 Nov.
        summary("S2", Nov2, "PICK", "PT", 90, 3600, 0, 0, 0, 3600, 1000, 0);
        summary("S2", Nov2, "CART", "PT", 0, 1800, 0, 0, 0, 1800, 500, 0);

        // Per worker.
        workerDay("S1", Nov2, "PICK", "W001", 300, 7200);
        workerDay("S1", Nov2, "CART", "W001", 45, 5400);
        workerDay("S1", Nov3, "PICK", "W001", 100, 3600);
        workerDay("S1", Dec1, "PICK", "W001", 80, 3600);
        workerDay("S2", Nov2, "PICK", "W001", 90, 3600);
        workerDay("S1", Nov2, "PICK", "W002", 100, 3600);
        // The roll-ups the queries read, from the hand-made rows (the builder keeps them itself).
        auto rolled = reports::SummaryBuilder(store()).rebuildRollups();
        QVERIFY2(rolled.ok(), qPrintable(errorOf(rolled)));
    }

    void cleanup() { closeFixture(); }

    // Activity -> section -> block -> site: sums at every level, ratios from the sums.
    void rollUp()
    {
        const auto activities = figures(s1(Level::Activity));
        // Tree order; the break (LUNCH) is left out.
        QCOMPARE(codes(activities), QStringList({"S1:PICK", "S1:CART", "S1:SORT", "S1:MEET"}));
        const FigureRow &pick = activities[0];
        QCOMPARE(pick.nameJa, QStringLiteral("ピッキング"));
        QCOMPARE(pick.nameEn, QStringLiteral("Picking"));
        QCOMPARE(pick.parent, QStringLiteral("PIC-SGL"));
        QCOMPARE(pick.kind, std::optional<ActivityKind>(ActivityKind::Direct));
        QCOMPARE(pick.standardUnitsPerHour, std::optional<double>(100.0));
        // PICK: 300 + 100 + 50 (team) + 100 = 550 units in 7,200 + 3,600 + 3,600 = 14,400 s (4 h);
        // 2,300 + 2,000 + 1,150 base, 500 premium.
        QCOMPARE(sums(pick.figures), QStringLiteral("550 14400 14400 0 5450 500"));
        QCOMPARE(pick.figures.cost(), Yen(5950));
        QVERIFY(near(pick.figures.productivity(), 137.5));
        QVERIFY(near(pick.figures.unitCostYen(), 5950.0 / 550.0));
        QVERIFY(near(pick.figures.performancePercent(), 137.5)); // 137.5 / 100 x 100
        QVERIFY(!pick.figures.mixedUnits());
        // CART: paid hours are direct minus the deducted break: 7,200 - 1,800 = 5,400 s (1.5 h).
        const FigureRow &cart = activities[1];
        QCOMPARE(sums(cart.figures), QStringLiteral("45 5400 7200 0 1725 0"));
        QVERIFY(near(cart.figures.productivity(), 30.0));
        QVERIFY(near(cart.figures.performancePercent(), 50.0)); // 30 / 60
        QVERIFY(near(cart.figures.directHours(), 2.0));
        QVERIFY(near(cart.figures.unitCostYen(), 1725.0 / 45.0));
        // SORT has no standard: no performance.
        QCOMPARE(activities[2].standardUnitsPerHour, std::nullopt);
        QVERIFY(near(activities[2].figures.productivity(), 200.0));
        QCOMPARE(activities[2].figures.performancePercent(), std::nullopt);
        // MEET: indirect, hours and no units: productivity 0, no unit cost, no performance.
        const FigureRow &meet = activities[3];
        QCOMPARE(meet.kind, std::optional<ActivityKind>(ActivityKind::Indirect));
        QCOMPARE(sums(meet.figures), QStringLiteral("0 1800 0 1800 1000 0"));
        QVERIFY(near(meet.figures.productivity(), 0.0));
        QCOMPARE(meet.figures.unitCostYen(), std::nullopt);
        QCOMPARE(meet.figures.performancePercent(), std::nullopt);

        const auto sections = figures(s1(Level::Section));
        QCOMPARE(codes(sections), QStringList({"S1:PIC-SGL", "S1:PIC-MLT", "S1:IND-GEN"}));
        const FigureRow &single = sections[0];
        QCOMPARE(single.parent, QStringLiteral("PIC"));
        QCOMPARE(sums(single.figures), QStringLiteral("595 19800 21600 0 7175 500"));
        // Productivity of the sums: 595 / 5.5 h = 108.18..., not the mean of the activities'
        // ratios ((137.5 + 30) / 2 = 83.75).
        QVERIFY(near(single.figures.productivity(), 595.0 / 5.5));
        QVERIFY(!near(single.figures.productivity(), (137.5 + 30.0) / 2));
        QVERIFY(near(single.figures.unitCostYen(), 7675.0 / 595.0));
        // Earned hours 550 / 100 + 45 / 60 = 6.25 over 5.5 actual hours.
        QVERIFY(near(single.figures.performancePercent(), 6.25 / 5.5 * 100));
        QVERIFY(single.figures.mixedUnits());
        QCOMPARE(single.figures.unitActivities, 2);
        QVERIFY(!sections[1].figures.mixedUnits()); // SORT alone
        QCOMPARE(sections[1].figures.performancePercent(), std::nullopt);
        QCOMPARE(sections[2].figures.unitActivities, 0);

        const auto blocks = figures(s1(Level::Block));
        QCOMPARE(codes(blocks), QStringList({"S1:PIC", "S1:IND"}));
        QCOMPARE(blocks[0].nameEn, QStringLiteral("Picking"));
        QCOMPARE(blocks[0].parent, QString());
        QCOMPARE(sums(blocks[0].figures), QStringLiteral("795 23400 25200 0 9175 500"));
        QVERIFY(near(blocks[0].figures.productivity(), 795.0 / 6.5));
        // SORT (no standard) is outside both sums of the performance.
        QVERIFY(near(blocks[0].figures.performancePercent(), 6.25 / 5.5 * 100));
        QVERIFY(near(blocks[0].figures.earnedHours, 6.25));
        QCOMPARE(blocks[0].figures.standardPaidSeconds, 19800);
        QCOMPARE(blocks[0].figures.unitActivities, 3);
        QCOMPARE(sums(blocks[1].figures), QStringLiteral("0 1800 0 1800 1000 0"));

        const auto site = figures(s1(Level::Site));
        QCOMPARE(codes(site), QStringList({"S1:S1"}));
        QCOMPARE(site[0].nameJa, QStringLiteral("東京第一センター"));
        QCOMPARE(sums(site[0].figures), QStringLiteral("795 25200 25200 1800 10175 500"));
        QCOMPARE(site[0].figures.cost(), Yen(10675));
        QVERIFY(near(site[0].figures.productivity(), 795.0 / 7.0));
        QVERIFY(near(site[0].figures.unitCostYen(), 10675.0 / 795.0));
        // MEET (indirect, no standard) does not pull the performance down.
        QVERIFY(near(site[0].figures.performancePercent(), 6.25 / 5.5 * 100));
        QVERIFY(site[0].figures.mixedUnits());

        // Every level adds up to the same totals.
        for (const auto *rows : {&activities, &sections, &blocks}) {
            Figures total;
            for (const FigureRow &r : *rows) {
                total.units += r.figures.units;
                total.paidSeconds += r.figures.paidSeconds;
                total.baseYen += r.figures.baseYen;
                total.premiumYen += r.figures.premiumYen;
            }
            QCOMPARE(total.units, site[0].figures.units);
            QCOMPARE(total.paidSeconds, site[0].figures.paidSeconds);
            QCOMPARE(total.cost(), site[0].figures.cost());
        }
    }

    void drillDown()
    {
        // Block PIC -> its sections.
        auto rows = figures(s1(Level::Section, NodeRef{Level::Block, QStringLiteral("PIC")}));
        QCOMPARE(codes(rows), QStringList({"S1:PIC-SGL", "S1:PIC-MLT"}));
        // Section PIC-SGL -> its activities.
        rows = figures(s1(Level::Activity, NodeRef{Level::Section, QStringLiteral("PIC-SGL")}));
        QCOMPARE(codes(rows), QStringList({"S1:PICK", "S1:CART"}));
        QCOMPARE(sums(rows[0].figures), QStringLiteral("550 14400 14400 0 5450 500"));
        // Block -> activities, skipping a level; the break is left out.
        rows = figures(s1(Level::Activity, NodeRef{Level::Block, QStringLiteral("IND")}));
        QCOMPARE(codes(rows), QStringList({"S1:MEET"}));
        // The node's own row.
        rows = figures(s1(Level::Block, NodeRef{Level::Block, QStringLiteral("PIC")}));
        QCOMPARE(codes(rows), QStringList({"S1:PIC"}));
        QCOMPARE(sums(rows[0].figures), QStringLiteral("795 23400 25200 0 9175 500"));
        // Drilling into a node without data: no rows.
        rows = figures(s1(Level::Activity, NodeRef{Level::Activity, QStringLiteral("LUNCH")}));
        QVERIFY(rows.empty());
    }

    void twoSites()
    {
        FigureQuery q = s1(Level::Activity, NodeRef{Level::Section, QStringLiteral("PIC-SGL")});
        q.sites = {QStringLiteral("S1"), QStringLiteral("S2")};
        // Summed over the two sites.
        auto rows = figures(q);
        QCOMPARE(codes(rows), QStringList({"PICK", "CART"}));
        QCOMPARE(sums(rows[0].figures), QStringLiteral("640 18000 18000 0 6450 500"));
        QVERIFY(near(rows[0].figures.productivity(), 128.0));
        QCOMPARE(sums(rows[1].figures), QStringLiteral("45 7200 9000 0 2225 0"));
        QVERIFY(near(rows[1].figures.productivity(), 22.5));
        QVERIFY(near(rows[1].figures.performancePercent(), 37.5));

        // Side by side, in the order asked for.
        q.level = Level::Block;
        q.node.reset();
        q.sites = {QStringLiteral("S2"), QStringLiteral("S1")};
        q.perSite = true;
        rows = figures(q);
        QCOMPARE(codes(rows), QStringList({"S2:PIC", "S1:PIC", "S1:IND"}));
        QCOMPARE(sums(rows[0].figures), QStringLiteral("90 5400 5400 0 1500 0"));
        QCOMPARE(sums(rows[1].figures), QStringLiteral("795 23400 25200 0 9175 500"));

        q.level = Level::Site;
        rows = figures(q);
        QCOMPARE(codes(rows), QStringList({"S2:S2", "S1:S1"}));
        QCOMPARE(rows[0].nameEn, QStringLiteral("UTC test site"));
        // Not per site: one row for the selection.
        q.perSite = false;
        q.sites = {QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S1")}; // duplicate ignored
        rows = figures(q);
        QCOMPARE(codes(rows), QStringList({"S1+S2"}));
        QCOMPARE(rows[0].nameEn, QStringLiteral("東京第一センター + UTC test site"));
        QCOMPARE(sums(rows[0].figures), QStringLiteral("885 30600 30600 1800 11675 500"));
    }

    void trendByDayAndMonth()
    {
        reports::TrendQuery q;
        q.sites = {QStringLiteral("S1"), QStringLiteral("S2")};
        q.from = QDate(2026, 11, 1);
        q.to = QDate(2026, 12, 31);
        auto days = reports::trend(store(), q);
        QVERIFY2(days.ok(), qPrintable(errorOf(days)));
        QCOMPARE(days->size(), size_t(2));
        const reports::TrendSeries &a = (*days)[0];
        QCOMPARE(a.site, QStringLiteral("S1"));
        // 4 Nov held only a break: a gap, like every other day without data.
        QCOMPARE(a.points.size(), size_t(3));
        QCOMPARE(a.points[0].period, Nov2);
        QCOMPARE(sums(a.points[0].figures), QStringLiteral("695 21600 21600 1800 9025 500"));
        QVERIFY(near(a.points[0].figures.productivity(), 695.0 / 6.0));
        QCOMPARE(a.points[1].period, Nov3);
        QCOMPARE(sums(a.points[1].figures), QStringLiteral("100 3600 3600 0 1150 0"));
        QCOMPARE(a.points[2].period, Dec1);
        QCOMPARE((*days)[1].site, QStringLiteral("S2"));
        QCOMPARE((*days)[1].points.size(), size_t(1));
        QCOMPARE(sums((*days)[1].points[0].figures), QStringLiteral("90 5400 5400 0 1500 0"));

        // By month: November's productivity is its units over its hours (795 / 7 h), not the mean
        // of its days' ratios ((695 / 6 + 100) / 2).
        q.granularity = Granularity::Month;
        q.sites = {QStringLiteral("S1")};
        auto months = reports::trend(store(), q);
        QVERIFY2(months.ok(), qPrintable(errorOf(months)));
        const auto &points = (*months)[0].points;
        QCOMPARE(points.size(), size_t(2));
        QCOMPARE(points[0].period, QDate(2026, 11, 1));
        QCOMPARE(sums(points[0].figures), QStringLiteral("795 25200 25200 1800 10175 500"));
        QVERIFY(near(points[0].figures.productivity(), 795.0 / 7.0));
        QVERIFY(!near(points[0].figures.productivity(), (695.0 / 6.0 + 100.0) / 2));
        QCOMPARE(points[1].period, Dec1);

        // One node: PICK by month, with its performance.
        q.node = NodeRef{Level::Activity, QStringLiteral("PICK")};
        months = reports::trend(store(), q);
        QVERIFY(months.ok());
        QCOMPARE((*months)[0].points.size(), size_t(2));
        QCOMPARE(sums((*months)[0].points[0].figures), QStringLiteral("550 14400 14400 0 5450 500"));
        QVERIFY(near((*months)[0].points[1].figures.performancePercent(), 80.0));
        // A partial month counts only the days inside the period.
        q.from = Nov3;
        months = reports::trend(store(), q);
        QVERIFY(months.ok());
        QCOMPARE(sums((*months)[0].points[0].figures), QStringLiteral("100 3600 3600 0 1150 0"));
    }

    void personPage()
    {
        reports::PersonQuery q;
        q.worker = QStringLiteral("W001");
        q.from = QDate(2026, 11, 1);
        q.to = QDate(2026, 12, 31);
        auto page = reports::personPage(store(), q);
        QVERIFY2(page.ok(), qPrintable(errorOf(page)));
        QCOMPARE(page->name, QStringLiteral("山田 太郎"));
        QCOMPARE(page->activities.size(), size_t(2));
        const reports::PersonActivity &pick = page->activities[0];
        QCOMPARE(pick.activity, QStringLiteral("PICK"));
        QCOMPARE(pick.block, QStringLiteral("PIC"));
        // Both sites: 300 + 90 on 2 Nov, 100 on 3 Nov, 80 on 1 Dec; W002's row is not W001's.
        QCOMPARE(pick.units, 570);
        QCOMPARE(pick.seconds, 18000);
        QVERIFY(near(pick.productivity(), 114.0));
        QVERIFY(near(pick.performancePercent(), 114.0));
        QCOMPARE(pick.days.size(), size_t(3));
        QCOMPARE(pick.days[0].day, Nov2);
        QCOMPARE(pick.days[0].units, 390);
        QCOMPARE(pick.days[0].seconds, 10800);
        QCOMPARE(pick.days[2].day, Dec1);
        QCOMPARE(pick.months.size(), size_t(2));
        QCOMPARE(pick.months[0].month, QDate(2026, 11, 1));
        // November: 490 units over 4 h = 122.5 an hour (the mean of the daily ratios would be
        // (130 + 100) / 2 = 115).
        QCOMPARE(pick.months[0].units, 490);
        QVERIFY(near(pick.months[0].hours(), 4.0));
        QVERIFY(near(pick.months[0].productivity(), 122.5));
        QVERIFY(near(pick.months[1].productivity(), 80.0));
        const reports::PersonActivity &cart = page->activities[1];
        QCOMPARE(cart.activity, QStringLiteral("CART"));
        QVERIFY(near(cart.productivity(), 30.0));
        QVERIFY(near(cart.performancePercent(), 50.0));
        QCOMPARE(page->units, 615);
        QCOMPARE(page->seconds, 23400);

        // One site only.
        q.sites = {QStringLiteral("S1")};
        page = reports::personPage(store(), q);
        QVERIFY(page.ok());
        QCOMPARE(page->activities[0].months[0].units, 400);
        QVERIFY(near(page->activities[0].months[0].productivity(), 400.0 / 3.0));

        // No data in the period: an empty page, not an error.
        q.from = q.to = QDate(2026, 1, 5);
        page = reports::personPage(store(), q);
        QVERIFY(page.ok());
        QVERIFY(page->activities.empty());
        QCOMPARE(page->units, 0);
    }

    void behindACell()
    {
        auto at = [](int h, int m) { return test::tokyoMs(Nov9, h, m); };
        UnitsPayload team;
        team.siteCode = QStringLiteral("S1");
        team.activityCode = QStringLiteral("CART");
        team.team = QStringLiteral("A班");
        team.quantity = 30;
        team.source = UnitsPayload::Source::Manual;
        team.enteredBy = QStringLiteral("leader");
        team.reference = QStringLiteral("sheet 7");
        team.businessDay = Nov9;
        Event teamEvent;
        teamEvent.deviceId = QStringLiteral("M1");
        teamEvent.kind = EventKind::UnitsCounted;
        teamEvent.occurredAtMs = at(16, 0);
        teamEvent.payload = team.toJson();
        append({
            punch("K1", EventKind::PunchClockIn, "W002", "MEET", at(8, 0)),
            punch("K1", EventKind::PunchSwitch, "W002", "PICK", at(8, 30)), // still open
            punch("K1", EventKind::PunchClockIn, "W001", "PICK", at(9, 0)),
            test::unitsEvent(QStringLiteral("H1"), QStringLiteral("W002"), QStringLiteral("S1"),
                             QStringLiteral("PICK"), 80, at(10, 0)),
            punch("K1", EventKind::PunchSwitch, "W001", "CART", at(10, 0)),
            punch("K1", EventKind::PunchBreak, "W001", "LUNCH", at(12, 0)),
            punch("K1", EventKind::PunchSwitch, "W001", "PICK", at(13, 0)),
            test::unitsEvent(QStringLiteral("H1"), QStringLiteral("W001"), QStringLiteral("S1"),
                             QStringLiteral("PICK"), 120, at(14, 0)),
            punch("K1", EventKind::PunchClockOut, "W001", "", at(15, 0)),
            punch("K2", EventKind::PunchClockIn, "W003", "PICK", at(9, 0)), // the other site
            teamEvent,
        });
        // A leader shortens W001's cart interval: the correction flag.
        QSqlQuery id(store().connection());
        QVERIFY(id.exec(QStringLiteral("SELECT start_event_id FROM punch_intervals WHERE worker = 'W001' AND "
                                       "activity = 'CART'")));
        QVERIFY(id.next());
        CorrectionPayload c;
        c.action = CorrectionPayload::Action::Change;
        c.interval = QUuid::fromString(id.value(0).toString());
        c.endMs = at(11, 30);
        c.reason = QStringLiteral("left early for the meeting");
        c.by = QStringLiteral("leader");
        db::CorrectionService corrections(store(), *m_clock, QStringLiteral("M1"));
        auto applied = corrections.apply(c);
        QVERIFY2(applied.ok(), qPrintable(errorOf(applied)));

        reports::CellQuery q;
        q.sites = {QStringLiteral("S1")};
        q.from = q.to = Nov9;
        q.node = NodeRef{Level::Activity, QStringLiteral("PICK")};
        auto cell = reports::behindCell(store(), q);
        QVERIFY2(cell.ok(), qPrintable(errorOf(cell)));
        QCOMPARE(cell->intervalCount, 3);
        QCOMPARE(cell->intervals.size(), size_t(3));
        const reports::CellInterval &open = cell->intervals[0];
        QCOMPARE(open.worker, QStringLiteral("W002"));
        QCOMPARE(open.workerName, QStringLiteral("佐藤 花子"));
        QCOMPARE(open.status, QStringLiteral("open"));
        QCOMPARE(open.endMs, std::nullopt);
        QCOMPARE(open.startMs, at(8, 30));
        QCOMPARE(open.employmentType, QStringLiteral("FT"));
        QCOMPARE(open.businessDay, Nov9);
        QCOMPARE(cell->intervals[1].worker, QStringLiteral("W001"));
        QCOMPARE(cell->intervals[1].startMs, at(9, 0));
        QCOMPARE(cell->intervals[1].endMs, std::optional<qint64>(at(10, 0)));
        QCOMPARE(cell->intervals[1].status, QStringLiteral("closed"));
        QCOMPARE(cell->intervals[1].employmentType, QStringLiteral("PT")); // promoted on 15 Nov
        QVERIFY(!cell->intervals[1].corrected);
        QCOMPARE(cell->intervals[2].startMs, at(13, 0));
        QCOMPARE(cell->unitsCount, 2);
        QCOMPARE(cell->units[0].worker, QStringLiteral("W002"));
        QCOMPARE(cell->units[0].quantity, 80);
        QCOMPARE(cell->units[0].source, QStringLiteral("workflow"));
        QCOMPARE(cell->units[1].quantity, 120);
        QVERIFY(!cell->truncated());

        // The limit: the first rows, and the count of all.
        q.limit = 2;
        cell = reports::behindCell(store(), q);
        QVERIFY(cell.ok());
        QCOMPARE(cell->intervals.size(), size_t(2));
        QCOMPARE(cell->intervalCount, 3);
        QCOMPARE(cell->units.size(), size_t(2));
        QVERIFY(cell->truncated());
        q.limit = 1;
        cell = reports::behindCell(store(), q);
        QVERIFY(cell.ok());
        QCOMPARE(cell->units.size(), size_t(1));
        QCOMPARE(cell->unitsCount, 2);

        // A block: PICK and CART, with the corrected cart interval and the team's entry.
        q.limit = 100;
        q.node = NodeRef{Level::Block, QStringLiteral("PIC")};
        cell = reports::behindCell(store(), q);
        QVERIFY(cell.ok());
        QCOMPARE(cell->intervalCount, 4);
        const reports::CellInterval &cart = cell->intervals[2];
        QCOMPARE(cart.activity, QStringLiteral("CART"));
        QCOMPARE(cart.endMs, std::optional<qint64>(at(11, 30)));
        QVERIFY(cart.corrected);
        QCOMPARE(cart.correctedBy, applied->id.toString(QUuid::WithoutBraces));
        QCOMPARE(cell->unitsCount, 3);
        const reports::CellUnits &teamRow = cell->units[2];
        QCOMPARE(teamRow.worker, QString());
        QCOMPARE(teamRow.team, QStringLiteral("A班"));
        QCOMPARE(teamRow.source, QStringLiteral("manual"));
        QCOMPARE(teamRow.reference, QStringLiteral("sheet 7"));
        QCOMPARE(teamRow.enteredBy, QStringLiteral("leader"));
        QCOMPARE(teamRow.businessDay, Nov9);

        // The whole site: the meeting too, the lunch break left out, nothing of S2.
        q.node.reset();
        cell = reports::behindCell(store(), q);
        QVERIFY(cell.ok());
        QCOMPARE(cell->intervalCount, 5);
        for (const reports::CellInterval &i : cell->intervals) {
            QVERIFY(i.activity != QLatin1String("LUNCH"));
            QCOMPARE(i.site, QStringLiteral("S1"));
        }
        // The break activity itself when asked for.
        q.node = NodeRef{Level::Activity, QStringLiteral("LUNCH")};
        cell = reports::behindCell(store(), q);
        QVERIFY(cell.ok());
        QCOMPARE(cell->intervalCount, 1);
        QCOMPARE(cell->intervals[0].startMs, at(12, 0));
        // One worker's whole day with the break (the corrections page), each interval with its id.
        q.node.reset();
        q.worker = QStringLiteral("W001");
        q.includeBreaks = true;
        cell = reports::behindCell(store(), q);
        QVERIFY(cell.ok());
        QCOMPARE(cell->intervalCount, 4);
        QStringList activities;
        for (const reports::CellInterval &i : cell->intervals) {
            QCOMPARE(i.worker, QStringLiteral("W001"));
            activities << i.activity;
        }
        QCOMPARE(activities, (QStringList{"PICK", "CART", "LUNCH", "PICK"}));
        QCOMPARE(cell->intervals[1].interval, c.interval);
        QCOMPARE(cell->unitsCount, 1);
        QCOMPARE(cell->units[0].quantity, 120);
        q.includeUnits = false;
        cell = reports::behindCell(store(), q);
        QVERIFY(cell.ok());
        QCOMPARE(cell->intervalCount, 4);
        QCOMPARE(cell->unitsCount, 0);
        QVERIFY(cell->units.empty());
        q.includeUnits = true;
        q.worker.clear();
        q.includeBreaks = false;
        // Another site: its own rows.
        q.sites = {QStringLiteral("S2")};
        q.node.reset();
        cell = reports::behindCell(store(), q);
        QVERIFY(cell.ok());
        QCOMPARE(cell->intervalCount, 1);
        QCOMPARE(cell->intervals[0].worker, QStringLiteral("W003"));
        QCOMPARE(cell->unitsCount, 0);

        // A month around the day: everyone's rows are read a day at a time, the same rows in the
        // same order; the first rows under a limit; a count that stops at countLimit says so.
        q.sites = {QStringLiteral("S1")};
        q.from = q.to = Nov9;
        auto oneDay = reports::behindCell(store(), q);
        QVERIFY(oneDay.ok());
        q.from = Nov9.addDays(-8);
        q.to = Nov9.addDays(20);
        auto month = reports::behindCell(store(), q);
        QVERIFY(month.ok());
        QCOMPARE(month->intervalCount, oneDay->intervalCount);
        QCOMPARE(month->intervals.size(), oneDay->intervals.size());
        for (size_t i = 0; i < month->intervals.size(); ++i) {
            QCOMPARE(month->intervals[i].interval, oneDay->intervals[i].interval);
            QCOMPARE(month->intervals[i].startMs, oneDay->intervals[i].startMs);
        }
        QCOMPARE(month->units.size(), oneDay->units.size());
        QVERIFY(!month->intervalCountCapped);
        q.limit = 2;
        month = reports::behindCell(store(), q);
        QVERIFY(month.ok());
        QCOMPARE(month->intervals.size(), size_t(2));
        QCOMPARE(month->intervals[1].interval, oneDay->intervals[1].interval);
        QCOMPARE(month->units.size(), size_t(2));
        q.countLimit = 3;
        month = reports::behindCell(store(), q);
        QVERIFY(month.ok());
        QCOMPARE(month->intervalCount, 3);
        QVERIFY(month->intervalCountCapped); // 5 intervals: "more than 3"
        QCOMPARE(month->unitsCount, 3);
        QVERIFY(!month->unitsCountCapped); // exactly 3 units rows
        q.countLimit = 100;
        month = reports::behindCell(store(), q);
        QVERIFY(month.ok());
        QCOMPARE(month->intervalCount, oneDay->intervalCount);
        QVERIFY(!month->intervalCountCapped);
        q.countLimit = 0;
        q.limit = 100;
        // A day without anything.
        q.from = q.to = Nov2;
        cell = reports::behindCell(store(), q);
        QVERIFY(cell.ok());
        QCOMPARE(cell->intervalCount, 0);
        QVERIFY(cell->intervals.empty() && cell->units.empty());
    }

    void badInput()
    {
        auto code = [](const auto &result) {
            return result.ok() ? QStringLiteral("ok")
                               : QString::fromLatin1(errorCodeName(result.error().code()));
        };
        const QString invalid = QString::fromLatin1(errorCodeName(ErrorCode::InvalidArgument));
        const QString notFound = QString::fromLatin1(errorCodeName(ErrorCode::NotFound));

        FigureQuery q = s1(Level::Block);
        q.sites = {QStringLiteral("S9")};
        QCOMPARE(code(reports::figuresByLevel(store(), q)), notFound);
        q.sites = {QStringLiteral("S1"), QStringLiteral("S9")};
        auto unknown = reports::figuresByLevel(store(), q);
        QCOMPARE(code(unknown), notFound);
        QCOMPARE(unknown.error().context(), QStringLiteral("S9"));
        q.sites = {};
        QCOMPARE(code(reports::figuresByLevel(store(), q)), invalid);
        q = s1(Level::Section, NodeRef{Level::Block, QStringLiteral("NOPE")});
        QCOMPARE(code(reports::figuresByLevel(store(), q)), notFound);
        q = s1(Level::Section, NodeRef{Level::Section, QStringLiteral("PIC")}); // a block, not a section
        QCOMPARE(code(reports::figuresByLevel(store(), q)), notFound);
        q = s1(Level::Block, NodeRef{Level::Section, QStringLiteral("PIC-SGL")}); // drilling up
        QCOMPARE(code(reports::figuresByLevel(store(), q)), invalid);
        q = s1(Level::Block, NodeRef{Level::Site, QStringLiteral("S1")});
        QCOMPARE(code(reports::figuresByLevel(store(), q)), invalid);
        q = s1(Level::Block);
        q.from = Nov3;
        q.to = Nov2; // ends before it begins
        QCOMPARE(code(reports::figuresByLevel(store(), q)), invalid);
        q.from = QDate();
        QCOMPARE(code(reports::figuresByLevel(store(), q)), invalid);
        // A valid period without data: zero rows, not an error.
        q.from = QDate(2025, 1, 1);
        q.to = QDate(2025, 1, 31);
        auto none = reports::figuresByLevel(store(), q);
        QVERIFY(none.ok());
        QVERIFY(none->empty());
        q.level = Level::Site;
        none = reports::figuresByLevel(store(), q);
        QVERIFY(none.ok());
        QVERIFY(none->empty());

        reports::TrendQuery t;
        t.sites = {QStringLiteral("S1")};
        t.from = Nov3;
        t.to = Nov2;
        QCOMPARE(code(reports::trend(store(), t)), invalid);
        t.from = QDate(2025, 1, 1);
        t.to = QDate(2025, 1, 31);
        auto empty = reports::trend(store(), t);
        QVERIFY(empty.ok());
        QCOMPARE(empty->size(), size_t(1));
        QVERIFY(empty->front().points.empty());
        t.node = NodeRef{Level::Activity, QStringLiteral("NOPE")};
        QCOMPARE(code(reports::trend(store(), t)), notFound);
        t.node.reset();
        t.sites = {QStringLiteral("S9")};
        QCOMPARE(code(reports::trend(store(), t)), notFound);

        reports::PersonQuery p;
        p.worker = QStringLiteral("W999");
        p.from = Nov2;
        p.to = Nov3;
        QCOMPARE(code(reports::personPage(store(), p)), notFound);
        p.worker.clear();
        QCOMPARE(code(reports::personPage(store(), p)), invalid);
        p.worker = QStringLiteral("W001");
        p.sites = {QStringLiteral("S9")};
        QCOMPARE(code(reports::personPage(store(), p)), notFound);
        p.sites = {};
        p.to = QDate(2026, 11, 1);
        QCOMPARE(code(reports::personPage(store(), p)), invalid);

        reports::CellQuery c;
        c.sites = {QStringLiteral("S1")};
        c.from = c.to = Nov2;
        c.limit = 0;
        QCOMPARE(code(reports::behindCell(store(), c)), invalid);
        c.limit = 10;
        c.node = NodeRef{Level::Section, QStringLiteral("NOPE")};
        QCOMPARE(code(reports::behindCell(store(), c)), notFound);
        c.node.reset();
        c.to = QDate(2026, 11, 1);
        QCOMPARE(code(reports::behindCell(store(), c)), invalid);

        QCOMPARE(reports::levelFromName(QStringLiteral("Section")), std::optional<Level>(Level::Section));
        QCOMPARE(reports::levelName(Level::Activity), QStringLiteral("activity"));
        QCOMPARE(reports::levelFromName(QStringLiteral("aisle")), std::nullopt);
    }

    // The figures and trends read the roll-ups (whole months from monthly_summaries, the other days
    // from daily_activity_summaries): they must equal what the daily_summaries rows themselves give,
    // for periods of whole months, with partial edge months, inside one month, of one day, with
    // and without a node.
    void rollupsReadLikeTheDays()
    {
        cleanup();
        m_clock = std::make_unique<test::MockClock>(test::tokyoMs(QDate(2027, 1, 20), 12, 0));
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        demo::DemoOptions options;
        options.days = 45;
        options.workers = 60;
        options.punchesPerDay = 400;
        options.seed = 11;
        options.start = QDate(2026, 10, 26);
        auto report = demo::generateDemo(store(), options, *m_clock);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        const QDate first = report->firstDay;
        const QDate last = report->lastDay;
        QVERIFY(first.month() != last.month());

        // Per site and activity over from..to, or per site and day / month, straight from
        // daily_summaries, breaks left out: units|paid|direct|indirect|cost per key.
        auto reference = [&](const QString &groupBy, const QDate &from, const QDate &to,
                             const std::optional<NodeRef> &node) {
            QString filter;
            if (node)
                filter = node->level == Level::Block     ? QStringLiteral(" AND s.block = ?")
                         : node->level == Level::Section ? QStringLiteral(" AND a.section = ?")
                                                         : QStringLiteral(" AND a.code = ?");
            QSqlQuery q(store().connection());
            q.prepare(QStringLiteral(
                          "SELECT ds.site || '|' || %1, SUM(ds.units), SUM(ds.paid_s), SUM(ds.direct_s), "
                          "SUM(ds.indirect_s), SUM(ds.base_yen + ds.premium_yen) FROM daily_summaries ds "
                          "JOIN activities a ON a.code = ds.activity JOIN sections s ON s.code = "
                          "a.section WHERE a.kind <> 'break' AND ds.business_day BETWEEN ? AND ?%2 "
                          "GROUP BY 1 ORDER BY 1")
                          .arg(groupBy, filter));
            q.addBindValue(from.toString(Qt::ISODate));
            q.addBindValue(to.toString(Qt::ISODate));
            if (node)
                q.addBindValue(node->code);
            std::map<QString, QString> out;
            if (!q.exec())
                return out;
            while (q.next())
                out[q.value(0).toString()] = QStringLiteral("%1|%2|%3|%4|%5")
                                                 .arg(q.value(1).toLongLong())
                                                 .arg(q.value(2).toLongLong())
                                                 .arg(q.value(3).toLongLong())
                                                 .arg(q.value(4).toLongLong())
                                                 .arg(q.value(5).toLongLong());
            return out;
        };
        auto line = [](const Figures &f) {
            return QStringLiteral("%1|%2|%3|%4|%5")
                .arg(f.units)
                .arg(f.paidSeconds)
                .arg(f.directSeconds)
                .arg(f.indirectSeconds)
                .arg(f.cost().amount());
        };
        const QDate monthStart(first.year(), first.month(), 1);
        const QDate nextMonth = monthStart.addMonths(1);
        struct Period {
            QDate from, to;
        };
        const std::vector<Period> periods = {
            {first, last},                                   // partial edge months around a whole one
            {nextMonth, nextMonth.addMonths(1).addDays(-1)}, // one whole month
            {nextMonth.addDays(3), nextMonth.addDays(12)},   // inside one month
            {first.addDays(2), nextMonth.addDays(-1)},       // the end of a month
            {nextMonth, last},                               // a whole month and a partial one
            {last, last},                                    // one day
            {monthStart.addMonths(-1), last.addDays(40)},    // wider than the data
        };
        const std::vector<std::optional<NodeRef>> nodes = {std::nullopt,
                                                           NodeRef{Level::Block, QStringLiteral("PIC")}};
        const QStringList sites = {QStringLiteral("S1"), QStringLiteral("S2")};
        int compared = 0;
        for (const Period &p : periods) {
            for (const auto &node : nodes) {
                // Figures per site and activity.
                FigureQuery q{sites, p.from, p.to, Level::Activity, node, true};
                auto rows = reports::figuresByLevel(store(), q);
                QVERIFY2(rows.ok(), qPrintable(errorOf(rows)));
                const auto expected = reference(QStringLiteral("ds.activity"), p.from, p.to, node);
                std::map<QString, QString> actual;
                for (const FigureRow &r : *rows) {
                    actual[r.site + QLatin1Char('|') + r.code] = line(r.figures);
                    // Earned hours: units / standard of the activity.
                    if (r.standardUnitsPerHour)
                        QVERIFY(std::abs(r.figures.earnedHours - r.figures.units / *r.standardUnitsPerHour) <
                                1e-9);
                }
                QCOMPARE(actual, expected);
                compared += static_cast<int>(actual.size());
                // Trends by day and by month.
                for (Granularity g : {Granularity::Day, Granularity::Month}) {
                    reports::TrendQuery tq{sites, p.from, p.to, g, node};
                    auto series = reports::trend(store(), tq);
                    QVERIFY2(series.ok(), qPrintable(errorOf(series)));
                    QCOMPARE(series->size(), size_t(2));
                    std::map<QString, QString> points;
                    for (const reports::TrendSeries &ts : *series)
                        for (const reports::TrendPoint &pt : ts.points)
                            points[ts.site + QLatin1Char('|') +
                                   (g == Granularity::Day ? pt.period.toString(Qt::ISODate)
                                                          : pt.period.toString(QStringLiteral("yyyy-MM")))] =
                                line(pt.figures);
                    QCOMPARE(points, reference(g == Granularity::Day
                                                   ? QStringLiteral("ds.business_day")
                                                   : QStringLiteral("substr(ds.business_day, 1, 7)"),
                                               p.from, p.to, node));
                    compared += static_cast<int>(points.size());
                }
                // The whole selection at site level (or the node's own row): earned hours and the standard's
                // paid time equal the sums over the activity rows.
                FigureQuery total{sites, p.from, p.to, node ? node->level : Level::Site, node, false};
                auto site = reports::figuresByLevel(store(), total);
                QVERIFY(site.ok());
                double earned = 0;
                qint64 standardPaid = 0;
                for (const FigureRow &r : *rows) {
                    earned += r.figures.earnedHours;
                    standardPaid += r.figures.standardPaidSeconds;
                }
                if (!rows->empty()) {
                    QCOMPARE(site->size(), size_t(1));
                    QVERIFY(std::abs(site->front().figures.earnedHours - earned) < 1e-6);
                    QCOMPARE(site->front().figures.standardPaidSeconds, standardPaid);
                }
            }
        }
        QVERIFY(compared > 500);
    }

    // A small demo store: each site's total equals the sum over its blocks (and its activities),
    // the raw summaries without breaks, and the sum of its daily trend.
    void demoSmoke()
    {
        cleanup();
        m_clock = std::make_unique<test::MockClock>(test::tokyoMs(QDate(2026, 11, 10), 12, 0));
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        demo::DemoOptions options;
        options.days = 4;
        options.workers = 60;
        options.punchesPerDay = 600;
        options.seed = 7;
        options.start = QDate(2026, 11, 3);
        auto report = demo::generateDemo(store(), options, *m_clock);
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QVERIFY(report->summaryRows > 0);

        auto add = [](Figures &total, const Figures &f) {
            total.units += f.units;
            total.paidSeconds += f.paidSeconds;
            total.directSeconds += f.directSeconds;
            total.indirectSeconds += f.indirectSeconds;
            total.baseYen += f.baseYen;
            total.premiumYen += f.premiumYen;
            total.earnedHours += f.earnedHours;
            total.standardPaidSeconds += f.standardPaidSeconds;
        };
        FigureQuery q;
        q.from = report->firstDay;
        q.to = report->lastDay;
        Figures allSites;
        for (const QString &site : {QStringLiteral("S1"), QStringLiteral("S2")}) {
            q.sites = {site};
            q.level = Level::Site;
            const auto total = figures(q);
            QCOMPARE(total.size(), size_t(1));
            const Figures &t = total[0].figures;
            QVERIFY(t.units > 0 && t.paidSeconds > 0 && t.cost() > Yen(0));
            add(allSites, t);
            for (Level level : {Level::Block, Level::Section, Level::Activity}) {
                q.level = level;
                const auto rows = figures(q);
                QVERIFY(!rows.empty());
                Figures sum;
                for (const FigureRow &r : rows)
                    add(sum, r.figures);
                QCOMPARE(sum.units, t.units);
                QCOMPARE(sum.paidSeconds, t.paidSeconds);
                QCOMPARE(sum.directSeconds, t.directSeconds);
                QCOMPARE(sum.indirectSeconds, t.indirectSeconds);
                QCOMPARE(sum.baseYen, t.baseYen);
                QCOMPARE(sum.premiumYen, t.premiumYen);
                QCOMPARE(sum.standardPaidSeconds, t.standardPaidSeconds);
                QVERIFY(std::abs(sum.earnedHours - t.earnedHours) < 1e-6);
            }
            // The raw summaries, breaks left out.
            QSqlQuery raw(store().connection());
            raw.prepare(QStringLiteral(
                "SELECT SUM(ds.units), SUM(ds.paid_s), SUM(ds.base_yen + ds.premium_yen) "
                "FROM daily_summaries ds JOIN activities a ON a.code = ds.activity "
                "WHERE ds.site = ? AND ds.business_day BETWEEN ? AND ? AND a.kind <> 'break'"));
            raw.addBindValue(site);
            raw.addBindValue(q.from.toString(Qt::ISODate));
            raw.addBindValue(q.to.toString(Qt::ISODate));
            QVERIFY(raw.exec() && raw.next());
            QCOMPARE(raw.value(0).toLongLong(), t.units);
            QCOMPARE(raw.value(1).toLongLong(), t.paidSeconds);
            QCOMPARE(raw.value(2).toLongLong(), t.cost().amount());
            // The daily trend adds up to the period.
            reports::TrendQuery tq;
            tq.sites = {site};
            tq.from = q.from;
            tq.to = q.to;
            auto series = reports::trend(store(), tq);
            QVERIFY(series.ok());
            Figures days;
            for (const reports::TrendPoint &p : series->front().points)
                add(days, p.figures);
            QCOMPARE(days.units, t.units);
            QCOMPARE(days.paidSeconds, t.paidSeconds);
            QCOMPARE(days.cost(), t.cost());
        }
        // Both sites as one selection.
        q.sites = {QStringLiteral("S1"), QStringLiteral("S2")};
        q.level = Level::Site;
        const auto both = figures(q);
        QCOMPARE(both.size(), size_t(1));
        QCOMPARE(both[0].figures.units, allSites.units);
        QCOMPARE(both[0].figures.paidSeconds, allSites.paidSeconds);
        QCOMPARE(both[0].figures.cost(), allSites.cost());
    }
};

QTEST_GUILESS_MAIN(TestFigureQueries)
#include "tst_figurequeries.moc"
