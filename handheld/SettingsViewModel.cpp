#include "SettingsViewModel.h"

#include "Accounts.h"
#include "ErrorText.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "SqlSupport.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace wh {

namespace {

const QString kJapanese = QStringLiteral("ja");
const QString kEnglish = QStringLiteral("en");
constexpr char16_t kGs = 0x1D;

// The names of the characters below the space (ASCII order), then the space and DEL.
const char *const kControlNames[32] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
                                       "BS",  "TAB", "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
                                       "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
                                       "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};

// "<" + up to four letters or digits + ">" at `offset` of `text`: what reads as a character's name.
QRegularExpressionMatch escapeAt(const QString &text, qsizetype offset)
{
    static const QRegularExpression pattern(QStringLiteral("<([A-Za-z0-9]{1,4})>"));
    return pattern.match(text, offset, QRegularExpression::NormalMatch,
                         QRegularExpression::AnchorAtOffsetMatchOption);
}

// SpecKey::fromText's reading of "[ID:]SECRET": the secret's bytes.
QByteArray specSecret(const QString &text)
{
    static const QRegularExpression withId(QStringLiteral("^([0-9A-Z]{1,4}):(.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const auto m = withId.match(text);
    return (m.hasMatch() ? m.captured(2) : text).toUtf8();
}

std::optional<QChar> namedCharacter(const QString &name)
{
    const QString upper = name.toUpper();
    for (int i = 0; i < 32; ++i)
        if (upper == QLatin1String(kControlNames[i]))
            return QChar(char16_t(i));
    if (upper == QLatin1String("HT"))
        return QChar(char16_t(0x09));
    if (upper == QLatin1String("SP"))
        return QChar(char16_t(0x20));
    if (upper == QLatin1String("DEL"))
        return QChar(char16_t(0x7F));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{2}$"));
    if (hex.match(name).hasMatch())
        return QChar(char16_t(name.toUShort(nullptr, 16)));
    return std::nullopt;
}

// A keyboard-wedge scanner types printable characters, and GS as Ctrl+] (ScannerWedgeDetector).
bool typeable(QChar c)
{
    return c == QChar(kGs) || c.isPrint();
}

QString languageOfLocale()
{
    return QLocale().language() == QLocale::Japanese ? kJapanese : kEnglish;
}

} // namespace

SettingsViewModel::SettingsViewModel(db::Store &store, const Clock &clock, const QString &deviceId,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_deviceId(deviceId)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SettingsViewModel::checkIdle);
    load();
}

void SettingsViewModel::load()
{
    auto log = logging::get("handheld");
    m_language = languageOfLocale();
    auto device = db::DeviceRepository(m_store).find(m_deviceId);
    if (!device) {
        log->error("settings: device {}: {}", m_deviceId.toStdString(),
                   device.error().toString().toStdString());
        say(tr("This device's settings cannot be read: %1").arg(ErrorText::describe(device.error())), true);
        return;
    }
    m_device = *device;
    auto site = db::SiteRepository(m_store).find(m_device.siteCode);
    if (site)
        m_site = *site;
    else
        m_site.code = m_device.siteCode; // the code at least
    readSites();

    auto settings = db::DeviceSettings::open(m_store, m_deviceId);
    if (!settings) {
        log->error("settings: {}", settings.error().toString().toStdString());
        say(tr("This device's settings cannot be read: %1").arg(ErrorText::describe(settings.error())), true);
        return;
    }
    m_settings = std::move(*settings);
    auto all = m_settings->all();
    if (!all) {
        log->error("settings: {}", all.error().toString().toStdString());
        say(tr("This device's settings cannot be read: %1").arg(ErrorText::describe(all.error())), true);
        return;
    }
    if (auto it = all->find(db::DeviceSettings::kLanguage); it != all->end()) {
        if (it->value == kJapanese || it->value == kEnglish)
            m_language = it->value;
        else
            log->warn("settings: the stored language \"{}\" is neither ja nor en", it->value.toStdString());
    }
    if (auto it = all->find(db::DeviceSettings::kScannerPrefix); it != all->end())
        m_prefix = it->value;
    if (auto it = all->find(db::DeviceSettings::kScannerSuffix); it != all->end())
        m_suffix = it->value;
    if (auto it = all->find(db::DeviceSettings::kSpecKeys); it != all->end())
        m_specKeyLines = it->value.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void SettingsViewModel::readSites()
{
    auto sites = db::SiteRepository(m_store).all();
    if (!sites) {
        logging::get("handheld")->error("settings: sites: {}", sites.error().toString().toStdString());
        return;
    }
    QVariantList list;
    for (const Site &s : *sites)
        list.append(QVariantMap{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name}});
    if (list != m_sites) {
        m_sites = list;
        emit sitesChanged();
    }
}

QString SettingsViewModel::storedLanguage(db::Store &store, const QString &deviceId)
{
    auto settings = db::DeviceSettings::open(store, deviceId);
    if (!settings) {
        logging::get("handheld")->warn("stored language: {}", settings.error().toString().toStdString());
        return {};
    }
    auto value = settings->value(db::DeviceSettings::kLanguage);
    if (!value) {
        logging::get("handheld")->warn("stored language: {}", value.error().toString().toStdString());
        return {};
    }
    if (!*value || (**value != kJapanese && **value != kEnglish))
        return {};
    return **value;
}

// ---- the administrator

bool SettingsViewModel::unlockAdmin(const QString &account, const QString &password)
{
    auto log = logging::get("handheld");
    const QString name = account.trimmed();
    if (name.isEmpty()) {
        say(tr("Type the administrator's account name."), true);
        return false;
    }
    if (password.isEmpty()) {
        say(tr("Type the password."), true);
        return false;
    }
    auto attempt = reports::Accounts(m_store).signIn(name, password);
    if (!attempt) {
        log->error("settings: unlock: {}", attempt.error().toString().toStdString());
        say(tr("The account cannot be checked: %1").arg(ErrorText::describe(attempt.error())), true);
        return false;
    }
    if (attempt->waitMs > 0) {
        const int seconds = static_cast<int>(std::ceil(static_cast<double>(attempt->waitMs) / 1000.0));
        log->warn("settings: unlock as {} refused unchecked (waiting after failures)", name.toStdString());
        say(tr("Too many failed attempts with this name. Try again in %n second(s).", nullptr, seconds),
            true);
        return false;
    }
    if (!attempt->signedIn()) {
        // Accounts logs why; the screen says only this (as the manager's sign-in does).
        say(tr("The name or password is wrong."), true);
        return false;
    }
    if (attempt->viewer->role != reports::Role::Admin) {
        log->warn("settings: {} ({}) may not unlock the device settings",
                  attempt->viewer->account.toStdString(),
                  reports::roleName(attempt->viewer->role).toStdString());
        say(tr("%1 is not an administrator's account: only an administrator can change these settings.")
                .arg(attempt->viewer->account),
            true);
        return false;
    }
    m_admin = *attempt->viewer;
    m_adminActiveMs = m_clock.nowMs();
    restartIdleTimer();
    readSites();
    log->info("settings of {} unlocked by {}", m_deviceId.toStdString(), m_admin->account.toStdString());
    say(tr("Unlocked for %1. The settings lock again after %n minute(s) without a change.", nullptr,
           int(kAdminIdleMs / 60000))
            .arg(m_admin->account));
    emit adminChanged();
    return true;
}

void SettingsViewModel::lockAdmin()
{
    m_idleTimer.stop();
    if (!m_admin)
        return;
    logging::get("handheld")
        ->info("settings of {} locked ({})", m_deviceId.toStdString(), m_admin->account.toStdString());
    m_admin.reset();
    say(tr("The administrator's settings are locked."));
    emit adminChanged();
}

void SettingsViewModel::keepAdminUnlocked()
{
    if (!m_admin)
        return;
    if (m_clock.nowMs() - m_adminActiveMs >= kAdminIdleMs) {
        checkIdle();
        return;
    }
    m_adminActiveMs = m_clock.nowMs();
    restartIdleTimer();
}

bool SettingsViewModel::requireAdmin(const char *action)
{
    auto log = logging::get("handheld");
    if (!m_admin) {
        log->warn("settings: {} refused: no administrator unlocked", action);
        say(tr("Only an administrator can change this: unlock with an administrator's account first."), true);
        return false;
    }
    const qint64 now = m_clock.nowMs();
    if (now - m_adminActiveMs >= kAdminIdleMs) {
        log->warn("settings: {} refused: the unlock of {} has run out", action,
                  m_admin->account.toStdString());
        m_idleTimer.stop();
        m_admin.reset();
        say(tr("The administrator's settings locked themselves after %n minute(s) without a change: unlock "
               "them again.",
               nullptr, int(kAdminIdleMs / 60000)),
            true);
        emit adminChanged();
        return false;
    }
    if (!m_settings) {
        say(tr("This device is not in the store: its settings cannot be changed."), true);
        return false;
    }
    m_adminActiveMs = now;
    restartIdleTimer();
    return true;
}

void SettingsViewModel::checkIdle()
{
    if (!m_admin)
        return;
    const qint64 idle = m_clock.nowMs() - m_adminActiveMs;
    if (idle < kAdminIdleMs) {
        // The clock says there is time left (the timer and the clock may disagree a little).
        m_idleTimer.start(int(std::max<qint64>(1000, kAdminIdleMs - idle)));
        return;
    }
    logging::get("handheld")
        ->info("settings of {} locked after {} idle minutes ({})", m_deviceId.toStdString(),
               kAdminIdleMs / 60000, m_admin->account.toStdString());
    m_admin.reset();
    say(tr("The administrator's settings locked themselves after %n minute(s) without a change: unlock "
           "them again.",
           nullptr, int(kAdminIdleMs / 60000)));
    emit adminChanged();
}

void SettingsViewModel::restartIdleTimer()
{
    m_idleTimer.start(int(kAdminIdleMs));
}

QString SettingsViewModel::author() const
{
    return m_admin ? m_admin->account : m_worker;
}

void SettingsViewModel::say(const QString &text, bool isError)
{
    if (text == m_message && isError == m_messageIsError)
        return;
    m_message = text;
    m_messageIsError = isError;
    emit messageChanged();
}

// ---- the site

bool SettingsViewModel::setSite(const QString &siteCode)
{
    if (!requireAdmin("set site"))
        return false;
    auto log = logging::get("handheld");
    const QString code = siteCode.trimmed();
    auto site = db::SiteRepository(m_store).find(code);
    if (!site) {
        if (site.error().code() == ErrorCode::NotFound) {
            say(tr("There is no site “%1” in this store.").arg(code), true);
        } else {
            log->error("settings: site {}: {}", code.toStdString(), site.error().toString().toStdString());
            say(tr("The site cannot be read: %1").arg(ErrorText::describe(site.error())), true);
        }
        return false;
    }
    if (site->code == m_device.siteCode) {
        say(tr("This device already belongs to %1 (%2).").arg(site->name, site->code));
        return true;
    }
    Device moved = m_device;
    moved.siteCode = site->code;
    const Status saved = [&]() -> Status {
        db::Transaction tx(m_store.connection());
        WH_TRY(tx.begun());
        WH_TRY(db::DeviceRepository(m_store).save(moved));
        WH_TRY(m_settings->set(kSiteSetting, site->code, m_clock.nowMs(), author()));
        return tx.commit();
    }();
    if (!saved) {
        log->error("settings: moving {} to {}: {}", m_deviceId.toStdString(), site->code.toStdString(),
                   saved.error().toString().toStdString());
        say(tr("The site could not be saved: %1").arg(ErrorText::describe(saved.error())), true);
        return false;
    }
    log->info("device {} moved from site {} to {} by {}", m_deviceId.toStdString(),
              m_device.siteCode.toStdString(), site->code.toStdString(), author().toStdString());
    m_device = moved;
    m_site = *site;
    say(tr("This device now belongs to %1 (%2).").arg(m_site.name, m_site.code));
    emit siteChanged(m_site.code);
    return true;
}

// ---- the language

bool SettingsViewModel::setLanguage(const QString &language)
{
    auto log = logging::get("handheld");
    if (language != kJapanese && language != kEnglish) {
        log->warn("settings: language \"{}\" refused", drivers::visibleControls(language).toStdString());
        say(tr("The language must be Japanese (ja) or English (en), not “%1”.").arg(language), true);
        return false;
    }
    if (!m_settings) {
        say(tr("This device is not in the store: its settings cannot be changed."), true);
        return false;
    }
    keepAdminUnlocked();
    const Status saved = m_settings->set(db::DeviceSettings::kLanguage, language, m_clock.nowMs(), author());
    if (!saved) {
        log->error("settings: language: {}", saved.error().toString().toStdString());
        say(tr("The language could not be saved: %1").arg(ErrorText::describe(saved.error())), true);
        return false;
    }
    if (language == m_language)
        return true;
    log->info("device {}: language {} ({})", m_deviceId.toStdString(), language.toStdString(),
              author().isEmpty() ? "program" : author().toStdString());
    m_language = language;
    // A message in the old language would stay after the screens are translated again.
    say(QString());
    emit languageChanged(language);
    return true;
}

// ---- the scanner

QString SettingsViewModel::visibleAffix(const QString &affix)
{
    QString out;
    for (qsizetype i = 0; i < affix.size(); ++i) {
        const QChar c = affix.at(i);
        const char16_t u = c.unicode();
        if (u < 0x20)
            out += QLatin1Char('<') + QLatin1String(kControlNames[u]) + QLatin1Char('>');
        else if (u == 0x7F)
            out += QStringLiteral("<DEL>");
        else if (u == 0x20 && (i == 0 || i == affix.size() - 1))
            out += QStringLiteral("<SP>"); // a space at either end would not be seen
        else if (c == QLatin1Char('<') && escapeAt(affix, i).hasMatch())
            out += QStringLiteral("<3C>"); // would read as a name
        else
            out += c;
    }
    return out;
}

SettingsViewModel::ParsedAffix SettingsViewModel::parseAffix(const QString &visible)
{
    ParsedAffix parsed;
    // Spaces around what was typed are the text field's, not the scanner's (<SP> keeps one).
    const QString text = visible.trimmed();
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('<')) {
            if (const auto m = escapeAt(text, i); m.hasMatch()) {
                const auto c = namedCharacter(m.captured(1));
                if (!c) {
                    parsed.problem = AffixProblem::UnknownName;
                    parsed.piece = m.captured(0);
                    return parsed;
                }
                parsed.text += *c;
                i += m.capturedLength(0);
                continue;
            }
        }
        parsed.text += text.at(i);
        ++i;
    }
    for (const QChar c : std::as_const(parsed.text)) {
        if (!typeable(c)) {
            parsed.problem = AffixProblem::NotTypeable;
            parsed.piece = c;
            return parsed;
        }
    }
    if (parsed.text.size() > kMaxAffixLength)
        parsed.problem = AffixProblem::TooLong;
    return parsed;
}

QString SettingsViewModel::affixMessage(bool prefix, const ParsedAffix &parsed) const
{
    switch (parsed.problem) {
    case AffixProblem::None: break;
    case AffixProblem::UnknownName:
        return prefix ? tr("The scanner prefix has “%1”, which is not a character name (write control "
                           "characters as <GS>, <CR> or two hex digits like <1D>).")
                            .arg(parsed.piece)
                      : tr("The scanner suffix has “%1”, which is not a character name (write control "
                           "characters as <GS>, <CR> or two hex digits like <1D>).")
                            .arg(parsed.piece);
    case AffixProblem::TooLong:
        return prefix ? tr("The scanner prefix can have at most %n character(s).", nullptr, kMaxAffixLength)
                      : tr("The scanner suffix can have at most %n character(s).", nullptr, kMaxAffixLength);
    case AffixProblem::NotTypeable:
        return prefix ? tr("The scanner prefix cannot hold %1: a scanner that types its codes sends only "
                           "visible characters and <GS> inside a scan.")
                            .arg(visibleAffix(parsed.piece))
                      : tr("The scanner suffix cannot hold %1: a scanner that types its codes sends only "
                           "visible characters and <GS> inside a scan.")
                            .arg(visibleAffix(parsed.piece));
    }
    return {};
}

bool SettingsViewModel::setScannerAffixes(const QString &prefix, const QString &suffix)
{
    if (!requireAdmin("set scanner prefix and suffix"))
        return false;
    auto log = logging::get("handheld");
    const ParsedAffix p = parseAffix(prefix);
    const ParsedAffix s = parseAffix(suffix);
    if (p.problem != AffixProblem::None || s.problem != AffixProblem::None) {
        log->warn("settings: scanner prefix \"{}\" / suffix \"{}\" refused",
                  drivers::visibleControls(prefix).toStdString(),
                  drivers::visibleControls(suffix).toStdString());
        say(p.problem != AffixProblem::None ? affixMessage(true, p) : affixMessage(false, s), true);
        return false;
    }
    drivers::ScannerWedgeDetector::Options options;
    options.prefix = p.text;
    options.suffix = s.text;
    if (auto valid = drivers::ScannerWedgeDetector::validate(options); !valid) {
        log->warn("settings: scanner options refused: {}", valid.error().toString().toStdString());
        say(tr("The scanner prefix and suffix do not work together: %1")
                .arg(ErrorText::describe(valid.error())),
            true);
        return false;
    }
    const qint64 now = m_clock.nowMs();
    const Status saved = [&]() -> Status {
        db::Transaction tx(m_store.connection());
        WH_TRY(tx.begun());
        WH_TRY(m_settings->set(db::DeviceSettings::kScannerPrefix, p.text, now, author()));
        WH_TRY(m_settings->set(db::DeviceSettings::kScannerSuffix, s.text, now, author()));
        return tx.commit();
    }();
    if (!saved) {
        log->error("settings: scanner affixes: {}", saved.error().toString().toStdString());
        say(tr("The scanner prefix and suffix could not be saved: %1")
                .arg(ErrorText::describe(saved.error())),
            true);
        return false;
    }
    const bool changed = m_prefix != p.text || m_suffix != s.text;
    m_prefix = p.text;
    m_suffix = s.text;
    log->info("device {}: scanner prefix \"{}\" suffix \"{}\" ({})", m_deviceId.toStdString(),
              visibleAffix(p.text).toStdString(), visibleAffix(s.text).toStdString(), author().toStdString());
    say(tr("Scanner prefix and suffix saved."));
    if (changed)
        emit scannerOptionsChanged();
    return true;
}

drivers::ScannerWedgeDetector::Options
SettingsViewModel::scannerOptions(drivers::ScannerWedgeDetector::Options base) const
{
    auto options = base;
    if (m_prefix)
        options.prefix = *m_prefix;
    if (m_suffix)
        options.suffix = *m_suffix;
    if (auto valid = drivers::ScannerWedgeDetector::validate(options); !valid) {
        logging::get("handheld")
            ->warn("the stored scanner prefix and suffix do not fit the scanner's options "
                   "({}): they are not used",
                   valid.error().toString().toStdString());
        return base;
    }
    return options;
}

// ---- spec keys

QStringList SettingsViewModel::specKeyIds() const
{
    QStringList ids;
    for (const SpecKey &key : specKeys())
        ids << key.id;
    return ids;
}

std::vector<SpecKey> SettingsViewModel::specKeys() const
{
    std::vector<SpecKey> keys;
    for (const QString &line : m_specKeyLines) {
        auto key = SpecKey::fromText(line);
        if (!key) {
            // The error's message names no secret; its context is the key id.
            logging::get("handheld")
                ->warn("settings: a stored spec key does not read: {} ({})",
                       key.error().message().toStdString(), key.error().context().toStdString());
            continue;
        }
        keys.push_back(*key);
    }
    return keys;
}

bool SettingsViewModel::storeSpecKeys(const QStringList &lines)
{
    const Status saved = m_settings->set(db::DeviceSettings::kSpecKeys, lines.join(QLatin1Char('\n')),
                                         m_clock.nowMs(), author());
    if (!saved) {
        logging::get("handheld")->error("settings: spec keys: {}", saved.error().toString().toStdString());
        say(tr("The spec keys could not be saved: %1").arg(ErrorText::describe(saved.error())), true);
        return false;
    }
    m_specKeyLines = lines;
    return true;
}

bool SettingsViewModel::addSpecKey(const QString &keyText)
{
    if (!requireAdmin("add spec key"))
        return false;
    auto log = logging::get("handheld");
    // Spaces around it are the text field's; the secret never reaches the log or the message.
    const QString text = keyText.trimmed();
    if (text.isEmpty()) {
        say(tr("Type the key as ID:SECRET (or only the secret for key 1)."), true);
        return false;
    }
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !c.isPrint(); })) {
        log->warn("settings: a spec key with control characters refused");
        say(tr("A spec key cannot contain line breaks or other control characters."), true);
        return false;
    }
    auto key = SpecKey::fromText(text);
    if (!key) {
        log->warn("settings: spec key refused: {} ({})", key.error().message().toStdString(),
                  key.error().context().toStdString());
        // SpecKey::fromText's reason (not translated) is a short secret: said here in words.
        const QByteArray secret = specSecret(text);
        if (secret.size() < MeasurementSpecCodec::kMinSecretBytes)
            say(tr("This spec key cannot be used: its secret needs at least %1 bytes, and it has %2.")
                    .arg(MeasurementSpecCodec::kMinSecretBytes)
                    .arg(secret.size()),
                true);
        else
            say(tr("This spec key cannot be used: %1").arg(key.error().message()), true);
        return false;
    }
    const QStringList ids = specKeyIds();
    if (ids.contains(key->id)) {
        log->warn("settings: spec key {} refused: the id is stored already", key->id.toStdString());
        say(tr("There is already a spec key with the id %1: remove it first to replace it.").arg(key->id),
            true);
        return false;
    }
    if (!storeSpecKeys(m_specKeyLines + QStringList{text}))
        return false;
    log->info("device {}: spec key {} added by {}", m_deviceId.toStdString(), key->id.toStdString(),
              author().toStdString());
    say(tr("Spec key %1 added.").arg(key->id));
    emit specKeysChanged();
    return true;
}

bool SettingsViewModel::removeSpecKey(const QString &keyId)
{
    if (!requireAdmin("remove spec key"))
        return false;
    QStringList kept;
    bool found = false;
    for (const QString &line : std::as_const(m_specKeyLines)) {
        auto key = SpecKey::fromText(line);
        if (key && key->id == keyId) {
            found = true;
            continue;
        }
        kept << line;
    }
    if (!found) {
        say(tr("There is no spec key with the id %1.").arg(keyId), true);
        return false;
    }
    if (!storeSpecKeys(kept))
        return false;
    logging::get("handheld")
        ->info("device {}: spec key {} removed by {}", m_deviceId.toStdString(), keyId.toStdString(),
               author().toStdString());
    say(tr("Spec key %1 removed.").arg(keyId));
    emit specKeysChanged();
    return true;
}

} // namespace wh
