// SessionViewModel: signing in on the handheld by badge, by worker code, by code and PIN (the
// kiosk's rules through db::PunchService), the card the header shows kept up to date after
// punches, and the sign-in page over it. A real demo store and a test clock.
#include "HandheldTestSupport.h"
#include "MasterDataRepositories.h"
#include "PunchTestStore.h"
#include "SessionViewModel.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTest>

using namespace wh;

class TestSessionViewModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void signInWithBadge();
    void unknownBadge();
    void disabledWorker();
    void signInWithCodeAndPin();
    void unknownCodeAsksForAPinToo();
    void workerWithoutPin();
    void emptyInput();
    void cardFollowsPunches();
    void signOut();
    void signInPage();

private:
    db::WorkerCard freshWorker();

    test::PunchTestStore m_fixture;
    QStringList m_used;
};

void TestSessionViewModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // the pages' tests, offscreen
    const QString problem = m_fixture.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

db::WorkerCard TestSessionViewModel::freshWorker()
{
    db::WorkerCard card = m_fixture.offWorker(m_used);
    m_used << card.worker.code;
    return card;
}

void TestSessionViewModel::signInWithBadge()
{
    const db::WorkerCard worker = freshWorker();
    QVERIFY(!worker.worker.code.isEmpty());
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    QVERIFY(!session.signedIn());
    QVERIFY(session.stateText().isEmpty());
    QSignalSpy signedIn(&session, &SessionViewModel::signedInChanged);
    QSignalSpy card(&session, &SessionViewModel::cardChanged);
    const qint64 punches = m_fixture.punchEvents();

    QVERIFY(session.signInWithBadge(QStringLiteral(" %1\n").arg(worker.worker.badgeId)));
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(card.size(), 1);
    QVERIFY(session.signedIn());
    QCOMPARE(session.workerCode(), worker.worker.code);
    QCOMPARE(session.workerName(), worker.worker.name);
    QVERIFY(!session.clockedIn());
    QVERIFY(!session.onBreak());
    QVERIFY(session.activityCode().isEmpty());
    QVERIFY(session.activityName().isEmpty());
    QVERIFY(session.sinceText().isEmpty());
    QCOMPARE(session.stateText(), QStringLiteral("Not clocked in"));
    QCOMPARE(session.workedText(), QStringLiteral("Worked today: 0:00"));
    QCOMPARE(session.message(), QStringLiteral("Signed in as %1.").arg(worker.worker.name));
    QVERIFY(!session.messageIsError());
    QVERIFY(!session.needsPin());
    // Signing in punches nothing.
    QCOMPARE(m_fixture.punchEvents(), punches);
}

void TestSessionViewModel::unknownBadge()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    QSignalSpy signedIn(&session, &SessionViewModel::signedInChanged);
    const qint64 notices = m_fixture.events(EventKind::AdminNotice);
    const qint64 punches = m_fixture.punchEvents();
    QVERIFY(!session.signInWithBadge(QStringLiteral("0000000003")));
    QVERIFY(!session.signedIn());
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(session.messageIsError());
    QVERIFY2(session.message().startsWith(QStringLiteral("Unknown badge.")), qPrintable(session.message()));
    QVERIFY(session.message().contains(QStringLiteral("Nothing was recorded")));
    // The service leaves a notice for the administrator; nothing is punched.
    QCOMPARE(m_fixture.events(EventKind::AdminNotice), notices + 1);
    QCOMPARE(m_fixture.punchEvents(), punches);

    // Someone signed in stays signed in after a bad scan.
    const db::WorkerCard worker = freshWorker();
    QVERIFY(session.signInWithBadge(worker.worker.badgeId));
    QVERIFY(!session.signInWithBadge(QStringLiteral("0000000004")));
    QCOMPARE(session.workerCode(), worker.worker.code);
    QVERIFY(session.messageIsError());
}

void TestSessionViewModel::disabledWorker()
{
    db::WorkerCard worker = freshWorker();
    worker.worker.active = false;
    db::WorkerRepository workers(m_fixture.store->store());
    QVERIFY(workers.save(worker.worker));
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    const qint64 notices = m_fixture.events(EventKind::AdminNotice);
    QVERIFY(!session.signInWithBadge(worker.worker.badgeId));
    QVERIFY(!session.signedIn());
    QVERIFY(session.messageIsError());
    QVERIFY2(session.message().contains(QStringLiteral("disabled")), qPrintable(session.message()));
    QCOMPARE(m_fixture.events(EventKind::AdminNotice), notices + 1);
    // By code and PIN too.
    QVERIFY(!session.signInWithCode(worker.worker.code));
    QVERIFY(session.needsPin());
    QVERIFY(!session.signInWithPin(worker.worker.code, worker.worker.code.right(4)));
    QVERIFY(session.message().contains(QStringLiteral("disabled")));
    QVERIFY(!session.signedIn());
}

void TestSessionViewModel::signInWithCodeAndPin()
{
    const db::WorkerCard worker = freshWorker();
    QVERIFY(!worker.worker.pinHash.isEmpty()); // demo workers have PINs: the last four digits
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    QSignalSpy needsPin(&session, &SessionViewModel::needsPinChanged);

    // A worker with a PIN must give it.
    QVERIFY(!session.signInWithCode(worker.worker.code));
    QVERIFY(!session.signedIn());
    QVERIFY(session.needsPin());
    QCOMPARE(needsPin.size(), 1);
    QCOMPARE(session.message(), QStringLiteral("Type your PIN."));

    QVERIFY(!session.signInWithPin(worker.worker.code, QStringLiteral("9999")));
    QVERIFY(!session.signedIn());
    QVERIFY(session.messageIsError());
    QCOMPARE(session.message(),
             QStringLiteral("Worker code or PIN is wrong. Please try again, or ask your leader."));
    QVERIFY(session.needsPin());

    QVERIFY(!session.signInWithPin(worker.worker.code, QString()));
    QCOMPARE(session.message(), QStringLiteral("Type your PIN."));
    QVERIFY(session.messageIsError());

    // Typed in lower case on a phone keyboard.
    QVERIFY(session.signInWithPin(worker.worker.code.toLower(), worker.worker.code.right(4)));
    QVERIFY(session.signedIn());
    QVERIFY(!session.needsPin());
    QCOMPARE(session.workerCode(), worker.worker.code);
    QVERIFY(!session.messageIsError());

    // Back from the PIN step.
    SessionViewModel other(*m_fixture.punch, m_fixture.clock);
    QVERIFY(!other.signInWithCode(worker.worker.code));
    QVERIFY(other.needsPin());
    other.cancelPin();
    QVERIFY(!other.needsPin());
    QVERIFY(other.message().isEmpty());
}

void TestSessionViewModel::unknownCodeAsksForAPinToo()
{
    // The handheld must not tell which codes exist: an unknown code is asked for a PIN like a
    // known one, and the answer is the same as for a wrong PIN.
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    const qint64 punches = m_fixture.punchEvents();
    QVERIFY(!session.signInWithCode(QStringLiteral("W99999")));
    QVERIFY(session.needsPin());
    QCOMPARE(session.message(), QStringLiteral("Type your PIN."));
    QVERIFY(!session.signInWithPin(QStringLiteral("W99999"), QStringLiteral("9999")));
    QCOMPARE(session.message(),
             QStringLiteral("Worker code or PIN is wrong. Please try again, or ask your leader."));
    QVERIFY(!session.signedIn());
    QCOMPARE(m_fixture.punchEvents(), punches);
}

void TestSessionViewModel::workerWithoutPin()
{
    db::WorkerCard worker = freshWorker();
    worker.worker.pinHash.clear();
    db::WorkerRepository workers(m_fixture.store->store());
    QVERIFY(workers.save(worker.worker));
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    QSignalSpy signedIn(&session, &SessionViewModel::signedInChanged);
    QVERIFY(session.signInWithCode(QStringLiteral("  %1 ").arg(worker.worker.code)));
    QVERIFY(session.signedIn());
    QVERIFY(!session.needsPin());
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(session.workerCode(), worker.worker.code);
}

void TestSessionViewModel::emptyInput()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    const qint64 notices = m_fixture.events(EventKind::AdminNotice);
    QVERIFY(!session.signInWithBadge(QStringLiteral("  ")));
    QVERIFY(session.messageIsError());
    QCOMPARE(session.message(), QStringLiteral("Scan your badge, or type your worker code."));
    QVERIFY(!session.signInWithCode(QString()));
    QCOMPARE(session.message(), QStringLiteral("Type your worker code."));
    QVERIFY(!session.signInWithPin(QString(), QStringLiteral("1234")));
    QCOMPARE(session.message(), QStringLiteral("Type your worker code."));
    QVERIFY(!session.needsPin());
    QCOMPARE(m_fixture.events(EventKind::AdminNotice), notices); // nothing asked of the service
}

void TestSessionViewModel::cardFollowsPunches()
{
    const db::WorkerCard worker = freshWorker();
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    QVERIFY(session.signInWithBadge(worker.worker.badgeId));
    QSignalSpy card(&session, &SessionViewModel::cardChanged);
    QSignalSpy signedIn(&session, &SessionViewModel::signedInChanged);

    // Nothing changed: a refresh emits nothing.
    session.refresh();
    QCOMPARE(card.size(), 0);

    // 09:00 in Tokyo + 10 min.
    m_fixture.clock.advance(10 * 60 * 1000);
    auto in = m_fixture.punch->punch(worker.worker.code, PunchAction::StartActivity,
                                     QStringLiteral("MEA-MSR-GARMENT"));
    QVERIFY2(in, qPrintable(in ? QString() : in.error().toString()));
    session.refresh();
    QCOMPARE(card.size(), 1);
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(session.clockedIn());
    QVERIFY(!session.onBreak());
    QCOMPARE(session.activityCode(), QStringLiteral("MEA-MSR-GARMENT"));
    QCOMPARE(session.activityName(), QStringLiteral("Garment measurement"));
    QCOMPARE(session.sinceText(), QStringLiteral("since 09:10"));
    QCOMPARE(session.stateText(), QStringLiteral("Working"));

    // In Japanese the activity's Japanese name.
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(session.activityName(), QStringLiteral("製品採寸"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_fixture.clock.advance(65 * 60 * 1000);
    QVERIFY(m_fixture.punch->punch(worker.worker.code, PunchAction::Break));
    session.refresh();
    QCOMPARE(card.size(), 2);
    QVERIFY(session.clockedIn());
    QVERIFY(session.onBreak());
    QCOMPARE(session.stateText(), QStringLiteral("On a break"));
    QCOMPARE(session.sinceText(), QStringLiteral("since 10:15"));
    QCOMPARE(session.workedText(), QStringLiteral("Worked today: 1:05"));

    // The next day the date shows.
    m_fixture.clock.advance(14 * 3600 * 1000LL); // 00:15 the next day, within the 16 h a shift may last
    session.refresh();
    QCOMPARE(session.sinceText(), QStringLiteral("since Nov 2 10:15"));

    QVERIFY(m_fixture.punch->punch(worker.worker.code, PunchAction::ClockOut));
    session.refresh();
    QVERIFY(!session.clockedIn());
    QCOMPARE(session.stateText(), QStringLiteral("Not clocked in"));
    QVERIFY(session.sinceText().isEmpty());
    QVERIFY(session.signedIn());
}

void TestSessionViewModel::signOut()
{
    const db::WorkerCard worker = freshWorker();
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    QVERIFY(session.signInWithBadge(worker.worker.badgeId));
    QSignalSpy signedIn(&session, &SessionViewModel::signedInChanged);
    QSignalSpy card(&session, &SessionViewModel::cardChanged);
    session.signOut();
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(card.size(), 1);
    QVERIFY(!session.signedIn());
    QVERIFY(session.workerCode().isEmpty());
    QVERIFY(session.workerName().isEmpty());
    QVERIFY(session.stateText().isEmpty());
    QVERIFY(session.message().isEmpty());
    session.refresh(); // nobody: nothing to read
    QCOMPARE(card.size(), 1);
}

namespace {
using test::tap;
} // namespace

void TestSessionViewModel::signInPage()
{
    const db::WorkerCard worker = freshWorker();
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData(R"(
import QtQuick
import QtQuick.Controls
import Wh.Handheld
ApplicationWindow {
    required property SessionViewModel session
    width: 360
    height: 640
    visible: true
    SignInPage { anchors.fill: parent; model: session }
}
)",
                      QUrl());
    std::unique_ptr<QObject> root(
        component.createWithInitialProperties({{QStringLiteral("session"), QVariant::fromValue(&session)}}));
    QVERIFY2(root, qPrintable(component.errorString()));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    auto *codeField = window->findChild<QQuickItem *>(QStringLiteral("codeField"));
    auto *pinField = window->findChild<QQuickItem *>(QStringLiteral("pinField"));
    auto *signIn = window->findChild<QQuickItem *>(QStringLiteral("signInButton"));
    auto *message = window->findChild<QQuickItem *>(QStringLiteral("message"));
    QVERIFY(codeField && pinField && signIn && message);
    QVERIFY(!pinField->isVisible());
    QVERIFY(!signIn->isEnabled()); // nothing typed yet
    // Touch targets of at least 48 px; the page fits 360 px.
    QVERIFY(signIn->height() >= 48);
    QVERIFY(codeField->height() >= 48);
    QVERIFY(signIn->mapToScene(QPointF(signIn->width(), 0)).x() <= 360);

    // A badge scan the shell hands over: an unknown one shows the message.
    QVERIFY(!session.signInWithBadge(QStringLiteral("0000000005")));
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->property("text").toString().startsWith(QStringLiteral("Unknown badge.")));

    // The code, then the PIN.
    codeField->setProperty("text", worker.worker.code);
    QTRY_VERIFY(signIn->isEnabled());
    tap(window, signIn);
    QTRY_VERIFY(session.needsPin());
    QTRY_VERIFY(pinField->isVisible());
    QTRY_VERIFY(pinField->height() >= 48); // once laid out
    QVERIFY(!signIn->isEnabled());         // no PIN yet
    pinField->setProperty("text", QStringLiteral("0000"));
    QTRY_VERIFY(signIn->isEnabled());
    tap(window, signIn);
    QTRY_COMPARE(message->property("text").toString(),
                 QStringLiteral("Worker code or PIN is wrong. Please try again, or ask your leader."));
    QCOMPARE(pinField->property("text").toString(), QString()); // a wrong PIN is cleared
    QVERIFY(!session.signedIn());
    pinField->setProperty("text", worker.worker.code.right(4));
    tap(window, signIn);
    QTRY_VERIFY(session.signedIn());
    QCOMPARE(session.workerCode(), worker.worker.code);
    QTRY_COMPARE(codeField->property("text").toString(), QString());
    QTRY_VERIFY(!pinField->isVisible());
    // WH_HANDHELD_GRAB_DIR=folder keeps a picture of the page.
    const QString grabDir = qEnvironmentVariable("WH_HANDHELD_GRAB_DIR");
    if (!grabDir.isEmpty()) {
        session.signOut();
        codeField->setProperty("text", worker.worker.code);
        tap(window, signIn);
        QTRY_VERIFY(pinField->isVisible());
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(grabDir + QStringLiteral("/sign-in-pin.png")));
    }
}

WH_IMPORT_HANDHELD_QML

QTEST_MAIN(TestSessionViewModel)
#include "tst_sessionviewmodel.moc"
