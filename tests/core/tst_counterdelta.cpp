// Hardware counters: what a 16- or 32-bit up-counter did between two reads (advanced, wrapped past
// its top, reset to zero, jumped) and how many counts to book, as tables.
#include "CounterDelta.h"

#include <QTest>

using namespace wh;

Q_DECLARE_METATYPE(wh::CounterChange)
Q_DECLARE_METATYPE(std::optional<quint32>)

class TestCounterDelta : public QObject {
    Q_OBJECT

private slots:
    void step_data()
    {
        QTest::addColumn<std::optional<quint32>>("previous");
        QTest::addColumn<quint32>("current");
        QTest::addColumn<int>("width");
        QTest::addColumn<quint32>("maxDelta"); // 0: the default (4096 for 16 bits, 2^28 for 32)
        QTest::addColumn<CounterChange>("change");
        QTest::addColumn<quint32>("counts");

        const std::optional<quint32> none;
        auto p = [](quint32 v) { return std::optional<quint32>(v); };
        QTest::newRow("first read: baseline") << none << 1234u << 16 << 0u << CounterChange::Baseline << 0u;
        QTest::newRow("first read of zero") << none << 0u << 32 << 0u << CounterChange::Baseline << 0u;
        QTest::newRow("unchanged") << p(500) << 500u << 16 << 0u << CounterChange::Unchanged << 0u;
        QTest::newRow("up by one") << p(500) << 501u << 16 << 0u << CounterChange::Advanced << 1u;
        QTest::newRow("up by 37") << p(100) << 137u << 32 << 0u << CounterChange::Advanced << 37u;
        QTest::newRow("up by exactly the bound")
            << p(0) << 4096u << 16 << 0u << CounterChange::Advanced << 4096u;
        QTest::newRow("up by one over the bound: jump")
            << p(0) << 4097u << 16 << 0u << CounterChange::Jump << 0u;
        QTest::newRow("preset far up: jump, not a huge count")
            << p(12) << 60000u << 16 << 0u << CounterChange::Jump << 0u;
        QTest::newRow("16-bit wrap 65535 -> 0") << p(65535) << 0u << 16 << 0u << CounterChange::Wrapped << 1u;
        QTest::newRow("16-bit wrap 65530 -> 4")
            << p(65530) << 4u << 16 << 0u << CounterChange::Wrapped << 10u;
        QTest::newRow("16-bit wrap at exactly the bound")
            << p(65536 - 4000) << 96u << 16 << 0u << CounterChange::Wrapped << 4096u;
        QTest::newRow("16-bit wrap one over the bound is a reset")
            << p(65536 - 4000) << 97u << 16 << 0u << CounterChange::Reset << 97u;
        QTest::newRow("32-bit wrap") << p(0xFFFFFFF0u) << 0x10u << 32 << 0u << CounterChange::Wrapped
                                     << 0x20u;
        QTest::newRow("32-bit max to zero")
            << p(0xFFFFFFFFu) << 0u << 32 << 0u << CounterChange::Wrapped << 1u;
        QTest::newRow("reset to zero") << p(30000) << 0u << 16 << 0u << CounterChange::Reset << 0u;
        QTest::newRow("reset, then counted 25") << p(30000) << 25u << 16 << 0u << CounterChange::Reset << 25u;
        QTest::newRow("32-bit reset from the middle")
            << p(654321) << 3u << 32 << 0u << CounterChange::Reset << 3u;
        QTest::newRow("drop to a value too high to count since a reset: jump")
            << p(40000) << 20000u << 16 << 0u << CounterChange::Jump << 0u;
        QTest::newRow("tight bound: a drop to a value above it is a jump")
            << p(65500) << 50u << 16 << 10u << CounterChange::Jump << 0u;
        QTest::newRow("tight bound: wrap inside it")
            << p(65530) << 3u << 16 << 10u << CounterChange::Wrapped << 9u;
        QTest::newRow("tight bound: reset inside it")
            << p(1000) << 7u << 16 << 10u << CounterChange::Reset << 7u;
        QTest::newRow("tight bound: advance over it")
            << p(1000) << 1011u << 16 << 10u << CounterChange::Jump << 0u;
        QTest::newRow("wide bound on 32 bits: a big but plausible advance")
            << p(1) << 2000001u << 32 << 0u << CounterChange::Advanced << 2000000u;
        QTest::newRow("16-bit values are taken modulo 2^16")
            << p(0x1FFFFu) << 0x10000u << 16 << 0u << CounterChange::Wrapped << 1u;
    }
    void step()
    {
        QFETCH(std::optional<quint32>, previous);
        QFETCH(quint32, current);
        QFETCH(int, width);
        QFETCH(quint32, maxDelta);
        QFETCH(CounterChange, change);
        QFETCH(quint32, counts);
        const CounterStep s = counterStep(previous, current, width, maxDelta);
        QCOMPARE(counterChangeName(s.change), counterChangeName(change));
        QCOMPARE(s.counts, counts);
    }

    void defaults()
    {
        QCOMPARE(defaultCounterMaxDelta(16), 4096u);
        QCOMPARE(defaultCounterMaxDelta(32), 268435456u);
    }

    // A counter read every poll across its wrap books exactly the counts it made.
    void sequenceAcrossAWrapAddsUp()
    {
        std::optional<quint32> previous;
        quint64 booked = 0;
        quint32 value = 65000;
        for (int i = 0; i < 200; ++i) {
            const CounterStep s = counterStep(previous, value, 16);
            booked += s.counts;
            previous = value;
            value = (value + 7) & 0xFFFF;
        }
        QCOMPARE(booked, quint64(199 * 7));
    }
};

QTEST_GUILESS_MAIN(TestCounterDelta)
#include "tst_counterdelta.moc"
