// The demo warehouse generator: deterministic, about the asked punches per business day, no
// overlapping intervals, every worker-day closed except the injected forgotten clock-out, and the
// other injected faults findable in the data.
#include "DemoWarehouse.h"
#include "DeviceSettings.h"
#include "MasterDataRepositories.h"
#include "SqlSupport.h"
#include "StoreOverview.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <map>
#include <set>

using namespace wh;
using namespace wh::db;
using namespace wh::demo;

namespace {
// The demo's data must not depend on when the tests run: a fixed period well before the mock "now".
const QDate kStart(2026, 10, 5); // a Monday
const QStringList kWallClockTables = {QStringLiteral("schema_version"), QStringLiteral("schema_migrations")};

const InjectedFault *faultOf(const DemoReport &report, const char *kind)
{
    for (const auto &f : report.faults)
        if (f.kind == QLatin1String(kind))
            return &f;
    return nullptr;
}

QString text(const Error &e)
{
    return e.toString();
}
} // namespace

class TestDemoWarehouse : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The full-size demo (600 workers, 10,000 punches a day) over three business days, shared
        // by the checks below.
        m_clock = std::make_unique<test::MockClock>();
        m_full = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_full->ok(), qPrintable(m_full->errorText()));
        m_options.days = 3;
        m_options.seed = 7;
        m_options.start = kStart;
        m_options.progress = [this](int done, int total) { m_progress.emplace_back(done, total); };
        QElapsedTimer timer;
        timer.start();
        auto report = generateDemo(m_full->store(), m_options, *m_clock);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : text(report.error())));
        m_report = *report;
        qInfo("full demo: %d days, %lld punches, %lld ms", m_options.days, m_report.punchEvents,
              static_cast<long long>(timer.elapsed()));
    }
    void cleanupTestCase()
    {
        m_full.reset();
        m_clock.reset();
    }

    void reportAndProgress()
    {
        QCOMPARE(m_report.firstDay, kStart);
        QCOMPARE(m_report.lastDay, kStart.addDays(m_options.days - 1));
        QCOMPARE(m_progress.size(), size_t(m_options.days));
        for (int i = 0; i < m_options.days; ++i)
            QCOMPARE(m_progress[size_t(i)], std::make_pair(i + 1, m_options.days));
        QCOMPARE(m_report.faults.size(), size_t(3));

        auto counts = reports::countStore(m_full->store());
        QVERIFY(counts.ok());
        QCOMPARE(counts->sites, qint64(2));
        QCOMPARE(counts->workers, qint64(600));
        QCOMPARE(counts->employmentTypes, qint64(4));
        QVERIFY2(counts->activities >= 90 && counts->activities <= 110,
                 qPrintable(QString::number(counts->activities)));
        QCOMPARE(counts->punches, m_report.punchEvents);
        QCOMPARE(counts->unitsEvents, m_report.unitsEvents);
        QCOMPARE(counts->punchIntervals, m_report.projection.intervals);
        QCOMPARE(counts->businessDays, qint64(m_options.days));
        QCOMPARE(counts->firstBusinessDay, m_report.firstDay);
        QCOMPARE(counts->lastBusinessDay, m_report.lastDay);
        QCOMPARE(m_report.projection.rejectedEvents, qint64(0));
        QCOMPARE(m_report.projection.strayPunches, qint64(0));
        // Every event has its outbox row.
        QCOMPARE(test::rowCount(m_full->store(), QStringLiteral("outbox")), counts->events);
    }

    // The handhelds come set up as an admin would hand them out: the demo brand's key and the
    // simulator as the tape; a value already set is left alone.
    void handheldsSetUp()
    {
        db::Store &store = m_full->store();
        auto devices = db::DeviceRepository(store).all();
        QVERIFY(devices.ok());
        QString first;
        for (const Device &d : *devices)
            if (d.kind == DeviceKind::Handheld && first.isEmpty())
                first = d.id;
        QVERIFY(!first.isEmpty());
        auto settings = db::DeviceSettings::open(store, first);
        QVERIFY(settings.ok());
        QVERIFY(settings->set(db::DeviceSettings::kTape, QStringLiteral("serial:es-tape:/dev/ttyUSB0"), 1).ok());
        QVERIFY(setUpDemoHandhelds(store, 1000).ok());
        QVERIFY(setUpDemoHandhelds(store, 2000).ok()); // again: changes nothing
        QCOMPARE(**settings->value(db::DeviceSettings::kTape), QStringLiteral("serial:es-tape:/dev/ttyUSB0"));
        const QString keyLine = **settings->value(db::DeviceSettings::kSpecKeys);
        auto key = SpecKey::fromText(keyLine);
        QVERIFY(key.ok());
        QCOMPARE(key->id, demoSpecKey().id);
        QCOMPARE((*settings->entry(db::DeviceSettings::kSpecKeys))->updatedAtMs, 1000);
        for (const Device &d : *devices) {
            if (d.kind != DeviceKind::Handheld || d.id == first)
                continue;
            auto other = db::DeviceSettings::open(store, d.id);
            QCOMPARE(**other->value(db::DeviceSettings::kTape), QStringLiteral("sim:leica-disto"));
        }
        // The demo labels are signed with that key.
        for (const MeasurementSpec &spec : demoSpecs()) {
            auto label = MeasurementSpecCodec::encode(spec, *key);
            QVERIFY(label.ok());
            QVERIFY(MeasurementSpecCodec::decode(*label, {*key}).ok());
        }
        QCOMPARE(demoSpecs().front().points.size(), size_t(12));
    }

    void punchesPerBusinessDay()
    {
        // A punch belongs to the business day of the shift it is part of: every clock-in, switch
        // and break opens an interval; every clock-out closes one.
        QSqlQuery q(m_full->store().connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.business_day, count(*) + count(CASE WHEN e.kind = 'punch.clock_out' THEN 1 END) "
            "FROM punch_intervals p LEFT JOIN events e ON e.id = p.end_event_id GROUP BY p.business_day "
            "ORDER BY p.business_day")));
        qint64 total = 0;
        int days = 0;
        const double target = m_options.punchesPerDay;
        while (q.next()) {
            const qint64 punches = q.value(1).toLongLong();
            total += punches;
            ++days;
            const double deviation = std::abs(double(punches) - target) / target;
            qInfo("%s: %lld punches (%.1f %% from %d)", qPrintable(q.value(0).toString()), punches,
                  deviation * 100, m_options.punchesPerDay);
            QVERIFY2(deviation <= 0.10,
                     qPrintable(QStringLiteral("%1: %2 punches").arg(q.value(0).toString()).arg(punches)));
        }
        QCOMPARE(days, m_options.days);
        QCOMPARE(total, m_report.punchEvents); // every punch accounted for, none stray
    }

    void noWorkerHasOverlappingIntervals()
    {
        QSqlQuery q(m_full->store().connection());
        q.setForwardOnly(true);
        QVERIFY(q.exec(QStringLiteral("SELECT worker, start_ms, end_ms, status FROM punch_intervals "
                                      "ORDER BY worker, start_ms")));
        QString worker;
        qint64 previousEnd = 0;
        qint64 rows = 0;
        while (q.next()) {
            ++rows;
            QVERIFY2(!q.value(2).isNull(), "an interval without an end");
            const qint64 start = q.value(1).toLongLong();
            const qint64 end = q.value(2).toLongLong();
            QVERIFY(end >= start);
            if (q.value(0).toString() == worker)
                QVERIFY2(start >= previousEnd,
                         qPrintable(QStringLiteral("%1 overlaps at %2").arg(worker).arg(start)));
            worker = q.value(0).toString();
            previousEnd = end;
        }
        QCOMPARE(rows, m_report.projection.intervals);
    }

    void everyWorkerDayClosesExceptTheForgottenClockOut()
    {
        const InjectedFault *forgot = faultOf(m_report, "forgotten-clock-out");
        QVERIFY(forgot);
        QVERIFY(!forgot->workerCode.isEmpty());
        QVERIFY(forgot->businessDay >= m_report.firstDay && forgot->businessDay <= m_report.lastDay);

        QSqlQuery q(m_full->store().connection());
        q.setForwardOnly(true);
        QVERIFY(
            q.exec(QStringLiteral("SELECT p.worker, p.business_day, p.status, e.kind FROM punch_intervals p "
                                  "LEFT JOIN events e ON e.id = p.end_event_id "
                                  "ORDER BY p.worker, p.business_day, p.start_ms")));
        struct Last {
            QString status;
            QString endKind;
        };
        std::map<std::pair<QString, QString>, Last> lastOfDay;
        qint64 notLastButNotClosed = 0;
        std::pair<QString, QString> key;
        while (q.next()) {
            const std::pair<QString, QString> k{q.value(0).toString(), q.value(1).toString()};
            if (k == key && lastOfDay[key].status != QLatin1String("closed"))
                ++notLastButNotClosed; // an earlier interval of the same worker-day was not closed
            key = k;
            lastOfDay[key] = {q.value(2).toString(), q.value(3).toString()};
        }
        QCOMPARE(notLastButNotClosed, qint64(0));
        QVERIFY(lastOfDay.size() > size_t(m_options.days) * 300);
        QVERIFY2(qint64(lastOfDay.size()) == m_report.workerDays,
                 qPrintable(QStringLiteral("%1 worker-days with intervals, %2 planned")
                                .arg(lastOfDay.size())
                                .arg(m_report.workerDays)));
        const std::pair<QString, QString> faultKey{forgot->workerCode,
                                                   forgot->businessDay.toString(Qt::ISODate)};
        QVERIFY(lastOfDay.count(faultKey) == 1);
        for (const auto &[k, last] : lastOfDay) {
            const QString where = k.first + QLatin1Char(' ') + k.second;
            if (k == faultKey) {
                QCOMPARE(last.status, QStringLiteral("forgotten"));
                QVERIFY(last.endKind.isEmpty());
            } else {
                QVERIFY2(last.status == QLatin1String("closed"),
                         qPrintable(where + QLatin1Char(' ') + last.status));
                QVERIFY2(last.endKind == QLatin1String("punch.clock_out"),
                         qPrintable(where + QLatin1Char(' ') + last.endKind));
            }
        }
        QCOMPARE(test::rowCount(m_full->store(), QStringLiteral("punch_intervals"),
                                QStringLiteral("WHERE status = 'forgotten'")),
                 qint64(1));
        QCOMPARE(test::rowCount(m_full->store(), QStringLiteral("punch_intervals"),
                                QStringLiteral("WHERE status = 'open'")),
                 qint64(0));
        QCOMPARE(m_report.projection.forgottenIntervals, qint64(1));
        QCOMPARE(m_report.projection.openIntervals, qint64(0));
    }

    void wrongActivityFaultIsInTheData()
    {
        const InjectedFault *wrong = faultOf(m_report, "wrong-activity");
        QVERIFY(wrong);
        QVERIFY(!wrong->workerCode.isEmpty());
        QVERIFY(!wrong->activityCode.isEmpty());
        const QString day = wrong->businessDay.toString(Qt::ISODate);
        // That day every work interval of the worker is punched on the wrong activity (breaks and
        // the morning meeting are punched as they were).
        QSqlQuery q(m_full->store().connection());
        QVERIFY(q.prepare(
            QStringLiteral("SELECT p.business_day, p.activity, a.kind FROM punch_intervals p JOIN activities "
                           "a ON a.code = p.activity "
                           "WHERE p.worker = ? AND a.kind <> 'break' AND p.activity <> 'IND-MTG-MORNING'")));
        q.addBindValue(wrong->workerCode);
        QVERIFY(q.exec());
        int onWrongThatDay = 0;
        int otherThatDay = 0;
        int onWrongOtherDays = 0;
        int otherDays = 0;
        while (q.next()) {
            const bool thatDay = q.value(0).toString() == day;
            const bool onWrong = q.value(1).toString() == wrong->activityCode;
            if (thatDay)
                (onWrong ? onWrongThatDay : otherThatDay)++;
            else {
                ++otherDays;
                onWrongOtherDays += onWrong ? 1 : 0;
            }
        }
        QVERIFY(onWrongThatDay >= 3);
        QCOMPARE(otherThatDay, 0);
        if (otherDays > 0)
            QVERIFY2(onWrongOtherDays * 2 < otherDays,
                     "the worker is on the wrong activity on normal days too");
        // The units that day were counted on the real work, not the punched activity.
        QVERIFY(
            q.prepare(QStringLiteral("SELECT count(*), count(CASE WHEN activity <> ? THEN 1 END) FROM units "
                                     "WHERE worker = ? AND business_day = ?")));
        q.addBindValue(wrong->activityCode);
        q.addBindValue(wrong->workerCode);
        q.addBindValue(day);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(q.value(1).toInt() > 0);
    }

    void badDayFaultIsInTheData()
    {
        const InjectedFault *bad = faultOf(m_report, "bad-day");
        QVERIFY(bad);
        QVERIFY(!bad->activityCode.isEmpty());
        // Units per punched hour of the activity at the site, per business day.
        QSqlQuery q(m_full->store().connection());
        QVERIFY(q.prepare(QStringLiteral(
            "SELECT h.business_day, u.quantity * 3600.0 / h.seconds FROM "
            "(SELECT business_day, SUM((end_ms - start_ms) / 1000) AS seconds FROM punch_intervals "
            " WHERE site = ? AND activity = ? GROUP BY business_day) h JOIN "
            "(SELECT business_day, SUM(quantity) AS quantity FROM units WHERE site = ? AND activity = ? "
            " GROUP BY business_day) u ON u.business_day = h.business_day ORDER BY h.business_day")));
        q.addBindValue(bad->siteCode);
        q.addBindValue(bad->activityCode);
        q.addBindValue(bad->siteCode);
        q.addBindValue(bad->activityCode);
        QVERIFY(q.exec());
        double badRate = -1;
        double lowestOther = 1e18;
        int others = 0;
        while (q.next()) {
            qInfo("%s %s: %.1f units/h", qPrintable(bad->activityCode), qPrintable(q.value(0).toString()),
                  q.value(1).toDouble());
            if (q.value(0).toString() == bad->businessDay.toString(Qt::ISODate))
                badRate = q.value(1).toDouble();
            else {
                lowestOther = std::min(lowestOther, q.value(1).toDouble());
                ++others;
            }
        }
        QVERIFY(badRate > 0);
        QVERIFY(others > 0);
        QVERIFY2(badRate < 0.7 * lowestOther,
                 qPrintable(QStringLiteral("%1 vs %2").arg(badRate).arg(lowestOther)));
    }

    void sameSeedAndPeriodGiveTheSameStore()
    {
        // A smaller warehouse (the same code paths, promotions included with 4 days) built twice.
        DemoOptions options;
        options.days = 4;
        options.workers = 80;
        options.punchesPerDay = 1300;
        options.seed = 11;
        options.start = QDate(2026, 2, 27); // across the end of February
        test::TemporaryStore a(*m_clock);
        test::TemporaryStore b(*m_clock, QStringLiteral("other name.sqlite"));
        test::TemporaryStore c(*m_clock);
        QVERIFY(a.ok() && b.ok() && c.ok());
        auto ra = generateDemo(a.store(), options, *m_clock);
        m_clock->advance(3600 * 1000); // a later "now" that is still after the period changes nothing
        auto rb = generateDemo(b.store(), options, *m_clock);
        QVERIFY(ra.ok() && rb.ok());
        QCOMPARE(test::contentDigest(a.store(), kWallClockTables),
                 test::contentDigest(b.store(), kWallClockTables));
        QCOMPARE(ra->punchEvents, rb->punchEvents);
        QCOMPARE(ra->faults.size(), rb->faults.size());
        for (size_t i = 0; i < ra->faults.size(); ++i) {
            QCOMPARE(ra->faults[i].workerCode, rb->faults[i].workerCode);
            QCOMPARE(ra->faults[i].businessDay, rb->faults[i].businessDay);
        }
        // Another seed, another warehouse.
        options.seed = 12;
        auto rc = generateDemo(c.store(), options, *m_clock);
        QVERIFY(rc.ok());
        QVERIFY(test::contentDigest(a.store(), kWallClockTables) !=
                test::contentDigest(c.store(), kWallClockTables));
    }

    void refusesAStoreThatHoldsData_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("a demo store") << true;
        QTest::newRow("a store with workers only") << false;
    }
    void refusesAStoreThatHoldsData()
    {
        QFETCH(bool, demo);
        test::TemporaryStore small(*m_clock);
        QVERIFY(small.ok());
        QVERIFY(test::seedSmallWarehouse(small.store()).ok());
        Store &store = demo ? m_full->store() : small.store();
        const QByteArray before = test::contentDigest(store);
        DemoOptions options;
        options.days = 1;
        options.start = kStart;
        auto again = generateDemo(store, options, *m_clock);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QVERIFY(again.error().toString().contains(store.path()));
        QCOMPARE(test::contentDigest(store), before);
    }

    void badOptions_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("workers");
        QTest::newRow("no days") << 0 << 600;
        QTest::newRow("negative days") << -3 << 600;
        QTest::newRow("more than ten years") << 3661 << 600;
        QTest::newRow("too few workers") << 1 << 19;
    }
    void badOptions()
    {
        QFETCH(int, days);
        QFETCH(int, workers);
        test::TemporaryStore tmp(*m_clock);
        QVERIFY(tmp.ok());
        DemoOptions options;
        options.days = days;
        options.workers = workers;
        options.start = kStart;
        auto r = generateDemo(tmp.store(), options, *m_clock);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(test::rowCount(tmp.store(), QStringLiteral("workers")), qint64(0));
    }

    void defaultPeriodEndsYesterday()
    {
        // Mock now: 2026-11-02 09:00 in Tokyo, so yesterday's business day is 2026-11-01.
        test::TemporaryStore tmp(*m_clock);
        QVERIFY(tmp.ok());
        test::MockClock now(test::tokyoMs(QDate(2026, 11, 2), 9, 0));
        DemoOptions options;
        options.days = 2;
        options.workers = 40;
        options.punchesPerDay = 700;
        auto r = generateDemo(tmp.store(), options, now);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : text(r.error())));
        QCOMPARE(r->lastDay, QDate(2026, 11, 1));
        QCOMPARE(r->firstDay, QDate(2026, 10, 31));
    }

    void nothingAfterNowIsWritten()
    {
        // A period that includes "now" (today 12:00 in Tokyo): later punches do not exist yet, and
        // the workers on the clock have open intervals.
        test::TemporaryStore tmp(*m_clock);
        QVERIFY(tmp.ok());
        const qint64 noon = test::tokyoMs(QDate(2026, 11, 2), 12, 0);
        test::MockClock now(noon);
        DemoOptions options;
        options.days = 1;
        options.workers = 60;
        options.punchesPerDay = 1000;
        options.start = QDate(2026, 11, 2);
        auto r = generateDemo(tmp.store(), options, now);
        QVERIFY(r.ok());
        auto latest =
            scalar(tmp.store().connection(), QStringLiteral("SELECT MAX(occurred_at_ms) FROM events"));
        QVERIFY(latest->toLongLong() <= noon);
        QVERIFY(r->projection.openIntervals > 0);
        QCOMPARE(test::rowCount(tmp.store(), QStringLiteral("punch_intervals"),
                                QStringLiteral("WHERE status = 'open'")),
                 r->projection.openIntervals);
    }

private:
    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_full;
    DemoOptions m_options;
    DemoReport m_report;
    std::vector<std::pair<int, int>> m_progress;
};

QTEST_GUILESS_MAIN(TestDemoWarehouse)
#include "tst_demowarehouse.moc"
