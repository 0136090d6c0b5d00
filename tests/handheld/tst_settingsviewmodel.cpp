// The handheld's SettingsViewModel on a real demo store (its accounts admin, manager, leader): a
// worker changes the language only; an administrator unlocks (wrong password, lock-out wait, a
// manager refused, the idle lock) and moves the device, sets the scanner's prefix and suffix and the
// spec keys; what is stored is read again by a new view-model. Then the real SettingsPage.qml over it.
#include "Accounts.h"
#include "DemoWarehouse.h"
#include "DeviceSettings.h"
#include "DeviceSite.h"
#include "HandheldTestSupport.h"
#include "MasterDataRepositories.h"
#include "ScannerKeyInput.h"
#include "SettingsViewModel.h"
#include "SmallDemo.h"
#include "TestSupport.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTest>

using namespace wh;

namespace {
const QChar kGs(0x1D);
const QString kAdmin = QStringLiteral("admin");
const QString kAdminPassword = QStringLiteral("demo-admin-2026");
const QString kSecret = QStringLiteral("0123456789abcdef-brand-B1");
} // namespace

class TestSettingsViewModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void workerCannotChangeAdminSettings();
    void unlockWrongThenRight();
    void onlyAnAdministratorUnlocks();
    void lockOutWaits();
    void idleLocks();
    void setSiteMovesTheDevice();
    void languageStoredAndReadAgain();
    void affixText_data();
    void affixText();
    void affixesRoundTrip();
    void affixesRefused();
    void specKeys();
    void unknownDevice();
    void settingsPage();

private:
    db::Store &store() { return m_store->store(); }
    [[nodiscard]] std::unique_ptr<SettingsViewModel> model()
    {
        return std::make_unique<SettingsViewModel>(store(), m_clock, m_device.id);
    }
    [[nodiscard]] QMap<QString, db::DeviceSettings::Entry> stored()
    {
        auto settings = db::DeviceSettings::open(store(), m_device.id);
        if (!settings)
            return {};
        auto all = settings->all();
        return all ? *all : QMap<QString, db::DeviceSettings::Entry>{};
    }
    [[nodiscard]] QString deviceSite()
    {
        auto device = db::DeviceRepository(store()).find(m_device.id);
        return device ? device->siteCode : QString();
    }

    test::MockClock m_clock;
    std::unique_ptr<test::TemporaryStore> m_store;
    Device m_device;
};

void TestSettingsViewModel::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Material")); // as the shell does
}

void TestSettingsViewModel::init()
{
    if (QLatin1String(QTest::currentTestFunction()) == QLatin1String("affixText"))
        return; // pure text, no store
    // A fresh store each time: settings, the device's site and the sign-in failures are stored.
    m_store = std::make_unique<test::TemporaryStore>(m_clock);
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    auto where = test::smallDemo(store(), m_clock, QDate(2026, 11, 2));
    QVERIFY2(where, qPrintable(where.ok() ? QString() : where.error().toString()));
    QVERIFY(demo::createDemoAccounts(store()).ok());
    m_device = where->device;
    QCOMPARE(m_device.siteCode, QStringLiteral("S1"));
}

void TestSettingsViewModel::cleanup()
{
    m_store.reset();
}

void TestSettingsViewModel::workerCannotChangeAdminSettings()
{
    auto settings = model();
    settings->setWorker(QStringLiteral("W00001"));
    QCOMPARE(settings->siteCode(), QStringLiteral("S1"));
    QVERIFY(!settings->siteName().isEmpty());
    QCOMPARE(settings->deviceId(), m_device.id);
    QCOMPARE(settings->deviceName(), m_device.name);
    QCOMPARE(settings->sites().size(), 2);
    QVERIFY(!settings->adminUnlocked());
    QSignalSpy site(settings.get(), &SettingsViewModel::siteChanged);
    QSignalSpy scanner(settings.get(), &SettingsViewModel::scannerOptionsChanged);
    QSignalSpy keys(settings.get(), &SettingsViewModel::specKeysChanged);
    const QString refused = SettingsViewModel::tr(
        "Only an administrator can change this: unlock with an administrator's account first.");

    QVERIFY(!settings->setSite(QStringLiteral("S2")));
    QCOMPARE(settings->message(), refused);
    QVERIFY(settings->messageIsError());
    QVERIFY(!settings->setScannerAffixes(QStringLiteral("#"), QString()));
    QCOMPARE(settings->message(), refused);
    QVERIFY(!settings->addSpecKey(QStringLiteral("B1:") + kSecret));
    QCOMPARE(settings->message(), refused);
    QVERIFY(!settings->removeSpecKey(QStringLiteral("1")));
    QCOMPARE(settings->message(), refused);

    // Nothing written, nothing announced.
    QCOMPARE(deviceSite(), QStringLiteral("S1"));
    QVERIFY(stored().isEmpty());
    QCOMPARE(site.size(), 0);
    QCOMPARE(scanner.size(), 0);
    QCOMPARE(keys.size(), 0);
    QCOMPARE(settings->siteCode(), QStringLiteral("S1"));
    QVERIFY(settings->specKeyIds().isEmpty());
}

void TestSettingsViewModel::unlockWrongThenRight()
{
    auto settings = model();
    QSignalSpy admin(settings.get(), &SettingsViewModel::adminChanged);
    QVERIFY(!settings->unlockAdmin(kAdmin, QStringLiteral("not-the-password")));
    QCOMPARE(settings->message(), SettingsViewModel::tr("The name or password is wrong."));
    QVERIFY(settings->messageIsError());
    QVERIFY(!settings->adminUnlocked());
    QCOMPARE(admin.size(), 0);
    // Nothing typed: asked for, and no sign-in attempt counted.
    QVERIFY(!settings->unlockAdmin(QStringLiteral("  "), kAdminPassword));
    QVERIFY(!settings->unlockAdmin(kAdmin, QString()));
    QVERIFY(settings->messageIsError());

    QVERIFY(settings->unlockAdmin(QStringLiteral(" admin "), kAdminPassword));
    QVERIFY(settings->adminUnlocked());
    QCOMPARE(settings->adminName(), kAdmin);
    QVERIFY(!settings->messageIsError());
    QCOMPARE(admin.size(), 1);

    settings->lockAdmin();
    QVERIFY(!settings->adminUnlocked());
    QVERIFY(settings->adminName().isEmpty());
    QCOMPARE(admin.size(), 2);
    QVERIFY(!settings->setSite(QStringLiteral("S2")));
    QCOMPARE(deviceSite(), QStringLiteral("S1"));
}

void TestSettingsViewModel::onlyAnAdministratorUnlocks()
{
    auto settings = model();
    // Right passwords, wrong roles.
    QVERIFY(!settings->unlockAdmin(QStringLiteral("manager"), QStringLiteral("demo-manager-2026")));
    QVERIFY(!settings->adminUnlocked());
    QVERIFY(settings->messageIsError());
    QVERIFY2(settings->message().contains(QLatin1String("manager")), qPrintable(settings->message()));
    QVERIFY(settings->message().contains(QLatin1String("administrator")));
    QVERIFY(!settings->unlockAdmin(QStringLiteral("leader"), QStringLiteral("demo-leader-2026")));
    QVERIFY(!settings->adminUnlocked());
    QVERIFY(!settings->setSite(QStringLiteral("S2")));

    // A disabled administrator is as wrong as a wrong password.
    reports::Accounts accounts(store());
    auto admin = accounts.find(reports::Viewer{kAdmin, reports::Role::Admin, {}}, kAdmin);
    QVERIFY(admin);
    auto second = accounts.create(admin->viewer(), {QStringLiteral("admin2"),
                                                    QStringLiteral("Admin 2"),
                                                    reports::Role::Admin,
                                                    {},
                                                    QStringLiteral("second-admin-2026")});
    QVERIFY(second);
    QVERIFY(accounts.setDisabled(admin->viewer(), QStringLiteral("admin2"), true).ok());
    QVERIFY(!settings->unlockAdmin(QStringLiteral("admin2"), QStringLiteral("second-admin-2026")));
    QCOMPARE(settings->message(), SettingsViewModel::tr("The name or password is wrong."));
    QVERIFY(!settings->adminUnlocked());
}

void TestSettingsViewModel::lockOutWaits()
{
    auto settings = model();
    for (int i = 0; i < reports::Accounts::kFreeFailures; ++i) {
        QVERIFY(!settings->unlockAdmin(kAdmin, QStringLiteral("wrong-%1").arg(i)));
        QCOMPARE(settings->message(), SettingsViewModel::tr("The name or password is wrong."));
    }
    // Now the name waits a second: even the right password is refused unchecked.
    QVERIFY(!settings->unlockAdmin(kAdmin, kAdminPassword));
    QCOMPARE(settings->message(),
             SettingsViewModel::tr("Too many failed attempts with this name. Try again in %n second(s).",
                                   nullptr, 1));
    QVERIFY(!settings->adminUnlocked());
    m_clock.advance(1000);
    QVERIFY(settings->unlockAdmin(kAdmin, kAdminPassword));
    QVERIFY(settings->adminUnlocked());
}

void TestSettingsViewModel::idleLocks()
{
    auto settings = model();
    QVERIFY(settings->unlockAdmin(kAdmin, kAdminPassword));
    QSignalSpy admin(settings.get(), &SettingsViewModel::adminChanged);
    // Every action (or typing) keeps it unlocked for another five minutes.
    m_clock.advance(SettingsViewModel::kAdminIdleMs - 1000);
    QVERIFY(settings->setScannerAffixes(QStringLiteral("#"), QString()));
    m_clock.advance(SettingsViewModel::kAdminIdleMs - 1000);
    settings->keepAdminUnlocked();
    m_clock.advance(SettingsViewModel::kAdminIdleMs - 1000);
    QVERIFY(settings->adminUnlocked());
    QVERIFY(settings->setSite(QStringLiteral("S2")));
    QCOMPARE(admin.size(), 0);

    // Five minutes without one: locked, and the action is refused.
    m_clock.advance(SettingsViewModel::kAdminIdleMs);
    QVERIFY(!settings->setSite(QStringLiteral("S1")));
    QVERIFY(!settings->adminUnlocked());
    QCOMPARE(admin.size(), 1);
    QVERIFY(settings->messageIsError());
    QCOMPARE(
        settings->message(),
        SettingsViewModel::tr("The administrator's settings locked themselves after %n minute(s) without a "
                              "change: unlock them again.",
                              nullptr, 5));
    QCOMPARE(deviceSite(), QStringLiteral("S2"));
    // Typing does not unlock it again.
    settings->keepAdminUnlocked();
    QVERIFY(!settings->adminUnlocked());
}

void TestSettingsViewModel::setSiteMovesTheDevice()
{
    auto settings = model();
    QVERIFY(settings->unlockAdmin(kAdmin, kAdminPassword));
    QSignalSpy site(settings.get(), &SettingsViewModel::siteChanged);

    QVERIFY(!settings->setSite(QStringLiteral("S9")));
    QVERIFY(settings->messageIsError());
    QVERIFY(settings->message().contains(QLatin1String("S9")));
    QCOMPARE(site.size(), 0);
    // The site it is at already: nothing to do.
    QVERIFY(settings->setSite(QStringLiteral("S1")));
    QCOMPARE(site.size(), 0);
    QVERIFY(!stored().contains(SettingsViewModel::kSiteSetting));

    m_clock.advance(60'000);
    QVERIFY(settings->setSite(QStringLiteral("S2")));
    QCOMPARE(site.size(), 1);
    QCOMPARE(site.at(0).at(0).toString(), QStringLiteral("S2"));
    QCOMPARE(settings->siteCode(), QStringLiteral("S2"));
    auto s2 = db::SiteRepository(store()).find(QStringLiteral("S2"));
    QVERIFY(s2);
    QCOMPARE(settings->siteName(), s2->name);
    QVERIFY(!settings->messageIsError());
    QVERIFY(settings->message().contains(s2->name));
    // The devices row, and who did it when.
    QCOMPARE(deviceSite(), QStringLiteral("S2"));
    auto device = db::DeviceRepository(store()).find(m_device.id);
    QVERIFY(device);
    QCOMPARE(device->name, m_device.name);
    QCOMPARE(device->kind, DeviceKind::Handheld);
    const auto entries = stored();
    QVERIFY(entries.contains(SettingsViewModel::kSiteSetting));
    QCOMPARE(entries[SettingsViewModel::kSiteSetting].value, QStringLiteral("S2"));
    QCOMPARE(entries[SettingsViewModel::kSiteSetting].updatedBy, kAdmin);
    QCOMPARE(entries[SettingsViewModel::kSiteSetting].updatedAtMs, m_clock.nowMs());

    // Read again by the program's next start.
    auto again = model();
    QCOMPARE(again->siteCode(), QStringLiteral("S2"));
    QCOMPARE(again->siteName(), s2->name);
    auto where = reports::findDeviceSite(store(), DeviceKind::Handheld, m_device.id);
    QVERIFY(where);
    QCOMPARE(where->site.code, QStringLiteral("S2"));
}

void TestSettingsViewModel::languageStoredAndReadAgain()
{
    QCOMPARE(SettingsViewModel::storedLanguage(store(), m_device.id), QString());
    auto settings = model();
    settings->setWorker(QStringLiteral("W00001"));
    QVERIFY(settings->language() == QLatin1String("ja") || settings->language() == QLatin1String("en"));
    const QString other =
        settings->language() == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja");
    QSignalSpy language(settings.get(), &SettingsViewModel::languageChanged);

    // A worker may; only ja and en.
    for (const QString &bad :
         {QStringLiteral("fr"), QStringLiteral("EN"), QStringLiteral(""), QStringLiteral("ja ")}) {
        QVERIFY2(!settings->setLanguage(bad), qPrintable(bad));
        QVERIFY(settings->messageIsError());
    }
    QVERIFY(stored().isEmpty());
    QCOMPARE(language.size(), 0);

    m_clock.advance(5000);
    QVERIFY(settings->setLanguage(other));
    QCOMPARE(language.size(), 1);
    QCOMPARE(language.at(0).at(0).toString(), other);
    QCOMPARE(settings->language(), other);
    QVERIFY(settings->message().isEmpty()); // no message in the language that is going
    const auto entry = stored().value(db::DeviceSettings::kLanguage);
    QCOMPARE(entry.value, other);
    QCOMPARE(entry.updatedBy, QStringLiteral("W00001"));
    QCOMPARE(entry.updatedAtMs, m_clock.nowMs());
    QCOMPARE(SettingsViewModel::storedLanguage(store(), m_device.id), other);
    // The same again: no change announced.
    QVERIFY(settings->setLanguage(other));
    QCOMPARE(language.size(), 1);

    auto again = model();
    QCOMPARE(again->language(), other);

    // With an administrator unlocked, the administrator is the author.
    QVERIFY(again->unlockAdmin(kAdmin, kAdminPassword));
    QVERIFY(again->setLanguage(QStringLiteral("en")));
    QVERIFY(again->setLanguage(QStringLiteral("ja")));
    QCOMPARE(stored().value(db::DeviceSettings::kLanguage).updatedBy, kAdmin);
    QCOMPARE(SettingsViewModel::storedLanguage(store(), m_device.id), QStringLiteral("ja"));
    QCOMPARE(SettingsViewModel::storedLanguage(store(), QStringLiteral("NO-SUCH-DEVICE")), QString());
}

void TestSettingsViewModel::affixText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("value"); // empty with a problem
    QTest::addColumn<QString>("shown"); // visibleAffix(value)
    QTest::addColumn<int>("problem");

    using P = SettingsViewModel::AffixProblem;
    QTest::newRow("empty") << QString() << QString() << QString() << int(P::None);
    QTest::newRow("plain") << "#"
                           << "#"
                           << "#" << int(P::None);
    QTest::newRow("gs") << "<GS>" << QString(kGs) << "<GS>" << int(P::None);
    QTest::newRow("gs lower") << "<gs>A" << QString(kGs) + "A"
                              << "<GS>A" << int(P::None);
    QTest::newRow("hex") << "<1d><41>" << QString(kGs) + "A"
                         << "<GS>A" << int(P::None);
    QTest::newRow("lone <") << "<"
                            << "<"
                            << "<" << int(P::None);
    QTest::newRow("< not a name") << "<=>"
                                  << "<=>"
                                  << "<=>" << int(P::None);
    QTest::newRow("literal <AB>") << "<3C>AB>"
                                  << "<AB>"
                                  << "<3C>AB>" << int(P::None);
    QTest::newRow("spaces at the ends") << "<SP>x<SP>"
                                        << " x "
                                        << "<SP>x<SP>" << int(P::None);
    QTest::newRow("space inside") << " a b "
                                  << "a b"
                                  << "a b" << int(P::None);
    QTest::newRow("japanese") << "読取"
                              << "読取"
                              << "読取" << int(P::None);
    QTest::newRow("eight") << "12345678"
                           << "12345678"
                           << "12345678" << int(P::None);
    QTest::newRow("nine") << "123456789" << QString() << QString() << int(P::TooLong);
    QTest::newRow("eight with names") << "<GS><GS><GS><GS><GS><GS><GS><GS>" << QString(8, kGs)
                                      << "<GS><GS><GS><GS><GS><GS><GS><GS>" << int(P::None);
    QTest::newRow("unknown name") << "<FOO>" << QString() << QString() << int(P::UnknownName);
    QTest::newRow("cr") << "<CR>" << QString() << QString() << int(P::NotTypeable);
    QTest::newRow("tab") << "A<TAB>" << QString() << QString() << int(P::NotTypeable);
    QTest::newRow("stx hex") << "<02>" << QString() << QString() << int(P::NotTypeable);
    QTest::newRow("raw control") << QString(QChar(0x03)) << QString() << QString() << int(P::NotTypeable);
}

void TestSettingsViewModel::affixText()
{
    QFETCH(QString, typed);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    QFETCH(int, problem);
    const auto parsed = SettingsViewModel::parseAffix(typed);
    QCOMPARE(int(parsed.problem), problem);
    if (problem != int(SettingsViewModel::AffixProblem::None)) {
        QVERIFY(!parsed.piece.isEmpty() || problem == int(SettingsViewModel::AffixProblem::TooLong));
        return;
    }
    QCOMPARE(parsed.text, value);
    QCOMPARE(SettingsViewModel::visibleAffix(value), shown);
    QCOMPARE(SettingsViewModel::parseAffix(shown).text, value); // what is shown reads back the same
    // Control characters the screen must not show raw.
    QCOMPARE(SettingsViewModel::visibleAffix(QStringLiteral("\r\t") + QChar(0x7F)),
             QStringLiteral("<CR><TAB><DEL>"));
}

void TestSettingsViewModel::affixesRoundTrip()
{
    auto settings = model();
    // Nothing stored: the command line's options stay.
    drivers::ScannerWedgeDetector::Options base;
    base.prefix = QStringLiteral("!");
    base.maxGapMs = 20;
    QCOMPARE(settings->scannerOptions(base).prefix, QStringLiteral("!"));
    QCOMPARE(settings->scannerPrefix(), QString());

    QVERIFY(settings->unlockAdmin(kAdmin, kAdminPassword));
    // The shell applies the stored affixes to its scanner input when they change.
    ScannerKeyInput input;
    connect(settings.get(), &SettingsViewModel::scannerOptionsChanged, &input,
            [&] { QVERIFY(input.setOptions(settings->scannerOptions(input.options())).ok()); });
    QSignalSpy changed(settings.get(), &SettingsViewModel::scannerOptionsChanged);
    m_clock.advance(1000);
    QVERIFY(settings->setScannerAffixes(QStringLiteral("<1d>]"), QStringLiteral("<3C>END<GS>")));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!settings->messageIsError());
    QCOMPARE(settings->scannerPrefix(), QStringLiteral("<GS>]"));
    QCOMPARE(settings->scannerSuffix(), QStringLiteral("<END<GS>")); // that "<" cannot read as a name
    QCOMPARE(input.options().prefix, QString(kGs) + QStringLiteral("]"));
    QCOMPARE(input.options().suffix, QStringLiteral("<END") + kGs);

    const auto options = settings->scannerOptions(base);
    QCOMPARE(options.prefix, QString(kGs) + QStringLiteral("]"));
    QCOMPARE(options.suffix, QStringLiteral("<END") + kGs);
    QCOMPARE(options.maxGapMs, 20); // the rest is base's

    const auto entries = stored();
    QCOMPARE(entries[db::DeviceSettings::kScannerPrefix].value, QString(kGs) + QStringLiteral("]"));
    QCOMPARE(entries[db::DeviceSettings::kScannerSuffix].value, QStringLiteral("<END") + kGs);
    QCOMPARE(entries[db::DeviceSettings::kScannerPrefix].updatedBy, kAdmin);
    QCOMPARE(entries[db::DeviceSettings::kScannerSuffix].updatedAtMs, m_clock.nowMs());

    // The same again: saved, no change announced.
    QVERIFY(settings->setScannerAffixes(settings->scannerPrefix(), settings->scannerSuffix()));
    QCOMPARE(changed.size(), 1);

    // A new view-model reads them back; empty ones are stored as none (the command line's go).
    auto again = model();
    QCOMPARE(again->scannerPrefix(), QStringLiteral("<GS>]"));
    QCOMPARE(again->scannerSuffix(), QStringLiteral("<END<GS>"));
    QVERIFY(settings->setScannerAffixes(QString(), QString()));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(settings->scannerOptions(base).prefix, QString());
    QCOMPARE(input.options().prefix, QString());

    // A stored affix that holds base's GS substitute: base is used as it is.
    QVERIFY(settings->setScannerAffixes(QStringLiteral("|"), QString()));
    base.gsSubstitute = QLatin1Char('|');
    QCOMPARE(settings->scannerOptions(base).prefix, QStringLiteral("!"));
}

void TestSettingsViewModel::affixesRefused()
{
    auto settings = model();
    QVERIFY(settings->unlockAdmin(kAdmin, kAdminPassword));
    QVERIFY(settings->setScannerAffixes(QStringLiteral("#"), QStringLiteral("$")));
    QSignalSpy changed(settings.get(), &SettingsViewModel::scannerOptionsChanged);
    const auto before = stored();
    m_clock.advance(1000);

    const QList<QPair<QString, QString>> bad{
        {QStringLiteral("<CR>"), QString()},         // the Enter that ends a scan
        {QString(), QStringLiteral("<TAB>")},        // not typed as scan text
        {QStringLiteral("<XYZ>"), QString()},        // not a name
        {QStringLiteral("123456789"), QString()},    // too long
        {QString(), QStringLiteral("<GS>12345678")}, // too long, counted in characters
    };
    for (const auto &[prefix, suffix] : bad) {
        QVERIFY2(!settings->setScannerAffixes(prefix, suffix),
                 qPrintable(prefix + QLatin1Char('/') + suffix));
        QVERIFY(settings->messageIsError());
        // The message names the field and what is wrong with it.
        const QString field = prefix.isEmpty() ? QStringLiteral("suffix") : QStringLiteral("prefix");
        QVERIFY2(settings->message().contains(field), qPrintable(settings->message()));
    }
    QVERIFY(settings->message().contains(QLatin1String("8")));
    QVERIFY(!settings->setScannerAffixes(QStringLiteral("<XYZ>"), QString()));
    QVERIFY(settings->message().contains(QLatin1String("<XYZ>")));
    QVERIFY(!settings->setScannerAffixes(QStringLiteral("<CR>"), QString()));
    QVERIFY(settings->message().contains(QLatin1String("<CR>")));

    QCOMPARE(changed.size(), 0);
    QCOMPARE(settings->scannerPrefix(), QStringLiteral("#"));
    QCOMPARE(settings->scannerSuffix(), QStringLiteral("$"));
    const auto after = stored();
    QCOMPARE(after[db::DeviceSettings::kScannerPrefix].value,
             before[db::DeviceSettings::kScannerPrefix].value);
    QCOMPARE(after[db::DeviceSettings::kScannerPrefix].updatedAtMs,
             before[db::DeviceSettings::kScannerPrefix].updatedAtMs);
}

void TestSettingsViewModel::specKeys()
{
    auto settings = model();
    QVERIFY(settings->unlockAdmin(kAdmin, kAdminPassword));
    QSignalSpy changed(settings.get(), &SettingsViewModel::specKeysChanged);
    QVERIFY(settings->specKeyIds().isEmpty());
    QVERIFY(settings->specKeys().empty());

    QVERIFY(settings->addSpecKey(QStringLiteral(" B1:") + kSecret + QStringLiteral(" ")));
    QVERIFY(!settings->messageIsError());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(settings->specKeyIds(), QStringList{QStringLiteral("B1")});
    // Only the secret, no id: key 1.
    QVERIFY(settings->addSpecKey(QStringLiteral("default-secret-of-16+")));
    QCOMPARE(settings->specKeyIds(), (QStringList{QStringLiteral("B1"), QStringLiteral("1")}));
    QCOMPARE(changed.size(), 2);

    // Refused: a duplicate id, a short secret (SpecKey::fromText's reason), line breaks, nothing.
    QVERIFY(!settings->addSpecKey(QStringLiteral("B1:another-secret-long-enough")));
    QVERIFY(settings->messageIsError());
    QVERIFY(settings->message().contains(QLatin1String("B1")));
    QVERIFY(!settings->addSpecKey(QStringLiteral("B2:short")));
    QVERIFY(settings->message().contains(QLatin1String("16")));
    QVERIFY(settings->message().contains(QLatin1String("5")));
    QVERIFY(!settings->addSpecKey(QStringLiteral("B3:first-line-is-long\nB4:second-line-is-long")));
    QVERIFY(settings->messageIsError());
    QVERIFY(!settings->addSpecKey(QStringLiteral("   ")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(settings->specKeyIds(), (QStringList{QStringLiteral("B1"), QStringLiteral("1")}));

    // The ids only ever reach the screen: never a secret in a property or a message.
    const QMetaObject *meta = settings->metaObject();
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const QVariant value = meta->property(i).read(settings.get());
        const QString text =
            value.canConvert<QStringList>() ? value.toStringList().join(QLatin1Char('|')) : value.toString();
        QVERIFY2(!text.contains(kSecret), meta->property(i).name());
        QVERIFY2(!text.contains(QLatin1String("default-secret")), meta->property(i).name());
    }

    // Stored as lines, with the author; the measure screen gets the secrets.
    const auto entry = stored().value(db::DeviceSettings::kSpecKeys);
    QCOMPARE(entry.value, QStringLiteral("B1:") + kSecret + QStringLiteral("\ndefault-secret-of-16+"));
    QCOMPARE(entry.updatedBy, kAdmin);
    const auto keys = settings->specKeys();
    QCOMPARE(keys.size(), std::size_t(2));
    QCOMPARE(keys[0].id, QStringLiteral("B1"));
    QCOMPARE(keys[0].secret, kSecret.toUtf8());
    // A label signed with a stored key decodes with the keys the view-model hands out.
    MeasurementSpec spec;
    spec.itemId = QStringLiteral("IT-1");
    spec.style = QStringLiteral("ST-9");
    spec.size = QStringLiteral("M");
    spec.points.push_back(SpecPoint{QStringLiteral("A"), 5000, 50, 50});
    auto label = MeasurementSpecCodec::encode(spec, keys[0]);
    QVERIFY2(label, qPrintable(label.ok() ? QString() : label.error().toString()));
    auto decoded = MeasurementSpecCodec::decode(*label, model()->specKeys());
    QVERIFY(decoded);
    QCOMPARE(decoded->keyId, QStringLiteral("B1"));

    // Remove: an unknown id is refused; the rest stays in order.
    QVERIFY(!settings->removeSpecKey(QStringLiteral("ZZ")));
    QVERIFY(settings->messageIsError());
    QVERIFY(settings->removeSpecKey(QStringLiteral("B1")));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(settings->specKeyIds(), QStringList{QStringLiteral("1")});
    QCOMPARE(model()->specKeyIds(), QStringList{QStringLiteral("1")});
    QVERIFY(settings->removeSpecKey(QStringLiteral("1")));
    QVERIFY(model()->specKeyIds().isEmpty());
}

void TestSettingsViewModel::unknownDevice()
{
    SettingsViewModel settings(store(), m_clock, QStringLiteral("NO-SUCH-DEVICE"));
    QVERIFY(settings.messageIsError());
    QVERIFY(settings.message().contains(QLatin1String("NO-SUCH-DEVICE")));
    QVERIFY(!settings.setLanguage(QStringLiteral("en")));
    QVERIFY(settings.unlockAdmin(kAdmin, kAdminPassword));
    QVERIFY(!settings.setSite(QStringLiteral("S2")));
    QVERIFY(!settings.addSpecKey(QStringLiteral("B1:") + kSecret));
    QVERIFY(settings.messageIsError());
}

namespace {
// Every item under `root` in the visual tree (a Repeater's items are not QObject children).
QList<QQuickItem *> allItems(QQuickItem *root)
{
    QList<QQuickItem *> out;
    for (QQuickItem *child : root->childItems()) {
        out << child;
        out << allItems(child);
    }
    return out;
}

// Every visible Text-like item's text under `root`.
QStringList visibleTexts(QQuickItem *root)
{
    QStringList out;
    for (QQuickItem *item : allItems(root))
        if (item->isVisible() && item->metaObject()->indexOfProperty("text") >= 0)
            out << item->property("text").toString();
    return out;
}

// A control's item, or nullptr.
QQuickItem *control(QQuickItem *root, const char *name)
{
    for (QQuickItem *item : allItems(root))
        if (item->objectName() == QLatin1String(name))
            return item;
    return nullptr;
}

// A real click on the item's centre, after scrolling the page's Flickable to it.
void tap(QQuickWindow *window, QQuickItem *root, QQuickItem *item)
{
    auto *flick = control(root, "settingsFlick");
    if (flick && flick->isAncestorOf(item)) {
        auto *contentItem = flick->property("contentItem").value<QQuickItem *>();
        const QPointF inContent = item->mapToItem(contentItem, QPointF(0, 0));
        const qreal maxY = std::max<qreal>(0, flick->property("contentHeight").toReal() - flick->height());
        flick->setProperty("contentY", std::clamp<qreal>(inContent.y() - 100, 0, maxY));
    }
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}
} // namespace

void TestSettingsViewModel::settingsPage()
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    auto settings = model();
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQuickWindow window;
    window.resize(360, 640);
    QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/Wh/Handheld/SettingsPage.qml")));
    QVERIFY2(component.isReady(), qPrintable(component.errorString()));
    std::unique_ptr<QObject> object(component.createWithInitialProperties(
        {{QStringLiteral("model"), QVariant::fromValue(settings.get())}}));
    QVERIFY2(object, qPrintable(component.errorString()));
    auto *page = qobject_cast<QQuickItem *>(object.get());
    QVERIFY(page);
    page->setParentItem(window.contentItem());
    page->setSize(QSizeF(360, 640));
    window.show();
    window.requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy finished(page, SIGNAL(finished()));

    // A worker sees the site and device, read-only, and the unlock fields.
    QTRY_VERIFY(visibleTexts(page).contains(QStringLiteral("Set by an administrator.")));
    const QStringList texts = visibleTexts(page);
    QVERIFY2(texts.contains(QStringLiteral("%1 (%2)").arg(settings->siteName(), settings->siteCode())),
             qPrintable(texts.join(QLatin1String(" | "))));
    QVERIFY(!control(page, "adminSettings")->isVisible());
    QVERIFY(control(page, "unlockCard")->isVisible());
    // WH_HANDHELD_GRAB_DIR=folder keeps pictures of the page, locked and unlocked.
    const QString grabDir = qEnvironmentVariable("WH_HANDHELD_GRAB_DIR");
    if (!grabDir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(window.grabWindow().save(grabDir + QStringLiteral("/settings-locked.png")));
    }

    // Touch targets of 48 px at least, nothing wider than the screen.
    for (const char *name :
         {"languageJa", "languageEn", "adminAccount", "adminPassword", "unlockButton", "doneButton"}) {
        QQuickItem *item = control(page, name);
        QVERIFY2(item, name);
        QVERIFY2(item->height() >= 48, name);
        const QPointF right = item->mapToItem(page, QPointF(item->width(), 0));
        QVERIFY2(right.x() <= 360, name);
    }

    // The language, for everyone.
    QSignalSpy language(settings.get(), &SettingsViewModel::languageChanged);
    const QString other =
        settings->language() == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja");
    tap(&window, page, control(page, other == QLatin1String("en") ? "languageEn" : "languageJa"));
    QTRY_COMPARE(language.size(), 1);
    QCOMPARE(settings->language(), other);

    // Unlock with the typed account and password.
    auto *account = control(page, "adminAccount");
    auto *password = control(page, "adminPassword");
    account->setProperty("text", kAdmin);
    password->setProperty("text", QStringLiteral("wrong-password"));
    tap(&window, page, control(page, "unlockButton"));
    QTRY_VERIFY(settings->messageIsError());
    QVERIFY(control(page, "settingsMessage")->isVisible());
    QCOMPARE(control(page, "settingsMessageText")->property("text").toString(), settings->message());
    QCOMPARE(password->property("text").toString(), QString()); // cleared after each try
    password->setProperty("text", kAdminPassword);
    tap(&window, page, control(page, "unlockButton"));
    QTRY_VERIFY(settings->adminUnlocked());
    QTRY_VERIFY(control(page, "adminSettings")->isVisible());
    QVERIFY(!control(page, "unlockCard")->isVisible());
    QVERIFY(!control(page, "setByAdmin")->isVisible());

    // The site chooser: S2, then move.
    auto *chooser = control(page, "siteChooser");
    QVERIFY(chooser);
    QCOMPARE(chooser->property("count").toInt(), 2);
    QCOMPARE(chooser->property("currentIndex").toInt(), 0);
    QVERIFY(!control(page, "setSiteButton")->isEnabled()); // the site it is at
    chooser->setProperty("currentIndex", 1);
    QTRY_VERIFY(control(page, "setSiteButton")->isEnabled());
    QSignalSpy site(settings.get(), &SettingsViewModel::siteChanged);
    tap(&window, page, control(page, "setSiteButton"));
    QTRY_COMPARE(site.size(), 1);
    QCOMPARE(deviceSite(), QStringLiteral("S2"));

    // Scanner prefix and suffix, typed with names; shown back as stored. Typing keeps the
    // administrator unlocked (almost five minutes pass before each key and before the save).
    control(page, "scannerPrefixField")->setProperty("text", QStringLiteral("<1d>"));
    auto *suffix = control(page, "scannerSuffixField");
    QVERIFY(suffix);
    suffix->forceActiveFocus();
    QTRY_VERIFY(suffix->hasActiveFocus());
    m_clock.advance(SettingsViewModel::kAdminIdleMs - 1000);
    QTest::keyClick(&window, '#');
    m_clock.advance(SettingsViewModel::kAdminIdleMs - 1000);
    QTest::keyClick(&window, '!');
    QTRY_COMPARE(suffix->property("text").toString(), QStringLiteral("#!"));
    m_clock.advance(SettingsViewModel::kAdminIdleMs - 1000);
    QVERIFY(settings->adminUnlocked());
    tap(&window, page, control(page, "saveScannerButton"));
    QTRY_COMPARE(settings->scannerPrefix(), QStringLiteral("<GS>"));
    QTRY_COMPARE(control(page, "scannerPrefixField")->property("text").toString(), QStringLiteral("<GS>"));

    // A spec key: its id in the list, never the secret.
    control(page, "newSpecKeyField")->setProperty("text", QString(QStringLiteral("B1:") + kSecret));
    tap(&window, page, control(page, "addSpecKeyButton"));
    QTRY_COMPARE(settings->specKeyIds(), QStringList{QStringLiteral("B1")});
    QTRY_VERIFY(control(page, "removeKey_B1"));
    QCOMPARE(control(page, "newSpecKeyField")->property("text").toString(), QString());
    for (const QString &t : visibleTexts(page))
        QVERIFY2(!t.contains(kSecret), qPrintable(t));
    if (!grabDir.isEmpty()) {
        auto *flick = control(page, "settingsFlick");
        flick->setProperty("contentY", 300);
        QTest::qWait(100);
        QVERIFY(window.grabWindow().save(grabDir + QStringLiteral("/settings-unlocked.png")));
        flick->setProperty("contentY", flick->property("contentHeight").toReal() - flick->height());
        QTest::qWait(100);
        QVERIFY(window.grabWindow().save(grabDir + QStringLiteral("/settings-unlocked-end.png")));
    }
    tap(&window, page, control(page, "removeKey_B1"));
    QTRY_VERIFY(settings->specKeyIds().isEmpty());

    // The content never needs a wider screen.
    auto *flick = control(page, "settingsFlick");
    QCOMPARE(flick->property("contentWidth").toReal(), flick->width());

    // Lock, then Done (which locks as well) finishes the page.
    tap(&window, page, control(page, "lockButton"));
    QTRY_VERIFY(!settings->adminUnlocked());
    QTRY_VERIFY(control(page, "unlockCard")->isVisible());
    tap(&window, page, control(page, "doneButton"));
    QTRY_COMPARE(finished.size(), 1);
}

WH_IMPORT_HANDHELD_QML

QTEST_MAIN(TestSettingsViewModel)
#include "tst_settingsviewmodel.moc"
