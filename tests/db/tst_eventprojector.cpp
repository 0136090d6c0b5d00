// EventProjector: derived tables rebuilt from the event log, the same every time; bad events are
// counted and left in the log.
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QTest>

using namespace wh;
using namespace wh::db;

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

Event punch(const QString &device, EventKind kind, const QString &worker, const QString &site,
            const QString &activity, qint64 at)
{
    return test::punchEvent(device, kind, worker, site, activity, at);
}

Event raw(const QString &device, EventKind kind, const char *json, qint64 at)
{
    Event e;
    e.deviceId = device;
    e.kind = kind;
    e.occurredAtMs = at;
    e.payload = QJsonDocument::fromJson(QByteArray(json)).object();
    return e;
}

QString describe(const PunchInterval &p)
{
    const QTimeZone zone = p.siteCode == QLatin1String("S2") ? QTimeZone::utc() : QTimeZone("Asia/Tokyo");
    auto t = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("MM-dd HH:mm"));
    };
    return QStringLiteral("%1 %2 %3 day=%4 %5..%6 %7 %8")
        .arg(p.siteCode, p.workerCode, p.activityCode, p.businessDay.toString(QStringLiteral("MM-dd")),
             t(p.startMs), p.endMs ? t(*p.endMs) : QStringLiteral("-"), intervalStatusName(p.status),
             p.employmentTypeCode);
}
} // namespace

class TestEventProjector : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_clock = std::make_unique<test::MockClock>(tokyo(2, 9, 0));
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(m_tmp->store()).ok());

        const QString S1 = QStringLiteral("S1");
        const QString S2 = QStringLiteral("S2");
        const QString W1 = QStringLiteral("W001");
        const QString W2 = QStringLiteral("W002");
        const QString W3 = QStringLiteral("W003");
        const QString K1 = QStringLiteral("K1");
        const QString H1 = QStringLiteral("H1");
        const QString K2 = QStringLiteral("K2");
        std::vector<Event> events = {
            // W001: a day shift at S1 with a break; units on picking.
            punch(K1, EventKind::PunchClockIn, W1, S1, QStringLiteral("MEET"), tokyo(0, 9, 0)),
            punch(H1, EventKind::PunchSwitch, W1, S1, QStringLiteral("PICK"), tokyo(0, 9, 10)),
            test::unitsEvent(H1, W1, S1, QStringLiteral("PICK"), 280, tokyo(0, 11, 59)),
            punch(K1, EventKind::PunchBreak, W1, S1, QStringLiteral("LUNCH"), tokyo(0, 12, 0)),
            punch(H1, EventKind::PunchSwitch, W1, S1, QStringLiteral("CART"), tokyo(0, 13, 0)),
            test::unitsEvent(H1, W1, S1, QStringLiteral("CART"), 300, tokyo(0, 17, 59)),
            punch(K1, EventKind::PunchClockOut, W1, S1, QString(), tokyo(0, 18, 0)),
            // W002 forgets to clock out.
            punch(K1, EventKind::PunchClockIn, W2, S1, QStringLiteral("PICK"), tokyo(0, 10, 0)),
            // W003 at the UTC site: a night across midnight, then a stray second clock-out.
            punch(K2, EventKind::PunchClockIn, W3, S2, QStringLiteral("PICK"), utc(0, 23, 0)),
            punch(K2, EventKind::PunchClockOut, W3, S2, QString(), utc(1, 2, 0)),
            punch(K2, EventKind::PunchClockOut, W3, S2, QString(), utc(1, 2, 5)),
            // A team count at 04:30: business day D at S1; and one at S2 after midnight UTC.
            test::unitsEvent(K1, QString(), S1, QStringLiteral("PICK"), 40, tokyo(1, 4, 30)),
            test::unitsEvent(K2, W3, S2, QStringLiteral("PICK"), 12, utc(1, 1, 0)),
            // Bad events: kept in the log, left out of the derived tables.
            raw(K1, EventKind::PunchSwitch, R"({"site":"S1","activity":"PICK"})", tokyo(0, 14, 0)),
            punch(K1, EventKind::PunchSwitch, QStringLiteral("W999"), S1, QStringLiteral("PICK"),
                  tokyo(0, 14, 1)),
            punch(K1, EventKind::PunchSwitch, W1, S1, QStringLiteral("存在しない作業"), tokyo(0, 14, 2)),
            punch(K1, EventKind::PunchSwitch, W1, QStringLiteral("S9"), QStringLiteral("PICK"),
                  tokyo(0, 14, 3)),
            test::unitsEvent(H1, W1, S1, QStringLiteral("NOPE"), 5, tokyo(0, 14, 4)),
            test::unitsEvent(H1, W1, QStringLiteral("S9"), QStringLiteral("PICK"), 5, tokyo(0, 14, 5)),
            test::unitsEvent(H1, QStringLiteral("W999"), S1, QStringLiteral("PICK"), 5, tokyo(0, 14, 6)),
            raw(H1, EventKind::UnitsCounted, R"({"site":"S1","activity":"PICK"})", tokyo(0, 14, 7)),
            // Events of other kinds are not the projector's business.
            raw(H1, EventKind::Scan, R"({"code":"4901234567894"})", tokyo(0, 14, 8)),
        };
        EventStore store(m_tmp->store());
        auto stored = store.appendAll(std::move(events));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
    }
    void cleanup()
    {
        m_tmp.reset();
        m_clock.reset();
    }

    void rebuild()
    {
        EventProjector projector(m_tmp->store());
        auto summary = projector.rebuild(m_clock->nowMs());
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->punchEvents, qint64(13)); // 9 good, 4 bad
        QCOMPARE(summary->unitsEvents, qint64(4));
        QCOMPARE(summary->rejectedEvents, qint64(8));
        QCOMPARE(summary->strayPunches, qint64(1));
        QCOMPARE(summary->intervals, qint64(6));
        QCOMPARE(summary->forgottenIntervals, qint64(1));
        QCOMPARE(summary->openIntervals, qint64(0));

        PunchIntervalRepository intervals(m_tmp->store());
        const auto day1 = intervals.forBusinessDay(QStringLiteral("S1"), D);
        QVERIFY(day1.ok());
        QStringList s1;
        for (const auto &p : *day1)
            s1 << describe(p);
        QCOMPARE(s1, (QStringList{
                         QStringLiteral("S1 W001 MEET day=11-02 11-02 09:00..11-02 09:10 closed PT"),
                         QStringLiteral("S1 W001 PICK day=11-02 11-02 09:10..11-02 12:00 closed PT"),
                         QStringLiteral("S1 W002 PICK day=11-02 11-02 10:00..11-03 02:00 forgotten FT"),
                         QStringLiteral("S1 W001 LUNCH day=11-02 11-02 12:00..11-02 13:00 closed PT"),
                         QStringLiteral("S1 W001 CART day=11-02 11-02 13:00..11-02 18:00 closed PT"),
                     }));
        const auto day2 = intervals.forBusinessDay(QStringLiteral("S2"), D);
        QVERIFY(day2.ok());
        QStringList s2;
        for (const auto &p : *day2)
            s2 << describe(p);
        QCOMPARE(s2,
                 QStringList{QStringLiteral("S2 W003 PICK day=11-02 11-02 23:00..11-03 02:00 closed PT")});

        // Units rows with their business day; the bad ones are not there.
        UnitsRepository units(m_tmp->store());
        QCOMPARE(units.count().valueOr(-1), qint64(4));
        QCOMPARE(units.totalQuantity().valueOr(-1), qint64(280 + 300 + 40 + 12));
        // S1's 04:30 team count belongs to the day before (business day from 05:00). W003's 01:00
        // count at S2 (UTC, day from 00:00) falls inside their night shift of 11-02 (23:00-02:00):
        // a worker's units count with the shift they were on, not with the calendar.
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("units"),
                                QStringLiteral("WHERE business_day = '2026-11-02'")),
                 qint64(4));
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("units"),
                                QStringLiteral("WHERE site = 'S2' AND business_day = '2026-11-02'")),
                 qint64(1));
        QCOMPARE(
            test::rowCount(m_tmp->store(), QStringLiteral("units"), QStringLiteral("WHERE worker IS NULL")),
            qint64(1));

        // Nothing was taken out of the log.
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("events")), qint64(22));
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("outbox")), qint64(22));
    }

    void rebuildIsIdempotent()
    {
        EventProjector projector(m_tmp->store());
        auto first = projector.rebuild(m_clock->nowMs());
        QVERIFY(first.ok());
        const QByteArray digest = test::contentDigest(m_tmp->store());
        auto second = projector.rebuild(m_clock->nowMs());
        QVERIFY(second.ok());
        QCOMPARE(test::contentDigest(m_tmp->store()), digest);
        QCOMPARE(second->intervals, first->intervals);
        QCOMPARE(second->rejectedEvents, first->rejectedEvents);
        // A projector on a reopened store gives the same tables too.
        QVERIFY(m_tmp->reopen(*m_clock));
        EventProjector again(m_tmp->store());
        QVERIFY(again.rebuild(m_clock->nowMs()).ok());
        QCOMPARE(test::contentDigest(m_tmp->store()), digest);
    }

    // Catching up from the checkpoint (as a kiosk does after each punch, and as opening a punch
    // service does after a crash) gives what a full rebuild gives, and derives nothing twice.
    void catchUpMatchesRebuild()
    {
        // No shift is old enough to be closed as forgotten at this time (catch-up never expires).
        const qint64 beforeExpiry = tokyo(0, 20, 0);
        EventProjector projector(m_tmp->store());
        QVERIFY(projector.rebuild(beforeExpiry).ok());
        const QByteArray rebuilt = test::contentDigest(m_tmp->store(), {QStringLiteral("projection_checkpoint"), QStringLiteral("summary_dirty")});
        auto behind = projector.behind();
        QVERIFY(behind.ok());
        QVERIFY(!*behind);

        // Back to an empty projection with the checkpoint at the start of the log.
        QSqlQuery q(m_tmp->store().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM punch_intervals")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM units")));
        QVERIFY(q.exec(QStringLiteral("UPDATE projection_checkpoint SET event_rowid = 0")));
        behind = projector.behind();
        QVERIFY(behind.ok());
        QVERIFY(*behind);

        auto first = projector.catchUp();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(first->punchEvents, qint64(13));
        QCOMPARE(first->unitsEvents, qint64(4));
        QCOMPARE(first->rejectedEvents, qint64(8));
        QCOMPARE(test::contentDigest(m_tmp->store(), {QStringLiteral("projection_checkpoint"), QStringLiteral("summary_dirty")}), rebuilt);
        behind = projector.behind();
        QVERIFY(behind.ok());
        QVERIFY(!*behind);

        auto second = projector.catchUp();
        QVERIFY(second.ok());
        QCOMPARE(second->punchEvents + second->unitsEvents + second->rejectedEvents, qint64(0));
        QCOMPARE(test::contentDigest(m_tmp->store(), {QStringLiteral("projection_checkpoint"), QStringLiteral("summary_dirty")}), rebuilt);
    }

    void openUntilTheShiftIsTooOld_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("status");
        QTest::newRow("same evening: still open") << tokyo(0, 20, 0) << QStringLiteral("open");
        QTest::newRow("exactly 16 h: still open") << tokyo(1, 2, 0) << QStringLiteral("open");
        QTest::newRow("past 16 h: forgotten") << tokyo(1, 2, 1) << QStringLiteral("forgotten");
    }
    void openUntilTheShiftIsTooOld()
    {
        QFETCH(qint64, now);
        QFETCH(QString, status);
        EventProjector projector(m_tmp->store());
        auto summary = projector.rebuild(now);
        QVERIFY(summary.ok());
        PunchIntervalRepository intervals(m_tmp->store());
        auto w2 = intervals.forWorker(QStringLiteral("W002"), tokyo(0, 0, 0), tokyo(3, 0, 0));
        QVERIFY(w2.ok());
        QCOMPARE(w2->size(), size_t(1));
        QCOMPARE(intervalStatusName(w2->front().status), status);
        QCOMPARE(w2->front().endMs.has_value(), status != QLatin1String("open"));
        QCOMPARE(summary->openIntervals, qint64(status == QLatin1String("open") ? 1 : 0));
        QCOMPARE(intervals.count(IntervalStatus::Open).valueOr(-1), summary->openIntervals);
        QCOMPARE(intervals.count().valueOr(-1), qint64(6));
    }

    void failedRebuildKeepsTheOldTables()
    {
        EventProjector projector(m_tmp->store());
        QVERIFY(projector.rebuild(m_clock->nowMs()).ok());
        const QByteArray digest = test::contentDigest(m_tmp->store());
        // A write failure half-way (a temporary trigger on this connection refuses W003's row).
        const QSqlDatabase db = m_tmp->store().connection();
        QVERIFY(execDirect(db, QStringLiteral(
                                   "CREATE TEMP TRIGGER refuse_w003 BEFORE INSERT ON main.punch_intervals "
                                   "WHEN NEW.worker = 'W003' BEGIN SELECT RAISE(ABORT, 'injected'); END"))
                    .ok());
        auto failed = projector.rebuild(m_clock->nowMs());
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message().contains(QStringLiteral("injected")));
        QCOMPARE(test::contentDigest(m_tmp->store()), digest);
        QVERIFY(execDirect(db, QStringLiteral("DROP TRIGGER temp.refuse_w003")).ok());
        QVERIFY(projector.rebuild(m_clock->nowMs()).ok());
        QCOMPARE(test::contentDigest(m_tmp->store()), digest);
    }

    void emptyLog()
    {
        test::TemporaryStore empty(*m_clock);
        QVERIFY(empty.ok());
        QVERIFY(test::seedSmallWarehouse(empty.store()).ok());
        EventProjector projector(empty.store());
        auto summary = projector.rebuild(m_clock->nowMs());
        QVERIFY(summary.ok());
        QCOMPARE(summary->intervals, qint64(0));
        QCOMPARE(summary->punchEvents, qint64(0));
        QCOMPARE(summary->rejectedEvents, qint64(0));
    }

private:
    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

QTEST_GUILESS_MAIN(TestEventProjector)
#include "tst_eventprojector.moc"
