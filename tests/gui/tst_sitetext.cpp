// SiteText: the time of a punch at the site (the date only when it is not the site's today, the
// day decided in the site's zone, not UTC's), a name in the current language with the other as
// its fallback, worked time as h:mm.
#include "SiteText.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace wh;

namespace {
qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}
} // namespace

class TestSiteText : public QObject {
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }
    void siteTime_data();
    void siteTime();
    void localizedName_data();
    void localizedName();
    void hoursMinutes_data();
    void hoursMinutes();
};

void TestSiteText::siteTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("expected");
    QTest::newRow("today") << QByteArray("Asia/Tokyo") << "2026-11-20T00:12:00Z"
                           << "2026-11-20T08:00:00Z"
                           << "09:12";
    QTest::newRow("yesterday: with the date") << QByteArray("Asia/Tokyo") << "2026-11-20T13:10:00Z"
                                              << "2026-11-20T16:00:00Z"
                                              << "Nov 20 22:10";
    // The same UTC day, but after midnight at the site.
    QTest::newRow("midnight at the site") << QByteArray("Asia/Tokyo") << "2026-11-20T14:30:00Z"
                                          << "2026-11-20T15:30:00Z"
                                          << "Nov 20 23:30";
    QTest::newRow("UTC site") << QByteArray("UTC") << "2026-01-05T23:59:00Z"
                              << "2026-01-05T23:59:30Z"
                              << "23:59";
}

void TestSiteText::siteTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, at);
    QFETCH(QString, now);
    QFETCH(QString, expected);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    QCOMPARE(SiteText::siteTime(utcMs(qPrintable(at)), tz, utcMs(qPrintable(now))), expected);
}

void TestSiteText::localizedName_data()
{
    QTest::addColumn<bool>("japanese");
    QTest::addColumn<QString>("ja");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English") << false << "梱包"
                             << "Packing"
                             << "Packing";
    QTest::newRow("Japanese") << true << "梱包"
                              << "Packing"
                              << "梱包";
    QTest::newRow("English missing") << false << "梱包"
                                     << ""
                                     << "梱包";
    QTest::newRow("Japanese missing") << true << ""
                                      << "Packing"
                                      << "Packing";
    QTest::newRow("both missing") << true << ""
                                  << ""
                                  << "";
}

void TestSiteText::localizedName()
{
    QFETCH(bool, japanese);
    QFETCH(QString, ja);
    QFETCH(QString, en);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(japanese ? QLocale::Japanese : QLocale::English));
    QCOMPARE(SiteText::localizedName(ja, en), expected);
}

void TestSiteText::hoursMinutes_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << "0:00";
    QTest::newRow("under a minute") << qint64(59) << "0:00";
    QTest::newRow("7:05") << qint64(7 * 3600 + 5 * 60 + 30) << "7:05";
    QTest::newRow("over a day") << qint64(26 * 3600) << "26:00";
    QTest::newRow("negative") << qint64(-600) << "0:00";
}

void TestSiteText::hoursMinutes()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(SiteText::hoursMinutes(seconds), expected);
}

QTEST_GUILESS_MAIN(TestSiteText)
#include "tst_sitetext.moc"
