// DeviceSettings: a device's own settings in its store (migration 0012): set, read back, replace,
// who and when, remove, per device, unknown devices and bad keys refused, kept over a reopen.
#include "DeviceSettings.h"
#include "MasterDataRepositories.h"
#include "TestSupport.h"

#include <QTest>

using namespace wh;
using namespace wh::db;

class TestDeviceSettings : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TemporaryStore>();
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(SiteRepository(m_tmp->store()).save({QStringLiteral("S1"), QStringLiteral("東京"), "Asia/Tokyo", 300}).ok());
        DeviceRepository devices(m_tmp->store());
        QVERIFY(devices.save({QStringLiteral("H1"), DeviceKind::Handheld, QStringLiteral("S1"), QStringLiteral("端末1")}).ok());
        QVERIFY(devices.save({QStringLiteral("H2"), DeviceKind::Handheld, QStringLiteral("S1"), QStringLiteral("端末2")}).ok());
    }
    void cleanup() { m_tmp.reset(); }

    void setReadReplaceRemove()
    {
        auto s = DeviceSettings::open(m_tmp->store(), QStringLiteral("H1"));
        QVERIFY(s.ok());
        auto none = s->value(DeviceSettings::kTape);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        QCOMPARE(*s->valueOr(DeviceSettings::kTape, QStringLiteral("none")), QStringLiteral("none"));

        QVERIFY(s->set(DeviceSettings::kTape, QStringLiteral("sim:leica-disto"), 1000, QStringLiteral("W001")).ok());
        auto e = s->entry(DeviceSettings::kTape);
        QVERIFY(e.ok() && e->has_value());
        QCOMPARE((*e)->value, QStringLiteral("sim:leica-disto"));
        QCOMPARE((*e)->updatedAtMs, 1000);
        QCOMPARE((*e)->updatedBy, QStringLiteral("W001"));

        // Replaced, with the new author and time; an empty value is a value (not "unset").
        QVERIFY(s->set(DeviceSettings::kTape, QString(), 2000).ok());
        e = s->entry(DeviceSettings::kTape);
        QVERIFY(e.ok() && e->has_value());
        QCOMPARE((*e)->value, QString());
        QCOMPARE((*e)->updatedAtMs, 2000);
        QCOMPARE((*e)->updatedBy, QString());

        QVERIFY(s->set(DeviceSettings::kLanguage, QStringLiteral("ja"), 3000, QStringLiteral("admin")).ok());
        auto all = s->all();
        QVERIFY(all.ok());
        QCOMPARE(all->keys(), (QStringList{DeviceSettings::kLanguage, DeviceSettings::kTape}));

        QVERIFY(s->remove(DeviceSettings::kTape).ok());
        QVERIFY(s->remove(QStringLiteral("never-set")).ok());
        QVERIFY(!s->value(DeviceSettings::kTape)->has_value());
    }

    void perDevice()
    {
        auto h1 = DeviceSettings::open(m_tmp->store(), QStringLiteral("H1"));
        auto h2 = DeviceSettings::open(m_tmp->store(), QStringLiteral("H2"));
        QVERIFY(h1.ok() && h2.ok());
        QVERIFY(h1->set(DeviceSettings::kPrinter, QStringLiteral("10.0.0.5:9100"), 1).ok());
        QVERIFY(!h2->value(DeviceSettings::kPrinter)->has_value());
        QCOMPARE(h2->all()->size(), 0);
    }

    void refused()
    {
        auto unknown = DeviceSettings::open(m_tmp->store(), QStringLiteral("X9"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);
        QVERIFY(unknown.error().message().contains(QStringLiteral("X9")));

        auto s = DeviceSettings::open(m_tmp->store(), QStringLiteral("H1"));
        auto empty = s->set(QString(), QStringLiteral("v"), 1);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code(), ErrorCode::InvalidArgument);
        auto longKey = s->set(QString(65, QLatin1Char('k')), QStringLiteral("v"), 1);
        QVERIFY(!longKey.ok());
        QCOMPARE(longKey.error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(s->all()->size(), 0);
    }

    // Durable: the value is there after the store is closed and opened again.
    void keptOverReopen()
    {
        {
            auto s = DeviceSettings::open(m_tmp->store(), QStringLiteral("H1"));
            QVERIFY(s->set(DeviceSettings::kScannerPrefix, QStringLiteral("]"), 5).ok());
        }
        m_tmp->close();
        QVERIFY(m_tmp->reopen(Clock::system()));
        auto s = DeviceSettings::open(m_tmp->store(), QStringLiteral("H1"));
        QCOMPARE(**s->value(DeviceSettings::kScannerPrefix), QStringLiteral("]"));
    }

private:
    std::unique_ptr<test::TemporaryStore> m_tmp;
};

QTEST_GUILESS_MAIN(TestDeviceSettings)
#include "tst_devicesettings.moc"
