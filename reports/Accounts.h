#pragma once

#include "Access.h"
#include "PasswordHasher.h"
#include "Result.h"
#include "Store.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace wh::reports {

// The accounts of the manager viewer (table `accounts`, migration 0007): who may sign in to
// wh-manager, as which role and for which sites. It lives next to ViewerQueries rather than in db/
// because every change takes the acting Viewer (Access.h), and db/ sits below reports/.
//
//  - Only an admin Viewer manages accounts (create, password, role and sites, disable, list);
//    anyone else gets PermissionDenied and nothing changes. The one exception is the first admin of
//    a store without accounts (createFirstAdmin), which is how wh-manager's first start and
//    `wh account add` on a new store begin.
//  - Names: 1 to 64 characters, no spaces or control characters, unique ignoring ASCII case.
//    Leaders and managers need at least one site (each must exist); an admin has none (every site).
//  - Passwords: at least kMinPasswordLength characters (at most 1024), hashed with Argon2id
//    (PasswordHasher; the cost is a constructor option so tests can use the light one). Never
//    stored or logged in clear.
//  - The last active admin cannot be disabled or made a leader or manager (nobody could manage the
//    accounts any more).
//  - Sign-in says only "signed in", "name or password is wrong" (wrong name, wrong password and a
//    disabled account alike, in the same time: an unknown name is checked against a dummy hash of
//    the same cost), or "wait": after kFreeFailures failures in a row for a name (counted for names
//    that are not accounts as well, so the wait tells nothing either), each further attempt with
//    that name is refused unchecked until 2^(failures - kFreeFailures) seconds (at most
//    kMaxWaitSeconds) have passed since the last failure. The count lives in the store, so
//    restarting the program does not reset it; a successful sign-in clears it.
//
// Use on one thread (the store's connection of that thread); an instance is cheap.
class Accounts {
public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxPasswordLength = 1024;
    static constexpr int kFreeFailures = 3;
    static constexpr int kMaxWaitSeconds = 60;

    struct Account {
        QString name;
        QString displayName;
        Role role = Role::Leader;
        QStringList sites; // in the store's site order; empty for an admin
        qint64 createdMs = 0;
        std::optional<qint64> disabledMs;
        std::optional<qint64> lastSignInMs;
        [[nodiscard]] bool disabled() const { return disabledMs.has_value(); }
        [[nodiscard]] Viewer viewer() const { return {name, role, sites}; }
    };

    struct NewAccount {
        QString name;
        QString displayName;
        Role role = Role::Leader;
        QStringList sites;
        QString password;
    };

    struct SignIn {
        std::optional<Viewer> viewer; // signed in
        qint64 waitMs = 0;            // refused unchecked: try again after this long
        // Neither: the name or the password is wrong.
        [[nodiscard]] bool signedIn() const { return viewer.has_value(); }
    };

    explicit Accounts(db::Store &store, PasswordHasher::Cost cost = PasswordHasher::kDefaultCost);

    // No account at all: the first start, which asks for the admin.
    [[nodiscard]] Result<bool> none() const;

    // Creates the first account, an admin, on a store without accounts (Conflict otherwise).
    [[nodiscard]] Result<Account> createFirstAdmin(const QString &name, const QString &displayName,
                                                   const QString &password);
    [[nodiscard]] Result<Account> create(const Viewer &acting, const NewAccount &account);
    [[nodiscard]] Status setPassword(const Viewer &acting, const QString &name, const QString &password);
    [[nodiscard]] Status setRole(const Viewer &acting, const QString &name, Role role,
                                 const QStringList &sites);
    [[nodiscard]] Status setDisabled(const Viewer &acting, const QString &name, bool disabled);
    // Every account, by name.
    [[nodiscard]] Result<std::vector<Account>> list(const Viewer &acting) const;
    [[nodiscard]] Result<Account> find(const Viewer &acting, const QString &name) const;

    // Checks a name and password (see above). A store failure is the only error.
    [[nodiscard]] Result<SignIn> signIn(const QString &name, const QString &password);

    // The checks of a new password, for dialogs that ask for one before anything is written.
    [[nodiscard]] static Status checkPassword(const QString &password);

private:
    [[nodiscard]] Status mayManage(const Viewer &acting) const;
    [[nodiscard]] Result<Account> load(const QString &name) const;
    [[nodiscard]] Result<QStringList> checkSites(Role role, const QStringList &sites) const;
    [[nodiscard]] Status writeSites(const QString &name, const QStringList &sites);
    [[nodiscard]] Result<int> activeAdminsOtherThan(const QString &name) const;
    [[nodiscard]] Result<Account> insert(const NewAccount &account);
    db::Store &m_store;
    PasswordHasher::Cost m_cost;
};

} // namespace wh::reports
