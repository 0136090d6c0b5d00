#include "Accounts.h"

#include "Logging.h"
#include "MasterDataRepositories.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <mutex>

namespace wh::reports {

namespace {

Result<QSqlQuery> run(db::Store &store, const QString &sql, const QVariantList &values = {})
{
    auto query = db::prepare(store.connection(), sql);
    if (!query)
        return query.error();
    for (const QVariant &v : values) {
        // Qt binds a null QString as SQL NULL; an empty display name is '' (the column is NOT NULL).
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            query->addBindValue(QStringLiteral(""));
        else
            query->addBindValue(v);
    }
    WH_TRY(db::exec(*query, sql.simplified().left(60)));
    return query;
}

QVariant optionalMs(const std::optional<qint64> &ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType(QMetaType::LongLong));
}

Status checkName(const QString &name)
{
    if (name.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("an account needs a name"));
    if (name.size() > 64)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("an account's name has at most 64 characters"), name.left(64));
    for (const QChar c : name) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char(','))
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("an account's name has no spaces, commas or control characters"),
                         name);
    }
    return {};
}

// A hash of a password nobody has, at `cost`: an unknown name is checked against it, so a wrong name
// takes as long as a wrong password. Made once per cost and process.
QString dummyHash(PasswordHasher::Cost cost)
{
    static std::mutex mutex;
    static QHash<QString, QString> byCost;
    const QString key = QStringLiteral("%1/%2").arg(cost.opsLimit).arg(cost.memLimitBytes);
    std::lock_guard lock(mutex);
    auto it = byCost.find(key);
    if (it == byCost.end()) {
        auto made = PasswordHasher::hash(QStringLiteral("no account has this password"), cost);
        it = byCost.insert(key, made ? *made : QString());
    }
    return *it;
}

} // namespace

Accounts::Accounts(db::Store &store, PasswordHasher::Cost cost)
    : m_store(store)
    , m_cost(cost)
{
}

Status Accounts::checkPassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the password needs at least %1 characters").arg(kMinPasswordLength));
    if (password.size() > kMaxPasswordLength)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the password has at most %1 characters").arg(kMaxPasswordLength));
    return {};
}

Status Accounts::mayManage(const Viewer &acting) const
{
    if (!acting.managesAccounts())
        return Error(ErrorCode::PermissionDenied, QStringLiteral("only an admin manages accounts"),
                     acting.account);
    return {};
}

Result<bool> Accounts::none() const
{
    auto count = db::scalar(m_store.connection(), QStringLiteral("SELECT count(*) FROM accounts"));
    if (!count)
        return count.error();
    return count->toLongLong() == 0;
}

Result<Accounts::Account> Accounts::load(const QString &name) const
{
    auto q = run(m_store,
                 QStringLiteral("SELECT name, display_name, role, created_ms, disabled_ms, last_sign_in_ms "
                                "FROM accounts WHERE name = ?"),
                 {name});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, QStringLiteral("no such account"), name);
    Account a;
    a.name = q->value(0).toString();
    a.displayName = q->value(1).toString();
    a.role = roleFromName(q->value(2).toString()).value_or(Role::Leader);
    a.createdMs = q->value(3).toLongLong();
    if (!q->value(4).isNull())
        a.disabledMs = q->value(4).toLongLong();
    if (!q->value(5).isNull())
        a.lastSignInMs = q->value(5).toLongLong();
    q->finish();
    auto sites = run(
        m_store, QStringLiteral("SELECT site FROM account_sites WHERE account = ? ORDER BY site"), {a.name});
    if (!sites)
        return sites.error();
    while (sites->next())
        a.sites << sites->value(0).toString();
    return a;
}

Result<QStringList> Accounts::checkSites(Role role, const QStringList &sites) const
{
    if (role == Role::Admin)
        return QStringList(); // an admin reads every site
    QStringList out;
    for (const QString &site : sites) {
        const QString code = site.trimmed();
        if (!code.isEmpty() && !out.contains(code))
            out << code;
    }
    if (out.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("a leader or manager needs at least one site"));
    auto known = db::SiteRepository(m_store).all();
    if (!known)
        return known.error();
    for (const QString &code : out) {
        if (std::none_of(known->begin(), known->end(), [&](const Site &s) { return s.code == code; }))
            return Error(ErrorCode::NotFound, QStringLiteral("no such site"), code);
    }
    return out;
}

Status Accounts::writeSites(const QString &name, const QStringList &sites)
{
    WH_TRY(run(m_store, QStringLiteral("DELETE FROM account_sites WHERE account = ?"), {name}));
    for (const QString &site : sites)
        WH_TRY(run(m_store, QStringLiteral("INSERT INTO account_sites (account, site) VALUES (?, ?)"),
                   {name, site}));
    return {};
}

Result<int> Accounts::activeAdminsOtherThan(const QString &name) const
{
    auto q = run(m_store,
                 QStringLiteral("SELECT count(*) FROM accounts WHERE role = 'admin' AND disabled_ms IS NULL "
                                "AND name <> ?"),
                 {name});
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toInt();
}

Result<Accounts::Account> Accounts::insert(const NewAccount &account)
{
    const QString name = account.name.trimmed();
    WH_TRY(checkName(name));
    WH_TRY(checkPassword(account.password));
    auto sites = checkSites(account.role, account.sites);
    if (!sites)
        return sites.error();
    db::Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    auto existing = run(m_store, QStringLiteral("SELECT name FROM accounts WHERE name = ?"), {name});
    if (!existing)
        return existing.error();
    if (existing->next())
        return Error(ErrorCode::Conflict, QStringLiteral("an account with this name exists"),
                     existing->value(0).toString());
    existing->finish();
    auto hash = PasswordHasher::hash(account.password, m_cost);
    if (!hash)
        return hash.error();
    WH_TRY(
        run(m_store,
            QStringLiteral("INSERT INTO accounts (name, display_name, role, password_hash, created_ms) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {name, account.displayName.trimmed(), roleName(account.role), *hash, m_store.clock().nowMs()}));
    WH_TRY(writeSites(name, *sites));
    auto created = load(name);
    if (!created)
        return created.error();
    WH_TRY(tx.commit());
    logging::get("reports")->info("account {} created ({})", name.toStdString(),
                                  roleName(account.role).toStdString());
    return created;
}

Result<Accounts::Account> Accounts::createFirstAdmin(const QString &name, const QString &displayName,
                                                     const QString &password)
{
    db::Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    auto empty = none();
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error(ErrorCode::Conflict,
                     QStringLiteral("the store has accounts already; an admin creates the others"));
    auto created = insert({name, displayName, Role::Admin, {}, password});
    if (!created)
        return created.error();
    WH_TRY(tx.commit());
    return created;
}

Result<Accounts::Account> Accounts::create(const Viewer &acting, const NewAccount &account)
{
    WH_TRY(mayManage(acting));
    return insert(account);
}

Status Accounts::setPassword(const Viewer &acting, const QString &name, const QString &password)
{
    WH_TRY(mayManage(acting));
    WH_TRY(checkPassword(password));
    auto account = load(name);
    if (!account)
        return account.error();
    auto hash = PasswordHasher::hash(password, m_cost);
    if (!hash)
        return hash.error();
    db::Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    WH_TRY(run(m_store, QStringLiteral("UPDATE accounts SET password_hash = ? WHERE name = ?"),
               {*hash, account->name}));
    WH_TRY(run(m_store, QStringLiteral("DELETE FROM sign_in_failures WHERE name = ?"), {account->name}));
    WH_TRY(tx.commit());
    logging::get("reports")->info("password of account {} set by {}", account->name.toStdString(),
                                  acting.account.toStdString());
    return {};
}

Status Accounts::setRole(const Viewer &acting, const QString &name, Role role, const QStringList &sites)
{
    WH_TRY(mayManage(acting));
    auto account = load(name);
    if (!account)
        return account.error();
    auto checked = checkSites(role, sites);
    if (!checked)
        return checked.error();
    db::Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    if (account->role == Role::Admin && role != Role::Admin && !account->disabled()) {
        auto others = activeAdminsOtherThan(account->name);
        if (!others)
            return others.error();
        if (*others == 0)
            return Error(ErrorCode::Conflict, QStringLiteral("the last active admin stays an admin"),
                         account->name);
    }
    WH_TRY(run(m_store, QStringLiteral("UPDATE accounts SET role = ? WHERE name = ?"),
               {roleName(role), account->name}));
    WH_TRY(writeSites(account->name, *checked));
    WH_TRY(tx.commit());
    logging::get("reports")->info("account {} is now {} of {} (by {})", account->name.toStdString(),
                                  roleName(role).toStdString(), checked->join(QLatin1Char(',')).toStdString(),
                                  acting.account.toStdString());
    return {};
}

Status Accounts::setDisabled(const Viewer &acting, const QString &name, bool disabled)
{
    WH_TRY(mayManage(acting));
    auto account = load(name);
    if (!account)
        return account.error();
    if (account->disabled() == disabled)
        return {};
    db::Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    if (disabled && account->role == Role::Admin) {
        auto others = activeAdminsOtherThan(account->name);
        if (!others)
            return others.error();
        if (*others == 0)
            return Error(ErrorCode::Conflict, QStringLiteral("the last active admin cannot be disabled"),
                         account->name);
    }
    WH_TRY(run(m_store, QStringLiteral("UPDATE accounts SET disabled_ms = ? WHERE name = ?"),
               {disabled ? QVariant(m_store.clock().nowMs()) : optionalMs(std::nullopt), account->name}));
    WH_TRY(tx.commit());
    logging::get("reports")->info("account {} {} by {}", account->name.toStdString(),
                                  disabled ? "disabled" : "enabled", acting.account.toStdString());
    return {};
}

Result<std::vector<Accounts::Account>> Accounts::list(const Viewer &acting) const
{
    WH_TRY(mayManage(acting));
    auto names = run(m_store, QStringLiteral("SELECT name FROM accounts ORDER BY name COLLATE NOCASE"));
    if (!names)
        return names.error();
    QStringList all;
    while (names->next())
        all << names->value(0).toString();
    names->finish();
    std::vector<Account> out;
    for (const QString &name : all) {
        auto account = load(name);
        if (!account)
            return account.error();
        out.push_back(std::move(account).value());
    }
    return out;
}

Result<Accounts::Account> Accounts::find(const Viewer &acting, const QString &name) const
{
    WH_TRY(mayManage(acting));
    return load(name);
}

Result<Accounts::SignIn> Accounts::signIn(const QString &typedName, const QString &password)
{
    const QString name = typedName.trimmed();
    const qint64 now = m_store.clock().nowMs();
    SignIn outcome;

    // A name with failures in a row waits before it is checked again.
    auto failures =
        run(m_store, QStringLiteral("SELECT failures, last_failure_ms FROM sign_in_failures WHERE name = ?"),
            {name});
    if (!failures)
        return failures.error();
    int failed = 0;
    if (failures->next()) {
        failed = failures->value(0).toInt();
        const qint64 last = failures->value(1).toLongLong();
        if (failed >= kFreeFailures) {
            const int shift = std::min(failed - kFreeFailures, 6); // 2^6 s > the maximum
            const qint64 waitMs = std::min<qint64>(qint64(1000) << shift, qint64(kMaxWaitSeconds) * 1000);
            if (now < last + waitMs) {
                outcome.waitMs = last + waitMs - now;
                return outcome;
            }
        }
    }
    failures->finish();

    auto q = run(
        m_store,
        QStringLiteral("SELECT name, password_hash, disabled_ms IS NOT NULL FROM accounts WHERE name = ?"),
        {name});
    if (!q)
        return q.error();
    const bool found = !name.isEmpty() && q->next();
    const QString accountName = found ? q->value(0).toString() : QString();
    const QString hash = found ? q->value(1).toString() : dummyHash(m_cost);
    const bool disabled = found && q->value(2).toBool();
    q->finish();
    // Always one full Argon2id check, whether the name exists or not.
    const bool matches = PasswordHasher::verify(password, hash);
    auto log = logging::get("reports");

    db::Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    if (!found || disabled || !matches) {
        WH_TRY(run(
            m_store,
            QStringLiteral("INSERT INTO sign_in_failures (name, failures, last_failure_ms) VALUES (?, 1, ?) "
                           "ON CONFLICT (name) DO UPDATE SET failures = failures + 1, "
                           "last_failure_ms = excluded.last_failure_ms"),
            {name, now}));
        WH_TRY(tx.commit());
        // The log may say why (for the admin); the person signing in is only told it is wrong. A name
        // that is not an account is not logged: it may be a password typed into the wrong field.
        if (found)
            log->warn("sign-in refused for account {}: {} ({} in a row)", accountName.toStdString(),
                      disabled ? "account disabled" : "wrong password", failed + 1);
        else
            log->warn("sign-in refused: no such account ({} in a row for that name)", failed + 1);
        return outcome;
    }
    WH_TRY(run(m_store, QStringLiteral("DELETE FROM sign_in_failures WHERE name = ?"), {name}));
    WH_TRY(run(m_store, QStringLiteral("UPDATE accounts SET last_sign_in_ms = ? WHERE name = ?"),
               {now, accountName}));
    if (PasswordHasher::needsRehash(hash, m_cost)) {
        if (auto rehashed = PasswordHasher::hash(password, m_cost))
            WH_TRY(run(m_store, QStringLiteral("UPDATE accounts SET password_hash = ? WHERE name = ?"),
                       {*rehashed, accountName}));
    }
    WH_TRY(tx.commit());
    auto account = load(accountName);
    if (!account)
        return account.error();
    outcome.viewer = account->viewer();
    log->info("account {} signed in as {}", accountName.toStdString(), roleName(account->role).toStdString());
    return outcome;
}

} // namespace wh::reports
