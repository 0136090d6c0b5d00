// Money: integer yen and labor cost rounded half up, once per summed amount.
#include "Money.h"

#include <QTest>
#include <limits>

using namespace wh;

static_assert(laborCost(3600, 1100).amount() == 1100, "laborCost is usable at compile time");
static_assert(Yen(1) + Yen(2) == Yen(3));

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void laborCost_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<qint64>("yenPerHour");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("nothing worked") << qint64(0) << qint64(1100) << qint64(0);
        QTest::newRow("zero wage") << qint64(3600) << qint64(0) << qint64(0);
        QTest::newRow("one hour") << qint64(3600) << qint64(1100) << qint64(1100);
        QTest::newRow("a shift of 7 h 45 min") << qint64(7 * 3600 + 45 * 60) << qint64(1100) << qint64(8525);
        QTest::newRow("one second at 1 yen") << qint64(1) << qint64(1) << qint64(0);
        QTest::newRow("0.4999 yen rounds down") << qint64(1799) << qint64(1) << qint64(0);
        QTest::newRow("exactly half a yen rounds up") << qint64(1800) << qint64(1) << qint64(1);
        QTest::newRow("exactly 1.5 yen rounds up") << qint64(5400) << qint64(1) << qint64(2);
        QTest::newRow("exactly 2.5 yen rounds up (not to even)") << qint64(9000) << qint64(1) << qint64(3);
        QTest::newRow("half from the rate side") << qint64(1) << qint64(1800) << qint64(1);
        QTest::newRow("just under a half") << qint64(1) << qint64(1799) << qint64(0);
        QTest::newRow("one minute at 1,130 yen (18.83)") << qint64(60) << qint64(1130) << qint64(19);
        QTest::newRow("ten years at 5,000 yen") << qint64(315360000) << qint64(5000) << qint64(438000000);
        QTest::newRow("huge: 1e9 s at 1e9 yen")
            << qint64(1000000000) << qint64(1000000000) << qint64(277777777777778LL);
        QTest::newRow("huge: 1e9 s at 9e9 yen")
            << qint64(1000000000) << qint64(9000000000LL) << qint64(2500000000000000LL);
    }
    void laborCost()
    {
        QFETCH(qint64, seconds);
        QFETCH(qint64, yenPerHour);
        QFETCH(qint64, expected);
        QCOMPARE(wh::laborCost(seconds, yenPerHour).amount(), expected);
    }

    void roundedOncePerSum()
    {
        // 100 punches of 61 s at 1,100 yen: rounding each would give 100 * 19 = 1,900 yen;
        // rounding the summed seconds gives the right 1,864 yen.
        qint64 seconds = 0;
        for (int i = 0; i < 100; ++i)
            seconds += 61;
        QCOMPARE(wh::laborCost(seconds, 1100).amount(), qint64(1864));
        QCOMPARE(wh::laborCost(61, 1100).amount() * 100, qint64(1900));
    }

    void arithmetic()
    {
        Yen a(1200);
        const Yen b(800);
        QCOMPARE((a + b).amount(), qint64(2000));
        QCOMPARE((a - b).amount(), qint64(400));
        QCOMPARE((b - a).amount(), qint64(-400));
        a += b;
        QCOMPARE(a.amount(), qint64(2000));
        QVERIFY(b < a);
        QVERIFY(Yen() == Yen(0));
        QVERIFY(Yen(std::numeric_limits<qint64>::max()) > Yen(0));
    }

    void display_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("¥0");
        QTest::newRow("three digits") << qint64(999) << QStringLiteral("¥999");
        QTest::newRow("grouping") << qint64(1234) << QStringLiteral("¥1,234");
        QTest::newRow("negative") << qint64(-1234567) << QStringLiteral("¥-1,234,567");
        QTest::newRow("huge") << std::numeric_limits<qint64>::max()
                              << QStringLiteral("¥9,223,372,036,854,775,807");
    }
    void display()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, expected);
        QCOMPARE(Yen(amount).toDisplayString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
