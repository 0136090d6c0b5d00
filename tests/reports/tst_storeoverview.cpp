// StoreOverview: what `wh info` and the manager's first screen show, on a small known store.
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "StoreOverview.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QTest>

using namespace wh;
using namespace wh::db;
using namespace wh::reports;

namespace {
const QDate D(2026, 11, 2);

qint64 tokyo(int dayOffset, int h, int m)
{
    return test::tokyoMs(D.addDays(dayOffset), h, m);
}
qint64 utc(int dayOffset, int h, int m)
{
    return QDateTime(D.addDays(dayOffset), QTime(h, m), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString blocksText(const PeriodOverview &o)
{
    QStringList parts;
    for (const auto &b : o.blocks)
        parts
            << QStringLiteral("%1:%2/%3/%4").arg(b.blockCode).arg(b.workers).arg(b.workSeconds).arg(b.units);
    return parts.join(QLatin1Char(' '));
}
} // namespace

class TestStoreOverview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_clock = std::make_unique<test::MockClock>(tokyo(2, 12, 0));
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(m_tmp->store()).ok());
        const QString S1 = QStringLiteral("S1");
        const QString S2 = QStringLiteral("S2");
        const QString K1 = QStringLiteral("K1");
        const QString H1 = QStringLiteral("H1");
        const QString K2 = QStringLiteral("K2");
        const QString W1 = QStringLiteral("W001");
        const QString W2 = QStringLiteral("W002");
        const QString W3 = QStringLiteral("W003");
        auto punch = [](const QString &device, EventKind kind, const QString &worker, const QString &site,
                        const char *activity, qint64 at) {
            return test::punchEvent(device, kind, worker, site, QLatin1String(activity), at);
        };
        std::vector<Event> events = {
            // Day D at S1: W001 with a meeting, picking, lunch, cart preparation.
            punch(K1, EventKind::PunchClockIn, W1, S1, "MEET", tokyo(0, 9, 0)),
            punch(H1, EventKind::PunchSwitch, W1, S1, "PICK", tokyo(0, 9, 10)),
            punch(K1, EventKind::PunchBreak, W1, S1, "LUNCH", tokyo(0, 12, 0)),
            punch(H1, EventKind::PunchSwitch, W1, S1, "CART", tokyo(0, 13, 0)),
            punch(K1, EventKind::PunchClockOut, W1, S1, "", tokyo(0, 18, 0)),
            test::unitsEvent(H1, W1, S1, QStringLiteral("PICK"), 280, tokyo(0, 11, 59)),
            test::unitsEvent(H1, W1, S1, QStringLiteral("CART"), 300, tokyo(0, 17, 59)),
            // Day D+1 at S1: W002 picks all day.
            punch(K1, EventKind::PunchClockIn, W2, S1, "PICK", tokyo(1, 8, 0)),
            punch(K1, EventKind::PunchClockOut, W2, S1, "", tokyo(1, 17, 0)),
            test::unitsEvent(H1, W2, S1, QStringLiteral("PICK"), 500, tokyo(1, 16, 59)),
            // Day D at S2 (UTC): W003 from 23:00 to 02:00.
            punch(K2, EventKind::PunchClockIn, W3, S2, "PICK", utc(0, 23, 0)),
            punch(K2, EventKind::PunchClockOut, W3, S2, "", utc(1, 2, 0)),
            test::unitsEvent(K2, W3, S2, QStringLiteral("PICK"), 12, utc(0, 23, 59)),
            // Day D+2 at S1: W002 still on the clock at "now".
            punch(K1, EventKind::PunchClockIn, W2, S1, "PICK", tokyo(2, 8, 0)),
        };
        EventStore store(m_tmp->store());
        auto stored = store.appendAll(std::move(events));
        QVERIFY(stored.ok());
        QVERIFY(store
                    .markSent({stored->at(0).id, stored->at(1).id, stored->at(2).id, stored->at(3).id},
                              m_clock->nowMs())
                    .ok());
        EventProjector projector(m_tmp->store());
        auto summary = projector.rebuild(m_clock->nowMs());
        QVERIFY(summary.ok());
        QCOMPARE(summary->openIntervals, qint64(1));
    }
    void cleanupTestCase()
    {
        m_tmp.reset();
        m_clock.reset();
    }

    void counts()
    {
        auto c = countStore(m_tmp->store());
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->sites, qint64(2));
        QCOMPARE(c->employmentTypes, qint64(2));
        QCOMPARE(c->workers, qint64(3));
        QCOMPARE(c->activities, qint64(4));
        QCOMPARE(c->devices, qint64(3));
        QCOMPARE(c->events, qint64(14));
        QCOMPARE(c->punches, qint64(10));
        QCOMPARE(c->punchIntervals, qint64(7));
        QCOMPARE(c->forgottenIntervals, qint64(0));
        QCOMPARE(c->businessDays, qint64(3));
        QCOMPARE(c->unitsEvents, qint64(4));
        QCOMPARE(c->units, qint64(280 + 300 + 500 + 12));
        QCOMPARE(c->outboxPending, qint64(10));
        QCOMPARE(c->firstBusinessDay, D);
        QCOMPARE(c->lastBusinessDay, D.addDays(2));
        QCOMPARE(c->siteCodes, (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));
        QCOMPARE(c->schemaVersion, int(builtinMigrations().size()));
    }

    void emptyStore()
    {
        test::TemporaryStore empty;
        QVERIFY(empty.ok());
        auto c = countStore(empty.store());
        QVERIFY(c.ok());
        QCOMPARE(c->sites, qint64(0));
        QCOMPARE(c->events, qint64(0));
        QCOMPARE(c->units, qint64(0));
        QCOMPARE(c->businessDays, qint64(0));
        QVERIFY(!c->firstBusinessDay.isValid());
        QVERIFY(!c->lastBusinessDay.isValid());
        QVERIFY(c->siteCodes.isEmpty());
        auto o = reports::periodOverview(empty.store(), QStringLiteral("S1"), D, D);
        QVERIFY(o.ok());
        QVERIFY(o->blocks.empty());
        QCOMPARE(o->punches, qint64(0));
    }

    void periodOverview_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<qint64>("punches");
        QTest::addColumn<qint64>("workers");
        QTest::addColumn<qint64>("workSeconds");
        QTest::addColumn<qint64>("breakSeconds");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<qint64>("businessDays");
        QTest::addColumn<QString>("blocks"); // code:workers/workSeconds/units, in block order

        // W001 on D: MEET 10 min (indirect), PICK 2 h 50 min, LUNCH 1 h (break), CART 5 h.
        QTest::newRow("S1, one day") << QStringLiteral("S1") << D << D << qint64(4) << qint64(1)
                                     << qint64(600 + 10200 + 18000) << qint64(3600) << qint64(580)
                                     << qint64(1) << QStringLiteral("PIC:1/28200/580 IND:1/600/0");
        QTest::newRow("S1, two days")
            << QStringLiteral("S1") << D << D.addDays(1) << qint64(5) << qint64(2) << qint64(28800 + 32400)
            << qint64(3600) << qint64(1080) << qint64(2) << QStringLiteral("PIC:2/60600/1080 IND:1/600/0");
        QTest::newRow("S1, an open interval counts no time yet")
            << QStringLiteral("S1") << D.addDays(2) << D.addDays(2) << qint64(1) << qint64(1) << qint64(0)
            << qint64(0) << qint64(0) << qint64(1) << QStringLiteral("PIC:1/0/0 IND:0/0/0");
        QTest::newRow("S2 (UTC), a night across midnight on its start day")
            << QStringLiteral("S2") << D << D << qint64(1) << qint64(1) << qint64(10800) << qint64(0)
            << qint64(12) << qint64(1) << QStringLiteral("PIC:1/10800/12 IND:0/0/0");
        QTest::newRow("empty period still lists every block")
            << QStringLiteral("S1") << D.addDays(10) << D.addDays(20) << qint64(0) << qint64(0) << qint64(0)
            << qint64(0) << qint64(0) << qint64(0) << QStringLiteral("PIC:0/0/0 IND:0/0/0");
        QTest::newRow("unknown site")
            << QStringLiteral("倉庫X") << D << D.addDays(2) << qint64(0) << qint64(0) << qint64(0)
            << qint64(0) << qint64(0) << qint64(0) << QStringLiteral("PIC:0/0/0 IND:0/0/0");
        QTest::newRow("from after to")
            << QStringLiteral("S1") << D.addDays(1) << D << qint64(0) << qint64(0) << qint64(0) << qint64(0)
            << qint64(0) << qint64(0) << QStringLiteral("PIC:0/0/0 IND:0/0/0");
    }
    void periodOverview()
    {
        QFETCH(QString, site);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(qint64, punches);
        QFETCH(qint64, workers);
        QFETCH(qint64, workSeconds);
        QFETCH(qint64, breakSeconds);
        QFETCH(qint64, units);
        QFETCH(qint64, businessDays);
        QFETCH(QString, blocks);
        auto o = reports::periodOverview(m_tmp->store(), site, from, to);
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().toString()));
        QCOMPARE(o->siteCode, site);
        QCOMPARE(o->from, from);
        QCOMPARE(o->to, to);
        QCOMPARE(o->punches, punches);
        QCOMPARE(o->workers, workers);
        QCOMPARE(o->workSeconds, workSeconds);
        QCOMPARE(o->breakSeconds, breakSeconds);
        QCOMPARE(o->units, units);
        QCOMPARE(o->businessDays, businessDays);
        QCOMPARE(blocksText(*o), blocks);
        // The blocks add up to the totals.
        qint64 sumSeconds = 0;
        qint64 sumUnits = 0;
        for (const auto &b : o->blocks) {
            sumSeconds += b.workSeconds;
            sumUnits += b.units;
        }
        QCOMPARE(sumSeconds, o->workSeconds);
        QCOMPARE(sumUnits, o->units);
        QCOMPARE(o->blocks.front().nameJa, QStringLiteral("ピッキング"));
        QCOMPARE(o->blocks.front().nameEn, QStringLiteral("Picking"));
    }

private:
    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

QTEST_GUILESS_MAIN(TestStoreOverview)
#include "tst_storeoverview.moc"
