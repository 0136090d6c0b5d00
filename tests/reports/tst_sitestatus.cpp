// reports::siteStatus: who is on shift now and the site's latest business day, on the small
// warehouse of tests/support with hand-made punches.
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "MasterDataRepositories.h"
#include "SiteStatus.h"
#include "TestSupport.h"

#include <QTest>

using namespace wh;
using wh::test::tokyoMs;

namespace {
const QDate kFri(2026, 10, 30);
const QDate kMon(2026, 11, 2);
qint64 utcMs(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

class TestSiteStatus : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptySite();
    void status_data();
    void status();
    void otherSiteIsSeparate();

private:
    [[nodiscard]] Site site(const QString &code);
    void record(std::vector<Event> events, qint64 nowMs);

    std::unique_ptr<test::TemporaryStore> m_tmp;
};

void TestSiteStatus::init()
{
    m_tmp = std::make_unique<test::TemporaryStore>();
    QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
    QVERIFY(test::seedSmallWarehouse(m_tmp->store()));
}

void TestSiteStatus::cleanup()
{
    m_tmp.reset();
}

Site TestSiteStatus::site(const QString &code)
{
    db::SiteRepository sites(m_tmp->store());
    auto s = sites.find(code);
    return s.ok() ? *s : Site{};
}

void TestSiteStatus::record(std::vector<Event> events, qint64 nowMs)
{
    db::EventStore store(m_tmp->store());
    auto stored = store.appendAll(std::move(events));
    QVERIFY2(stored, qPrintable(stored.ok() ? QString() : stored.error().toString()));
    db::EventProjector projector(m_tmp->store());
    auto summary = projector.rebuild(nowMs);
    QVERIFY2(summary, qPrintable(summary.ok() ? QString() : summary.error().toString()));
    QCOMPARE(summary->rejectedEvents, 0);
}

void TestSiteStatus::emptySite()
{
    auto status = reports::siteStatus(m_tmp->store(), site(QStringLiteral("S1")), tokyoMs(kMon, 13, 0));
    QVERIFY(status);
    QCOMPARE(status->siteCode, QStringLiteral("S1"));
    QCOMPARE(status->today, kMon);
    QCOMPARE(status->onShift, 0);
    QCOMPARE(status->onBreak, 0);
    QVERIFY(!status->latestDay.isValid());
    QCOMPARE(status->latestDayWorkers, 0);
    QCOMPARE(status->latestDayUnits, 0);
}

void TestSiteStatus::status_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("onShift");
    QTest::addColumn<int>("onBreak");
    QTest::addColumn<QDate>("latestDay");
    QTest::addColumn<int>("workers");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<qint64>("workSeconds");

    // Monday: W001 on PICK from 08:00, on a break from 12:00; W002 on CART from 09:00. Friday:
    // W002 worked 09:00-17:00 on CART.
    QTest::newRow("monday lunchtime")
        << tokyoMs(kMon, 13, 0) << kMon << 2 << 1 << kMon << 2 << qint64(170) << qint64(4 * 3600);
    // The business day starts at 05:00: just before it, it is still Monday.
    QTest::newRow("night after, still monday")
        << tokyoMs(kMon.addDays(1), 4, 59) << kMon << 2 << 1 << kMon << 2 << qint64(170) << qint64(4 * 3600);
    // Before Monday's shifts: nobody on shift, Friday is the latest day with work.
    QTest::newRow("sunday night") << tokyoMs(kMon, 4, 0) << kMon.addDays(-1) << 0 << 0 << kFri << 1
                                  << qint64(400) << qint64(8 * 3600);
    // Days later the open shifts of Monday no longer count as "on shift now".
    QTest::newRow("thursday") << tokyoMs(kMon.addDays(3), 10, 0) << kMon.addDays(3) << 0 << 0 << kMon << 2
                              << qint64(170) << qint64(4 * 3600);
}

void TestSiteStatus::status()
{
    QFETCH(qint64, now);
    QFETCH(QDate, today);
    QFETCH(int, onShift);
    QFETCH(int, onBreak);
    QFETCH(QDate, latestDay);
    QFETCH(int, workers);
    QFETCH(qint64, units);
    QFETCH(qint64, workSeconds);

    const QString K1 = QStringLiteral("K1"), S1 = QStringLiteral("S1");
    const QString W1 = QStringLiteral("W001"), W2 = QStringLiteral("W002");
    record(
        {test::punchEvent(K1, EventKind::PunchClockIn, W2, S1, QStringLiteral("CART"), tokyoMs(kFri, 9, 0)),
         test::unitsEvent(K1, W2, S1, QStringLiteral("CART"), 400, tokyoMs(kFri, 16, 0)),
         test::punchEvent(K1, EventKind::PunchClockOut, W2, S1, QString(), tokyoMs(kFri, 17, 0)),
         test::punchEvent(K1, EventKind::PunchClockIn, W1, S1, QStringLiteral("PICK"), tokyoMs(kMon, 8, 0)),
         test::punchEvent(K1, EventKind::PunchClockIn, W2, S1, QStringLiteral("CART"), tokyoMs(kMon, 9, 0)),
         test::unitsEvent(K1, W2, S1, QStringLiteral("CART"), 50, tokyoMs(kMon, 10, 0)),
         test::unitsEvent(K1, W1, S1, QStringLiteral("PICK"), 120, tokyoMs(kMon, 11, 0)),
         test::punchEvent(K1, EventKind::PunchBreak, W1, S1, QStringLiteral("LUNCH"), tokyoMs(kMon, 12, 0))},
        tokyoMs(kMon, 13, 0));

    auto status = reports::siteStatus(m_tmp->store(), site(S1), now);
    QVERIFY2(status, qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(status->today, today);
    QCOMPARE(status->onShift, onShift);
    QCOMPARE(status->onBreak, onBreak);
    QCOMPARE(status->latestDay, latestDay);
    QCOMPARE(status->latestDayWorkers, workers);
    QCOMPARE(status->latestDayUnits, units);
    // Open intervals have no end yet: only closed time counts.
    QCOMPARE(status->latestDayWorkSeconds, workSeconds);
}

void TestSiteStatus::otherSiteIsSeparate()
{
    // S2 runs on UTC with the business day starting at midnight.
    const QString K2 = QStringLiteral("K2"), S2 = QStringLiteral("S2");
    record({test::punchEvent(K2, EventKind::PunchClockIn, QStringLiteral("W003"), S2, QStringLiteral("PICK"),
                             utcMs(kMon, 2, 0))},
           utcMs(kMon, 4, 0));
    auto s2 = reports::siteStatus(m_tmp->store(), site(S2), utcMs(kMon, 4, 0));
    QVERIFY(s2);
    QCOMPARE(s2->today, kMon);
    QCOMPARE(s2->onShift, 1);
    QCOMPARE(s2->latestDay, kMon);
    auto s1 = reports::siteStatus(m_tmp->store(), site(QStringLiteral("S1")), utcMs(kMon, 4, 0));
    QVERIFY(s1);
    QCOMPARE(s1->onShift, 0);
    QVERIFY(!s1->latestDay.isValid());
}

QTEST_GUILESS_MAIN(TestSiteStatus)
#include "tst_sitestatus.moc"
