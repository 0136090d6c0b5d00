// PunchIntervalRepository: the derived punch intervals table.
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "TestSupport.h"

#include <QTest>

using namespace wh;
using namespace wh::db;

class TestPunchIntervalRepository : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_clock = std::make_unique<test::MockClock>();
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(m_tmp->store()).ok());
        // Intervals refer to the punches that opened and closed them.
        EventStore events(m_tmp->store());
        for (int i = 0; i < 4; ++i) {
            auto e = events.append(test::punchEvent(QStringLiteral("K1"), EventKind::PunchSwitch,
                                                    QStringLiteral("W001"), QStringLiteral("S1"),
                                                    QStringLiteral("PICK"), at(i)));
            QVERIFY(e.ok());
            m_ids.push_back(e->id);
        }
    }
    void cleanup()
    {
        m_tmp.reset();
        m_clock.reset();
        m_ids.clear();
    }

    void insertAndRead()
    {
        PunchIntervalRepository repo(m_tmp->store());
        const PunchInterval closed = interval(0, 1, IntervalStatus::Closed, QDate(2026, 11, 1));
        const PunchInterval forgotten = interval(1, -1, IntervalStatus::Forgotten, QDate(2026, 11, 1));
        PunchInterval open = interval(2, -1, IntervalStatus::Open, QDate(2026, 11, 2));
        open.endMs.reset();
        open.employmentTypeCode.clear(); // unknown type is stored as NULL and read back empty
        QVERIFY(repo.insert(closed).ok());
        QVERIFY(repo.insert(forgotten).ok());
        QVERIFY(repo.insert(open).ok());

        auto day = repo.forBusinessDay(QStringLiteral("S1"), QDate(2026, 11, 1));
        QVERIFY(day.ok());
        QCOMPARE(day->size(), size_t(2));
        const PunchInterval &a = day->at(0);
        QCOMPARE(a.startEventId, closed.startEventId);
        QCOMPARE(a.endEventId, closed.endEventId);
        QCOMPARE(a.workerCode, closed.workerCode);
        QCOMPARE(a.activityCode, closed.activityCode);
        QCOMPARE(a.employmentTypeCode, QStringLiteral("PT"));
        QCOMPARE(a.startMs, closed.startMs);
        QCOMPARE(a.endMs, closed.endMs);
        QCOMPARE(a.status, IntervalStatus::Closed);
        QCOMPARE(a.deviceId, QStringLiteral("K1"));
        QCOMPARE(day->at(1).status, IntervalStatus::Forgotten);
        QVERIFY(day->at(1).endEventId.isNull());

        auto other = repo.forBusinessDay(QStringLiteral("S1"), QDate(2026, 11, 2));
        QCOMPARE(other->size(), size_t(1));
        QVERIFY(!other->front().endMs.has_value());
        QCOMPARE(other->front().employmentTypeCode, QString());
        QCOMPARE(other->front().seconds(), qint64(0));
        QVERIFY(repo.forBusinessDay(QStringLiteral("S2"), QDate(2026, 11, 1))->empty());

        // forWorker: overlapping the window, an open one counting from its start.
        QCOMPARE(repo.forWorker(QStringLiteral("W001"), at(0), at(4))->size(), size_t(3));
        QCOMPARE(repo.forWorker(QStringLiteral("W001"), at(2), at(4))->size(),
                 size_t(2)); // forgotten ends after
        QCOMPARE(repo.forWorker(QStringLiteral("W002"), at(0), at(4))->size(), size_t(0));

        QCOMPARE(repo.count().valueOr(-1), qint64(3));
        QCOMPARE(repo.count(IntervalStatus::Open).valueOr(-1), qint64(1));
        QCOMPARE(repo.count(IntervalStatus::Forgotten).valueOr(-1), qint64(1));
        QVERIFY(repo.clear().ok());
        QCOMPARE(repo.count().valueOr(-1), qint64(0));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("unknown opening event") << QStringLiteral("event");
        QTest::newRow("unknown worker") << QStringLiteral("worker");
        QTest::newRow("unknown activity") << QStringLiteral("activity");
        QTest::newRow("end before start") << QStringLiteral("backwards");
        QTest::newRow("same opening event twice") << QStringLiteral("twice");
    }
    void rejected()
    {
        QFETCH(QString, what);
        PunchIntervalRepository repo(m_tmp->store());
        PunchInterval p = interval(0, 1, IntervalStatus::Closed, QDate(2026, 11, 1));
        if (what == QLatin1String("event"))
            p.startEventId = QUuid::createUuid();
        else if (what == QLatin1String("worker"))
            p.workerCode = QStringLiteral("W999");
        else if (what == QLatin1String("activity"))
            p.activityCode = QStringLiteral("NOPE");
        else if (what == QLatin1String("backwards"))
            p.endMs = p.startMs - 1;
        else
            QVERIFY(repo.insert(p).ok());
        auto status = repo.insert(p);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Conflict);
        QCOMPARE(repo.count().valueOr(-1), qint64(what == QLatin1String("twice") ? 1 : 0));
    }

private:
    static qint64 at(int i) { return test::tokyoMs(QDate(2026, 11, 1), 9 + i, 0); }

    PunchInterval interval(int start, int end, IntervalStatus status, const QDate &day) const
    {
        PunchInterval p;
        p.startEventId = m_ids[size_t(start)];
        if (end >= 0)
            p.endEventId = m_ids[size_t(end)];
        p.workerCode = QStringLiteral("W001");
        p.activityCode = QStringLiteral("PICK");
        p.siteCode = QStringLiteral("S1");
        p.employmentTypeCode = QStringLiteral("PT");
        p.businessDay = day;
        p.startMs = at(start);
        p.endMs = end >= 0 ? at(end) : at(start) + 16LL * 3600 * 1000;
        p.status = status;
        p.deviceId = QStringLiteral("K1");
        return p;
    }

    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;
    std::vector<QUuid> m_ids;
};

QTEST_GUILESS_MAIN(TestPunchIntervalRepository)
#include "tst_punchintervalrepository.moc"
