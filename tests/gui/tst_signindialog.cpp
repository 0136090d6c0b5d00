// SignInDialog, driven as a person would: the first start asks for the administrator (checks a
// person can fix on the spot, nothing written until they pass), the sign-in says only "wrong" and
// makes a name wait after failures in a row, Cancel signs nobody in. And wh-manager itself: --account
// with WH_MANAGER_PASSWORD or --password-file signs in without the window; a wrong or missing
// password stops it with a clear message; --screenshot without --account pictures the dialog.
#include "Accounts.h"
#include "DemoWarehouse.h"
#include "SignInDialog.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;
using reports::Accounts;
using reports::Role;

namespace {

const reports::Viewer kAdmin{QStringLiteral("test"), Role::Admin, {}};

int colours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            seen.insert(image.pixel(x, y));
    return static_cast<int>(seen.size());
}

} // namespace

class TestSignInDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;
    QTemporaryDir m_dir;
    QString m_demo; // a small demo store with the demo accounts, for the program runs

    db::Store &store() { return m_tmp->store(); }

    static QLineEdit *edit(SignInDialog &dialog, const char *name)
    {
        return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    static QPushButton *button(SignInDialog &dialog)
    {
        return dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    }

    // Types into the fields (empty: left as they are) and presses Enter in the last one.
    static void type(SignInDialog &dialog, const QStringList &fieldsAndTexts)
    {
        QLineEdit *last = nullptr;
        for (qsizetype i = 0; i + 1 < fieldsAndTexts.size(); i += 2) {
            QLineEdit *field = dialog.findChild<QLineEdit *>(fieldsAndTexts[i]);
            QVERIFY2(field, qPrintable(fieldsAndTexts[i]));
            field->clear();
            const QString &text = fieldsAndTexts[i + 1];
            bool ascii = true;
            for (const QChar c : text)
                ascii = ascii && c.unicode() < 0x80;
            if (ascii)
                QTest::keyClicks(field, text);
            else
                field->insert(text); // QTest types ASCII keys only; an input method gives the rest

            last = field;
        }
        if (last)
            QTest::keyClick(last, Qt::Key_Return);
    }

    struct Run {
        int exitCode = -1;
        QString output;
    };
    Run runManager(const QStringList &arguments, const QString &password = {}, bool setPassword = false) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WH_MANAGER_PASSWORD"));
        if (setPassword)
            env.insert(QStringLiteral("WH_MANAGER_PASSWORD"), password);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QDir(qEnvironmentVariable("WH_BIN")).filePath(QStringLiteral("wh-manager")), arguments);
        Run r;
        if (!process.waitForStarted(10000))
            return r;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        } else if (process.exitStatus() == QProcess::NormalExit) {
            r.exitCode = process.exitCode();
        }
        r.output = QString::fromUtf8(process.readAll());
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto demo = db::Store::open(m_demo);
        QVERIFY(demo.ok());
        demo::DemoOptions options;
        options.days = 2;
        options.workers = 40;
        options.punchesPerDay = 600;
        options.start = QDate(2026, 11, 2);
        const ManualClock clock(QDateTime(QDate(2026, 11, 10), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(demo::generateDemo(**demo, options, clock).ok());
        QVERIFY(demo::createDemoAccounts(**demo).ok());
    }

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

    void firstStartCreatesTheAdmin()
    {
        auto mode = SignInDialog::modeFor(store());
        QVERIFY(mode.ok());
        QCOMPARE(*mode, SignInDialog::Mode::FirstAdmin);
        SignInDialog dialog(store(), *mode, nullptr, PasswordHasher::kLightCost);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy answered(&dialog, &SignInDialog::answered);
        QVERIFY(!button(dialog)->isEnabled()); // nothing typed yet

        // What a person can fix here is said at once, and nothing is written.
        type(dialog, {"name", "boss", "password", "short12", "passwordAgain", "short12"});
        QCOMPARE(answered.count(), 1);
        QVERIFY2(dialog.message().contains(QLatin1String("at least 8")), qPrintable(dialog.message()));
        type(dialog, {"password", "long-enough-1", "passwordAgain", "long-enough-2"});
        QVERIFY2(dialog.message().contains(QLatin1String("not the same")), qPrintable(dialog.message()));
        type(dialog, {"name", "the boss", "password", "long-enough-1", "passwordAgain", "long-enough-1"});
        QVERIFY2(dialog.message().contains(QLatin1String("spaces")), qPrintable(dialog.message()));
        QCOMPARE(test::rowCount(store(), QStringLiteral("accounts")), qint64(0));
        QVERIFY(dialog.isVisible());

        type(dialog, {"name", "boss", "displayName", QStringLiteral("所長"), "password", "long-enough-1",
                      "passwordAgain", "long-enough-1"});
        QVERIFY(answered.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.viewer());
        QCOMPARE(dialog.viewer()->account, QStringLiteral("boss"));
        QCOMPARE(dialog.viewer()->role, Role::Admin);
        QCOMPARE(*SignInDialog::modeFor(store()), SignInDialog::Mode::SignIn);
        auto account = Accounts(store()).find(kAdmin, QStringLiteral("boss"));
        QVERIFY(account.ok());
        QCOMPARE(account->displayName, QStringLiteral("所長"));
        QVERIFY(
            Accounts(store()).signIn(QStringLiteral("boss"), QStringLiteral("long-enough-1"))->signedIn());
    }

    void signInSaysOnlyWrong()
    {
        QVERIFY(Accounts(store(), PasswordHasher::kLightCost)
                    .createFirstAdmin(QStringLiteral("boss"), {}, QStringLiteral("boss-password"))
                    .ok());
        QVERIFY(Accounts(store(), PasswordHasher::kLightCost)
                    .create(kAdmin, {QStringLiteral("leader1"),
                                     {},
                                     Role::Leader,
                                     {QStringLiteral("S1")},
                                     QStringLiteral("leader-password")})
                    .ok());
        SignInDialog dialog(store(), *SignInDialog::modeFor(store()));
        QCOMPARE(dialog.mode(), SignInDialog::Mode::SignIn);
        QVERIFY(!edit(dialog, "passwordAgain"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy answered(&dialog, &SignInDialog::answered);

        type(dialog, {"name", "leader1", "password", "leader-passworD"});
        // The check runs off the GUI thread; meanwhile the dialog says so and the fields wait.
        QCOMPARE(dialog.message(), QStringLiteral("Checking…"));
        QVERIFY(edit(dialog, "name")->isReadOnly());
        QVERIFY(!button(dialog)->isEnabled());
        QVERIFY(answered.wait(10000));
        QCOMPARE(dialog.message(), QStringLiteral("The name or password is wrong."));
        QVERIFY(edit(dialog, "password")->text().isEmpty());
        QVERIFY(!edit(dialog, "name")->isReadOnly());
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.viewer());

        type(dialog, {"name", "nobody", "password", "leader-password"});
        QVERIFY(answered.wait(10000));
        QCOMPARE(dialog.message(), QStringLiteral("The name or password is wrong."));

        type(dialog, {"name", "Leader1", "password", "leader-password"});
        QVERIFY(answered.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.viewer()->account, QStringLiteral("leader1"));
        QCOMPARE(dialog.viewer()->role, Role::Leader);
        QCOMPARE(dialog.viewer()->sites, QStringList({"S1"}));
    }

    // After three failures in a row the name waits; the button comes back when the wait is over.
    void failuresMakeTheNameWait()
    {
        QVERIFY(Accounts(store(), PasswordHasher::kLightCost)
                    .createFirstAdmin(QStringLiteral("boss"), {}, QStringLiteral("boss-password"))
                    .ok());
        SignInDialog dialog(store(), SignInDialog::Mode::SignIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy answered(&dialog, &SignInDialog::answered);
        for (int i = 0; i < Accounts::kFreeFailures; ++i) {
            type(dialog, {"name", "boss", "password", "guess-" + QString::number(i)});
            QVERIFY(answered.wait(10000));
            QCOMPARE(dialog.message(), QStringLiteral("The name or password is wrong."));
        }
        type(dialog, {"name", "boss", "password", "boss-password"});
        QVERIFY(answered.wait(10000));
        QVERIFY2(dialog.message().contains(QLatin1String("Try again in 1 second")),
                 qPrintable(dialog.message()));
        QVERIFY(!dialog.viewer());
        QVERIFY(!button(dialog)->isEnabled());
        // Enter does nothing while waiting.
        QTest::keyClick(edit(dialog, "password"), Qt::Key_Return);
        QCOMPARE(answered.count(), Accounts::kFreeFailures + 1);
        m_clock->advance(1000);
        QTRY_VERIFY_WITH_TIMEOUT(button(dialog)->isEnabled(), 5000);
        QVERIFY(dialog.message().isEmpty());
        QTest::keyClick(edit(dialog, "password"), Qt::Key_Return);
        QVERIFY(answered.wait(10000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.viewer()->account, QStringLiteral("boss"));
    }

    void cancelSignsNobodyIn()
    {
        SignInDialog dialog(store(), SignInDialog::Mode::FirstAdmin, nullptr, PasswordHasher::kLightCost);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.viewer());
        QCOMPARE(test::rowCount(store(), QStringLiteral("accounts")), qint64(0));
    }

    // wh-manager --account: the demo accounts, the password from the environment or a file.
    void programSignsInWithoutTheWindow()
    {
        const QString png = m_dir.filePath(QStringLiteral("leader.png"));
        Run r =
            runManager({QStringLiteral("--db"), m_demo, QStringLiteral("--account"), QStringLiteral("leader"),
                        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"), png},
                       QStringLiteral("demo-leader-2026"), true);
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QCOMPARE(QImage(png).size(), QSize(1280, 800));

        const QString file = m_dir.filePath(QStringLiteral("pw.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("demo-manager-2026\n");
        }
        const QString managerPng = m_dir.filePath(QStringLiteral("manager.png"));
        r = runManager({QStringLiteral("--db"), m_demo, QStringLiteral("--account"),
                        QStringLiteral("manager"), QStringLiteral("--password-file"), file,
                        QStringLiteral("--screenshot"), managerPng});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY(QFile::exists(managerPng));

        const QString never = m_dir.filePath(QStringLiteral("never.png"));
        r = runManager({QStringLiteral("--db"), m_demo, QStringLiteral("--account"), QStringLiteral("leader"),
                        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
                        never},
                       QStringLiteral("wrong"), true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.output.contains(QLatin1String("the name or password is wrong")), qPrintable(r.output));
        r = runManager({QStringLiteral("--db"), m_demo, QStringLiteral("--account"), QStringLiteral("leader"),
                        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
                        never});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.output.contains(QLatin1String("WH_MANAGER_PASSWORD")), qPrintable(r.output));
        r = runManager({QStringLiteral("--db"), m_demo, QStringLiteral("--password-file"), file,
                        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
                        never});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.output.contains(QLatin1String("--account")), qPrintable(r.output));
        QVERIFY(!QFile::exists(never));
        r = runManager({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.output.contains(QLatin1String("--account")));
        QVERIFY(r.output.contains(QLatin1String("WH_MANAGER_PASSWORD")));
        QVERIFY(r.output.contains(QLatin1String("--password-file")));
    }

    // --screenshot without --account pictures the first window: the sign-in, or on a store without
    // accounts the administrator's creation; in both languages.
    void screenshotsOfTheDialogs_data()
    {
        QTest::addColumn<bool>("accounts");
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"ja", "en"}) {
            QTest::addRow("sign-in %s", lang) << true << QString::fromLatin1(lang);
            QTest::addRow("first admin %s", lang) << false << QString::fromLatin1(lang);
        }
    }
    void screenshotsOfTheDialogs()
    {
        QFETCH(bool, accounts);
        QFETCH(QString, lang);
        const QString db = accounts ? m_demo : m_tmp->path();
        const QString png = m_dir.filePath(QStringLiteral("dialog-%1-%2.png").arg(accounts).arg(lang));
        const Run r = runManager({QStringLiteral("--db"), db, QStringLiteral("--lang"), lang,
                                  QStringLiteral("--screenshot"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QVERIFY(image.width() >= 460 && image.width() < 900);
        QVERIFY(image.height() >= 200 && image.height() < 700);
        QVERIFY2(colours(image) > 16, qPrintable(QString::number(colours(image))));
        // Nothing was created or signed in by a picture.
        QCOMPARE(*Accounts(store()).none(), true);
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
