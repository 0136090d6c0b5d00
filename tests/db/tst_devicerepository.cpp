// DeviceRepository: kiosks, handhelds and manager PCs of a site.
#include "MasterDataRepositories.h"
#include "TestSupport.h"

#include <QTest>

using namespace wh;
using namespace wh::db;

Q_DECLARE_METATYPE(wh::DeviceKind)

class TestDeviceRepository : public QObject {
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

    void roundTrip_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<DeviceKind>("kind");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("name");
        QTest::newRow("kiosk") << QStringLiteral("S1-KIOSK-01") << DeviceKind::Kiosk << QStringLiteral("S1")
                               << QStringLiteral("入口キオスク");
        QTest::newRow("handheld") << QStringLiteral("S2-HT-040") << DeviceKind::Handheld
                                  << QStringLiteral("S2") << QStringLiteral("Handheld 40");
        QTest::newRow("manager, empty name")
            << QStringLiteral("S1-MGR-01") << DeviceKind::Manager << QStringLiteral("S1") << QString();
        QTest::newRow("uuid id") << QStringLiteral("0192f3a0-7c1e-7000-8000-000000000001")
                                 << DeviceKind::Handheld << QStringLiteral("S1") << QStringLiteral("端末");
    }
    void roundTrip()
    {
        QFETCH(QString, id);
        QFETCH(DeviceKind, kind);
        QFETCH(QString, site);
        QFETCH(QString, name);
        DeviceRepository repo(m_tmp->store());
        QVERIFY(repo.save({id, kind, site, name}).ok());
        auto found = repo.find(id);
        QVERIFY(found.ok());
        QCOMPARE(found->id, id);
        QCOMPARE(found->kind, kind);
        QCOMPARE(found->siteCode, site);
        QCOMPARE(found->name, name);
    }

    void upsertAndAll()
    {
        DeviceRepository repo(m_tmp->store());
        QVERIFY(
            repo.save({QStringLiteral("B"), DeviceKind::Kiosk, QStringLiteral("S1"), QStringLiteral("旧")})
                .ok());
        QVERIFY(
            repo.save({QStringLiteral("A"), DeviceKind::Handheld, QStringLiteral("S2"), QStringLiteral("A")})
                .ok());
        QVERIFY(
            repo.save({QStringLiteral("B"), DeviceKind::Handheld, QStringLiteral("S2"), QStringLiteral("新")})
                .ok());
        auto all = repo.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), size_t(2));
        QCOMPARE(all->at(0).id, QStringLiteral("A"));
        QCOMPARE(all->at(1).kind, DeviceKind::Handheld);
        QCOMPARE(all->at(1).siteCode, QStringLiteral("S2"));
        QCOMPARE(all->at(1).name, QStringLiteral("新"));
    }

    void unknownSiteIsAConflict()
    {
        DeviceRepository repo(m_tmp->store());
        auto status = repo.save({QStringLiteral("K9"), DeviceKind::Kiosk, QStringLiteral("S9"), QString()});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Conflict);
        QVERIFY(status.error().context().contains(QStringLiteral("K9")));
        QCOMPARE(test::rowCount(m_tmp->store(), QStringLiteral("devices")), qint64(0));
    }

    void findMissing()
    {
        DeviceRepository repo(m_tmp->store());
        auto found = repo.find(QStringLiteral("NOPE"));
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code(), ErrorCode::NotFound);
        QVERIFY(repo.all()->empty());
    }

private:
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

QTEST_GUILESS_MAIN(TestDeviceRepository)
#include "tst_devicerepository.moc"
