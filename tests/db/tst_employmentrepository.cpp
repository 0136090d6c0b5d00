// EmploymentRepository: employment types and wage rates per site over time.
#include "MasterDataRepositories.h"
#include "TestSupport.h"

#include <QTest>

using namespace wh;
using namespace wh::db;

class TestEmploymentRepository : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TemporaryStore>();
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        SiteRepository sites(m_tmp->store());
        QVERIFY(sites.save({QStringLiteral("S1"), QStringLiteral("東京"), "Asia/Tokyo", 300}).ok());
        QVERIFY(sites.save({QStringLiteral("S2"), QStringLiteral("大阪"), "Asia/Tokyo", 300}).ok());
    }
    void cleanup() { m_tmp.reset(); }

    void types()
    {
        EmploymentRepository repo(m_tmp->store());
        QVERIFY(repo.saveType({QStringLiteral("PT"), QStringLiteral("パート"), QStringLiteral("Part-timer")})
                    .ok());
        QVERIFY(repo.saveType({QStringLiteral("FT"), QStringLiteral("正社員"), QStringLiteral("Full-time")})
                    .ok());
        QVERIFY(repo.saveType(
                        {QStringLiteral("PT"), QStringLiteral("パートタイマー"), QStringLiteral("Part-time")})
                    .ok());
        auto list = repo.types();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), size_t(2));
        QCOMPARE(list->at(0).code, QStringLiteral("FT"));
        QCOMPARE(list->at(1).nameJa, QStringLiteral("パートタイマー"));
        QCOMPARE(list->at(1).nameEn, QStringLiteral("Part-time"));
    }

    void wageRatesRoundTrip()
    {
        EmploymentRepository repo(m_tmp->store());
        QVERIFY(repo.saveType({QStringLiteral("PT"), QStringLiteral("パート"), QStringLiteral("Part-timer")})
                    .ok());
        QVERIFY(repo.saveType({QStringLiteral("FT"), QStringLiteral("正社員"), QStringLiteral("Full-time")})
                    .ok());
        const std::vector<WageRate> rates = {
            {QStringLiteral("PT"), QStringLiteral("S1"), QDate(2026, 10, 1), 1150},
            {QStringLiteral("PT"), QStringLiteral("S1"), QDate(2025, 10, 1), 1100},
            {QStringLiteral("PT"), QStringLiteral("S2"), QDate(2025, 10, 1), 1060},
            {QStringLiteral("FT"), QStringLiteral("S1"), QDate(2026, 11, 15), 2100}, // mid-month
            {QStringLiteral("FT"), QStringLiteral("S1"), QDate(2000, 2, 29), 0}, // leap day, unpaid trainee
            {QStringLiteral("FT"), QStringLiteral("S2"), QDate(2026, 1, 1), 9000000000000LL}, // huge
        };
        for (const auto &r : rates)
            QVERIFY(repo.saveWageRate(r).ok());
        auto loaded = repo.wageRates();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), rates.size());
        // Sorted by type, site, date; values intact.
        QCOMPARE(loaded->front().employmentTypeCode, QStringLiteral("FT"));
        QCOMPARE(loaded->front().effectiveFrom, QDate(2000, 2, 29));
        for (const auto &r : rates) {
            const auto wage = wageOn(*loaded, r.employmentTypeCode, r.siteCode, r.effectiveFrom);
            QCOMPARE(wage.value_or(-1), r.yenPerHour);
        }
        QCOMPARE(wageOn(*loaded, QStringLiteral("PT"), QStringLiteral("S1"), QDate(2026, 9, 30)).value_or(-1),
                 qint64(1100));
        // Saving the same key again changes the amount, not the row count.
        QVERIFY(
            repo.saveWageRate({QStringLiteral("PT"), QStringLiteral("S1"), QDate(2026, 10, 1), 1160}).ok());
        loaded = repo.wageRates();
        QCOMPARE(loaded->size(), rates.size());
        QCOMPARE(wageOn(*loaded, QStringLiteral("PT"), QStringLiteral("S1"), QDate(2026, 10, 2)).value_or(-1),
                 qint64(1160));
    }

    void badWageRates_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<qint64>("yen");
        QTest::addColumn<int>("code");
        QTest::newRow("no date") << QStringLiteral("PT") << QStringLiteral("S1") << QDate() << qint64(1000)
                                 << int(ErrorCode::InvalidArgument);
        QTest::newRow("negative") << QStringLiteral("PT") << QStringLiteral("S1") << QDate(2026, 1, 1)
                                  << qint64(-1) << int(ErrorCode::InvalidArgument);
        QTest::newRow("unknown type") << QStringLiteral("XX") << QStringLiteral("S1") << QDate(2026, 1, 1)
                                      << qint64(1000) << int(ErrorCode::Conflict);
        QTest::newRow("unknown site") << QStringLiteral("PT") << QStringLiteral("S9") << QDate(2026, 1, 1)
                                      << qint64(1000) << int(ErrorCode::Conflict);
    }
    void badWageRates()
    {
        QFETCH(QString, type);
        QFETCH(QString, site);
        QFETCH(QDate, from);
        QFETCH(qint64, yen);
        QFETCH(int, code);
        EmploymentRepository repo(m_tmp->store());
        QVERIFY(repo.saveType({QStringLiteral("PT"), QStringLiteral("パート"), QStringLiteral("Part-timer")})
                    .ok());
        auto status = repo.saveWageRate({type, site, from, yen});
        QVERIFY(!status.ok());
        QCOMPARE(int(status.error().code()), code);
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("wage_rates")), qint64(0));
    }

private:
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

QTEST_GUILESS_MAIN(TestEmploymentRepository)
#include "tst_employmentrepository.moc"
