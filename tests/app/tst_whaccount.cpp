// `wh account`, driven as an administrator would: add (password on stdin or from a file), list,
// passwd, role, disable and enable; bad input (a short password, an unknown site or role, a
// duplicate name, the last admin, a missing name or --db) fails with a clear message, the right exit
// code and nothing written. The accounts it makes sign in through reports::Accounts. The demo
// accounts sign in with the passwords the README gives.
#include "Accounts.h"
#include "DemoWarehouse.h"
#include "TestSupport.h"
#include "WhProcess.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;
using test::describe;
using test::WhRun;

namespace {

// `wh args...` with `input` on its stdin (closed after it).
WhRun runWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANG"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(test::whPath(), args);
    WhRun r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(60000);
    r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestWhAccount : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QStringList args(const QStringList &words) const
    {
        return QStringList{QStringLiteral("account")} + words + QStringList{QStringLiteral("--db"), m_db};
    }

    // The accounts as `wh account list` prints them: name -> the rest of the row.
    QMap<QString, QStringList> listed()
    {
        const WhRun run = test::runWh(args({QStringLiteral("list")}));
        QMap<QString, QStringList> out;
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(describe(run)));
            return out;
        }
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.value(0) != QLatin1String("name\trole\tsites\tdisplay_name\tstate\tcreated\tlast_sign_in"))
            return out;
        for (const QString &line : lines.mid(1)) {
            QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() == 7)
                out.insert(fields.takeFirst(), fields);
        }
        return out;
    }

    // Signs in through the library on the same store file.
    std::optional<reports::Viewer> signIn(const QString &name, const QString &password)
    {
        auto store = db::Store::open(m_db);
        if (!store)
            return std::nullopt;
        auto attempt = reports::Accounts(**store).signIn(name, password);
        return attempt ? attempt->viewer : std::nullopt;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        auto store = db::Store::open(m_db);
        QVERIFY(store.ok());
        QVERIFY(test::seedSmallWarehouse(**store).ok());
    }

    void addWithStdinAndFile()
    {
        // The first admin, its password on stdin (a pipe: the first line).
        WhRun run = runWithInput(
            args({QStringLiteral("add"), QStringLiteral("boss"), QStringLiteral("--role"),
                  QStringLiteral("admin"), QStringLiteral("--display-name"), QStringLiteral("所長")}),
            "boss-password\nignored second line\n");
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QLatin1String("account: boss")));
        QVERIFY(run.out.contains(QLatin1String("sites: *")));
        // A leader, its password from a file with CRLF.
        const QString file = writeFile(QStringLiteral("pw.txt"), "leader-password\r\n");
        run = test::runWh(args({QStringLiteral("add"), QStringLiteral("lead"), QStringLiteral("--role"),
                                QStringLiteral("leader"), QStringLiteral("--sites"), QStringLiteral("S1"),
                                QStringLiteral("--password-file"), file}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        run = runWithInput(
            args({QStringLiteral("add"), QStringLiteral("mgr"), QStringLiteral("--role"),
                  QStringLiteral("manager"), QStringLiteral("--sites"), QStringLiteral("S2,S1")}),
            "manager-password");
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QLatin1String("sites: S1,S2")));

        const auto accounts = listed();
        QCOMPARE(accounts.keys(), QStringList({"boss", "lead", "mgr"}));
        QCOMPARE(accounts.value(QStringLiteral("boss")).mid(0, 4),
                 QStringList({"admin", "*", "所長", "active"}));
        QCOMPARE(accounts.value(QStringLiteral("lead")).mid(0, 2), QStringList({"leader", "S1"}));
        QCOMPARE(accounts.value(QStringLiteral("mgr")).mid(0, 2), QStringList({"manager", "S1,S2"}));
        QCOMPARE(accounts.value(QStringLiteral("lead")).at(5), QStringLiteral("-")); // never signed in

        auto viewer = signIn(QStringLiteral("lead"), QStringLiteral("leader-password"));
        QVERIFY(viewer);
        QCOMPARE(viewer->role, reports::Role::Leader);
        QCOMPARE(viewer->sites, QStringList({"S1"}));
        QVERIFY(signIn(QStringLiteral("boss"), QStringLiteral("boss-password")));
        QVERIFY(!signIn(QStringLiteral("boss"), QStringLiteral("ignored second line")));
        QVERIFY(signIn(QStringLiteral("mgr"), QStringLiteral("manager-password")));
        QVERIFY(listed().value(QStringLiteral("lead")).at(5) != QLatin1String("-"));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList leader{"add", "newone", "--role", "leader", "--sites", "S1"};
        QTest::newRow("short password") << leader << QByteArray("short\n") << 1 << "at least 8 characters";
        QTest::newRow("no password") << leader << QByteArray() << 1 << "no password on stdin";
        QTest::newRow("unknown site") << QStringList{"add", "newone", "--role", "leader", "--sites", "S1,S9"}
                                      << QByteArray("password1\n") << 1 << "no such site (S9)";
        QTest::newRow("duplicate") << QStringList{"add", "LEAD", "--role", "leader", "--sites", "S1"}
                                   << QByteArray("password1\n") << 1 << "an account with this name exists";
        QTest::newRow("space in name") << QStringList{"add", "new one", "--role", "leader", "--sites", "S1"}
                                       << QByteArray("password1\n") << 1 << "no spaces";
        QTest::newRow("unknown role")
            << QStringList{"add", "newone", "--role", "boss"} << QByteArray("password1\n") << 2
            << "--role must be leader, manager or admin";
        QTest::newRow("no role") << QStringList{"add", "newone"} << QByteArray("password1\n") << 2
                                 << "--role";
        QTest::newRow("leader without sites") << QStringList{"add", "newone", "--role", "leader"}
                                              << QByteArray("password1\n") << 2 << "--sites";
        QTest::newRow("no name") << QStringList{"add", "--role", "admin"} << QByteArray("password1\n") << 2
                                 << "name is needed";
        QTest::newRow("two names") << QStringList{"disable", "a", "b"} << QByteArray() << 2
                                   << "unexpected argument";
        QTest::newRow("unknown subcommand")
            << QStringList{"remove", "lead"} << QByteArray() << 2 << "unknown command \"remove\"";
        QTest::newRow("passwd of nobody")
            << QStringList{"passwd", "nobody"} << QByteArray("password1\n") << 1 << "no such account";
        QTest::newRow("passwd too short")
            << QStringList{"passwd", "lead"} << QByteArray("short\n") << 1 << "at least 8 characters";
        QTest::newRow("last admin disabled")
            << QStringList{"disable", "boss"} << QByteArray() << 1 << "last active admin";
        QTest::newRow("last admin demoted")
            << QStringList{"role", "boss", "--role", "manager", "--sites", "S1"} << QByteArray() << 1
            << "last active admin";
        QTest::newRow("disable nobody")
            << QStringList{"disable", "nobody"} << QByteArray() << 1 << "no such account";
    }
    void badInputChangesNothing()
    {
        QFETCH(QStringList, words);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto before = listed();
        QVERIFY(!before.isEmpty());
        const WhRun run = runWithInput(args(words), input);
        QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(message), qPrintable(describe(run)));
        QCOMPARE(listed(), before);
        QVERIFY(signIn(QStringLiteral("lead"), QStringLiteral("leader-password")));
    }

    void noStoreNoDb()
    {
        WhRun run = runWithInput({QStringLiteral("account"), QStringLiteral("list")}, {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--db FILE is needed")), qPrintable(describe(run)));
        run = test::runWh({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--db"),
                           m_dir.filePath(QStringLiteral("missing.sqlite"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("missing.sqlite")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    void passwdRoleDisableEnable()
    {
        WhRun run =
            runWithInput(args({QStringLiteral("passwd"), QStringLiteral("lead")}), "new-leader-password\n");
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(!signIn(QStringLiteral("lead"), QStringLiteral("leader-password")));
        QVERIFY(signIn(QStringLiteral("lead"), QStringLiteral("new-leader-password")));

        run = test::runWh(
            args({QStringLiteral("role"), QStringLiteral("lead"), QStringLiteral("--role"),
                  QStringLiteral("manager"), QStringLiteral("--sites"), QStringLiteral("S1,S2")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(signIn(QStringLiteral("lead"), QStringLiteral("new-leader-password"))->role,
                 reports::Role::Manager);

        run = test::runWh(args({QStringLiteral("disable"), QStringLiteral("lead")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(listed().value(QStringLiteral("lead")).at(3), QStringLiteral("disabled"));
        QVERIFY(!signIn(QStringLiteral("lead"), QStringLiteral("new-leader-password")));
        run = test::runWh(args({QStringLiteral("enable"), QStringLiteral("lead")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(signIn(QStringLiteral("lead"), QStringLiteral("new-leader-password")));

        // A second admin, then the first may go.
        run = test::runWh(args({QStringLiteral("role"), QStringLiteral("mgr"), QStringLiteral("--role"),
                                QStringLiteral("admin")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains(QLatin1String("sites: *")));
        run = test::runWh(args({QStringLiteral("disable"), QStringLiteral("boss")}));
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    }

    void japaneseMessages()
    {
        const WhRun run =
            runWithInput(args({QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"),
                               QStringLiteral("leader"), QStringLiteral("--lang"), QStringLiteral("ja")}),
                         {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    // The demo's accounts sign in with the README's passwords, with the roles and sites it says.
    void demoAccounts()
    {
        test::MockClock clock;
        test::TemporaryStore tmp(clock);
        QVERIFY(tmp.ok());
        QVERIFY(test::seedSmallWarehouse(tmp.store()).ok());
        const Status created = demo::createDemoAccounts(tmp.store());
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        reports::Accounts accounts(tmp.store());
        auto admin = accounts.signIn(QStringLiteral("admin"), QStringLiteral("demo-admin-2026"));
        auto manager = accounts.signIn(QStringLiteral("manager"), QStringLiteral("demo-manager-2026"));
        auto leader = accounts.signIn(QStringLiteral("leader"), QStringLiteral("demo-leader-2026"));
        QVERIFY(admin.ok() && manager.ok() && leader.ok());
        QVERIFY(admin->signedIn() && manager->signedIn() && leader->signedIn());
        QCOMPARE(admin->viewer->role, reports::Role::Admin);
        QCOMPARE(manager->viewer->role, reports::Role::Manager);
        QCOMPARE(manager->viewer->sites, QStringList({"S1", "S2"}));
        QCOMPARE(leader->viewer->role, reports::Role::Leader);
        QCOMPARE(leader->viewer->sites, QStringList({"S1"}));
        // Once only.
        const Status again = demo::createDemoAccounts(tmp.store());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestWhAccount)
#include "tst_whaccount.moc"
