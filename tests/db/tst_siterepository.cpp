// SiteRepository: upserts by code, time zone and business-day start kept.
#include "MasterDataRepositories.h"
#include "TestSupport.h"

#include <QTest>

using namespace wh;
using namespace wh::db;

class TestSiteRepository : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TemporaryStore>();
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
    }
    void cleanup() { m_tmp.reset(); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("start");
        QTest::newRow("tokyo 05:00") << QStringLiteral("S1") << QStringLiteral("市川物流センター")
                                     << QByteArray("Asia/Tokyo") << 300;
        QTest::newRow("utc midnight")
            << QStringLiteral("S2") << QStringLiteral("UTC site") << QByteArray("UTC") << 0;
        QTest::newRow("last minute of the day")
            << QStringLiteral("S3") << QStringLiteral("遅番") << QByteArray("Asia/Tokyo") << 1439;
        QTest::newRow("japanese code")
            << QStringLiteral("東京") << QStringLiteral("東京") << QByteArray("Asia/Tokyo") << 300;
        QTest::newRow("empty name") << QStringLiteral("S4") << QString() << QByteArray("Europe/Berlin")
                                    << 360;
        QTest::newRow("huge name") << QStringLiteral("S5") << QString(100000, QChar(0x5009))
                                   << QByteArray("UTC") << 0;
    }
    void roundTrip()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QByteArray, zone);
        QFETCH(int, start);
        SiteRepository repo(m_tmp->store());
        QVERIFY(repo.save({code, name, zone, start}).ok());
        auto found = repo.find(code);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QCOMPARE(found->code, code);
        QCOMPARE(found->name, name);
        QCOMPARE(found->timeZoneId, zone);
        QCOMPARE(found->businessDayStartMinutes, start);
        QVERIFY(found->timeZone().isValid());
    }

    void upsertChangesNotDuplicates()
    {
        SiteRepository repo(m_tmp->store());
        QVERIFY(repo.save({QStringLiteral("S1"), QStringLiteral("旧名"), "Asia/Tokyo", 300}).ok());
        QVERIFY(repo.save({QStringLiteral("S1"), QStringLiteral("新名"), "UTC", 0}).ok());
        QVERIFY(repo.save({QStringLiteral("S1"), QStringLiteral("新名"), "UTC", 0})
                    .ok()); // same again: no change
        auto all = repo.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), size_t(1));
        QCOMPARE(all->front().name, QStringLiteral("新名"));
        QCOMPARE(all->front().timeZoneId, QByteArray("UTC"));
        QCOMPARE(all->front().businessDayStartMinutes, 0);
    }

    void allIsSortedByCode()
    {
        SiteRepository repo(m_tmp->store());
        for (const char *code : {"S2", "S10", "S1"})
            QVERIFY(repo.save({QLatin1String(code), QStringLiteral("x"), "UTC", 0}).ok());
        auto all = repo.all();
        QVERIFY(all.ok());
        QStringList codes;
        for (const auto &s : *all)
            codes << s.code;
        QCOMPARE(codes, (QStringList{QStringLiteral("S1"), QStringLiteral("S10"), QStringLiteral("S2")}));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("expected");
        QTest::newRow("no code") << QString() << QByteArray("UTC") << 0 << int(ErrorCode::InvalidArgument);
        QTest::newRow("unknown zone")
            << QStringLiteral("S1") << QByteArray("Asia/Nowhere") << 0 << int(ErrorCode::InvalidArgument);
        QTest::newRow("empty zone") << QStringLiteral("S1") << QByteArray() << 0
                                    << int(ErrorCode::InvalidArgument);
        QTest::newRow("day start 24:00")
            << QStringLiteral("S1") << QByteArray("UTC") << 1440 << int(ErrorCode::Conflict);
        QTest::newRow("negative day start")
            << QStringLiteral("S1") << QByteArray("UTC") << -1 << int(ErrorCode::Conflict);
    }
    void rejected()
    {
        QFETCH(QString, code);
        QFETCH(QByteArray, zone);
        QFETCH(int, start);
        QFETCH(int, expected);
        SiteRepository repo(m_tmp->store());
        auto status = repo.save({code, QStringLiteral("x"), zone, start});
        QVERIFY(!status.ok());
        QCOMPARE(int(status.error().code()), expected);
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("sites")), qint64(0));
    }

    void findMissing()
    {
        SiteRepository repo(m_tmp->store());
        auto found = repo.find(QStringLiteral("S404"));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code(), ErrorCode::NotFound);
        QCOMPARE(found.error().context(), QStringLiteral("S404"));
    }

private:
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

QTEST_GUILESS_MAIN(TestSiteRepository)
#include "tst_siterepository.moc"
