// ViewerQueries: the roles where data is read and written. Over hand-made daily summaries of the
// small warehouse (plus a third site S3) and intervals added by corrections:
//  - a leader of S1 calls every method and never sees a cost (zero yen, costHidden, no unit cost,
//    no unit-cost anomaly, empty cost cells in the report), and every other site is refused;
//  - a manager of S1 and S2 sees exactly what the plain queries give for those sites, S3 refused;
//  - an admin sees every site;
//  - corrections and attendance imports are made in the viewer's name at its sites only; refused
//    ones write nothing; the audit trail of an interval lists its corrections in recording order;
//  - what the pages read besides figures (workers, the activity tree, what a site offers, the
//    span of business days, the recording device, the dirty totals) keeps to the viewer's sites.
#include "AnomalyFlags.h"
#include "AttendanceImport.h"
#include "Csv.h"
#include "DailySummaries.h"
#include "DerivedRepositories.h"
#include "MasterDataRepositories.h"
#include "ReportExport.h"
#include "SqlSupport.h"
#include "SummaryFixture.h"
#include "TestSupport.h"
#include "UuidV7.h"
#include "ViewerQueries.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;
using reports::FigureQuery;
using reports::FigureRow;
using reports::Figures;
using reports::Level;
using reports::Role;
using reports::ViewerQueries;

namespace {

const QDate kFirst(2026, 10, 5); // a Monday: seven weeks of history before the odd days
const QDate kLast(2026, 11, 25);
const QDate kCostSpike(2026, 11, 16); // S1 PICK: same units and hours, three times the cost
const QDate kSlowDay(2026, 11, 18);   // S1 PICK: 40 % of the units, the same cost
const QDate kS2SlowDay(2026, 11, 17); // S2 PICK: 40 % of the units
const QDate kCorrectionDay(2026, 12, 18);

template <typename T>
QString errorOf(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

reports::Viewer viewer(const char *account, Role role, QStringList sites)
{
    return {QString::fromLatin1(account), role, std::move(sites)};
}

// Every field of two Figures, costs included.
bool same(const Figures &a, const Figures &b)
{
    return a.units == b.units && a.paidSeconds == b.paidSeconds && a.directSeconds == b.directSeconds &&
           a.indirectSeconds == b.indirectSeconds && a.baseYen.amount() == b.baseYen.amount() &&
           a.premiumYen.amount() == b.premiumYen.amount() && a.earnedHours == b.earnedHours &&
           a.standardPaidSeconds == b.standardPaidSeconds && a.unitActivities == b.unitActivities &&
           a.costHidden == b.costHidden;
}

// Every field but the costs.
bool sameWithoutCost(const Figures &a, const Figures &b)
{
    return a.units == b.units && a.paidSeconds == b.paidSeconds && a.directSeconds == b.directSeconds &&
           a.indirectSeconds == b.indirectSeconds && a.earnedHours == b.earnedHours &&
           a.standardPaidSeconds == b.standardPaidSeconds && a.unitActivities == b.unitActivities;
}

QString describe(const Figures &f)
{
    return QStringLiteral("units %1 paid %2 base %3 premium %4 hidden %5")
        .arg(f.units)
        .arg(f.paidSeconds)
        .arg(f.baseYen.amount())
        .arg(f.premiumYen.amount())
        .arg(f.costHidden);
}

} // namespace

// No cost visible in a Figures: zero yen, hidden, no unit cost.
#define VERIFY_NO_COST(f)                                                                                    \
    do {                                                                                                     \
        const Figures &fig_ = (f);                                                                           \
        QVERIFY2(fig_.costHidden &&fig_.baseYen.amount() == 0 && fig_.premiumYen.amount() == 0 &&            \
                     fig_.cost().amount() == 0 && !fig_.unitCostYen(),                                       \
                 qPrintable(describe(fig_)));                                                                \
    } while (false)

#define VERIFY_DENIED(result, site)                                                                          \
    do {                                                                                                     \
        const auto &r_ = (result);                                                                           \
        QVERIFY2(!r_.ok(), "expected PermissionDenied, got an answer");                                      \
        QCOMPARE(r_.error().code(), ErrorCode::PermissionDenied);                                            \
        QVERIFY2(r_.error().context().contains(QStringLiteral(site)), qPrintable(r_.error().toString()));    \
    } while (false)

class TestViewerQueries : public QObject, protected test::SummaryFixture {
    Q_OBJECT

    QUuid m_s1Interval; // W001 at S1 on kCorrectionDay 09:00-12:00 Tokyo
    QUuid m_s2Interval; // W003 at S2 on kCorrectionDay 09:00-12:00 UTC

    ViewerQueries leader() { return {store(), viewer("leader1", Role::Leader, {"S1"})}; }
    ViewerQueries manager() { return {store(), viewer("manager1", Role::Manager, {"S1", "S2"})}; }
    ViewerQueries admin() { return {store(), viewer("admin", Role::Admin, {})}; }

    static FigureQuery figureQuery(QStringList sites, Level level, bool perSite = false,
                                   std::optional<reports::NodeRef> node = std::nullopt)
    {
        FigureQuery q;
        q.sites = std::move(sites);
        q.from = kFirst;
        q.to = kLast;
        q.level = level;
        q.perSite = perSite;
        q.node = std::move(node);
        return q;
    }

    static reports::TrendQuery trendQuery(QStringList sites, reports::Granularity granularity)
    {
        reports::TrendQuery q;
        q.sites = std::move(sites);
        q.from = kFirst;
        q.to = kLast;
        q.granularity = granularity;
        return q;
    }

    static reports::ReportRequest reportRequest(const char *site)
    {
        reports::ReportRequest r;
        r.site = QString::fromLatin1(site);
        r.from = kFirst;
        r.to = kLast;
        r.level = Level::Activity;
        return r;
    }

    static reports::AnomalyFlagsOptions anomalyOptions(const QString &site = {})
    {
        reports::AnomalyFlagsOptions o;
        o.siteCode = site;
        o.from = QDate(2026, 11, 1);
        o.to = QDate(2026, 11, 30);
        return o;
    }

    // Every figure query shape the views use, over `sites`.
    static std::vector<FigureQuery> figureQueries(const QStringList &sites)
    {
        std::vector<FigureQuery> out;
        for (Level level : {Level::Site, Level::Block, Level::Section, Level::Activity}) {
            out.push_back(figureQuery(sites, level, false));
            out.push_back(figureQuery(sites, level, true));
        }
        out.push_back(figureQuery(sites, Level::Activity, false, reports::NodeRef{Level::Block, "PIC"}));
        out.push_back(figureQuery(sites, Level::Section, true, reports::NodeRef{Level::Section, "PIC-SGL"}));
        return out;
    }

    qint64 correctionEvents()
    {
        return test::rowCount(store(), QStringLiteral("events"),
                              QStringLiteral("WHERE kind = 'punch.correction'"));
    }

    std::optional<PunchInterval> interval(const QUuid &id)
    {
        auto found = db::PunchIntervalRepository(store()).find(id);
        return found ? *found : std::nullopt;
    }

private slots:
    void init()
    {
        const Status opened = openFixture();
        QVERIFY2(opened.ok(), qPrintable(errorOf(opened)));
        QVERIFY(
            db::SiteRepository(store()).save({"S3", QStringLiteral("第三センター"), "Asia/Tokyo", 300}).ok());
        // Columns: units direct indirect break deducted paid base premium. A steady PICK at S1 and
        // S2 every day, with three odd days; CART, MEET and SORT on some days; S3 one day.
        for (QDate d = kFirst; d <= kLast; d = d.addDays(1)) {
            const qint64 s1Units = d == kSlowDay ? 400 : 1000;
            const qint64 s1Base = d == kCostSpike ? 60000 : 20000;
            summary("S1", d, "PICK", "PT", s1Units, 36000, 0, 0, 0, 36000, s1Base, 500);
            summary("S2", d, "PICK", "PT", d == kS2SlowDay ? 400 : 1000, 36000, 0, 0, 0, 36000, 10000, 0);
            if (d.dayOfWeek() == 1) {
                summary("S1", d, "CART", "FT", 90, 7200, 0, 0, 1800, 5400, 4000, 0);
                summary("S1", d, "MEET", "FT", 0, 0, 1800, 0, 0, 1800, 1000, 0);
                summary("S1", d, "SORT", "FT", 200, 3600, 0, 0, 0, 3600, 2000, 0);
            }
        }
        summary("S3", QDate(2026, 11, 2), "PICK", "PT", 500, 18000, 0, 0, 0, 18000, 9000, 0);
        auto rolled = reports::SummaryBuilder(store()).rebuildRollups();
        QVERIFY2(rolled.ok(), qPrintable(errorOf(rolled)));

        // Two closed intervals to correct, added by the admin (a correction of its own).
        auto add = [&](const char *worker, const char *site, qint64 startMs) -> QUuid {
            CorrectionPayload c;
            c.action = CorrectionPayload::Action::Add;
            c.workerCode = QString::fromLatin1(worker);
            c.siteCode = QString::fromLatin1(site);
            c.activityCode = QStringLiteral("PICK");
            c.startMs = startMs;
            c.endMs = startMs + 3 * 3600 * 1000;
            c.reason = QStringLiteral("forgot to punch in");
            auto stored = admin().correct(c, *m_clock, QStringLiteral("K1"));
            if (!stored) {
                qWarning("%s", qPrintable(errorOf(stored)));
                return {};
            }
            if (stored->payload.value(QStringLiteral("by")).toString() != QLatin1String("admin"))
                return {};
            return stored->id;
        };
        m_s1Interval = add("W001", "S1", test::tokyoMs(kCorrectionDay, 9, 0));
        m_s2Interval =
            add("W003", "S2", QDateTime(kCorrectionDay, QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QVERIFY(!m_s1Interval.isNull());
        QVERIFY(!m_s2Interval.isNull());
        QVERIFY(interval(m_s1Interval).has_value());
    }

    void cleanup() { closeFixture(); }

    void sitesPerRole()
    {
        auto codes = [](const ViewerQueries &q) {
            QStringList out;
            auto sites = q.sites();
            if (sites)
                for (const Site &s : *sites)
                    out << s.code;
            return out;
        };
        QCOMPARE(codes(leader()), QStringList({"S1"}));
        QCOMPARE(codes(manager()), QStringList({"S1", "S2"}));
        QCOMPARE(codes(admin()), QStringList({"S1", "S2", "S3"}));
        // A site in the account that the store does not have is not listed.
        QCOMPARE(codes(ViewerQueries(store(), viewer("x", Role::Leader, {"S9", "S2"}))), QStringList({"S2"}));
    }

    // A leader through every method: units and hours as the plain queries give them, no cost anywhere.
    void leaderSeesNoCost()
    {
        const ViewerQueries q = leader();
        for (const FigureQuery &query : figureQueries({"S1"})) {
            auto rows = q.figuresByLevel(query);
            QVERIFY2(rows.ok(), qPrintable(errorOf(rows)));
            auto plain = reports::figuresByLevel(store(), query);
            QVERIFY(plain.ok());
            QCOMPARE(rows->size(), plain->size());
            QVERIFY(!rows->empty());
            for (size_t i = 0; i < rows->size(); ++i) {
                VERIFY_NO_COST((*rows)[i].figures);
                QCOMPARE((*rows)[i].code, (*plain)[i].code);
                QVERIFY(sameWithoutCost((*rows)[i].figures, (*plain)[i].figures));
                // The plain query has the cost: something was hidden.
                QVERIFY((*plain)[i].figures.cost().amount() > 0);
            }
        }
        // Empty site list: the leader's sites.
        auto own = q.figuresByLevel(figureQuery({}, Level::Block, true));
        QVERIFY2(own.ok(), qPrintable(errorOf(own)));
        QVERIFY(!own->empty());
        for (const FigureRow &row : *own) {
            QCOMPARE(row.site, QStringLiteral("S1"));
            VERIFY_NO_COST(row.figures);
        }

        for (auto granularity : {reports::Granularity::Day, reports::Granularity::Month}) {
            for (const QStringList &sites : {QStringList{"S1"}, QStringList{}}) {
                auto query = trendQuery(sites, granularity);
                query.node = reports::NodeRef{Level::Activity, "PICK"};
                for (int withNode = 0; withNode < 2; ++withNode) {
                    if (!withNode)
                        query.node.reset();
                    auto series = q.trend(query);
                    QVERIFY2(series.ok(), qPrintable(errorOf(series)));
                    QCOMPARE(series->size(), size_t(1));
                    QCOMPARE(series->front().site, QStringLiteral("S1"));
                    QVERIFY(!series->front().points.empty());
                    for (const reports::TrendPoint &p : series->front().points)
                        VERIFY_NO_COST(p.figures);
                }
            }
        }

        // Anomalies: the slow day is there (productivity), no unit-cost flag, no yen.
        for (const QString &site : {QString(), QStringLiteral("S1")}) {
            auto flags = q.anomalies(anomalyOptions(site));
            QVERIFY2(flags.ok(), qPrintable(errorOf(flags)));
            bool slowDay = false;
            for (const reports::AnomalyFlagEntry &f : *flags) {
                QVERIFY2(f.metric != AnomalyMetric::UnitCost, qPrintable(f.day.toString(Qt::ISODate)));
                QCOMPARE(f.costYen, qint64(0));
                QCOMPARE(f.siteCode, QStringLiteral("S1"));
                slowDay = slowDay || (f.day == kSlowDay && f.metric == AnomalyMetric::Productivity);
            }
            QVERIFY(slowDay);
        }

        // The report: every line and trend point hidden; CSV and PDF cost cells empty.
        auto report = q.buildReport(reportRequest("S1"));
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QVERIFY(!report->empty());
        QVERIFY(!report->trend.empty());
        for (const reports::ReportLine &line : report->lines)
            VERIFY_NO_COST(line.row.figures);
        for (const reports::TrendPoint &p : report->trend)
            VERIFY_NO_COST(p.figures);
        const auto records = reports::reportCsvRecords(*report);
        const int costColumn = static_cast<int>(records.front().indexOf(
            QCoreApplication::translate("wh::reports::ReportExport", "Labor cost (yen)")));
        const int unitCostColumn = static_cast<int>(records.front().indexOf(
            QCoreApplication::translate("wh::reports::ReportExport", "Unit cost (yen/unit)")));
        QVERIFY(costColumn > 0 && unitCostColumn > 0);
        for (size_t i = 1; i < records.size(); ++i) {
            QCOMPARE(records[i].value(costColumn), QString());
            QCOMPARE(records[i].value(unitCostColumn), QString());
        }
        auto csv = readCsv(reports::reportCsv(*report, true));
        QVERIFY(csv.ok());
        QCOMPARE(csv->records.size(), records.size());
        const reports::ReportDocument doc = reports::reportDocument(*report);
        const int docCost = static_cast<int>(doc.table.headers.indexOf(
            QCoreApplication::translate("wh::reports::ReportExport", "Cost (yen)")));
        const int docUnitCost = static_cast<int>(
            doc.table.headers.indexOf(QCoreApplication::translate("wh::reports::ReportExport", "Yen/unit")));
        QVERIFY(docCost > 0 && docUnitCost > 0);
        for (const QStringList &row : doc.table.rows) {
            QCOMPARE(row.value(docCost), QString());
            QCOMPARE(row.value(docUnitCost), QString());
        }
        QVERIFY(doc.rightAxis.empty()); // no unit cost line in the chart
        QCOMPARE(doc.leftAxis.size(), size_t(1));

        // The methods without costs work for the leader's site.
        reports::PersonQuery person;
        person.worker = QStringLiteral("W001");
        person.from = kFirst;
        person.to = kLast;
        QVERIFY2(q.personPage(person).ok(), qPrintable(errorOf(q.personPage(person))));
        reports::CellQuery cell;
        cell.from = kCorrectionDay;
        cell.to = kCorrectionDay;
        auto behind = q.behindCell(cell); // no sites: the leader's
        QVERIFY2(behind.ok(), qPrintable(errorOf(behind)));
        QCOMPARE(behind->intervalCount, qint64(1));
        QCOMPARE(behind->intervals.front().site, QStringLiteral("S1"));
        auto overview = q.periodOverview(QStringLiteral("S1"), kCorrectionDay, kCorrectionDay);
        QVERIFY2(overview.ok(), qPrintable(errorOf(overview)));
        QCOMPARE(overview->workSeconds, qint64(3 * 3600));
        QVERIFY(q.liveFloor(QStringLiteral("S1"), m_clock->nowMs()).ok());
        auto trail = q.auditTrail(m_s1Interval);
        QVERIFY2(trail.ok(), qPrintable(errorOf(trail)));
    }

    // A leader of S1 asking for S2 (or S3, or an unknown site) through every method is refused,
    // naming the site; a list holding one such site is refused whole.
    void leaderRefusedOtherSites()
    {
        const ViewerQueries q = leader();
        for (const QStringList &sites :
             {QStringList{"S2"}, QStringList{"S1", "S2"}, QStringList{"S2", "S1"}}) {
            for (const FigureQuery &query : figureQueries(sites))
                VERIFY_DENIED(q.figuresByLevel(query), "S2");
            VERIFY_DENIED(q.trend(trendQuery(sites, reports::Granularity::Day)), "S2");
            reports::PersonQuery person;
            person.worker = QStringLiteral("W003");
            person.from = kFirst;
            person.to = kLast;
            person.sites = sites;
            VERIFY_DENIED(q.personPage(person), "S2");
            reports::CellQuery cell;
            cell.sites = sites;
            cell.from = kCorrectionDay;
            cell.to = kCorrectionDay;
            VERIFY_DENIED(q.behindCell(cell), "S2");
        }
        VERIFY_DENIED(q.periodOverview(QStringLiteral("S2"), kFirst, kLast), "S2");
        VERIFY_DENIED(q.liveFloor(QStringLiteral("S2"), m_clock->nowMs()), "S2");
        VERIFY_DENIED(q.anomalies(anomalyOptions(QStringLiteral("S2"))), "S2");
        VERIFY_DENIED(q.buildReport(reportRequest("S2")), "S2");
        VERIFY_DENIED(q.buildReport(reportRequest("S3")), "S3");
        VERIFY_DENIED(q.auditTrail(m_s2Interval), "S2");
        VERIFY_DENIED(q.figuresByLevel(figureQuery({"S9"}, Level::Block)), "S9");
        // An account without sites has no "every site of mine".
        const ViewerQueries none(store(), viewer("nobody", Role::Leader, {}));
        auto rows = none.figuresByLevel(figureQuery({}, Level::Block));
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(!none.anomalies(anomalyOptions()).ok());
    }

    // A manager of S1 and S2: exactly the plain queries' figures, costs included; S3 refused.
    void managerCostsEqualPlain()
    {
        const ViewerQueries q = manager();
        for (const QStringList &sites : {QStringList{"S1"}, QStringList{"S2"}, QStringList{"S1", "S2"}}) {
            for (const FigureQuery &query : figureQueries(sites)) {
                auto rows = q.figuresByLevel(query);
                QVERIFY2(rows.ok(), qPrintable(errorOf(rows)));
                auto plain = reports::figuresByLevel(store(), query);
                QVERIFY(plain.ok());
                QCOMPARE(rows->size(), plain->size());
                for (size_t i = 0; i < rows->size(); ++i) {
                    QVERIFY2(
                        same((*rows)[i].figures, (*plain)[i].figures),
                        qPrintable(describe((*rows)[i].figures) + " / " + describe((*plain)[i].figures)));
                    QVERIFY((*rows)[i].figures.unitCostYen() || (*rows)[i].figures.units == 0);
                }
            }
            auto series = q.trend(trendQuery(sites, reports::Granularity::Day));
            auto plainSeries = reports::trend(store(), trendQuery(sites, reports::Granularity::Day));
            QVERIFY(series.ok() && plainSeries.ok());
            QCOMPARE(series->size(), plainSeries->size());
            for (size_t s = 0; s < series->size(); ++s) {
                QCOMPARE((*series)[s].points.size(), (*plainSeries)[s].points.size());
                for (size_t i = 0; i < (*series)[s].points.size(); ++i)
                    QVERIFY(same((*series)[s].points[i].figures, (*plainSeries)[s].points[i].figures));
            }
        }
        // Empty list: S1 and S2, not S3.
        auto own = q.figuresByLevel(figureQuery({}, Level::Site, true));
        QVERIFY(own.ok());
        QCOMPARE(own->size(), size_t(2));
        QCOMPARE(own->at(0).site, QStringLiteral("S1"));
        QCOMPARE(own->at(1).site, QStringLiteral("S2"));

        // Anomalies: the plain check's flags of S1 and S2, unit cost included, in the same order.
        auto flags = q.anomalies(anomalyOptions());
        auto plainFlags = reports::AnomalyFlags(store()).find(anomalyOptions());
        QVERIFY2(flags.ok(), qPrintable(errorOf(flags)));
        QVERIFY(plainFlags.ok());
        std::vector<reports::AnomalyFlagEntry> expected;
        for (const auto &f : *plainFlags)
            if (f.siteCode != QLatin1String("S3"))
                expected.push_back(f);
        QCOMPARE(flags->size(), expected.size());
        bool spike = false, s2 = false;
        for (size_t i = 0; i < flags->size(); ++i) {
            const auto &a = (*flags)[i];
            const auto &b = expected[i];
            QCOMPARE(a.siteCode, b.siteCode);
            QCOMPARE(a.activityCode, b.activityCode);
            QCOMPARE(a.day, b.day);
            QCOMPARE(a.metric, b.metric);
            QCOMPARE(a.costYen, b.costYen);
            spike =
                spike || (a.day == kCostSpike && a.metric == AnomalyMetric::UnitCost && a.costYen == 60500);
            s2 = s2 || (a.siteCode == QLatin1String("S2") && a.day == kS2SlowDay);
        }
        QVERIFY(spike);
        QVERIFY(s2);

        // The report: the same bytes as the plain one.
        for (const char *site : {"S1", "S2"}) {
            auto report = q.buildReport(reportRequest(site));
            auto plainReport = reports::buildReport(store(), reportRequest(site));
            QVERIFY(report.ok() && plainReport.ok());
            QCOMPARE(reports::reportCsv(*report, false), reports::reportCsv(*plainReport, false));
            QCOMPARE(reports::reportDocument(*report).rightAxis.size(), size_t(1));
        }

        VERIFY_DENIED(q.figuresByLevel(figureQuery({"S1", "S3"}, Level::Block)), "S3");
        VERIFY_DENIED(q.trend(trendQuery({"S3"}, reports::Granularity::Month)), "S3");
        VERIFY_DENIED(q.buildReport(reportRequest("S3")), "S3");
        VERIFY_DENIED(q.anomalies(anomalyOptions(QStringLiteral("S3"))), "S3");
        VERIFY_DENIED(q.periodOverview(QStringLiteral("S3"), kFirst, kLast), "S3");
        VERIFY_DENIED(q.liveFloor(QStringLiteral("S3"), m_clock->nowMs()), "S3");
    }

    void adminSeesAll()
    {
        const ViewerQueries q = admin();
        auto all = q.figuresByLevel(figureQuery({}, Level::Site, true));
        QVERIFY2(all.ok(), qPrintable(errorOf(all)));
        QCOMPARE(all->size(), size_t(3));
        QCOMPARE(all->back().site, QStringLiteral("S3"));
        auto plain = reports::figuresByLevel(store(), figureQuery({"S1", "S2", "S3"}, Level::Site, true));
        QVERIFY(plain.ok());
        for (size_t i = 0; i < all->size(); ++i)
            QVERIFY(same((*all)[i].figures, (*plain)[i].figures));
        auto report = q.buildReport(reportRequest("S3"));
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QCOMPARE(report->lines.back().row.figures.cost().amount(), qint64(9000));
        auto flags = q.anomalies(anomalyOptions());
        auto plainFlags = reports::AnomalyFlags(store()).find(anomalyOptions());
        QVERIFY(flags.ok() && plainFlags.ok());
        QCOMPARE(flags->size(), plainFlags->size());
        QVERIFY(q.auditTrail(m_s2Interval).ok());
        // An unknown site is the plain query's NotFound for the admin (nothing to hide).
        auto unknown = q.figuresByLevel(figureQuery({"S9"}, Level::Block));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);
    }

    // Corrections in the leader's name at the leader's site; elsewhere refused, nothing written.
    void correctionsAtOwnSitesOnly()
    {
        const ViewerQueries q = leader();
        const qint64 before = correctionEvents();
        const QByteArray digest = test::contentDigest(store());

        CorrectionPayload change;
        change.action = CorrectionPayload::Action::Change;
        change.interval = m_s2Interval;
        change.activityCode = QStringLiteral("CART");
        change.reason = QStringLiteral("wrong activity");
        VERIFY_DENIED(q.correct(change, *m_clock, QStringLiteral("K1")), "S2");
        CorrectionPayload remove = change;
        remove.action = CorrectionPayload::Action::Remove;
        VERIFY_DENIED(q.correct(remove, *m_clock, QStringLiteral("K1")), "S2");
        CorrectionPayload add;
        add.action = CorrectionPayload::Action::Add;
        add.workerCode = QStringLiteral("W003");
        add.siteCode = QStringLiteral("S2");
        add.activityCode = QStringLiteral("PICK");
        add.startMs = test::tokyoMs(QDate(2026, 12, 17), 9, 0);
        add.endMs = *add.startMs + 3600 * 1000;
        add.reason = QStringLiteral("forgot to punch");
        VERIFY_DENIED(q.correct(add, *m_clock, QStringLiteral("K1")), "S2");
        // Claiming another author or the attendance source changes nothing of the refusal.
        change.by = QStringLiteral("manager1");
        VERIFY_DENIED(q.correct(change, *m_clock, QStringLiteral("K1")), "S2");
        QCOMPARE(correctionEvents(), before);
        QCOMPARE(test::contentDigest(store()), digest);
        QCOMPARE(interval(m_s2Interval)->activityCode, QStringLiteral("PICK"));

        // At S1: recorded in the leader's name (whatever the payload said), source manual.
        CorrectionPayload own;
        own.action = CorrectionPayload::Action::Change;
        own.interval = m_s1Interval;
        own.activityCode = QStringLiteral("CART");
        own.reason = QStringLiteral("wrong activity");
        own.by = QStringLiteral("someone else");
        own.source = CorrectionPayload::Source::Attendance;
        auto stored = q.correct(own, *m_clock, QStringLiteral("K1"));
        QVERIFY2(stored.ok(), qPrintable(errorOf(stored)));
        auto payload = CorrectionPayload::fromJson(stored->payload);
        QVERIFY(payload.ok());
        QCOMPARE(payload->by, QStringLiteral("leader1"));
        QCOMPARE(payload->source, CorrectionPayload::Source::Manual);
        QCOMPARE(payload->siteCode, QStringLiteral("S1"));
        QCOMPARE(interval(m_s1Interval)->activityCode, QStringLiteral("CART"));
        QCOMPARE(correctionEvents(), before + 1);
        // The leader may add at S1 too.
        add.workerCode = QStringLiteral("W002");
        add.siteCode = QStringLiteral("S1");
        QVERIFY2(q.correct(add, *m_clock, QStringLiteral("K1")).ok(),
                 qPrintable(errorOf(q.correct(add, *m_clock, QStringLiteral("K1")))));

        // A viewer without an account name may not correct.
        const ViewerQueries anonymous(store(), viewer("", Role::Admin, {}));
        auto refused = anonymous.correct(own, *m_clock, QStringLiteral("K1"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    }

    // The audit trail: the interval's corrections, oldest first, also after it was removed.
    void auditTrail()
    {
        const ViewerQueries q = leader();
        CorrectionPayload change;
        change.action = CorrectionPayload::Action::Change;
        change.interval = m_s1Interval;
        change.endMs = test::tokyoMs(kCorrectionDay, 11, 30);
        change.reason = QStringLiteral("left early");
        m_clock->advance(60 * 1000);
        QVERIFY(q.correct(change, *m_clock, QStringLiteral("K1")).ok());
        auto trail = q.auditTrail(m_s1Interval);
        QVERIFY2(trail.ok(), qPrintable(errorOf(trail)));
        QCOMPARE(trail->size(), size_t(2));
        QCOMPARE(trail->at(0).id, m_s1Interval); // the add that created it
        auto second = CorrectionPayload::fromJson(trail->at(1).payload);
        QVERIFY(second.ok());
        QCOMPARE(second->reason, QStringLiteral("left early"));
        QCOMPARE(second->by, QStringLiteral("leader1"));

        // By rowid while it exists.
        QSqlQuery rowid(store().connection());
        QVERIFY(rowid.exec(QStringLiteral("SELECT rowid FROM punch_intervals WHERE start_event_id = '%1'")
                               .arg(uuidText(m_s1Interval))));
        QVERIFY(rowid.next());
        auto byRow = q.auditTrail(rowid.value(0).toLongLong());
        QVERIFY2(byRow.ok(), qPrintable(errorOf(byRow)));
        QCOMPARE(byRow->size(), size_t(2));

        CorrectionPayload remove;
        remove.action = CorrectionPayload::Action::Remove;
        remove.interval = m_s1Interval;
        remove.reason = QStringLiteral("not there that day");
        m_clock->advance(60 * 1000);
        QVERIFY(q.correct(remove, *m_clock, QStringLiteral("K1")).ok());
        QVERIFY(!interval(m_s1Interval).has_value());
        trail = q.auditTrail(m_s1Interval);
        QVERIFY2(trail.ok(), qPrintable(errorOf(trail)));
        QCOMPARE(trail->size(), size_t(3));
        QCOMPARE(trail->back().payload.value(QStringLiteral("action")).toString(), QStringLiteral("remove"));
        // The other site's removed interval stays refused too.
        CorrectionPayload removeS2;
        removeS2.action = CorrectionPayload::Action::Remove;
        removeS2.interval = m_s2Interval;
        removeS2.reason = QStringLiteral("wrong");
        QVERIFY(admin().correct(removeS2, *m_clock, QStringLiteral("K2")).ok());
        VERIFY_DENIED(q.auditTrail(m_s2Interval), "S2");

        auto unknown = q.auditTrail(QUuid::createUuid());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);
        QCOMPARE(q.auditTrail(qint64(987654)).error().code(), ErrorCode::NotFound);
    }

    // Corrections of one interval in the same clock millisecond (the clock does not move) come
    // back in the order they were recorded, not by their ids (random across writers), and the last
    // one is the one in force. Six of them, so an order by chance passes once in 720 runs.
    void auditTrailSameMillisecond()
    {
        const ViewerQueries q = leader();
        m_clock->advance(60 * 1000);
        const qint64 at = m_clock->nowMs();
        const int n = 6;
        for (int i = 1; i <= n; ++i) {
            CorrectionPayload change;
            change.action = CorrectionPayload::Action::Change;
            change.interval = m_s1Interval;
            change.endMs = test::tokyoMs(kCorrectionDay, 11, i);
            change.reason = QStringLiteral("change %1").arg(i);
            auto stored = q.correct(change, *m_clock, QStringLiteral("K1"));
            QVERIFY2(stored.ok(), qPrintable(errorOf(stored)));
            QCOMPARE(stored->occurredAtMs, at);
        }
        QCOMPARE(m_clock->nowMs(), at);
        auto trail = q.auditTrail(m_s1Interval);
        QVERIFY2(trail.ok(), qPrintable(errorOf(trail)));
        QCOMPARE(trail->size(), size_t(n + 1));
        QCOMPARE(trail->at(0).id, m_s1Interval); // the add that created it
        for (int i = 1; i <= n; ++i) {
            auto c = CorrectionPayload::fromJson(trail->at(size_t(i)).payload);
            QVERIFY(c.ok());
            QCOMPARE(c->reason, QStringLiteral("change %1").arg(i));
        }
        // The same by the interval's rowid; the last change is the one in force.
        QSqlQuery rowid(store().connection());
        QVERIFY(rowid.exec(QStringLiteral("SELECT rowid FROM punch_intervals WHERE start_event_id = '%1'")
                               .arg(uuidText(m_s1Interval))));
        QVERIFY(rowid.next());
        auto byRow = q.auditTrail(rowid.value(0).toLongLong());
        QVERIFY2(byRow.ok(), qPrintable(errorOf(byRow)));
        QCOMPARE(byRow->size(), trail->size());
        for (size_t i = 0; i < trail->size(); ++i)
            QCOMPARE(byRow->at(i).id, trail->at(i).id);
        const auto now = interval(m_s1Interval);
        QVERIFY(now.has_value());
        QCOMPARE(now->endMs.value_or(-1), test::tokyoMs(kCorrectionDay, 11, n));
    }

    // A leader's attendance import applies the rows of its site and refuses the others' rows.
    void attendanceImportAtOwnSitesOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("attendance.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // W001 (S1, Tokyo) came at 08:30; W003 (S2, UTC) left at 12:30.
        file.write("worker,date,clock in,clock out\r\n"
                   "W001,2026-12-18,08:30,12:00\r\n"
                   "W003,2026-12-18,09:00,12:30\r\n");
        file.close();

        const ViewerQueries q = leader();
        const qint64 before = correctionEvents();
        m_clock->advance(60 * 1000); // the import's corrections come after the admin's adds
        auto report = q.importAttendance(path, *m_clock, QStringLiteral("K1"));
        QVERIFY2(report.ok(), qPrintable(errorOf(report)));
        QCOMPARE(report->workerDaysApplied, 1);
        QCOMPARE(report->correctionsRecorded, 1);
        QCOMPARE(report->errors.size(), size_t(1));
        QCOMPARE(report->errors.front().line, 3);
        QVERIFY2(report->errors.front().message.contains(QLatin1String("S2")),
                 qPrintable(report->errors.front().message));
        QVERIFY(report->errors.front().raw.contains(QLatin1String("W003")));
        QCOMPARE(correctionEvents(), before + 1);
        QCOMPARE(interval(m_s1Interval)->startMs, test::tokyoMs(kCorrectionDay, 8, 30));
        const auto s2 = interval(m_s2Interval);
        QCOMPARE(*s2->endMs, s2->startMs + 3 * 3600 * 1000); // unchanged
        QSqlQuery by(store().connection());
        QVERIFY(by.exec(
            QStringLiteral("SELECT corrected_by, source FROM punch_corrections ORDER BY corrected_at_ms "
                           "DESC, event_id DESC LIMIT 1")));
        QVERIFY(by.next());
        QCOMPARE(by.value(0).toString(), QStringLiteral("leader1"));
        QCOMPARE(by.value(1).toString(), QStringLiteral("attendance"));

        // The manager of both sites applies the remaining row.
        auto second = manager().importAttendance(path, *m_clock, QStringLiteral("K1"));
        QVERIFY2(second.ok(), qPrintable(errorOf(second)));
        QCOMPARE(second->workerDaysApplied, 1);
        QCOMPARE(second->workerDaysUnchanged, 1);
        QVERIFY(second->errors.empty());
        QCOMPARE(*interval(m_s2Interval)->endMs,
                 QDateTime(kCorrectionDay, QTime(12, 30), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    // The workers of the viewer's sites only (an admin: every worker), by code, without wages.
    void workersOfOwnSites()
    {
        Worker w4;
        w4.code = QStringLiteral("W004");
        w4.name = QStringLiteral("三番 次郎");
        w4.homeSiteCode = QStringLiteral("S3");
        QVERIFY(db::WorkerRepository(store()).save(w4).ok());
        auto codes = [](const ViewerQueries &q) {
            QStringList out;
            auto workers = q.workers();
            if (!workers)
                return QStringList{errorOf(workers)};
            for (const auto &w : *workers)
                out << w.code;
            return out;
        };
        QCOMPARE(codes(leader()), QStringList({"W001", "W002"}));
        QCOMPARE(codes(manager()), QStringList({"W001", "W002", "W003"}));
        QCOMPARE(codes(admin()), QStringList({"W001", "W002", "W003", "W004"}));
        QCOMPARE(codes(ViewerQueries(store(), viewer("x", Role::Leader, {"S2"}))), QStringList({"W003"}));
        QCOMPARE(codes(ViewerQueries(store(), viewer("nobody", Role::Leader, {}))), QStringList());
        auto workers = leader().workers();
        QVERIFY2(workers.ok(), qPrintable(errorOf(workers)));
        QCOMPARE(workers->front().name, QStringLiteral("山田 太郎"));
        QCOMPARE(workers->front().badgeId, QStringLiteral("B001"));
        QCOMPARE(workers->front().homeSite, QStringLiteral("S1"));
        QVERIFY(workers->front().active);
        auto none = admin().workers();
        QVERIFY(none.ok());
        QCOMPARE(none->back().badgeId, QString()); // W004 has no badge
    }

    // The activity tree is everyone's; what a site offers is asked of the viewer's sites only.
    void activitiesAtOwnSitesOnly()
    {
        auto tree = leader().activityTree();
        QVERIFY2(tree.ok(), qPrintable(errorOf(tree)));
        db::ActivityRepository repository(store());
        QCOMPARE(tree->blocks.size(), repository.blocks()->size());
        QCOMPARE(tree->sections.size(), repository.sections()->size());
        QCOMPARE(tree->activities.size(), repository.activities()->size());
        QVERIFY(tree->blocks.size() >= 2 && tree->activities.size() >= 4);

        QVERIFY(repository.setSiteActivities(QStringLiteral("S2"), {"PICK", "LUNCH"}).ok());
        auto s1 = leader().offeredAt(QStringLiteral("S1"));
        QVERIFY2(s1.ok(), qPrintable(errorOf(s1)));
        QCOMPARE(s1->size(), repository.offeredAt(QStringLiteral("S1"))->size());
        QVERIFY(s1->size() >= 4); // S1 has no list: every active activity
        VERIFY_DENIED(leader().offeredAt(QStringLiteral("S2")), "S2");
        VERIFY_DENIED(leader().offeredAt(QStringLiteral("S9")), "S9");
        VERIFY_DENIED(manager().offeredAt(QStringLiteral("S3")), "S3");
        auto s2 = manager().offeredAt(QStringLiteral("S2"));
        QVERIFY2(s2.ok(), qPrintable(errorOf(s2)));
        QStringList codes;
        for (const Activity &a : *s2)
            codes << a.code;
        QCOMPARE(codes, QStringList({"PICK", "LUNCH"}));
    }

    // The first and last business day with figures at the viewer's sites.
    void businessDaysOfOwnSites()
    {
        summary("S3", QDate(2026, 9, 1), "PICK", "PT", 100, 3600, 0, 0, 0, 3600, 1000, 0);
        summary("S2", QDate(2026, 12, 1), "PICK", "PT", 100, 3600, 0, 0, 0, 3600, 1000, 0);
        QVERIFY(reports::SummaryBuilder(store()).rebuildRollups().ok());
        auto span = [](const ViewerQueries &q) {
            auto s = q.businessDaySpan();
            return s ? QStringLiteral("%1 %2").arg(s->first.toString(Qt::ISODate),
                                                   s->last.toString(Qt::ISODate))
                     : errorOf(s);
        };
        QCOMPARE(span(leader()), QStringLiteral("2026-10-05 2026-11-25"));
        QCOMPARE(span(manager()), QStringLiteral("2026-10-05 2026-12-01"));
        QCOMPARE(span(admin()), QStringLiteral("2026-09-01 2026-12-01"));
        QCOMPARE(span(ViewerQueries(store(), viewer("x", Role::Manager, {"S3"}))),
                 QStringLiteral("2026-09-01 2026-11-02"));
        auto none = ViewerQueries(store(), viewer("nobody", Role::Leader, {})).businessDaySpan();
        QVERIFY2(none.ok(), qPrintable(errorOf(none)));
        QVERIFY(!none->first.isValid() && !none->last.isValid());
    }

    // The device a correction is recorded on: the preferred one, else the site's manager device,
    // else any manager device; a site the viewer may not see is refused, preferred device or not.
    void recordingDeviceAtOwnSitesOnly()
    {
        auto missing = leader().recordingDevice(QStringLiteral("S1"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QCOMPARE(*leader().recordingDevice(QStringLiteral("S1"), QStringLiteral("K1")), QStringLiteral("K1"));

        db::DeviceRepository devices(store());
        QVERIFY(devices.save({"M2", DeviceKind::Manager, "S2", QStringLiteral("Office 2")}).ok());
        QCOMPARE(*leader().recordingDevice(QStringLiteral("S1")), QStringLiteral("M2")); // the only one
        QVERIFY(devices.save({"M1", DeviceKind::Manager, "S1", QStringLiteral("Office 1")}).ok());
        QCOMPARE(*leader().recordingDevice(QStringLiteral("S1")), QStringLiteral("M1"));
        QCOMPARE(*manager().recordingDevice(QStringLiteral("S2")), QStringLiteral("M2"));
        QVERIFY(manager().recordingDevice(QString()).ok()); // no site: a manager device of any site

        VERIFY_DENIED(leader().recordingDevice(QStringLiteral("S2")), "S2");
        VERIFY_DENIED(leader().recordingDevice(QStringLiteral("S2"), QStringLiteral("M1")), "S2");
        VERIFY_DENIED(manager().recordingDevice(QStringLiteral("S3")), "S3");
    }

    // The days the corrections marked are totalled again with progress; a cancel leaves them
    // marked; an anonymous viewer may not total.
    void totalDirtyDays()
    {
        const qint64 marked = test::rowCount(store(), QStringLiteral("summary_dirty"));
        QVERIFY(marked > 0); // the two intervals init() added

        const ViewerQueries anonymous(store(), viewer("", Role::Admin, {}));
        auto refused = anonymous.totalDirty();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);

        int calls = 0;
        auto cancelled = leader().totalDirty([&](qint64, qint64) {
            ++calls;
            return false;
        });
        QVERIFY(!cancelled.ok());
        QCOMPARE(calls, 1);
        QCOMPARE(test::rowCount(store(), QStringLiteral("summary_dirty")), marked);

        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        auto totalled = leader().totalDirty([&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(totalled.ok(), qPrintable(errorOf(totalled)));
        QCOMPARE(totalled->days, qint64(1)); // both intervals are on kCorrectionDay
        QCOMPARE(lastDone, qint64(1));
        QCOMPARE(lastTotal, qint64(1));
        QCOMPARE(test::rowCount(store(), QStringLiteral("summary_dirty")), qint64(0));
        auto span = leader().businessDaySpan();
        QVERIFY(span.ok());
        QCOMPARE(span->last, kCorrectionDay);
        auto again = manager().totalDirty();
        QVERIFY(again.ok());
        QCOMPARE(again->days, qint64(0));
    }

    void storePathOnly()
    {
        QCOMPARE(leader().storePath(), store().path());
        QVERIFY(!leader().storePath().isEmpty());
    }
};

QTEST_MAIN(TestViewerQueries)
#include "tst_viewerqueries.moc"
