// Judgement: units to 0.1 mm (rounding, refusals), pass / fail at and beyond the tolerances, and
// the walk through an item (skip, back, re-measure superseding with history, the item verdict).
#include "MeasurementJudgement.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace wh;

namespace {

MeasurementSpec threePoints()
{
    MeasurementSpec s;
    s.itemId = QStringLiteral("ITEM-1");
    s.style = QStringLiteral("ST");
    s.size = QStringLiteral("M");
    s.points = {{QStringLiteral("BL"), 7200, 10, 15},
                {QStringLiteral("CW"), 5400, 10, 10},
                {QStringLiteral("SL"), 6100, 0, 0}};
    return s;
}

} // namespace

class TestMeasurementJudgement : public QObject {
    Q_OBJECT

private slots:
    void units_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<qint64>("tenths"); // -1: refused
        QTest::addColumn<QString>("error"); // a piece of the refusal's message
        QTest::newRow("1.234 m") << 1.234 << "m" << qint64(12340) << "";
        QTest::newRow("float32 1.234 m (Leica)") << double(1.234f) << "m" << qint64(12340) << "";
        QTest::newRow("1.23449 m") << 1.23449 << "m" << qint64(12345) << "";
        QTest::newRow("1.23445 m half up") << 1.23445 << "m" << qint64(12345) << "";
        QTest::newRow("1.23444 m") << 1.23444 << "m" << qint64(12344) << "";
        QTest::newRow("72 cm") << 72.0 << "cm" << qint64(7200) << "";
        QTest::newRow("72.04 cm") << 72.04 << "cm" << qint64(7204) << "";
        QTest::newRow("12.345 cm half up") << 12.345 << "cm" << qint64(1235) << "";
        QTest::newRow("12.344 cm") << 12.344 << "cm" << qint64(1234) << "";
        QTest::newRow("720 mm") << 720.0 << "mm" << qint64(7200) << "";
        QTest::newRow("720.05 mm half up") << 720.05 << "mm" << qint64(7201) << "";
        QTest::newRow("720.04 mm") << 720.04 << "mm" << qint64(7200) << "";
        QTest::newRow("180.15 mm (Bosch)") << 180.15 << "mm" << qint64(1802) << "";
        QTest::newRow("0.05 mm") << 0.05 << "mm" << qint64(1) << "";
        QTest::newRow("28.5 in") << 28.5 << "in" << qint64(7239) << "";
        QTest::newRow("1 inch") << 1.0 << "inch" << qint64(254) << "";
        QTest::newRow("1 \"") << 1.0 << "\"" << qint64(254) << "";
        QTest::newRow("upper case CM") << 10.0 << "CM" << qint64(1000) << "";
        QTest::newRow("100 m") << 100.0 << "m" << qint64(1000000) << "";
        QTest::newRow("0.01 mm") << 0.01 << "mm" << qint64(-1) << "rounds to 0";
        QTest::newRow("zero") << 0.0 << "mm" << qint64(-1) << "0 or less";
        QTest::newRow("negative") << -5.0 << "cm" << qint64(-1) << "0 or less";
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << "m" << qint64(-1)
                             << "not a number";
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << "m" << qint64(-1)
                                  << "not a number";
        QTest::newRow("101 m") << 101.0 << "m" << qint64(-1) << "100 m";
        QTest::newRow("feet") << 2.5 << "ft" << qint64(-1) << "feet";
        QTest::newRow("yards") << 1.0 << "yd" << qint64(-1) << "feet or yards";
        QTest::newRow("unknown unit") << 1.0 << "furlong" << qint64(-1) << "unknown length unit";
        QTest::newRow("no unit") << 1.0 << "" << qint64(-1) << "unknown length unit";
    }
    void units()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(qint64, tenths);
        QFETCH(QString, error);
        auto converted = toTenthsOfMm(value, unit);
        if (tenths < 0) {
            QVERIFY(!converted);
            QCOMPARE(converted.error().code(), ErrorCode::InvalidArgument);
            QVERIFY2(converted.error().message().contains(error), qPrintable(converted.error().toString()));
        } else {
            QVERIFY2(converted, qPrintable(converted ? QString() : converted.error().toString()));
            QCOMPARE(*converted, tenths);
        }
    }

    void unitNames()
    {
        for (LengthUnit u :
             {LengthUnit::Metre, LengthUnit::Centimetre, LengthUnit::Millimetre, LengthUnit::Inch})
            QCOMPARE(lengthUnitFromName(lengthUnitName(u)), u);
        QVERIFY(!lengthUnitFromName(QStringLiteral("ft")));
    }

    void formatting()
    {
        QCOMPARE(formatTenths(7200), QStringLiteral("720.0 mm"));
        QCOMPARE(formatTenths(5), QStringLiteral("0.5 mm"));
        QCOMPARE(formatTenths(-15), QStringLiteral("-1.5 mm"));
        QCOMPARE(formatTenths(-5, false), QStringLiteral("-0.5"));
        QCOMPARE(formatDeviation(15), QStringLiteral("+1.5"));
        QCOMPARE(formatDeviation(-5), QStringLiteral("-0.5"));
        QCOMPARE(formatDeviation(0), QStringLiteral("0.0"));
    }

    void judge_data()
    {
        QTest::addColumn<qint64>("lower");
        QTest::addColumn<qint64>("upper");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("pass");
        QTest::addColumn<qint64>("deviation");
        // Target 720.0 mm, -1.0 / +1.5 mm.
        QTest::newRow("on target") << qint64(10) << qint64(15) << qint64(7200) << true << qint64(0);
        QTest::newRow("exactly at the lower tolerance")
            << qint64(10) << qint64(15) << qint64(7190) << true << qint64(-10);
        QTest::newRow("0.1 mm below it") << qint64(10) << qint64(15) << qint64(7189) << false << qint64(-11);
        QTest::newRow("exactly at the upper tolerance")
            << qint64(10) << qint64(15) << qint64(7215) << true << qint64(15);
        QTest::newRow("0.1 mm above it") << qint64(10) << qint64(15) << qint64(7216) << false << qint64(16);
        QTest::newRow("far over") << qint64(10) << qint64(15) << qint64(9000) << false << qint64(1800);
        QTest::newRow("zero tolerance, exact") << qint64(0) << qint64(0) << qint64(7200) << true << qint64(0);
        QTest::newRow("zero tolerance, 0.1 over")
            << qint64(0) << qint64(0) << qint64(7201) << false << qint64(1);
        QTest::newRow("one-sided: none below")
            << qint64(0) << qint64(20) << qint64(7199) << false << qint64(-1);
        QTest::newRow("one-sided: 2.0 above")
            << qint64(0) << qint64(20) << qint64(7220) << true << qint64(20);
    }
    void judge()
    {
        QFETCH(qint64, lower);
        QFETCH(qint64, upper);
        QFETCH(qint64, value);
        QFETCH(bool, pass);
        QFETCH(qint64, deviation);
        const PointJudgement j = judgePoint({QStringLiteral("BL"), 7200, lower, upper}, value);
        QCOMPARE(j.value, value);
        QCOMPARE(j.pass, pass);
        QCOMPARE(j.deviation, deviation);
        QCOMPARE(j.over(), !pass && deviation > 0);
        QCOMPARE(j.under(), !pass && deviation < 0);
    }

    void straightThrough()
    {
        MeasurementSession s(threePoints());
        QCOMPARE(s.current()->code, QStringLiteral("BL"));
        QCOMPARE(s.verdict(), ItemVerdict::Incomplete);
        auto r = s.record(7201);
        QVERIFY(r);
        QCOMPARE(r->entry.code, QStringLiteral("BL"));
        QCOMPARE(r->entry.attempt, 1);
        QVERIFY(r->entry.judgement.pass);
        QVERIFY(!r->supersededEntry);
        QCOMPARE(r->verdict, ItemVerdict::Incomplete);
        QVERIFY(!r->completedNow);
        QCOMPARE(s.current()->code, QStringLiteral("CW"));
        QVERIFY(s.record(5390));
        QCOMPARE(s.pending(), QStringList{QStringLiteral("SL")});
        r = s.record(6100);
        QVERIFY(r);
        QCOMPARE(r->verdict, ItemVerdict::Pass);
        QVERIFY(r->completedNow);
        QVERIFY(!s.current());
        QVERIFY(s.complete());
        QCOMPARE(itemVerdictName(s.verdict()), QStringLiteral("pass"));
        // A reading with no point current is refused, and changes nothing.
        auto refused = s.record(6100);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("no point is active")));
        QCOMPARE(s.history().size(), size_t(3));
    }

    void oneFailFailsTheItem()
    {
        MeasurementSession s(threePoints());
        QVERIFY(s.record(7200));
        auto r = s.record(5411); // 0.1 mm over CW's +1.0
        QVERIFY(r);
        QVERIFY(!r->entry.judgement.pass);
        QCOMPARE(r->entry.judgement.deviation, qint64(11));
        r = s.record(6100);
        QCOMPARE(r->verdict, ItemVerdict::Fail);
        QVERIFY(r->completedNow);
    }

    // Re-measuring supersedes the earlier value; the history keeps both; the verdict follows the
    // latest values; the item is "completed" only once.
    void remeasureSupersedes()
    {
        MeasurementSession s(threePoints());
        QVERIFY(s.record(7200));
        QVERIFY(s.record(5420)); // CW fails
        QCOMPARE(s.record(6100)->verdict, ItemVerdict::Fail);
        QVERIFY(s.goTo(QStringLiteral("CW")));
        QCOMPARE(s.current()->code, QStringLiteral("CW"));
        auto r = s.record(5400);
        QVERIFY(r);
        QCOMPARE(r->entry.attempt, 2);
        QCOMPARE(r->supersededEntry, std::optional<int>(1));
        QCOMPARE(r->verdict, ItemVerdict::Pass);
        QVERIFY(!r->completedNow);
        QVERIFY(!s.current()); // nothing left to measure
        QCOMPARE(s.history().size(), size_t(4));
        QVERIFY(s.history()[1].superseded);
        QCOMPARE(s.history()[1].judgement.value, qint64(5420));
        QVERIFY(!s.history()[3].superseded);
        QCOMPARE(s.latest(QStringLiteral("CW"))->judgement.value, qint64(5400));
        QCOMPARE(s.latest(QStringLiteral("CW"))->attempt, 2);
        QVERIFY(!s.goTo(QStringLiteral("HI")));
        // Third attempt through back(): from "no point" back() goes to the last point.
        QVERIFY(s.back());
        QCOMPARE(s.current()->code, QStringLiteral("SL"));
        r = s.record(6101);
        QCOMPARE(r->entry.attempt, 2);
        QCOMPARE(r->verdict, ItemVerdict::Fail);
    }

    void skipAndBack()
    {
        MeasurementSession s(threePoints());
        QVERIFY(!s.back()); // nothing before the first point
        QVERIFY(s.skip());  // BL for later
        QCOMPARE(s.current()->code, QStringLiteral("CW"));
        QVERIFY(s.record(5400));
        QCOMPARE(s.current()->code, QStringLiteral("SL"));
        QVERIFY(s.record(6100));
        // Wrapped round to the skipped point.
        QCOMPARE(s.current()->code, QStringLiteral("BL"));
        QCOMPARE(s.pending(), QStringList{QStringLiteral("BL")});
        QVERIFY(!s.skip()); // the only point left: nowhere to go
        QCOMPARE(s.current()->code, QStringLiteral("BL"));
        QVERIFY(s.record(7200)->completedNow);
        // Back to a measured point, then skip: nothing is pending, so no point is current.
        QVERIFY(s.back());
        QCOMPARE(s.current()->code, QStringLiteral("SL"));
        QVERIFY(s.back());
        QCOMPARE(s.current()->code, QStringLiteral("CW"));
        QVERIFY(s.skip());
        QVERIFY(!s.current());
        QVERIFY(!s.skip());
        QCOMPARE(s.verdict(), ItemVerdict::Pass);
    }

    void emptySpec()
    {
        MeasurementSession s(MeasurementSpec{});
        QVERIFY(!s.current());
        QCOMPARE(s.verdict(), ItemVerdict::Incomplete);
        QVERIFY(!s.record(1));
        QVERIFY(!s.back());
    }
};

QTEST_GUILESS_MAIN(TestMeasurementJudgement)
#include "tst_measurementjudgement.moc"
