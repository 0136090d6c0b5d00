// EventStore: the immutable event log and its outbox, written together or not at all.
#include "EventStore.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "UuidV7.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace wh;
using namespace wh::db;

Q_DECLARE_METATYPE(wh::ErrorCode)

namespace {
const QString W1 = QStringLiteral("W001");
const QString S1 = QStringLiteral("S1");

Event punch(const QString &device, qint64 at, EventKind kind = EventKind::PunchSwitch,
            const QString &activity = QStringLiteral("PICK"))
{
    return test::punchEvent(device, kind, W1, S1, kind == EventKind::PunchClockOut ? QString() : activity,
                            at);
}

template <typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}
} // namespace

class TestEventStore : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_clock = std::make_unique<test::MockClock>();
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(m_tmp->store()).ok());
    }
    void cleanup()
    {
        m_tmp.reset();
        m_clock.reset();
    }

    void sequencePerDevice()
    {
        EventStore events(m_tmp->store());
        const QStringList devices = {QStringLiteral("K1"), QStringLiteral("H1"), QStringLiteral("K1"),
                                     QStringLiteral("K2"), QStringLiteral("K1"), QStringLiteral("H1")};
        const QList<qint64> expected = {1, 1, 2, 1, 3, 2};
        for (int i = 0; i < devices.size(); ++i) {
            auto stored = events.append(punch(devices[i], m_clock->nowMs() - 1000 + i));
            QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
            QCOMPARE(stored->sequence, expected[i]);
            QCOMPARE(stored->deviceId, devices[i]);
        }
        QCOMPARE(events.lastSequence(QStringLiteral("K1")).valueOr(-1), qint64(3));
        QCOMPARE(events.lastSequence(QStringLiteral("H1")).valueOr(-1), qint64(2));
        QCOMPARE(events.lastSequence(QStringLiteral("K2")).valueOr(-1), qint64(1));
        QCOMPARE(events.lastSequence(QStringLiteral("NEW")).valueOr(-1), qint64(0));

        // A new EventStore on a reopened file goes on from the stored sequence.
        QVERIFY(m_tmp->reopen(*m_clock));
        EventStore again(m_tmp->store());
        QCOMPARE(again.append(punch(QStringLiteral("K1"), m_clock->nowMs()))->sequence, qint64(4));
    }

    void idsAndTimes()
    {
        EventStore events(m_tmp->store());
        const qint64 occurred = test::tokyoMs(QDate(2026, 11, 2), 4, 59, 59);
        auto stored = events.append(punch(QStringLiteral("K1"), occurred));
        QVERIFY(stored.ok());
        // A fresh UUIDv7 stamped with the store's clock.
        QCOMPARE(quint8(stored->id.toRfc4122()[6]) >> 4, 0x7);
        QCOMPARE(UuidV7Generator::timestampOf(stored->id), m_clock->nowMs());
        QCOMPARE(stored->occurredAtMs, occurred);
        auto row = scalar(
            m_tmp->store().connection(),
            QStringLiteral("SELECT recorded_at_ms FROM events WHERE id = '%1'").arg(uuidText(stored->id)));
        QCOMPARE(row->toLongLong(), m_clock->nowMs());

        // Ids increase with every append, even in the same millisecond.
        auto second = events.append(punch(QStringLiteral("K1"), occurred));
        QVERIFY(stored->id.toRfc4122() < second->id.toRfc4122());

        // An id given by the device is kept.
        Event own = punch(QStringLiteral("H1"), occurred);
        own.id = QUuid::fromString(QStringLiteral("0192f3a0-7c1e-7abc-8def-0123456789ab"));
        auto kept = events.append(own);
        QVERIFY(kept.ok());
        QCOMPARE(kept->id, own.id);
        auto found = events.find(own.id);
        QVERIFY(found.ok());
        QCOMPARE(found->deviceId, QStringLiteral("H1"));
    }

    void outboxRowPerEvent()
    {
        EventStore events(m_tmp->store());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(events.append(punch(QStringLiteral("K1"), m_clock->nowMs() + i)).ok());
            m_clock->advance(10);
        }
        QSqlQuery q(m_tmp->store().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT o.event_id), SUM(o.attempts), "
                                      "count(o.sent_at_ms) FROM events e JOIN outbox o ON o.event_id = e.id "
                                      "AND o.enqueued_at_ms = e.recorded_at_ms")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toInt(), 3);
        QCOMPARE(q.value(2).toInt(), 0);
        QCOMPARE(q.value(3).toInt(), 0);
        QCOMPARE(events.pendingCount().valueOr(-1), qint64(3));
    }

    void faultBetweenEventAndOutbox_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("first event, I/O error") << 0 << ErrorCode::Io;
        QTest::newRow("after two events, disk full") << 2 << ErrorCode::DiskFull;
        QTest::newRow("after five events, internal") << 5 << ErrorCode::Internal;
    }
    void faultBetweenEventAndOutbox()
    {
        QFETCH(int, before);
        QFETCH(ErrorCode, code);
        EventStore events(m_tmp->store());
        for (int i = 0; i < before; ++i)
            QVERIFY(events.append(punch(QStringLiteral("K1"), m_clock->nowMs() + i)).ok());
        const QByteArray digest = test::contentDigest(m_tmp->store());

        test::FailAfter fault{0, code};
        events.setFaultInjector(fault.injector());
        Event doomed = punch(QStringLiteral("K1"), m_clock->nowMs() + 100);
        doomed.id = UuidV7Generator().next();
        auto failed = events.append(doomed);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code(), code);
        QCOMPARE(*fault.calls, 1); // the event row was written when the fault hit
        // Neither row is stored: the store is exactly as before.
        QCOMPARE(test::contentDigest(m_tmp->store()), digest);
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("events")), qint64(before));
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("outbox")), qint64(before));
        QVERIFY(!events.find(doomed.id).ok());

        // The next append works, with the next sequence number and both rows.
        events.setFaultInjector({});
        auto next = events.append(doomed);
        QVERIFY2(next.ok(), qPrintable(errorText(next)));
        QCOMPARE(next->sequence, qint64(before + 1));
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("outbox"),
                                QStringLiteral("WHERE event_id = '%1'").arg(uuidText(doomed.id))),
                 qint64(1));
    }

    void appendAllIsAllOrNone_data()
    {
        QTest::addColumn<int>("failAt"); // -1: an unknown device in the middle; -2: a duplicate id
        QTest::newRow("fault at the first event") << 0;
        QTest::newRow("fault at the fourth of five") << 3;
        QTest::newRow("fault at the last") << 4;
        QTest::newRow("unknown device in the middle") << -1;
        QTest::newRow("duplicate id in the batch") << -2;
        QTest::newRow("no device id in the batch") << -3;
    }
    void appendAllIsAllOrNone()
    {
        QFETCH(int, failAt);
        EventStore events(m_tmp->store());
        QVERIFY(events.append(punch(QStringLiteral("K1"), m_clock->nowMs())).ok());
        const QByteArray digest = test::contentDigest(m_tmp->store());
        auto makeBatch = [this] {
            std::vector<Event> batch;
            for (int i = 0; i < 5; ++i)
                batch.push_back(
                    punch(i % 2 ? QStringLiteral("H1") : QStringLiteral("K1"), m_clock->nowMs() + i));
            return batch;
        };
        std::vector<Event> batch = makeBatch();
        test::FailAfter fault{failAt};
        if (failAt >= 0)
            events.setFaultInjector(fault.injector());
        else if (failAt == -1)
            batch[2].deviceId = QStringLiteral("NO-SUCH-DEVICE");
        else if (failAt == -2)
            batch[4].id = batch[1].id = UuidV7Generator().next();
        else
            batch[3].deviceId.clear();
        auto stored = events.appendAll(batch);
        QVERIFY(!stored.ok());
        QCOMPARE(test::contentDigest(m_tmp->store()), digest);

        // The same batch, fixed, goes in whole with contiguous sequences.
        events.setFaultInjector({});
        stored = events.appendAll(makeBatch());
        QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
        QList<qint64> k1;
        QList<qint64> h1;
        for (const Event &e : *stored)
            (e.deviceId == QLatin1String("K1") ? k1 : h1) << e.sequence;
        QCOMPARE(k1, (QList<qint64>{2, 3, 4}));
        QCOMPARE(h1, (QList<qint64>{1, 2}));
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("outbox")), qint64(6));
    }

    void appendAllEmpty()
    {
        EventStore events(m_tmp->store());
        auto stored = events.appendAll({});
        QVERIFY(stored.ok());
        QVERIFY(stored->empty());
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("events")), qint64(0));
    }

    void rejectedEvents_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("no device") << QString() << ErrorCode::InvalidArgument;
        QTest::newRow("unknown device") << QStringLiteral("端末X") << ErrorCode::Conflict;
    }
    void rejectedEvents()
    {
        QFETCH(QString, device);
        QFETCH(ErrorCode, code);
        EventStore events(m_tmp->store());
        auto stored = events.append(punch(device, m_clock->nowMs()));
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code(), code);
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("events")), qint64(0));
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("outbox")), qint64(0));
    }

    void duplicateIdIsAConflict()
    {
        EventStore events(m_tmp->store());
        auto first = events.append(punch(QStringLiteral("K1"), m_clock->nowMs()));
        QVERIFY(first.ok());
        Event again = punch(QStringLiteral("H1"), m_clock->nowMs());
        again.id = first->id;
        auto stored = events.append(again);
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code(), ErrorCode::Conflict);
        QCOMPARE(events.lastSequence(QStringLiteral("H1")).valueOr(-1), qint64(0));
    }

    void eventsAreImmutable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update the kind") << QStringLiteral("UPDATE events SET kind = 'punch.clock_out'");
        QTest::newRow("update the payload") << QStringLiteral("UPDATE events SET payload = '{}'");
        QTest::newRow("update the time")
            << QStringLiteral("UPDATE events SET occurred_at_ms = occurred_at_ms + 1");
        QTest::newRow("delete one") << QStringLiteral("DELETE FROM events WHERE sequence = 1");
        QTest::newRow("delete all") << QStringLiteral("DELETE FROM events");
        QTest::newRow("replace with a forged payload") << QStringLiteral(
            "INSERT OR REPLACE INTO events SELECT id, device_id, sequence, kind, occurred_at_ms, "
            "recorded_at_ms, '{\"forged\":1}' FROM events");
        QTest::newRow("replace by device and sequence")
            << QStringLiteral("INSERT OR REPLACE INTO events SELECT 'x' || id, device_id, sequence, kind, "
                              "occurred_at_ms, recorded_at_ms, payload FROM events");
    }
    void eventsAreImmutable()
    {
        QFETCH(QString, sql);
        EventStore events(m_tmp->store());
        QVERIFY(events.append(punch(QStringLiteral("K1"), m_clock->nowMs())).ok());
        QVERIFY(events.append(punch(QStringLiteral("K1"), m_clock->nowMs() + 1)).ok());
        const QByteArray digest = test::contentDigest(m_tmp->store());
        auto status = execDirect(m_tmp->store().connection(), sql);
        QVERIFY2(!status.ok(), qPrintable(sql));
        QCOMPARE(status.error().code(), ErrorCode::Conflict);
        QCOMPARE(test::contentDigest(m_tmp->store()), digest);
    }

    void payloadRoundTrip_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::newRow("punch") << PunchPayload{W1, S1, QStringLiteral("PICK")}.toJson();
        QTest::newRow("japanese") << QJsonObject{{QStringLiteral("worker"), QStringLiteral("山田")},
                                                 {QStringLiteral("memo"), QStringLiteral("午前5時の境界 🕔")}};
        QTest::newRow("empty") << QJsonObject{};
        QJsonArray points;
        points.append(1);
        points.append(2.5);
        points.append(QStringLiteral("x"));
        QJsonObject nested;
        nested.insert(QStringLiteral("points"), points);
        nested.insert(QStringLiteral("deep"), QJsonObject{{QStringLiteral("a"), true}});
        QTest::newRow("nested") << nested;
        QTest::newRow("huge: 1 MB") << QJsonObject{
            {QStringLiteral("blob"), QString(1000000, QLatin1Char('x'))}};
    }
    void payloadRoundTrip()
    {
        QFETCH(QJsonObject, payload);
        EventStore events(m_tmp->store());
        Event e = punch(QStringLiteral("H1"), m_clock->nowMs());
        e.kind = EventKind::Measurement;
        e.payload = payload;
        auto stored = events.append(e);
        QVERIFY(stored.ok());
        auto found = events.find(stored->id);
        QVERIFY(found.ok());
        QCOMPARE(found->payload, payload);
        QCOMPARE(found->kind, EventKind::Measurement);
        QCOMPARE(found->sequence, stored->sequence);
        QCOMPARE(found->occurredAtMs, e.occurredAtMs);
    }

    void findMissingAndUnknownKind()
    {
        EventStore events(m_tmp->store());
        const QUuid missing = UuidV7Generator().next();
        auto found = events.find(missing);
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code(), ErrorCode::NotFound);
        // A kind this program does not know (a newer device): readable as an error naming the kind.
        const QUuid id = UuidV7Generator().next();
        QVERIFY(execDirect(m_tmp->store().connection(),
                           QStringLiteral(
                               "INSERT INTO events (id, device_id, sequence, kind, occurred_at_ms, "
                               "recorded_at_ms, payload) VALUES ('%1', 'K1', 1, 'pallet.moved', 0, 0, '{}')")
                               .arg(uuidText(id)))
                    .ok());
        auto future = events.find(id);
        QVERIFY(!future.ok());
        QCOMPARE(future.error().code(), ErrorCode::Parse);
        QCOMPARE(future.error().context(), QStringLiteral("pallet.moved"));
        // The store keeps going: the next append on that device continues its sequence.
        QCOMPARE(events.append(punch(QStringLiteral("K1"), 1))->sequence, qint64(2));
    }

    void forEachOrderAndFilter()
    {
        EventStore events(m_tmp->store());
        const qint64 t = test::tokyoMs(QDate(2026, 11, 2), 9, 0);
        // Appended out of occurred order, and two at the same instant on different devices.
        QVERIFY(events.append(punch(QStringLiteral("K1"), t + 3000)).ok()); // K1#1
        QVERIFY(events.append(punch(QStringLiteral("K2"), t + 1000)).ok()); // K2#1
        QVERIFY(
            events.append(test::unitsEvent(QStringLiteral("H1"), W1, S1, QStringLiteral("PICK"), 5, t + 2000))
                .ok());                                                                               // H1#1
        QVERIFY(events.append(punch(QStringLiteral("H1"), t + 1000)).ok());                           // H1#2
        QVERIFY(events.append(punch(QStringLiteral("K1"), t)).ok());                                  // K1#2
        QVERIFY(events.append(punch(QStringLiteral("K1"), t + 3000, EventKind::PunchClockOut)).ok()); // K1#3

        QStringList all;
        QVERIFY(events
                    .forEach({},
                             [&](const Event &e) {
                                 all << QStringLiteral("%1#%2@%3")
                                            .arg(e.deviceId)
                                            .arg(e.sequence)
                                            .arg((e.occurredAtMs - t) / 1000);
                                 return true;
                             })
                    .ok());
        QCOMPARE(all,
                 (QStringList{QStringLiteral("K1#2@0"), QStringLiteral("H1#2@1"), QStringLiteral("K2#1@1"),
                              QStringLiteral("H1#1@2"), QStringLiteral("K1#1@3"), QStringLiteral("K1#3@3")}));

        QStringList unitsOnly;
        QVERIFY(events
                    .forEach({EventKind::UnitsCounted},
                             [&](const Event &e) {
                                 unitsOnly << e.deviceId;
                                 return true;
                             })
                    .ok());
        QCOMPARE(unitsOnly, QStringList{QStringLiteral("H1")});

        int visited = 0;
        QVERIFY(events
                    .forEach({EventKind::PunchSwitch, EventKind::PunchClockOut},
                             [&](const Event &) {
                                 return ++visited < 2; // stop after the second
                             })
                    .ok());
        QCOMPARE(visited, 2);

        QCOMPARE(events.count().valueOr(-1), qint64(6));
        QCOMPARE(events.count(EventKind::PunchSwitch).valueOr(-1), qint64(4));
        QCOMPARE(events.count(EventKind::Photo).valueOr(-1), qint64(0));
    }

    void outboxPendingSentFailed()
    {
        EventStore events(m_tmp->store());
        std::vector<QUuid> ids;
        for (int i = 0; i < 5; ++i) {
            auto e =
                events.append(punch(i % 2 ? QStringLiteral("H1") : QStringLiteral("K1"), m_clock->nowMs()));
            QVERIFY(e.ok());
            ids.push_back(e->id);
            m_clock->advance(1000);
        }
        auto pending = events.pendingOutbox(3);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), size_t(3));
        QCOMPARE(pending->at(0).id, ids[0]); // oldest first
        QCOMPARE(pending->at(2).id, ids[2]);

        QVERIFY(events.markSent({ids[0], ids[1]}, m_clock->nowMs()).ok());
        QVERIFY(events.markFailed(ids[2], QStringLiteral("HTTP 503: サーバー停止中"), m_clock->nowMs()).ok());
        QVERIFY(events.markFailed(ids[2], QStringLiteral("timeout"), m_clock->nowMs() + 1).ok());
        QCOMPARE(events.pendingCount().valueOr(-1), qint64(3));
        pending = events.pendingOutbox(100);
        QCOMPARE(pending->size(), size_t(3));
        QCOMPARE(pending->at(0).id, ids[2]); // failed ones stay pending, in order

        QSqlQuery q(m_tmp->store().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT attempts, last_error, last_attempt_at_ms, sent_at_ms FROM outbox "
                                  "WHERE event_id = '%1'")
                       .arg(uuidText(ids[2]))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toString(), QStringLiteral("timeout"));
        QCOMPARE(q.value(2).toLongLong(), m_clock->nowMs() + 1);
        QVERIFY(q.value(3).isNull());
        QVERIFY(q.exec(QStringLiteral("SELECT attempts, sent_at_ms FROM outbox WHERE event_id = '%1'")
                           .arg(uuidText(ids[0]))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toLongLong(), m_clock->nowMs());

        // Marking unknown ids or nothing changes nothing.
        QVERIFY(events.markSent({UuidV7Generator().next()}, m_clock->nowMs()).ok());
        QVERIFY(events.markSent({}, m_clock->nowMs()).ok());
        QCOMPARE(events.pendingCount().valueOr(-1), qint64(3));
        QVERIFY(events.markSent({ids[2], ids[3], ids[4]}, m_clock->nowMs()).ok());
        QCOMPARE(events.pendingCount().valueOr(-1), qint64(0));
        QVERIFY(events.pendingOutbox(10)->empty());
    }

private:
    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
