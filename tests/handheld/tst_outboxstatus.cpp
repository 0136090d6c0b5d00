// OutboxStatus: what waits in the device's outbox to be synced, as the header shows it: the
// count moving after a punch, "All synced", the age of the oldest record, an outbox that cannot
// be read. A real demo store and a test clock.
#include "OutboxStatus.h"
#include "PunchTestStore.h"

#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace wh;

class TestOutboxStatus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void countMovesAfterAPunch();
    void allSynced();
    void oldest();
    void usesTheIndex();
    void onlyThisDevice();
    void refreshesOnATimer();
    void ageText_data();
    void ageText();
    void unreadableOutbox();

private:
    qint64 pendingInStore()
    {
        return test::rowCount(m_fixture.store->store(), QStringLiteral("outbox"),
                              QStringLiteral("WHERE sent_at_ms IS NULL"));
    }
    void markAllSent()
    {
        QSqlQuery q(m_fixture.store->store().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET sent_at_ms = %1 WHERE sent_at_ms IS NULL")
                           .arg(m_fixture.clock.nowMs())));
    }

    test::PunchTestStore m_fixture;
};

void TestOutboxStatus::initTestCase()
{
    const QString problem = m_fixture.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestOutboxStatus::countMovesAfterAPunch()
{
    OutboxStatus outbox(m_fixture.store->store(), m_fixture.clock);
    const qint64 before = pendingInStore();
    QVERIFY(before > 0); // the demo's events wait to be sent
    QCOMPARE(qint64(outbox.pending()), before);
    QCOMPARE(outbox.text(), QStringLiteral("%1 waiting to sync").arg(QLocale().toString(before)));
    QSignalSpy changed(&outbox, &OutboxStatus::changed);

    const db::WorkerCard worker = m_fixture.offWorker();
    m_fixture.clock.advance(60 * 1000);
    QVERIFY(m_fixture.punch->punch(worker.worker.code, PunchAction::StartActivity,
                                   QStringLiteral("PAC-SGL-PACK")));
    outbox.refresh();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(qint64(outbox.pending()), before + 1);
    QCOMPARE(outbox.text(), QStringLiteral("%1 waiting to sync").arg(QLocale().toString(before + 1)));
    QVERIFY(!outbox.problem());
}

void TestOutboxStatus::allSynced()
{
    markAllSent();
    OutboxStatus outbox(m_fixture.store->store(), m_fixture.clock);
    QCOMPARE(outbox.pending(), 0);
    QCOMPARE(outbox.text(), QStringLiteral("All synced"));
    QVERIFY(outbox.oldestText().isEmpty());
    QSignalSpy changed(&outbox, &OutboxStatus::changed);
    outbox.refresh(); // still nothing: nothing to tell
    QCOMPARE(changed.size(), 0);
}

void TestOutboxStatus::oldest()
{
    markAllSent();
    OutboxStatus outbox(m_fixture.store->store(), m_fixture.clock);
    QCOMPARE(outbox.pending(), 0);
    QSignalSpy changed(&outbox, &OutboxStatus::changed);
    const db::WorkerCard worker = m_fixture.offWorker();
    m_fixture.clock.advance(60 * 1000);
    QVERIFY(m_fixture.punch->punch(worker.worker.code, PunchAction::StartActivity,
                                   QStringLiteral("MEA-MSR-GARMENT")));
    outbox.refresh();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(outbox.pending(), 1);
    QCOMPARE(outbox.text(), QStringLiteral("1 waiting to sync"));
    QCOMPARE(outbox.oldestText(), QStringLiteral("oldest just now"));
    m_fixture.clock.advance(12 * 60 * 1000);
    QVERIFY(m_fixture.punch->punch(worker.worker.code, PunchAction::Break));
    outbox.refresh();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(outbox.text(), QStringLiteral("2 waiting to sync"));
    QCOMPARE(outbox.oldestText(), QStringLiteral("oldest 12 min ago"));
    // While something waits, every read tells (the age moves).
    m_fixture.clock.advance(3 * 3600 * 1000LL);
    outbox.refresh();
    QCOMPARE(changed.size(), 3);
    QCOMPARE(outbox.oldestText(), QStringLiteral("oldest 3 h ago"));
}

void TestOutboxStatus::usesTheIndex()
{
    // Cheap: the count and the oldest come from the partial index of unsent rows.
    QSqlQuery q(m_fixture.store->store().connection());
    QVERIFY(q.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT count(*), min(enqueued_at_ms) FROM outbox WHERE sent_at_ms IS NULL")));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    QVERIFY2(plan.join(QLatin1Char(' ')).contains(QStringLiteral("outbox_pending")),
             qPrintable(plan.join('\n')));
}

// On a store shared with other devices (the site's, on one machine), the header counts only
// what this handheld recorded, through the events' (device, sequence) key.
void TestOutboxStatus::onlyThisDevice()
{
    const QString device = m_fixture.punch->device().id;
    const auto ofDevice = [this, &device] {
        return test::pendingOutboxRows(m_fixture.store->store(), device);
    };
    {
        // Every device's records waiting again (the tests before sent them).
        QSqlQuery unsend(m_fixture.store->store().connection());
        QVERIFY(unsend.exec(QStringLiteral("UPDATE outbox SET sent_at_ms = NULL")));
    }
    OutboxStatus outbox(m_fixture.store->store(), m_fixture.clock);
    outbox.setDeviceId(device);
    QCOMPARE(outbox.deviceId(), device);
    const qint64 before = ofDevice();
    QCOMPARE(qint64(outbox.pending()), before);
    QVERIFY(before < pendingInStore());
    const db::WorkerCard worker = m_fixture.offWorker();
    m_fixture.clock.advance(60 * 1000);
    QVERIFY(m_fixture.punch->punch(worker.worker.code, PunchAction::StartActivity,
                                   QStringLiteral("PAC-SGL-PACK")));
    outbox.refresh();
    QCOMPARE(qint64(outbox.pending()), before + 1);
    QSqlQuery q(m_fixture.store->store().connection());
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*), min(o.enqueued_at_ms) FROM events e "
                                  "JOIN outbox o ON o.event_id = "
                                  "e.id WHERE e.device_id = 'X' AND o.sent_at_ms IS NULL")));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    QVERIFY2(!plan.join(QLatin1Char(' ')).contains(QStringLiteral("SCAN e")), qPrintable(plan.join('\n')));
}

void TestOutboxStatus::refreshesOnATimer()
{
    OutboxStatus outbox(m_fixture.store->store(), m_fixture.clock);
    const QList<QTimer *> timers = outbox.findChildren<QTimer *>();
    QCOMPARE(timers.size(), 1);
    QCOMPARE(timers.front()->interval(), OutboxStatus::kRefreshMs);
    QCOMPARE(OutboxStatus::kRefreshMs, 10 * 1000);
    QVERIFY(timers.front()->isActive());
    // What the timer runs is refresh(): a punch shows once it fires.
    const int before = outbox.pending();
    const db::WorkerCard worker = m_fixture.offWorker();
    m_fixture.clock.advance(60 * 1000);
    QVERIFY(m_fixture.punch->punch(worker.worker.code, PunchAction::StartActivity,
                                   QStringLiteral("PAC-SGL-PACK")));
    QSignalSpy changed(&outbox, &OutboxStatus::changed);
    QVERIFY(QMetaObject::invokeMethod(timers.front(), "timeout", Qt::DirectConnection));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(outbox.pending(), before + 1);
}

void TestOutboxStatus::ageText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    const qint64 minute = 60 * 1000;
    QTest::newRow("now") << qint64(0) << "just now";
    QTest::newRow("59 s") << 59 * 1000LL << "just now";
    QTest::newRow("a clock that went back") << -5 * minute << "just now";
    QTest::newRow("1 min") << minute << "1 min ago";
    QTest::newRow("59 min") << 59 * minute + 59 * 1000 << "59 min ago";
    QTest::newRow("1 h") << 60 * minute << "1 h ago";
    QTest::newRow("47 h") << 47 * 60 * minute << "47 h ago";
    QTest::newRow("2 days") << 48 * 60 * minute << "2 days ago";
    QTest::newRow("a month") << 30 * 24 * 60 * minute << "30 days ago";
}

void TestOutboxStatus::ageText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(OutboxStatus::ageText(ms), text);
}

void TestOutboxStatus::unreadableOutbox()
{
    test::MockClock clock;
    test::TemporaryStore store(clock);
    QVERIFY(store.ok());
    {
        QSqlQuery q(store.store().connection());
        QVERIFY2(q.exec(QStringLiteral("DROP TABLE outbox")), qPrintable(q.lastError().text()));
    }
    OutboxStatus outbox(store.store(), clock);
    QVERIFY(outbox.problem());
    QCOMPARE(outbox.pending(), 0);
    QCOMPARE(outbox.text(), QStringLiteral("Sync queue cannot be read"));
}

QTEST_GUILESS_MAIN(TestOutboxStatus)
#include "tst_outboxstatus.moc"
