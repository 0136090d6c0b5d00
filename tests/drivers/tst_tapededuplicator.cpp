// TapeDeduplicator: which readings repeat the last one, as a table of events in time: replays on
// subscribe (with and without a remembered value), frames sent twice, device counters, live
// readings, the same length measured again later.
#include "TapeDeduplicator.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

namespace {

// "r 1234 @100" reading 1234 mm at 100 ms; "r 1234 #5 @100" with device counter 5; "l 1234 @100"
// a live reading; "s @100" subscribed at 100 ms. Returns, per reading, "new" or "dup".
QStringList run(TapeDeduplicator &d, const QStringList &events)
{
    QStringList out;
    for (const QString &e : events) {
        const QStringList parts = e.split(QLatin1Char(' '));
        const qint64 at = parts.last().mid(1).toLongLong();
        if (parts[0] == QLatin1String("s")) {
            d.subscribed(at);
            continue;
        }
        TapeReading r;
        r.value = parts[1].toDouble();
        r.settled = parts[0] == QLatin1String("r");
        if (parts.size() == 4) {
            r.sequence = parts[2].mid(1).toUInt();
            r.sequenceFromDevice = true;
        }
        out << (d.check(r, at) ? QStringLiteral("dup") : QStringLiteral("new"));
    }
    return out;
}

} // namespace

class TestTapeDeduplicator : public QObject {
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void reasonSaysWhy();
};

void TestTapeDeduplicator::table_data()
{
    QTest::addColumn<bool>("dropUnknownReplay");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("different values")
        << false << QStringList{"r 100 @0", "r 200 @100", "r 300 @200"} << QStringList{"new", "new", "new"};
    QTest::newRow("a frame sent twice")
        << false << QStringList{"r 100 @0", "r 100 @50"} << QStringList{"new", "dup"};
    QTest::newRow("the same length measured again later")
        << false << QStringList{"r 100 @0", "r 100 @3000"} << QStringList{"new", "new"};
    QTest::newRow("repeat window is inclusive")
        << false << QStringList{"r 100 @0", "r 100 @500", "r 100 @1001"} << QStringList{"new", "dup", "new"};
    QTest::newRow("replay on re-subscribe")
        << false << QStringList{"r 100 @0", "s @60000", "r 100 @60100", "r 100 @70000"}
        << QStringList{"new", "dup", "new"};
    QTest::newRow("measured while disconnected: a new value on subscribe")
        << false << QStringList{"r 100 @0", "s @60000", "r 250 @60100"} << QStringList{"new", "new"};
    QTest::newRow("first subscribe, nothing remembered: kept without dropUnknownReplay")
        << false << QStringList{"s @0", "r 100 @100"} << QStringList{"new"};
    QTest::newRow("first subscribe, nothing remembered: dropped with dropUnknownReplay")
        << true << QStringList{"s @0", "r 100 @100", "r 100 @5000"} << QStringList{"dup", "new"};
    QTest::newRow("dropUnknownReplay: only the first reading can be the replay")
        << true << QStringList{"s @0", "r 100 @100", "r 200 @300"} << QStringList{"dup", "new"};
    QTest::newRow("only the first reading after subscribing can be the replay")
        << false << QStringList{"r 100 @0", "s @60000", "r 200 @60100", "r 100 @60900"}
        << QStringList{"new", "new", "new"};
    QTest::newRow("dropUnknownReplay: after the window it counts")
        << true << QStringList{"s @0", "r 100 @2500"} << QStringList{"new"};
    QTest::newRow("device counter: same counter is a repeat, whatever the time")
        << false << QStringList{"r 100 #5 @0", "r 100 #5 @10000", "r 100 #6 @10100"}
        << QStringList{"new", "dup", "new"};
    QTest::newRow("device counter: a new counter right after is new")
        << false << QStringList{"r 100 #5 @0", "r 100 #6 @10"} << QStringList{"new", "new"};
    QTest::newRow("device counter: replay on subscribe")
        << true << QStringList{"r 100 #5 @0", "s @1000", "r 100 #5 @1010"} << QStringList{"new", "dup"};
    QTest::newRow("live readings are never duplicates")
        << false << QStringList{"l 100 @0", "l 100 @10", "r 100 @20", "l 100 @30"}
        << QStringList{"new", "new", "new", "new"};
}

void TestTapeDeduplicator::table()
{
    QFETCH(bool, dropUnknownReplay);
    QFETCH(QStringList, events);
    QFETCH(QStringList, expected);
    TapeDeduplicator::Options options;
    options.dropUnknownReplay = dropUnknownReplay;
    TapeDeduplicator d(options);
    QCOMPARE(run(d, events), expected);
}

void TestTapeDeduplicator::reasonSaysWhy()
{
    TapeDeduplicator d;
    TapeReading r;
    r.value = 100;
    QVERIFY(!d.check(r, 0));
    d.subscribed(1000);
    const auto replay = d.check(r, 1100);
    QVERIFY(replay);
    QVERIFY2(replay->contains(QLatin1String("replayed")), qPrintable(*replay));
    d.reset();
    QVERIFY(!d.check(r, 1200));
}

QTEST_GUILESS_MAIN(TestTapeDeduplicator)
#include "tst_tapededuplicator.moc"
