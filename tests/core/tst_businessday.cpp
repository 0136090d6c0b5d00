// BusinessDay: which business day an instant belongs to, for a site's zone and day start.
#include "BusinessDay.h"

#include <QDateTime>
#include <QTest>

using namespace wh;

namespace {
qint64 localMs(const QByteArray &zone, const QDate &date, int hour, int minute, int second = 0)
{
    return QDateTime(date, QTime(hour, minute, second), QTimeZone(zone)).toMSecsSinceEpoch();
}
} // namespace

class TestBusinessDay : public QObject {
    Q_OBJECT

private slots:
    void dayOf_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("startMinutes");
        QTest::addColumn<QDate>("localDate");
        QTest::addColumn<QTime>("localTime");
        QTest::addColumn<QDate>("expected");

        const QDate d(2026, 11, 2);
        QTest::newRow("tokyo 04:59 belongs to the previous day")
            << QByteArray("Asia/Tokyo") << 300 << d << QTime(4, 59) << d.addDays(-1);
        QTest::newRow("tokyo 04:59:59.999")
            << QByteArray("Asia/Tokyo") << 300 << d << QTime(4, 59, 59, 999) << d.addDays(-1);
        QTest::newRow("tokyo 05:00 starts the day")
            << QByteArray("Asia/Tokyo") << 300 << d << QTime(5, 0) << d;
        QTest::newRow("tokyo midnight")
            << QByteArray("Asia/Tokyo") << 300 << d << QTime(0, 0) << d.addDays(-1);
        QTest::newRow("tokyo 23:59") << QByteArray("Asia/Tokyo") << 300 << d << QTime(23, 59) << d;
        QTest::newRow("tokyo night shift 21:00") << QByteArray("Asia/Tokyo") << 300 << d << QTime(21, 0) << d;
        QTest::newRow("tokyo night shift 02:00 next morning")
            << QByteArray("Asia/Tokyo") << 300 << d.addDays(1) << QTime(2, 0) << d;
        QTest::newRow("tokyo night shift ends 06:00 (next day by the clock)")
            << QByteArray("Asia/Tokyo") << 300 << d.addDays(1) << QTime(6, 0) << d.addDays(1);
        QTest::newRow("tokyo new year's night")
            << QByteArray("Asia/Tokyo") << 300 << QDate(2027, 1, 1) << QTime(3, 0) << QDate(2026, 12, 31);
        QTest::newRow("tokyo leap day early morning")
            << QByteArray("Asia/Tokyo") << 300 << QDate(2028, 3, 1) << QTime(4, 0) << QDate(2028, 2, 29);
        QTest::newRow("utc start 0: midnight is the day") << QByteArray("UTC") << 0 << d << QTime(0, 0) << d;
        QTest::newRow("utc start 0: 23:59:59") << QByteArray("UTC") << 0 << d << QTime(23, 59, 59) << d;
        QTest::newRow("utc start 05:00: 04:59")
            << QByteArray("UTC") << 300 << d << QTime(4, 59) << d.addDays(-1);
        QTest::newRow("start 23:59: 23:58")
            << QByteArray("Asia/Tokyo") << 1439 << d << QTime(23, 58) << d.addDays(-1);
        QTest::newRow("start 23:59: 23:59") << QByteArray("Asia/Tokyo") << 1439 << d << QTime(23, 59) << d;
        QTest::newRow("kathmandu +05:45 at 05:00")
            << QByteArray("Asia/Kathmandu") << 300 << d << QTime(5, 0) << d;
        QTest::newRow("new york on the DST change night")
            << QByteArray("America/New_York") << 300 << QDate(2026, 3, 8) << QTime(4, 30)
            << QDate(2026, 3, 7);
    }
    void dayOf()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, startMinutes);
        QFETCH(QDate, localDate);
        QFETCH(QTime, localTime);
        QFETCH(QDate, expected);
        QVERIFY(QTimeZone(zone).isValid());
        const BusinessDay rule(QTimeZone(zone), startMinutes);
        const qint64 t = QDateTime(localDate, localTime, QTimeZone(zone)).toMSecsSinceEpoch();
        QCOMPARE(rule.dayOf(t), expected);
    }

    void startAndEnd_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("startMinutes");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<qint64>("expectedStart");
        QTest::addColumn<qint64>("expectedLengthMs");

        const QDate d(2026, 11, 2);
        QTest::newRow("tokyo 05:00") << QByteArray("Asia/Tokyo") << 300 << d << localMs("Asia/Tokyo", d, 5, 0)
                                     << qint64(86400000);
        // 2026-11-01 20:00 UTC is 05:00 on the 2nd in Tokyo.
        QTest::newRow("tokyo 05:00 in UTC terms")
            << QByteArray("Asia/Tokyo") << 300 << d
            << QDateTime(QDate(2026, 11, 1), QTime(20, 0), QTimeZone::utc()).toMSecsSinceEpoch()
            << qint64(86400000);
        QTest::newRow("utc midnight")
            << QByteArray("UTC") << 0 << d << localMs("UTC", d, 0, 0) << qint64(86400000);
        QTest::newRow("new york spring forward: a 23 h day")
            << QByteArray("America/New_York") << 300 << QDate(2026, 3, 7)
            << localMs("America/New_York", QDate(2026, 3, 7), 5, 0) << qint64(23 * 3600000);
        QTest::newRow("new york fall back: a 25 h day")
            << QByteArray("America/New_York") << 300 << QDate(2026, 10, 31)
            << localMs("America/New_York", QDate(2026, 10, 31), 5, 0) << qint64(25 * 3600000);
    }
    void startAndEnd()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, startMinutes);
        QFETCH(QDate, day);
        QFETCH(qint64, expectedStart);
        QFETCH(qint64, expectedLengthMs);
        const BusinessDay rule(QTimeZone(zone), startMinutes);
        QCOMPARE(rule.startOf(day), expectedStart);
        QCOMPARE(rule.endOf(day), rule.startOf(day.addDays(1)));
        QCOMPARE(rule.endOf(day) - rule.startOf(day), expectedLengthMs);
        QCOMPARE(rule.dayOf(rule.startOf(day)), day);
        QCOMPARE(rule.dayOf(rule.startOf(day) - 1), day.addDays(-1));
        QCOMPARE(rule.dayOf(rule.endOf(day) - 1), day);
        QCOMPARE(rule.dayOf(rule.endOf(day)), day.addDays(1));
    }

    void localToUtcPastMidnight()
    {
        // The demo's night shift ends at "30:00" of its business day: 06:00 the next morning.
        const BusinessDay rule(QTimeZone("Asia/Tokyo"), 300);
        const QDate d(2026, 11, 2);
        QCOMPARE(rule.localToUtc(d, 30 * 60), localMs("Asia/Tokyo", d.addDays(1), 6, 0));
        QCOMPARE(rule.localToUtc(d, 21 * 60), localMs("Asia/Tokyo", d, 21, 0));
        QCOMPARE(rule.localToUtc(d, 0), localMs("Asia/Tokyo", d, 0, 0));
        QCOMPARE(rule.localToUtc(d, 1440), localMs("Asia/Tokyo", d.addDays(1), 0, 0));
    }

    void everyInstantFallsInItsDay_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("startMinutes");
        QTest::newRow("tokyo 05:00") << QByteArray("Asia/Tokyo") << 300;
        QTest::newRow("utc 00:00") << QByteArray("UTC") << 0;
        QTest::newRow("kathmandu 05:00") << QByteArray("Asia/Kathmandu") << 300;
        QTest::newRow("new york 05:00 over a DST change") << QByteArray("America/New_York") << 300;
        QTest::newRow("tokyo 23:59") << QByteArray("Asia/Tokyo") << 1439;
    }
    void everyInstantFallsInItsDay()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, startMinutes);
        const BusinessDay rule(QTimeZone(zone), startMinutes);
        const qint64 from = localMs(zone, QDate(2026, 3, 6), 0, 0);
        const qint64 to = localMs(zone, QDate(2026, 3, 10), 0, 0);
        for (qint64 t = from; t < to; t += 7 * 60000 + 13) {
            const QDate day = rule.dayOf(t);
            QVERIFY2(rule.startOf(day) <= t && t < rule.endOf(day),
                     qPrintable(QDateTime::fromMSecsSinceEpoch(t, QTimeZone(zone)).toString(Qt::ISODate)));
        }
    }

    void accessors()
    {
        const BusinessDay rule(QTimeZone("Asia/Tokyo"), 300);
        QCOMPARE(rule.startMinutes(), 300);
        QCOMPARE(rule.zone().id(), QByteArray("Asia/Tokyo"));
    }
};

QTEST_GUILESS_MAIN(TestBusinessDay)
#include "tst_businessday.moc"
