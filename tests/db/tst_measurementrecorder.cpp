// MeasurementRecorder on a real store: each value is a Measurement event with its outbox row; a
// re-measure supersedes (attempt 2, the earlier event named); the item that reaches its verdict is
// counted once as a unit for the worker's measurement activity (configured, or the measure-workflow
// activity they are punched into), else an admin notice says why; rebuilds keep working.
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "MasterDataRepositories.h"
#include "MeasurementRecorder.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace wh;
using namespace wh::db;

namespace {

MeasurementSpec spec()
{
    MeasurementSpec s;
    s.itemId = QStringLiteral("ITEM-7");
    s.style = QStringLiteral("ST-1");
    s.size = QStringLiteral("M");
    s.lot = QStringLiteral("L7");
    s.points = {{QStringLiteral("BL"), 7200, 10, 15},
                {QStringLiteral("CW"), 5400, 10, 10},
                {QStringLiteral("SL"), 6100, 5, 5}};
    return s;
}

const MeasurementRecorder::Source kLeica{QStringLiteral("1.234 m"), QStringLiteral("sim-disto-1"),
                                         QStringLiteral("leica-disto")};

} // namespace

class TestMeasurementRecorder : public QObject {
    Q_OBJECT

    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;

    Store &store() { return m_tmp->store(); }
    qint64 count(const QString &table, const QString &where = {})
    {
        return test::rowCount(store(), table, where);
    }

    std::unique_ptr<MeasurementRecorder> recorder(MeasurementRecorder::Options options = {})
    {
        auto r = MeasurementRecorder::open(store(), *m_clock, QStringLiteral("H1"), std::move(options));
        if (!r) {
            qWarning("%s", qPrintable(r.error().toString()));
            return nullptr;
        }
        return std::move(r).value();
    }

    // Punches `worker` into `activity` at S1 through the kiosk K1's events.
    void clockIn(const QString &worker, const QString &activity)
    {
        EventStore events(store());
        QVERIFY(events
                    .append(test::punchEvent(QStringLiteral("K1"), EventKind::PunchClockIn, worker,
                                             QStringLiteral("S1"), activity, m_clock->nowMs()))
                    .ok());
        m_clock->advance(60'000);
    }

    // Measures every point of `session` from `values` in order, recording each; returns the outcomes.
    std::vector<MeasurementRecorder::Outcome> measure(MeasurementRecorder &r, MeasurementSession &session,
                                                      const std::vector<qint64> &values,
                                                      const QString &worker)
    {
        std::vector<MeasurementRecorder::Outcome> out;
        for (qint64 v : values) {
            auto recorded = session.record(v);
            if (!recorded) {
                qWarning("%s", qPrintable(recorded.error().toString()));
                return {};
            }
            auto outcome = r.record(session, *recorded, kLeica, worker);
            if (!outcome) {
                qWarning("%s", qPrintable(outcome.error().toString()));
                return {};
            }
            out.push_back(*outcome);
            m_clock->advance(5'000);
        }
        return out;
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<test::MockClock>();
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(store()).ok());
        // CART is this warehouse's measurement activity.
        QVERIFY(ActivityRepository(store()).setWorkflows(QStringLiteral("CART"), {"measure"}).ok());
    }

    void itemCountedForThePunchedInActivity()
    {
        clockIn(QStringLiteral("W001"), QStringLiteral("CART"));
        auto r = recorder();
        QVERIFY(r);
        MeasurementSession session(spec());
        const auto outcomes = measure(*r, session, {7201, 5411, 6100}, QStringLiteral("W001"));
        QCOMPARE(outcomes.size(), size_t(3));
        QVERIFY(!outcomes[0].units && !outcomes[1].units);
        QVERIFY(outcomes[2].units);
        QVERIFY(!outcomes[2].notice);

        // The second value, as stored.
        EventStore events(store());
        auto second = events.find(outcomes[1].measurement.id);
        QVERIFY(second);
        QCOMPARE(second->kind, EventKind::Measurement);
        QCOMPARE(second->deviceId, QStringLiteral("H1"));
        auto m = MeasurementPayload::fromJson(second->payload);
        QVERIFY2(m, qPrintable(m ? QString() : m.error().toString()));
        QCOMPARE(m->itemId, QStringLiteral("ITEM-7"));
        QCOMPARE(m->style, QStringLiteral("ST-1"));
        QCOMPARE(m->size, QStringLiteral("M"));
        QCOMPARE(m->lot, QStringLiteral("L7"));
        QCOMPARE(m->pointCode, QStringLiteral("CW"));
        QCOMPARE(m->value, qint64(5411));
        QCOMPARE(m->target, qint64(5400));
        QCOMPARE(m->lower, qint64(10));
        QCOMPARE(m->upper, qint64(10));
        QCOMPARE(m->deviation(), qint64(11));
        QVERIFY(!m->pass);
        QCOMPARE(m->reading, QStringLiteral("1.234 m"));
        QCOMPARE(m->tapeDevice, QStringLiteral("sim-disto-1"));
        QCOMPARE(m->protocol, QStringLiteral("leica-disto"));
        QCOMPARE(m->workerCode, QStringLiteral("W001"));
        QCOMPARE(m->siteCode, QStringLiteral("S1"));
        QCOMPARE(m->attempt, 1);
        QVERIFY(m->supersedes.isNull());
        QVERIFY(m->itemVerdict.isEmpty());
        // The last value carries the item's verdict.
        auto last = MeasurementPayload::fromJson(outcomes[2].measurement.payload);
        QCOMPARE(last->itemVerdict, QStringLiteral("fail"));

        // Three measurements and one unit, each with its outbox row; the units row derived at once.
        QCOMPARE(count("events", "WHERE kind = 'measurement'"), 3);
        QCOMPARE(count("events", "WHERE kind = 'units.counted'"), 1);
        QCOMPARE(count("outbox"), count("events"));
        QCOMPARE(count("units",
                       "WHERE worker = 'W001' AND activity = 'CART' AND site = 'S1' AND quantity = 1 "
                       "AND reference = 'ITEM-7' AND source = 'workflow'"),
                 1);
        // Derived at once: the measurements table has the three values.
        QCOMPARE(count("measurements", "WHERE item = 'ITEM-7' AND superseded_by IS NULL"), 3);
        QCOMPARE(count("measurements", "WHERE item_verdict = 'fail' AND point = 'SL'"), 1);
        // The value and its unit are one transaction: the same time, consecutive sequences.
        QCOMPARE(outcomes[2].units->occurredAtMs, outcomes[2].measurement.occurredAtMs);
        QCOMPARE(outcomes[2].units->sequence, outcomes[2].measurement.sequence + 1);
    }

    // A re-measure after the verdict: a new event superseding the earlier one, the verdict
    // follows, and the item is not counted a second time.
    void remeasureSupersedes()
    {
        clockIn(QStringLiteral("W001"), QStringLiteral("CART"));
        auto r = recorder();
        QVERIFY(r);
        MeasurementSession session(spec());
        const auto first = measure(*r, session, {7200, 5420, 6100}, QStringLiteral("W001"));
        QCOMPARE(first.size(), size_t(3));
        QVERIFY(session.goTo(QStringLiteral("CW")));
        const auto again = measure(*r, session, {5400}, QStringLiteral("W001"));
        QCOMPARE(again.size(), size_t(1));
        QVERIFY(!again[0].units);
        auto m = MeasurementPayload::fromJson(again[0].measurement.payload);
        QVERIFY(m);
        QCOMPARE(m->attempt, 2);
        QCOMPARE(m->supersedes, first[1].measurement.id);
        QVERIFY(m->pass);
        QCOMPARE(m->itemVerdict, QStringLiteral("pass"));
        QCOMPARE(count("events", "WHERE kind = 'measurement'"), 4);
        QCOMPARE(count("units"), 1);
        QCOMPARE(count("measurements", "WHERE point = 'CW' AND superseded_by IS NOT NULL AND value = 5420"),
                 1);
        QCOMPARE(count("measurements", "WHERE point = 'CW' AND superseded_by IS NULL AND value = 5400"), 1);
    }

    void notCounted_data()
    {
        QTest::addColumn<QString>("worker");
        QTest::addColumn<QString>("punchedInto"); // empty: not clocked in
        QTest::addColumn<QString>("reason");
        QTest::newRow("another activity") << "W001"
                                          << "PICK"
                                          << "W001 is punched into PICK, not a measure activity";
        QTest::newRow("not clocked in") << "W002"
                                        << ""
                                        << "W002 is not clocked in";
        QTest::newRow("nobody signed in") << ""
                                          << ""
                                          << "no worker is signed in";
    }
    void notCounted()
    {
        QFETCH(QString, worker);
        QFETCH(QString, punchedInto);
        QFETCH(QString, reason);
        if (!punchedInto.isEmpty())
            clockIn(worker, punchedInto);
        auto r = recorder();
        QVERIFY(r);
        MeasurementSession session(spec());
        const auto outcomes = measure(*r, session, {7200, 5400, 6100}, worker);
        QCOMPARE(outcomes.size(), size_t(3));
        QVERIFY(!outcomes[2].units);
        QVERIFY(outcomes[2].notice);
        QCOMPARE(outcomes[2].notCounted, reason);
        QCOMPARE(outcomes[2].notice->kind, EventKind::AdminNotice);
        QCOMPARE(outcomes[2].notice->payload.value("notice").toString(),
                 QStringLiteral("measured-item-not-counted"));
        QCOMPARE(outcomes[2].notice->payload.value("item").toString(), QStringLiteral("ITEM-7"));
        QCOMPARE(outcomes[2].notice->payload.value("reason").toString(), reason);
        // Every value is kept all the same.
        QCOMPARE(count("events", "WHERE kind = 'measurement'"), 3);
        QCOMPARE(count("events", "WHERE kind = 'units.counted'"), 0);
        QCOMPARE(count("units"), 0);
    }

    // A station configured for a measurement activity counts there, punched in or not.
    void configuredActivity()
    {
        MeasurementRecorder::Options options;
        options.activityCode = QStringLiteral("CART");
        auto r = recorder(options);
        QVERIFY(r);
        MeasurementSession session(spec());
        const auto outcomes = measure(*r, session, {7200, 5400, 6100}, QStringLiteral("W002"));
        QCOMPARE(outcomes.size(), size_t(3));
        QVERIFY(outcomes[2].units);
        QCOMPARE(count("units", "WHERE worker = 'W002' AND activity = 'CART' AND site = 'S1'"), 1);

        options.activityCode = QStringLiteral("NOPE");
        auto refused = MeasurementRecorder::open(store(), *m_clock, QStringLiteral("H1"), options);
        QVERIFY(!refused);
        QVERIFY(refused.error().toString().contains(QStringLiteral("measurement activity")));
    }

    void badInputWritesNothing()
    {
        QVERIFY(!MeasurementRecorder::open(store(), *m_clock, QStringLiteral("NO-SUCH-DEVICE")));
        auto r = recorder();
        QVERIFY(r);
        MeasurementSession session(spec());
        auto recorded = session.record(7200);
        QVERIFY(recorded);
        auto unknownWorker = r->record(session, *recorded, kLeica, QStringLiteral("W999"));
        QVERIFY(!unknownWorker);
        QCOMPARE(unknownWorker.error().code(), ErrorCode::NotFound);
        auto noProtocol = r->record(session, *recorded, {}, QStringLiteral("W001"));
        QVERIFY(!noProtocol);
        QCOMPARE(count("events"), 0);
    }

    // Measurement events sit in the log beside punches and units: a rebuild derives the same units.
    void rebuildKeepsTheUnits()
    {
        clockIn(QStringLiteral("W001"), QStringLiteral("CART"));
        auto r = recorder();
        QVERIFY(r);
        MeasurementSession first(spec());
        QCOMPARE(measure(*r, first, {7200, 5400, 6100}, QStringLiteral("W001")).size(), size_t(3));
        MeasurementSpec other = spec();
        other.itemId = QStringLiteral("ITEM-8");
        MeasurementSession second(other);
        QCOMPARE(measure(*r, second, {7200, 5400, 6200}, QStringLiteral("W001")).size(), size_t(3));
        QCOMPARE(count("units"), 2);
        const QByteArray before = test::contentDigest(store(), {QStringLiteral("summary_dirty")});
        auto rebuilt = EventProjector(store()).rebuild(m_clock->nowMs());
        QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.error().toString()));
        QCOMPARE(rebuilt->unitsEvents, 2);
        QCOMPARE(rebuilt->rejectedEvents, 0);
        QCOMPARE(count("units", "WHERE activity = 'CART'"), 2);
        QCOMPARE(test::contentDigest(store(), {QStringLiteral("summary_dirty")}), before);
    }
};

QTEST_GUILESS_MAIN(TestMeasurementRecorder)
#include "tst_measurementrecorder.moc"
