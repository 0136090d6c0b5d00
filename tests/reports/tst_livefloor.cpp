// The live floor: who is on what since when, from punches made through the real PunchService.

#include "LiveFloor.h"
#include "PunchService.h"
#include "TestSupport.h"

#include <QtTest>

using namespace wh;

class TestLiveFloor : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_clock = std::make_unique<test::MockClock>(test::tokyoMs(QDate(2026, 11, 2), 8, 0));
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(m_tmp->store()).ok());
        auto service = db::PunchService::open(m_tmp->store(), *m_clock, QStringLiteral("K1"));
        QVERIFY2(service.ok(), service.ok() ? "" : qPrintable(service.error().toString()));
        m_punch = std::move(service).value();
    }
    void cleanup()
    {
        m_punch.reset();
        m_tmp.reset();
    }

    void emptyFloor()
    {
        auto floor = reports::liveFloor(m_tmp->store(), QStringLiteral("S1"), m_clock->nowMs());
        QVERIFY(floor.ok());
        QCOMPARE(floor->onShift, 0);
        QVERIFY(floor->workers.empty());
        QVERIFY(floor->activities.empty());
    }

    void whoIsOnWhat()
    {
        const qint64 t0 = m_clock->nowMs();
        QVERIFY(
            m_punch->punch(QStringLiteral("W001"), PunchAction::StartActivity, QStringLiteral("PICK")).ok());
        m_clock->advance(60'000);
        QVERIFY(
            m_punch->punch(QStringLiteral("W002"), PunchAction::StartActivity, QStringLiteral("PICK")).ok());
        m_clock->advance(60'000);
        QVERIFY(m_punch->punch(QStringLiteral("W002"), PunchAction::Break, QStringLiteral("LUNCH")).ok());

        auto floor = reports::liveFloor(m_tmp->store(), QStringLiteral("S1"), m_clock->nowMs());
        QVERIFY(floor.ok());
        QCOMPARE(floor->onShift, 2);
        QCOMPARE(floor->onBreak, 1);
        QCOMPARE(floor->activities.size(), size_t(2));
        QCOMPARE(floor->activities[0].activityCode, QStringLiteral("PICK")); // tree order: PIC block first
        QCOMPARE(floor->activities[0].workers, 1);
        QCOMPARE(floor->activities[0].longestSinceMs, t0);
        QCOMPARE(floor->activities[1].activityCode, QStringLiteral("LUNCH"));
        QCOMPARE(floor->activities[1].nameJa, QStringLiteral("昼休憩"));
        QCOMPARE(floor->workers[0].workerCode, QStringLiteral("W001"));
        QCOMPARE(floor->workers[0].workerName, QStringLiteral("山田 太郎"));
        QCOMPARE(floor->workers[0].shiftStartMs, t0);
        QCOMPARE(floor->workers[1].workerCode, QStringLiteral("W002"));
        QCOMPARE(floor->workers[1].sinceMs, t0 + 120'000);
        QCOMPARE(floor->workers[1].shiftStartMs, t0 + 60'000);
        QCOMPARE(floor->workers[1].deviceId, QStringLiteral("K1"));

        // Another site sees none of them.
        auto other = reports::liveFloor(m_tmp->store(), QStringLiteral("S2"), m_clock->nowMs());
        QVERIFY(other.ok());
        QCOMPARE(other->onShift, 0);

        // Clocked out: off the floor.
        QVERIFY(m_punch->punch(QStringLiteral("W001"), PunchAction::ClockOut).ok());
        floor = reports::liveFloor(m_tmp->store(), QStringLiteral("S1"), m_clock->nowMs());
        QVERIFY(floor.ok());
        QCOMPARE(floor->onShift, 1);
        QCOMPARE(floor->workers[0].workerCode, QStringLiteral("W002"));
    }

    void forgottenShiftIsNotOnTheFloor()
    {
        QVERIFY(
            m_punch->punch(QStringLiteral("W001"), PunchAction::StartActivity, QStringLiteral("PICK")).ok());
        m_clock->advance(16LL * 3600 * 1000); // exactly the maximum: still on shift
        auto floor = reports::liveFloor(m_tmp->store(), QStringLiteral("S1"), m_clock->nowMs());
        QVERIFY(floor.ok());
        QCOMPARE(floor->onShift, 1);
        m_clock->advance(1); // past it: a forgotten clock-out, not a person on the floor
        floor = reports::liveFloor(m_tmp->store(), QStringLiteral("S1"), m_clock->nowMs());
        QVERIFY(floor.ok());
        QCOMPARE(floor->onShift, 0);
    }

private:
    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;
    std::unique_ptr<db::PunchService> m_punch;
};

QTEST_GUILESS_MAIN(TestLiveFloor)
#include "tst_livefloor.moc"
