// Master data rules: the employment type and the wage in force on a day.
#include "MasterData.h"

#include <QTest>

using namespace wh;

namespace {
const QDate kPromotion(2026, 11, 15); // mid-month

Worker promotedWorker()
{
    Worker w;
    w.code = QStringLiteral("W001");
    w.name = QStringLiteral("山田 太郎");
    w.employment = {{QDate(2025, 4, 1), QStringLiteral("PT")}, {kPromotion, QStringLiteral("FT")}};
    return w;
}

std::vector<WageRate> rates()
{
    // Deliberately not in date order.
    return {
        {QStringLiteral("PT"), QStringLiteral("S1"), QDate(2026, 10, 1), 1150},
        {QStringLiteral("FT"), QStringLiteral("S1"), QDate(2026, 1, 1), 2000},
        {QStringLiteral("PT"), QStringLiteral("S1"), QDate(2025, 10, 1), 1100},
        {QStringLiteral("PT"), QStringLiteral("S2"), QDate(2025, 10, 1), 1000},
        {QStringLiteral("FT"), QStringLiteral("S1"), QDate(2026, 11, 20), 2100},
    };
}
} // namespace

class TestMasterData : public QObject {
    Q_OBJECT

private slots:
    void employmentTypeOn_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("expected");
        QTest::newRow("before hiring") << QDate(2025, 3, 31) << QString();
        QTest::newRow("hiring day") << QDate(2025, 4, 1) << QStringLiteral("PT");
        QTest::newRow("the day before the promotion") << kPromotion.addDays(-1) << QStringLiteral("PT");
        QTest::newRow("promotion day (mid-month)") << kPromotion << QStringLiteral("FT");
        QTest::newRow("end of that month") << QDate(2026, 11, 30) << QStringLiteral("FT");
        QTest::newRow("far future") << QDate(9999, 12, 31) << QStringLiteral("FT");
        QTest::newRow("invalid date") << QDate() << QString();
    }
    void employmentTypeOn()
    {
        QFETCH(QDate, day);
        QFETCH(QString, expected);
        QCOMPARE(promotedWorker().employmentTypeOn(day), expected);
    }

    void noHistory()
    {
        Worker w;
        QCOMPARE(w.employmentTypeOn(QDate(2026, 11, 2)), QString());
    }

    void wageOn_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("before any rate")
            << QStringLiteral("PT") << QStringLiteral("S1") << QDate(2025, 9, 30) << qint64(-1);
        QTest::newRow("first rate's first day")
            << QStringLiteral("PT") << QStringLiteral("S1") << QDate(2025, 10, 1) << qint64(1100);
        QTest::newRow("day before the revision")
            << QStringLiteral("PT") << QStringLiteral("S1") << QDate(2026, 9, 30) << qint64(1100);
        QTest::newRow("revision day")
            << QStringLiteral("PT") << QStringLiteral("S1") << QDate(2026, 10, 1) << qint64(1150);
        QTest::newRow("other site") << QStringLiteral("PT") << QStringLiteral("S2") << QDate(2026, 10, 1)
                                    << qint64(1000);
        QTest::newRow("mid-month raise: day before")
            << QStringLiteral("FT") << QStringLiteral("S1") << QDate(2026, 11, 19) << qint64(2000);
        QTest::newRow("mid-month raise: the day")
            << QStringLiteral("FT") << QStringLiteral("S1") << QDate(2026, 11, 20) << qint64(2100);
        QTest::newRow("unknown type")
            << QStringLiteral("XX") << QStringLiteral("S1") << QDate(2026, 11, 2) << qint64(-1);
        QTest::newRow("unknown site")
            << QStringLiteral("PT") << QStringLiteral("S9") << QDate(2026, 11, 2) << qint64(-1);
    }
    void wageOn()
    {
        QFETCH(QString, type);
        QFETCH(QString, site);
        QFETCH(QDate, day);
        QFETCH(qint64, expected);
        const auto wage = wh::wageOn(rates(), type, site, day);
        QCOMPARE(wage.value_or(-1), expected);
    }

    void promotionMidMonthChangesTheWageFromThatDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first of the month") << QDate(2026, 11, 1) << qint64(1150);
        QTest::newRow("the 14th") << QDate(2026, 11, 14) << qint64(1150);
        QTest::newRow("the 15th (promoted)") << QDate(2026, 11, 15) << qint64(2000);
        QTest::newRow("the 20th (FT raise)") << QDate(2026, 11, 20) << qint64(2100);
    }
    void promotionMidMonthChangesTheWageFromThatDay()
    {
        QFETCH(QDate, day);
        QFETCH(qint64, expected);
        const Worker w = promotedWorker();
        const auto wage = wh::wageOn(rates(), w.employmentTypeOn(day), QStringLiteral("S1"), day);
        QCOMPARE(wage.value_or(-1), expected);
    }

    void emptyRates()
    {
        QVERIFY(!wh::wageOn({}, QStringLiteral("PT"), QStringLiteral("S1"), QDate(2026, 1, 1)).has_value());
    }

    void kindNames()
    {
        for (auto k : {ActivityKind::Direct, ActivityKind::Indirect, ActivityKind::Break})
            QCOMPARE(activityKindFromName(activityKindName(k)), std::optional<ActivityKind>(k));
        for (auto k : {DeviceKind::Kiosk, DeviceKind::Handheld, DeviceKind::Manager})
            QCOMPARE(deviceKindFromName(deviceKindName(k)), std::optional<DeviceKind>(k));
        QCOMPARE(activityKindName(ActivityKind::Break), QStringLiteral("break"));
        QCOMPARE(deviceKindName(DeviceKind::Handheld), QStringLiteral("handheld"));
        QVERIFY(!activityKindFromName(QStringLiteral("Direct")).has_value());
        QVERIFY(!activityKindFromName(QString()).has_value());
        QVERIFY(!deviceKindFromName(QStringLiteral("キオスク")).has_value());
    }

    void siteDefaults()
    {
        Site s;
        QCOMPARE(s.businessDayStartMinutes, 300);
        QCOMPARE(s.timeZoneId, QByteArray("Asia/Tokyo"));
        QVERIFY(s.timeZone().isValid());
        s.timeZoneId = "Mars/Olympus_Mons";
        QVERIFY(!s.timeZone().isValid());
    }
};

QTEST_GUILESS_MAIN(TestMasterData)
#include "tst_masterdata.moc"
