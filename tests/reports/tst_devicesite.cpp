// reports::findDeviceSite: the device decides the site (kiosk and handheld start-up).
#include "DeviceSite.h"
#include "TestSupport.h"

#include <QTest>

using namespace wh;

class TestDeviceSite : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void found_data();
    void found();
    void refused_data();
    void refused();
    void emptyStore();

private:
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

void TestDeviceSite::initTestCase()
{
    m_tmp = std::make_unique<test::TemporaryStore>();
    QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
    QVERIFY(test::seedSmallWarehouse(m_tmp->store()));
}

void TestDeviceSite::found_data()
{
    QTest::addColumn<DeviceKind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("siteCode");
    QTest::addColumn<QString>("siteName");
    QTest::newRow("first kiosk") << DeviceKind::Kiosk << QString() << "K1"
                                 << "S1"
                                 << "東京第一センター";
    QTest::newRow("named kiosk") << DeviceKind::Kiosk << "K2"
                                 << "K2"
                                 << "S2"
                                 << "UTC test site";
    QTest::newRow("first handheld") << DeviceKind::Handheld << QString() << "H1"
                                    << "S1"
                                    << "東京第一センター";
}

void TestDeviceSite::found()
{
    QFETCH(DeviceKind, kind);
    QFETCH(QString, id);
    QFETCH(QString, expectedId);
    QFETCH(QString, siteCode);
    QFETCH(QString, siteName);
    auto where = reports::findDeviceSite(m_tmp->store(), kind, id);
    QVERIFY2(where, qPrintable(where.ok() ? QString() : where.error().toString()));
    QCOMPARE(where->device.id, expectedId);
    QCOMPARE(where->device.kind, kind);
    QCOMPARE(where->site.code, siteCode);
    QCOMPARE(where->site.name, siteName);
}

void TestDeviceSite::refused_data()
{
    QTest::addColumn<DeviceKind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("context");
    QTest::newRow("unknown id") << DeviceKind::Kiosk << "NOPE" << ErrorCode::NotFound << "NOPE";
    QTest::newRow("japanese id") << DeviceKind::Kiosk << "端末1" << ErrorCode::NotFound << "端末1";
    QTest::newRow("kiosk as handheld") << DeviceKind::Handheld << "K1" << ErrorCode::InvalidArgument << "K1";
    QTest::newRow("handheld as kiosk") << DeviceKind::Kiosk << "H1" << ErrorCode::InvalidArgument << "H1";
    QTest::newRow("no manager device")
        << DeviceKind::Manager << QString() << ErrorCode::NotFound << QString();
}

void TestDeviceSite::refused()
{
    QFETCH(DeviceKind, kind);
    QFETCH(QString, id);
    QFETCH(ErrorCode, code);
    QFETCH(QString, context);
    auto where = reports::findDeviceSite(m_tmp->store(), kind, id);
    QVERIFY(!where);
    QCOMPARE(where.error().code(), code);
    QCOMPARE(where.error().context(), context);
}

void TestDeviceSite::emptyStore()
{
    test::TemporaryStore empty;
    QVERIFY(empty.ok());
    auto where = reports::findDeviceSite(empty.store(), DeviceKind::Kiosk, QString());
    QVERIFY(!where);
    QCOMPARE(where.error().code(), ErrorCode::NotFound);
    QVERIFY(where.error().context().isEmpty());
}

QTEST_GUILESS_MAIN(TestDeviceSite)
#include "tst_devicesite.moc"
