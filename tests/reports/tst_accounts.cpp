// Accounts: the first admin of an empty store, then only an admin manages accounts (create, password,
// role and sites, disable, list); bad names, short passwords, unknown sites and duplicates are
// refused with nothing written; sign-in tells only "wrong" (wrong name, wrong password and disabled
// accounts alike), slows a name down after failures in a row, and re-hashes a hash of another cost.
#include "Accounts.h"
#include "PasswordHasher.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace wh;
using reports::Accounts;
using reports::Role;
using reports::Viewer;

namespace {

template <typename T>
QString errorOf(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

const Viewer kCli{QStringLiteral("wh"), Role::Admin, {}};

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT

    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;

    db::Store &store() { return m_tmp->store(); }
    Accounts accounts() { return Accounts(store(), PasswordHasher::kLightCost); }
    qint64 accountRows() { return test::rowCount(store(), QStringLiteral("accounts")); }

    Accounts::SignIn signIn(const QString &name, const QString &password)
    {
        auto attempt = accounts().signIn(name, password);
        if (!attempt) {
            qWarning("%s", qPrintable(errorOf(attempt)));
            return {};
        }
        return *attempt;
    }

    // admin (first admin), leader1 (leader of S1), manager1 (manager of S1 and S2).
    void seedAccounts()
    {
        auto admin = accounts().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理者"),
                                                 QStringLiteral("admin-pass"));
        QVERIFY2(admin.ok(), qPrintable(errorOf(admin)));
        auto leader = accounts().create(admin->viewer(), {QStringLiteral("leader1"),
                                                          QStringLiteral("山田 班長"),
                                                          Role::Leader,
                                                          {QStringLiteral("S1")},
                                                          QStringLiteral("leader-pass")});
        QVERIFY2(leader.ok(), qPrintable(errorOf(leader)));
        auto manager = accounts().create(kCli, {QStringLiteral("manager1"),
                                                QString(),
                                                Role::Manager,
                                                {QStringLiteral("S2"), QStringLiteral("S1")},
                                                QStringLiteral("manager-pass")});
        QVERIFY2(manager.ok(), qPrintable(errorOf(manager)));
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<test::MockClock>(test::tokyoMs(QDate(2026, 12, 20), 9, 0));
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(store()).ok());
    }

    void cleanup()
    {
        m_tmp.reset();
        m_clock.reset();
    }

    void firstAdminOnlyOnAnEmptyStore()
    {
        QCOMPARE(*accounts().none(), true);
        // Nobody may create an ordinary account before the admin exists, except an admin viewer.
        auto short_ = accounts().createFirstAdmin(QStringLiteral("admin"), {}, QStringLiteral("short"));
        QCOMPARE(short_.error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(accountRows(), qint64(0));
        seedAccounts();
        QCOMPARE(*accounts().none(), false);
        auto second =
            accounts().createFirstAdmin(QStringLiteral("admin2"), {}, QStringLiteral("admin2-pass"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code(), ErrorCode::Conflict);
        QCOMPARE(accountRows(), qint64(3));
        auto admin = accounts().find(kCli, QStringLiteral("admin"));
        QVERIFY(admin.ok());
        QCOMPARE(admin->role, Role::Admin);
        QVERIFY(admin->sites.isEmpty());
        QCOMPARE(admin->displayName, QStringLiteral("管理者"));
        QCOMPARE(admin->createdMs, m_clock->nowMs());
        QVERIFY(!admin->lastSignInMs);
        // The hash is libsodium's Argon2id string, never the password.
        QSqlQuery q(store().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM accounts")));
        while (q.next()) {
            QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
            QVERIFY(!q.value(0).toString().contains(QLatin1String("pass")));
        }
    }

    void onlyAnAdminManagesAccounts()
    {
        seedAccounts();
        const QByteArray before = test::contentDigest(store());
        for (const Viewer &acting :
             {Viewer{QStringLiteral("leader1"), Role::Leader, {QStringLiteral("S1")}},
              Viewer{
                  QStringLiteral("manager1"), Role::Manager, {QStringLiteral("S1"), QStringLiteral("S2")}}}) {
            auto created = accounts().create(acting, {QStringLiteral("x1"),
                                                      {},
                                                      Role::Leader,
                                                      {QStringLiteral("S1")},
                                                      QStringLiteral("password1")});
            QCOMPARE(created.error().code(), ErrorCode::PermissionDenied);
            QCOMPARE(accounts()
                         .setPassword(acting, QStringLiteral("admin"), QStringLiteral("hijacked!"))
                         .error()
                         .code(),
                     ErrorCode::PermissionDenied);
            QCOMPARE(accounts().setRole(acting, QStringLiteral("leader1"), Role::Admin, {}).error().code(),
                     ErrorCode::PermissionDenied);
            QCOMPARE(accounts().setDisabled(acting, QStringLiteral("admin"), true).error().code(),
                     ErrorCode::PermissionDenied);
            QCOMPARE(accounts().list(acting).error().code(), ErrorCode::PermissionDenied);
            QCOMPARE(accounts().find(acting, QStringLiteral("admin")).error().code(),
                     ErrorCode::PermissionDenied);
        }
        QCOMPARE(test::contentDigest(store()), before);
        auto all = accounts().list(kCli);
        QVERIFY2(all.ok(), qPrintable(errorOf(all)));
        QStringList names;
        for (const auto &a : *all)
            names << a.name;
        QCOMPARE(names, QStringList({"admin", "leader1", "manager1"}));
        QCOMPARE(all->at(2).sites, QStringList({"S1", "S2"}));
        QCOMPARE(all->at(1).sites, QStringList({"S1"}));
    }

    void badAccountsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("sites");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code");
        const int invalid = int(ErrorCode::InvalidArgument);
        QTest::newRow("empty name") << "" << int(Role::Leader) << QStringList{"S1"} << "password1" << invalid;
        QTest::newRow("blank name") << "   " << int(Role::Leader) << QStringList{"S1"} << "password1"
                                    << invalid;
        QTest::newRow("space inside")
            << "ya mada" << int(Role::Leader) << QStringList{"S1"} << "password1" << invalid;
        QTest::newRow("ideographic space") << QStringLiteral("山田　班長") << int(Role::Leader)
                                           << QStringList{"S1"} << "password1" << invalid;
        QTest::newRow("comma") << "a,b" << int(Role::Leader) << QStringList{"S1"} << "password1" << invalid;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << int(Role::Leader)
                                       << QStringList{"S1"} << "password1" << invalid;
        QTest::newRow("7-character password")
            << "newone" << int(Role::Leader) << QStringList{"S1"} << "1234567" << invalid;
        QTest::newRow("1025-character password") << "newone" << int(Role::Leader) << QStringList{"S1"}
                                                 << QString(1025, QLatin1Char('p')) << invalid;
        QTest::newRow("leader without site")
            << "newone" << int(Role::Leader) << QStringList{} << "password1" << invalid;
        QTest::newRow("manager with blank site")
            << "newone" << int(Role::Manager) << QStringList{" "} << "password1" << invalid;
        QTest::newRow("unknown site") << "newone" << int(Role::Manager) << QStringList{"S1", "S9"}
                                      << "password1" << int(ErrorCode::NotFound);
        QTest::newRow("duplicate") << "leader1" << int(Role::Leader) << QStringList{"S1"} << "password1"
                                   << int(ErrorCode::Conflict);
        QTest::newRow("duplicate in other case")
            << "LEADER1" << int(Role::Leader) << QStringList{"S1"} << "password1" << int(ErrorCode::Conflict);
    }
    void badAccountsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        QFETCH(QStringList, sites);
        QFETCH(QString, password);
        QFETCH(int, code);
        seedAccounts();
        const QByteArray before = test::contentDigest(store());
        auto created = accounts().create(kCli, {name, {}, Role(role), sites, password});
        QVERIFY(!created.ok());
        QCOMPARE(int(created.error().code()), code);
        QCOMPARE(test::contentDigest(store()), before);
    }

    // Japanese display names and 64-character names are fine; an admin's sites are not kept.
    void goodAccounts()
    {
        seedAccounts();
        auto long_ = accounts().create(kCli, {QString(64, QLatin1Char('n')),
                                              QStringLiteral("長い名前"),
                                              Role::Admin,
                                              {QStringLiteral("S1")},
                                              QStringLiteral("パスワード八文字")});
        QVERIFY2(long_.ok(), qPrintable(errorOf(long_)));
        QVERIFY(long_->sites.isEmpty());
        QVERIFY(signIn(QString(64, QLatin1Char('n')), QStringLiteral("パスワード八文字")).signedIn());
        auto trimmed = accounts().create(kCli, {QStringLiteral(" sato "),
                                                {},
                                                Role::Leader,
                                                {QStringLiteral("S1"), QStringLiteral("S1")},
                                                QStringLiteral("password1")});
        QVERIFY2(trimmed.ok(), qPrintable(errorOf(trimmed)));
        QCOMPARE(trimmed->name, QStringLiteral("sato"));
        QCOMPARE(trimmed->sites, QStringList({"S1"}));
    }

    void signInGivesTheViewer()
    {
        seedAccounts();
        const qint64 now = m_clock->nowMs();
        m_clock->advance(5000);
        auto signed_ = signIn(QStringLiteral("manager1"), QStringLiteral("manager-pass"));
        QVERIFY(signed_.signedIn());
        QCOMPARE(signed_.viewer->account, QStringLiteral("manager1"));
        QCOMPARE(signed_.viewer->role, Role::Manager);
        QCOMPARE(signed_.viewer->sites, QStringList({"S1", "S2"}));
        QCOMPARE(*accounts().find(kCli, QStringLiteral("manager1"))->lastSignInMs, now + 5000);
        // The name ignores ASCII case and surrounding spaces; the viewer carries the stored name.
        auto upper = signIn(QStringLiteral(" LEADER1 "), QStringLiteral("leader-pass"));
        QVERIFY(upper.signedIn());
        QCOMPARE(upper.viewer->account, QStringLiteral("leader1"));
        QCOMPARE(upper.viewer->role, Role::Leader);
        // The password does not.
        QVERIFY(!signIn(QStringLiteral("leader1"), QStringLiteral("LEADER-PASS")).signedIn());
    }

    // Wrong password, unknown name, disabled account: the same answer.
    void failuresAllLookTheSame()
    {
        seedAccounts();
        QVERIFY(accounts().setDisabled(kCli, QStringLiteral("leader1"), true).ok());
        QVERIFY(accounts().find(kCli, QStringLiteral("leader1"))->disabled());
        for (const auto &[name, password] :
             {std::pair{"leader1", "leader-pass"}, std::pair{"manager1", "wrong-pass"},
              std::pair{"nobody", "whatever1"}, std::pair{"", ""}}) {
            const auto attempt = signIn(QString::fromLatin1(name), QString::fromLatin1(password));
            QVERIFY(!attempt.signedIn());
            QCOMPARE(attempt.waitMs, qint64(0));
        }
        QVERIFY(accounts().setDisabled(kCli, QStringLiteral("leader1"), false).ok());
        QVERIFY(signIn(QStringLiteral("leader1"), QStringLiteral("leader-pass")).signedIn());
    }

    // A wrong name costs a full Argon2id check like a wrong password (default cost, medians of 3).
    void unknownNameTakesAsLong()
    {
        Accounts real(store()); // the default cost
        auto admin = real.createFirstAdmin(QStringLiteral("admin"), {}, QStringLiteral("admin-pass"));
        QVERIFY(admin.ok());
        auto median = [&](const QString &name) {
            std::vector<qint64> times;
            for (int i = 0; i < 3; ++i) {
                m_clock->advance(3600 * 1000); // past any wait
                QElapsedTimer timer;
                timer.start();
                auto attempt = real.signIn(name, QStringLiteral("wrong-password"));
                times.push_back(timer.nsecsElapsed());
                if (!attempt || attempt->signedIn())
                    return qint64(-1);
            }
            std::sort(times.begin(), times.end());
            return times[1];
        };
        median(QStringLiteral("nobody")); // the dummy hash is made once per process
        const qint64 wrongPassword = median(QStringLiteral("admin"));
        const qint64 wrongName = median(QStringLiteral("nobody"));
        QVERIFY(wrongPassword > 0 && wrongName > 0);
        qInfo("wrong password %.1f ms, unknown name %.1f ms", wrongPassword / 1e6, wrongName / 1e6);
        QVERIFY2(wrongName * 2 > wrongPassword && wrongPassword * 2 > wrongName,
                 qPrintable(QStringLiteral("%1 vs %2 ns").arg(wrongName).arg(wrongPassword)));
    }

    // Three failures in a row are free; then 1 s, 2 s, 4 s... (at most 60 s) since the last failure,
    // during which even the right password is not checked. Names that are not accounts too.
    void failuresInARowSlowTheName()
    {
        seedAccounts();
        for (int i = 0; i < Accounts::kFreeFailures; ++i) {
            auto attempt = signIn(QStringLiteral("leader1"), QStringLiteral("wrong-pass"));
            QVERIFY(!attempt.signedIn());
            QCOMPARE(attempt.waitMs, qint64(0));
        }
        auto waiting = signIn(QStringLiteral("leader1"), QStringLiteral("leader-pass"));
        QVERIFY(!waiting.signedIn());
        QCOMPARE(waiting.waitMs, qint64(1000));
        m_clock->advance(400);
        QCOMPARE(signIn(QStringLiteral("LEADER1"), QStringLiteral("leader-pass")).waitMs, qint64(600));
        // Other names are not held up.
        QVERIFY(signIn(QStringLiteral("manager1"), QStringLiteral("manager-pass")).signedIn());
        m_clock->advance(600);
        auto fourth = signIn(QStringLiteral("leader1"), QStringLiteral("wrong-pass"));
        QVERIFY(!fourth.signedIn());
        QCOMPARE(fourth.waitMs, qint64(0));
        QCOMPARE(signIn(QStringLiteral("leader1"), QStringLiteral("leader-pass")).waitMs, qint64(2000));
        m_clock->advance(2000);
        QVERIFY(!signIn(QStringLiteral("leader1"), QStringLiteral("wrong-pass")).signedIn());
        QCOMPARE(signIn(QStringLiteral("leader1"), QStringLiteral("leader-pass")).waitMs, qint64(4000));
        m_clock->advance(4000);
        QVERIFY(signIn(QStringLiteral("leader1"), QStringLiteral("leader-pass")).signedIn());
        // The success cleared the count.
        QVERIFY(!signIn(QStringLiteral("leader1"), QStringLiteral("wrong-pass")).signedIn());
        QCOMPARE(signIn(QStringLiteral("leader1"), QStringLiteral("leader-pass")).waitMs, qint64(0));
        QVERIFY(signIn(QStringLiteral("leader1"), QStringLiteral("leader-pass")).signedIn());

        // An unknown name slows down the same way; the wait is capped at a minute.
        for (int i = 0; i < 20; ++i) {
            if (i > 0)
                m_clock->advance(61 * 1000);
            QVERIFY(!signIn(QStringLiteral("ghost"), QStringLiteral("whatever1")).signedIn());
        }
        QCOMPARE(signIn(QStringLiteral("ghost"), QStringLiteral("whatever1")).waitMs, qint64(60 * 1000));
        // An admin's new password clears the count too.
        for (int i = 0; i < 4; ++i)
            (void)signIn(QStringLiteral("manager1"), QStringLiteral("wrong-pass"));
        QVERIFY(signIn(QStringLiteral("manager1"), QStringLiteral("manager-pass")).waitMs > 0);
        QVERIFY(accounts()
                    .setPassword(kCli, QStringLiteral("manager1"), QStringLiteral("new-manager-pass"))
                    .ok());
        QVERIFY(!signIn(QStringLiteral("manager1"), QStringLiteral("manager-pass")).signedIn());
        QVERIFY(signIn(QStringLiteral("manager1"), QStringLiteral("new-manager-pass")).signedIn());
    }

    void changeRoleAndSites()
    {
        seedAccounts();
        QVERIFY(accounts()
                    .setRole(kCli, QStringLiteral("leader1"), Role::Manager,
                             {QStringLiteral("S2"), QStringLiteral("S1")})
                    .ok());
        auto viewer = signIn(QStringLiteral("leader1"), QStringLiteral("leader-pass")).viewer;
        QVERIFY(viewer);
        QCOMPARE(viewer->role, Role::Manager);
        QCOMPARE(viewer->sites, QStringList({"S1", "S2"}));
        QCOMPARE(accounts()
                     .setRole(kCli, QStringLiteral("leader1"), Role::Leader, {QStringLiteral("S7")})
                     .error()
                     .code(),
                 ErrorCode::NotFound);
        QCOMPARE(accounts()
                     .setRole(kCli, QStringLiteral("nobody"), Role::Leader, {QStringLiteral("S1")})
                     .error()
                     .code(),
                 ErrorCode::NotFound);
        QCOMPARE(accounts().find(kCli, QStringLiteral("leader1"))->sites, QStringList({"S1", "S2"}));
    }

    // Somebody must be able to manage the accounts: the last active admin stays an active admin.
    void theLastAdminStays()
    {
        seedAccounts();
        QCOMPARE(accounts().setDisabled(kCli, QStringLiteral("admin"), true).error().code(),
                 ErrorCode::Conflict);
        QCOMPARE(accounts()
                     .setRole(kCli, QStringLiteral("admin"), Role::Manager, {QStringLiteral("S1")})
                     .error()
                     .code(),
                 ErrorCode::Conflict);
        QVERIFY(accounts().setRole(kCli, QStringLiteral("manager1"), Role::Admin, {}).ok());
        QVERIFY(accounts().find(kCli, QStringLiteral("manager1"))->sites.isEmpty());
        QVERIFY(accounts().setDisabled(kCli, QStringLiteral("admin"), true).ok());
        QCOMPARE(accounts().setDisabled(kCli, QStringLiteral("manager1"), true).error().code(),
                 ErrorCode::Conflict);
        QVERIFY(!signIn(QStringLiteral("admin"), QStringLiteral("admin-pass")).signedIn());
        QVERIFY(signIn(QStringLiteral("manager1"), QStringLiteral("manager-pass")).viewer->managesAccounts());
    }

    // A hash of another cost is made again at the configured cost on the next successful sign-in.
    void rehashOnSignIn()
    {
        seedAccounts();
        const PasswordHasher::Cost heavier{1, 16384};
        Accounts other(store(), heavier);
        auto hashOf = [&] {
            return db::scalar(store().connection(),
                              QStringLiteral("SELECT password_hash FROM accounts WHERE name = 'leader1'"))
                ->toString();
        };
        QVERIFY(PasswordHasher::needsRehash(hashOf(), heavier));
        QVERIFY(!other.signIn(QStringLiteral("leader1"), QStringLiteral("wrong-pass"))->signedIn());
        QVERIFY(PasswordHasher::needsRehash(hashOf(), heavier)); // not on a failure
        QVERIFY(other.signIn(QStringLiteral("leader1"), QStringLiteral("leader-pass"))->signedIn());
        QVERIFY(!PasswordHasher::needsRehash(hashOf(), heavier));
        QVERIFY(signIn(QStringLiteral("leader1"), QStringLiteral("leader-pass")).signedIn());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
