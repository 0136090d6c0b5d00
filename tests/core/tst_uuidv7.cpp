// UuidV7Generator: RFC 9562 layout, monotonic ids, timestamps, seeded reproducibility.
#include "Random.h"
#include "TestSupport.h"
#include "UuidV7.h"

#include <QSet>
#include <QTest>
#include <QThread>
#include <vector>

using namespace wh;

namespace {
// Byte order of the RFC text form: the order ids sort in an index.
bool before(const QUuid &a, const QUuid &b)
{
    return a.toRfc4122() < b.toRfc4122();
}
} // namespace

class TestUuidV7 : public QObject {
    Q_OBJECT

private slots:
    void layout_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("one ms") << qint64(1);
        QTest::newRow("mock start 2026-11-02") << test::MockClock::kDefaultStart;
        QTest::newRow("tokyo midnight") << test::tokyoMs(QDate(2026, 11, 3), 0, 0);
        QTest::newRow("tokyo 04:59:59.999") << test::tokyoMs(QDate(2026, 11, 3), 4, 59, 59) + 999;
        QTest::newRow("largest 48-bit ms (year 10889)") << qint64(0xFFFFFFFFFFFFLL);
    }
    void layout()
    {
        QFETCH(qint64, ms);
        test::MockClock clock(ms);
        UuidV7Generator ids(clock);
        for (int i = 0; i < 3; ++i) {
            const QUuid id = ids.next();
            // Qt 6.4's QUuid::version() knows only versions 1-5, so the bits are checked directly.
            QCOMPARE(id.variant(), QUuid::DCE); // RFC 4122/9562 variant: bits 10xx
            const QByteArray bytes = id.toRfc4122();
            QCOMPARE(quint8(bytes[6]) >> 4, 0x7);
            QCOMPARE(quint8(bytes[8]) >> 6, 0x2);
            QCOMPARE(UuidV7Generator::timestampOf(id), ms);
        }
    }

    void text()
    {
        UuidV7Generator ids;
        const QUuid id = ids.next();
        const QString t = uuidText(id);
        QCOMPARE(t.size(), 36);
        QVERIFY(!t.contains(QLatin1Char('{')));
        QCOMPARE(t, t.toLower());
        QCOMPARE(QUuid::fromString(t), id);
    }

    void timestampOfOtherIds_data()
    {
        QTest::addColumn<QUuid>("id");
        QTest::newRow("null") << QUuid();
        QTest::newRow("random v4") << QUuid::createUuid();
        QTest::newRow("name-based v5") << QUuid::createUuidV5(QUuid(), QStringLiteral("倉庫"));
    }
    void timestampOfOtherIds()
    {
        QFETCH(QUuid, id);
        QCOMPARE(UuidV7Generator::timestampOf(id), qint64(-1));
    }

    void strictlyIncreasingWithinOneMillisecond()
    {
        test::MockClock clock; // never moves
        UuidV7Generator ids(clock);
        QUuid previous = ids.next();
        for (int i = 0; i < 20000; ++i) {
            const QUuid id = ids.next();
            QVERIFY2(before(previous, id), qPrintable(QStringLiteral("id %1 not after the previous").arg(i)));
            QCOMPARE(UuidV7Generator::timestampOf(id), clock.nowMs());
            previous = id;
        }
    }

    void strictlyIncreasingWhenTheClockGoesBack_data()
    {
        QTest::addColumn<qint64>("step");
        QTest::newRow("1 ms back") << qint64(-1);
        QTest::newRow("1 s back (NTP step)") << qint64(-1000);
        QTest::newRow("a day back") << qint64(-86400000);
        QTest::newRow("to the epoch") << -test::MockClock::kDefaultStart;
    }
    void strictlyIncreasingWhenTheClockGoesBack()
    {
        QFETCH(qint64, step);
        test::MockClock clock;
        UuidV7Generator ids(clock);
        const QUuid first = ids.next();
        clock.advance(step);
        const QUuid second = ids.next();
        const QUuid third = ids.next();
        QVERIFY(before(first, second));
        QVERIFY(before(second, third));
        // The id keeps the last timestamp rather than going back in time.
        QCOMPARE(UuidV7Generator::timestampOf(second), test::MockClock::kDefaultStart);
        // Once the clock is past the old time again, the new time shows.
        clock.set(test::MockClock::kDefaultStart + 5);
        const QUuid later = ids.next();
        QVERIFY(before(third, later));
        QCOMPARE(UuidV7Generator::timestampOf(later), test::MockClock::kDefaultStart + 5);
    }

    void nextAtCarriesTheGivenTime()
    {
        UuidV7Generator ids;
        const qint64 t = test::tokyoMs(QDate(2026, 11, 2), 21, 0);
        QCOMPARE(UuidV7Generator::timestampOf(ids.nextAt(t)), t);
        QCOMPARE(UuidV7Generator::timestampOf(ids.nextAt(t + 60000)), t + 60000);
    }

    void randomBitsAtTheirMaximum()
    {
        // A random source of all ones: the counter starts high and must still count up without
        // touching the version and variant bits.
        test::MockClock clock;
        UuidV7Generator ids(clock, [] { return ~std::uint64_t(0); });
        QUuid previous = ids.next();
        for (int i = 0; i < 1000; ++i) {
            const QUuid id = ids.next();
            QCOMPARE(quint8(id.toRfc4122()[6]) >> 4, 0x7);
            QCOMPARE(id.variant(), QUuid::DCE);
            QVERIFY(before(previous, id));
            previous = id;
        }
    }

    void seededGeneratorsGiveTheSameIds_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 0") << quint64(0);
        QTest::newRow("seed 7") << quint64(7);
        QTest::newRow("seed max") << ~quint64(0);
    }
    void seededGeneratorsGiveTheSameIds()
    {
        QFETCH(quint64, seed);
        auto make = [](quint64 s) {
            test::MockClock clock;
            SeededRandom rng(s);
            UuidV7Generator ids(clock, [&rng] { return rng.next(); });
            std::vector<QUuid> out;
            for (int i = 0; i < 100; ++i) {
                out.push_back(ids.next());
                clock.advance(i % 3 == 0 ? 1 : 0);
            }
            return out;
        };
        const auto a = make(seed);
        const auto b = make(seed);
        QVERIFY(a == b);
        const auto c = make(seed + 1);
        QVERIFY(a != c);
    }

    void uniqueAcrossThreads()
    {
        UuidV7Generator ids; // one generator shared by four threads
        constexpr int kPerThread = 5000;
        std::vector<std::vector<QUuid>> made(4);
        std::vector<std::unique_ptr<QThread>> threads;
        for (size_t t = 0; t < made.size(); ++t) {
            threads.emplace_back(QThread::create([&ids, &made, t] {
                for (int i = 0; i < kPerThread; ++i)
                    made[t].push_back(ids.next());
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(30000));
        QSet<QUuid> all;
        for (const auto &list : made) {
            for (size_t i = 1; i < list.size(); ++i)
                QVERIFY(before(list[i - 1], list[i])); // each thread sees increasing ids
            for (const QUuid &id : list)
                all.insert(id);
        }
        QCOMPARE(all.size(), qsizetype(4 * kPerThread));
    }
};

QTEST_GUILESS_MAIN(TestUuidV7)
#include "tst_uuidv7.moc"
