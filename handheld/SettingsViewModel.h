#pragma once

#include "Access.h"
#include "Clock.h"
#include "DeviceSettings.h"
#include "MasterData.h"
#include "MeasurementSpec.h"
#include "ScannerWedgeDetector.h"
#include "Store.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace wh {

// The handheld's settings screen for this device: its language (anyone may change it), and what
// only an administrator sets: the site the device belongs to (the devices row), the scanner's
// prefix and suffix, and the brands' spec keys (which decode the care labels).
//
// The administrator unlocks with an enabled `admin` account of reports::Accounts (its Argon2id
// check and its lock-out waits; a manager or leader is refused). The unlock lasts until lockAdmin()
// or kAdminIdleMs without an administrator's action (the clock decides, checked at every action
// and by a timer that locks the screen when the time is up). Everything is stored in the device's
// own store (db::DeviceSettings) with its author (the admin's account, else the worker set with
// setWorker(), else nobody: the program) and the time; the site goes to the devices row, and a
// "site" setting keeps who moved the device and when.
//
// The scanner's prefix and suffix are shown with control characters visible (<GS>, <CR>, <1D>; a
// "<" that would read as such a name is shown as <3C>) and typed back the same way; a keyboard-wedge
// scanner can type only visible characters and GS inside a scan, so other control characters are
// refused. Spec keys are stored as "[ID:]SECRET" lines; the screen and the log only ever see ids.
//
// Every action answers with `message` (translated plain words; messageIsError for a refusal) and
// logs failures (logger "handheld"). GUI thread; the Argon2id check of unlockAdmin() takes about a
// tenth of a second there (the same as a wh-manager sign-in).
class SettingsViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program creates it and passes it to SettingsPage.qml.")

    Q_PROPERTY(QString siteCode READ siteCode NOTIFY siteChanged)
    Q_PROPERTY(QString siteName READ siteName NOTIFY siteChanged)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)
    Q_PROPERTY(QString deviceName READ deviceName CONSTANT)
    Q_PROPERTY(QVariantList sites READ sites NOTIFY sitesChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString scannerPrefix READ scannerPrefix NOTIFY scannerOptionsChanged)
    Q_PROPERTY(QString scannerSuffix READ scannerSuffix NOTIFY scannerOptionsChanged)
    Q_PROPERTY(QStringList specKeyIds READ specKeyIds NOTIFY specKeysChanged)
    Q_PROPERTY(bool adminUnlocked READ adminUnlocked NOTIFY adminChanged)
    Q_PROPERTY(QString adminName READ adminName NOTIFY adminChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    // How long an administrator's unlock lasts without an action on this screen.
    static constexpr qint64 kAdminIdleMs = 5 * 60 * 1000;
    // The longest scanner prefix or suffix, in characters (scanners send 1 to 3).
    static constexpr int kMaxAffixLength = 8;
    // The key of the setting that records who set the site and when (the devices row holds it).
    static inline const QString kSiteSetting = QStringLiteral("site");

    SettingsViewModel(db::Store &store, const Clock &clock, const QString &deviceId,
                      QObject *parent = nullptr);

    [[nodiscard]] QString siteCode() const { return m_site.code; }
    [[nodiscard]] QString siteName() const { return m_site.name; }
    [[nodiscard]] QString deviceId() const { return m_deviceId; }
    [[nodiscard]] QString deviceName() const { return m_device.name; }
    // Every site of the store, as {code, name} maps, for the administrator's site chooser.
    [[nodiscard]] QVariantList sites() const { return m_sites; }
    // "ja" or "en": the stored language, or the system's when none is stored.
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString scannerPrefix() const { return visibleAffix(m_prefix.value_or(QString())); }
    [[nodiscard]] QString scannerSuffix() const { return visibleAffix(m_suffix.value_or(QString())); }
    // The ids of the stored spec keys, in the order they were added. Never a secret.
    [[nodiscard]] QStringList specKeyIds() const;
    [[nodiscard]] bool adminUnlocked() const { return m_admin.has_value(); }
    [[nodiscard]] QString adminName() const { return m_admin ? m_admin->account : QString(); }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }

    // Checks an administrator's account (see above); the message says why not.
    Q_INVOKABLE bool unlockAdmin(const QString &account, const QString &password);
    Q_INVOKABLE void lockAdmin();
    // The administrator is still at work on this screen (typing): the unlock lasts another
    // kAdminIdleMs. Nothing happens while locked.
    Q_INVOKABLE void keepAdminUnlocked();
    // Administrator only: the device moves to the site (which must exist) -> siteChanged.
    Q_INVOKABLE bool setSite(const QString &siteCode);
    // Anyone: "ja" or "en" (anything else is refused), stored -> languageChanged when it changes.
    Q_INVOKABLE bool setLanguage(const QString &language);
    // Administrator only: the affixes as the screen shows them (control characters as <GS>, <1D>),
    // each at most kMaxAffixLength characters; empty: none -> scannerOptionsChanged.
    Q_INVOKABLE bool setScannerAffixes(const QString &prefix, const QString &suffix);
    // Administrator only: "[ID:]SECRET" (SpecKey::fromText); an id already stored is refused.
    Q_INVOKABLE bool addSpecKey(const QString &keyText);
    Q_INVOKABLE bool removeSpecKey(const QString &keyId);

    // The worker signed in on the device (empty: none): the author of the language they choose.
    void setWorker(const QString &workerCode) { m_worker = workerCode; }

    // The stored spec keys, for the measure screen (a stored line that does not read is left out
    // and logged).
    [[nodiscard]] std::vector<SpecKey> specKeys() const;
    // `base` with the stored prefix and suffix (each only when an administrator stored one: the
    // command line's stay otherwise). When the result would fail ScannerWedgeDetector::validate()
    // (e.g. base's GS substitute inside a stored affix), `base` is returned as it is and logged.
    [[nodiscard]] drivers::ScannerWedgeDetector::Options
    scannerOptions(drivers::ScannerWedgeDetector::Options base) const;

    // The language stored for the device ("ja", "en"; empty: none, or it cannot be read, which is
    // logged), read before the UI is built.
    [[nodiscard]] static QString storedLanguage(db::Store &store, const QString &deviceId);

    // A scanner affix as the screen shows it, and back. Names: NUL SOH STX ETX EOT ENQ ACK BEL BS
    // TAB LF VT FF CR SO SI DLE DC1-DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US SP DEL (any case), or
    // two hex digits (<1D>). A "<" not followed by such a name and ">" is itself.
    [[nodiscard]] static QString visibleAffix(const QString &affix);
    enum class AffixProblem { None, UnknownName, TooLong, NotTypeable };
    struct ParsedAffix {
        QString text;
        AffixProblem problem = AffixProblem::None;
        QString piece; // the name that is not known, or the character that cannot be typed
    };
    [[nodiscard]] static ParsedAffix parseAffix(const QString &visible);

signals:
    void languageChanged(const QString &language);
    void siteChanged(const QString &siteCode);
    void scannerOptionsChanged();
    void specKeysChanged();
    void adminChanged();
    void sitesChanged();
    void messageChanged();

private:
    void load();
    void readSites();
    // True when an administrator is unlocked and has not been idle too long (which locks); the
    // action counts as activity. Otherwise the message says so and it is logged.
    bool requireAdmin(const char *action);
    void checkIdle();
    void restartIdleTimer();
    void say(const QString &text, bool isError = false);
    [[nodiscard]] QString author() const;
    [[nodiscard]] QString affixMessage(bool prefix, const ParsedAffix &parsed) const;
    bool storeSpecKeys(const QStringList &lines);

    db::Store &m_store;
    const Clock &m_clock;
    QString m_deviceId;
    std::optional<db::DeviceSettings> m_settings; // none: the device is not in the store
    Device m_device;
    Site m_site;
    QVariantList m_sites;
    QString m_language;
    std::optional<QString> m_prefix; // stored values (none: never set)
    std::optional<QString> m_suffix;
    QStringList m_specKeyLines;
    std::optional<reports::Viewer> m_admin;
    qint64 m_adminActiveMs = 0; // the unlocked administrator's last action
    QTimer m_idleTimer;
    QString m_worker;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace wh
