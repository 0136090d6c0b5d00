// The measurements table: derived from measurement events by the projector's catch-up and rebuild
// (the same rows either way, whatever order the events come in), each value linked to the one that
// superseded it; malformed events left out; migration 0008 derives what a store at version 7 held.
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "MeasurementRepository.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace wh;
using namespace wh::db;

namespace {

MeasurementPayload value(const QString &item, const QString &point, qint64 v, int attempt = 1)
{
    MeasurementPayload m;
    m.itemId = item;
    m.style = QStringLiteral("ST");
    m.size = QStringLiteral("M");
    m.pointCode = point;
    m.value = v;
    m.target = 7200;
    m.lower = 10;
    m.upper = 10;
    m.pass = v >= 7190 && v <= 7210;
    m.protocol = QStringLiteral("bosch-glm");
    m.tapeDevice = QStringLiteral("sim-glm");
    m.workerCode = QStringLiteral("W001");
    m.siteCode = QStringLiteral("S1");
    m.attempt = attempt;
    return m;
}

Event measurementEvent(const MeasurementPayload &m, qint64 atMs, const QString &device = QStringLiteral("H1"))
{
    Event e;
    e.deviceId = device;
    e.kind = EventKind::Measurement;
    e.occurredAtMs = atMs;
    e.payload = m.toJson();
    return e;
}

// "point value attempt superseded?" for each row of the item, in order.
QStringList rowsOf(Store &store, const QString &item)
{
    QStringList out;
    auto rows = MeasurementRepository(store).forItem(item);
    if (!rows)
        return {rows.error().toString()};
    for (const auto &r : *rows)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(r.measurement.pointCode)
                   .arg(r.measurement.value)
                   .arg(r.measurement.attempt)
                   .arg(r.supersededBy.isNull() ? QStringLiteral("latest") : QStringLiteral("superseded"));
    return out;
}

} // namespace

class TestMeasurementRepository : public QObject {
    Q_OBJECT

    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;
    Store &store() { return m_tmp->store(); }

private slots:
    void init()
    {
        m_clock = std::make_unique<test::MockClock>();
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(store()).ok());
    }

    void catchUpDerivesAndLinks()
    {
        EventStore events(store());
        const qint64 t = m_clock->nowMs();
        auto first = events.append(measurementEvent(value("ITEM-1", "BL", 7250), t));
        QVERIFY(first);
        QVERIFY(events.append(measurementEvent(value("ITEM-1", "CW", 7200), t + 1000)));
        auto again = events.append(measurementEvent(value("ITEM-1", "BL", 7205, 2), t + 2000));
        QVERIFY(again);
        QVERIFY(events.append(measurementEvent(value("ITEM-2", "BL", 7200), t + 3000)));
        auto caught = EventProjector(store()).catchUp();
        QVERIFY2(caught, qPrintable(caught ? QString() : caught.error().toString()));
        QCOMPARE(caught->measurementEvents, 4);
        QCOMPARE(rowsOf(store(), "ITEM-1"),
                 (QStringList{"BL 7250 1 superseded", "CW 7200 1 latest", "BL 7205 2 latest"}));
        QCOMPARE(rowsOf(store(), "ITEM-2"), QStringList{"BL 7200 1 latest"});
        auto rows = MeasurementRepository(store()).forItem(QStringLiteral("ITEM-1"));
        QCOMPARE(rows->front().supersededBy, again->id);
        QCOMPARE(rows->front().eventId, first->id);
        QCOMPARE(rows->front().deviceId, QStringLiteral("H1"));
        QCOMPARE(rows->front().measurement.tapeDevice, QStringLiteral("sim-glm"));
        QVERIFY(!rows->front().measurement.pass);
        auto latest = MeasurementRepository(store()).forItem(QStringLiteral("ITEM-1"), true);
        QCOMPARE(latest->size(), size_t(2));
        QCOMPARE(test::rowCount(store(), "measurements", "WHERE deviation = 50 AND pass = 0"), 1);
        // Caught up: nothing derived twice.
        QCOMPARE(EventProjector(store()).catchUp()->measurementEvents, 0);
        QCOMPARE(*MeasurementRepository(store()).count(), 4);
    }

    // Values of one point from two devices, appended out of time order (a handheld that synced
    // late): the chain follows the time, in a catch-up and in a rebuild alike.
    void outOfOrderGivesTheSameRows()
    {
        EventStore events(store());
        const qint64 t = m_clock->nowMs();
        QVERIFY(events.append(measurementEvent(value("ITEM-1", "BL", 7203, 3), t + 3000)));
        QVERIFY(events.append(measurementEvent(value("ITEM-1", "BL", 7201, 1), t + 1000, "K1")));
        QVERIFY(events.append(measurementEvent(value("ITEM-1", "BL", 7202, 2), t + 2000, "K1")));
        QVERIFY(EventProjector(store()).catchUp());
        const QStringList expected{"BL 7201 1 superseded", "BL 7202 2 superseded", "BL 7203 3 latest"};
        QCOMPARE(rowsOf(store(), "ITEM-1"), expected);
        const QByteArray caughtUp = test::contentDigest(store(), {QStringLiteral("summary_dirty")});
        auto rebuilt = EventProjector(store()).rebuild(m_clock->nowMs());
        QVERIFY(rebuilt);
        QCOMPARE(rebuilt->measurementEvents, 3);
        QCOMPARE(rowsOf(store(), "ITEM-1"), expected);
        QCOMPARE(test::contentDigest(store(), {QStringLiteral("summary_dirty")}), caughtUp);
    }

    void malformedLeftOut()
    {
        EventStore events(store());
        Event bad = measurementEvent(value("ITEM-1", "BL", 7200), m_clock->nowMs());
        bad.payload.remove(QStringLiteral("point"));
        QVERIFY(events.append(bad));
        QVERIFY(events.append(measurementEvent(value("ITEM-1", "CW", 7200), m_clock->nowMs() + 1)));
        auto caught = EventProjector(store()).catchUp();
        QVERIFY(caught);
        QCOMPARE(caught->measurementEvents, 1);
        QCOMPARE(caught->rejectedEvents, 1);
        auto rebuilt = EventProjector(store()).rebuild(m_clock->nowMs());
        QCOMPARE(rebuilt->measurementEvents, 1);
        QCOMPARE(rebuilt->rejectedEvents, 1);
        QCOMPARE(test::rowCount(store(), "events", "WHERE kind = 'measurement'"), 2); // the log keeps it
    }

    // A store at version 7 that holds measurement events gets their rows when it is upgraded.
    void migrationDerivesEarlierEvents()
    {
        test::TemporaryStore old(*m_clock, QStringLiteral("v7.sqlite"));
        old.close();
        QFile::remove(old.path());
        {
            Store::Options v7;
            v7.clock = m_clock.get();
            v7.migrations = test::firstBuiltins(7);
            auto s = Store::open(old.path(), v7);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
            QVERIFY(test::seedSmallWarehouse(**s).ok());
            EventStore events(**s);
            const qint64 t = m_clock->nowMs();
            QVERIFY(events.append(measurementEvent(value("ITEM-1", "BL", 7250), t)));
            QVERIFY(events.append(measurementEvent(value("ITEM-1", "BL", 7205, 2), t + 10)));
            Event bad = measurementEvent(value("ITEM-1", "CW", 7200), t + 20);
            bad.payload.remove(QStringLiteral("protocol"));
            QVERIFY(events.append(bad));
        }
        Store::Options now;
        now.clock = m_clock.get();
        auto s = Store::open(old.path(), now);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QVERIFY((*s)->schemaReport().resultVersion >= 8);
        QCOMPARE(rowsOf(**s, "ITEM-1"), (QStringList{"BL 7250 1 superseded", "BL 7205 2 latest"}));
        const QByteArray migrated = test::contentDigest(
            **s, {QStringLiteral("summary_dirty"), QStringLiteral("projection_checkpoint"),
                  QStringLiteral("schema_version"), QStringLiteral("schema_migrations")});
        QVERIFY(EventProjector(**s).rebuild(m_clock->nowMs()));
        QCOMPARE(test::contentDigest(
                     **s, {QStringLiteral("summary_dirty"), QStringLiteral("projection_checkpoint"),
                           QStringLiteral("schema_version"), QStringLiteral("schema_migrations")}),
                 migrated);
    }
};

QTEST_GUILESS_MAIN(TestMeasurementRepository)
#include "tst_measurementrepository.moc"
