// wh-handheld end to end, in process, through its real screens (Main.qml and every page, offscreen)
// and its real devices: a worker signs in with the badge at the keyboard-wedge scanner, scans the
// demo T-shirt's care label, the simulated tape (Leica DISTO frames) gives 12 readings, one out of
// tolerance; the verdict is FAIL and the NG sticker reaches a label printer on loopback (drivers'
// LabelPrinterSimulator). The forgotten-punch guard asks to switch with the measure activity chosen;
// the wrong kind of code is answered in plain words; a shift of items is measured offline and
// everything waits in the device's outbox.
#include "ActivityViewModel.h"
#include "DemoWarehouse.h"
#include "DeviceSettings.h"
#include "DeviceSite.h"
#include "DevicesViewModel.h"
#include "HandheldApp.h"
#include "HandheldTestSupport.h"
#include "LabelPrinterSimulator.h"
#include "MasterDataRepositories.h"
#include "MeasureViewModel.h"
#include "OutboxStatus.h"
#include "PunchService.h"
#include "ScannerKeyInput.h"
#include "SessionViewModel.h"
#include "SimulatedTape.h"
#include "SmallDemo.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "TimedKeys.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace wh;

class TestHandheldFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signInScanMeasureSticker();
    void guardAsksToSwitch();
    void wrongKindOfCode();
    void shiftOffline();
    void scannedCodeAsksForThePin();
    void beforeSignIn();
    void readingAwayFromMeasure();
    void unknownBadgeWhileSignedIn();
    void settingsRebuildTheScreens();

private:
    // The program's wiring: the shell, the scanner, Main.qml in a window.
    void startApp();
    void scan(const QString &text);
    // The simulated tape, once connected.
    drivers::SimulatedTape *tape();
    // Measures the current item: every point at its target, the `failAt`-th 2.0 mm over its upper
    // tolerance (-1: none). Waits for each judged value.
    void measureItem(int failAt);
    QString punchedActivity();

    std::unique_ptr<test::TemporaryStore> m_store;
    Worker m_worker;
    QString m_deviceId;
    QString m_label;
    std::unique_ptr<drivers::LabelPrinterSimulator> m_printer;
    std::unique_ptr<HandheldApp> m_app;
    std::unique_ptr<ScannerKeyInput> m_scanner;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    qint64 m_lastKeyMs = 0;
};

void TestHandheldFlow::initTestCase()
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    auto label = MeasurementSpecCodec::encode(demo::demoSpecs().front(), demo::demoSpecKey());
    QVERIFY(label.ok());
    m_label = *label;
}

void TestHandheldFlow::init()
{
    m_store = std::make_unique<test::TemporaryStore>();
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    auto where = test::smallDemo(m_store->store(), Clock::system(), {}, 2);
    QVERIFY2(where, qPrintable(where.ok() ? QString() : where.error().toString()));
    QVERIFY(demo::setUpDemoHandhelds(m_store->store(), Clock::system().nowMs()).ok());
    m_deviceId = where->device.id;
    // A worker of the handheld's site with a badge, not at work now.
    auto workers = db::WorkerRepository(m_store->store()).all();
    QVERIFY(workers.ok());
    m_worker = {};
    for (const Worker &w : *workers)
        if (w.active && !w.badgeId.isEmpty() && w.homeSiteCode == where->site.code) {
            m_worker = w;
            break;
        }
    QVERIFY(!m_worker.code.isEmpty());
    // The label printer on loopback, set on the device as a worker does on the devices screen.
    m_printer = std::make_unique<drivers::LabelPrinterSimulator>();
    auto port = m_printer->start();
    QVERIFY(port.ok());
    auto settings = db::DeviceSettings::open(m_store->store(), m_deviceId);
    QVERIFY(settings.ok());
    QVERIFY(settings->set(db::DeviceSettings::kPrinter, QStringLiteral("127.0.0.1:%1").arg(*port), 1).ok());
}

void TestHandheldFlow::cleanup()
{
    m_engine.reset();
    m_window = nullptr;
    m_scanner.reset();
    m_app.reset();
    m_printer.reset();
    m_store.reset();
}

void TestHandheldFlow::startApp()
{
    auto app = HandheldApp::create(
        m_store->store(), Clock::system(),
        *reports::findDeviceSite(m_store->store(), DeviceKind::Handheld, m_deviceId), QStringLiteral("en"));
    QVERIFY2(app.ok(), qPrintable(app.ok() ? QString() : app.error().toString()));
    m_app = std::move(*app);
    m_scanner = std::make_unique<ScannerKeyInput>();
    connect(m_scanner.get(), &ScannerKeyInput::scanned, m_app.get(), &HandheldApp::scanned);
    connect(m_scanner.get(), &ScannerKeyInput::scanRejected, m_app.get(), &HandheldApp::scanRejected);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    m_engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(m_app.get())}});
    m_engine->load(QUrl(QStringLiteral("qrc:/Wh/Handheld/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().front());
    QVERIFY(m_window);
    m_window->show();
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QCOMPARE(m_app->screen(), HandheldApp::Screen::SignIn);
    QTest::qWait(120); // a gap before the first burst
}

void TestHandheldFlow::scan(const QString &text)
{
    // The keyboard wedge: keys a few ms apart into the window, wherever the focus is. A burst's key
    // times run ahead of the clock (2 ms a key): the next burst waits for a quiet gap after them.
    QTRY_VERIFY(test::keyClockMs() > m_lastKeyMs + 80);
    m_lastKeyMs = test::sendScannerBurst(m_window, text);
    QTest::qWait(80);
}

drivers::SimulatedTape *TestHandheldFlow::tape()
{
    return qobject_cast<drivers::SimulatedTape *>(m_app->devices()->tape());
}

void TestHandheldFlow::measureItem(int failAt)
{
    MeasureViewModel *measure = m_app->measure();
    const MeasurementSpec spec = demo::demoSpecs().front();
    QSignalSpy judged(measure, &MeasureViewModel::pointJudged);
    for (int i = 0; i < int(spec.points.size()); ++i) {
        const SpecPoint &p = spec.points[size_t(i)];
        const qint64 tenths = i == failAt ? p.maximum() + 20 : p.target;
        auto sent = tape()->measure(double(tenths) / 10.0);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().toString()));
        QTRY_COMPARE(judged.size(), i + 1);
        QCOMPARE(judged.last().at(1).toBool(), i != failAt);
    }
}

QString TestHandheldFlow::punchedActivity()
{
    auto card = m_app->punchService().card(m_worker.code);
    return card.ok() && card->current ? card->current->code : QString();
}

void TestHandheldFlow::signInScanMeasureSticker()
{
    // Clocked in on a measure activity (the guard lets Measure open at once).
    auto answer = db::PunchService::open(m_store->store(), Clock::system(), m_deviceId);
    QVERIFY(answer.ok());
    auto suggested = (*answer)->workflowStarted(m_worker.code, QStringLiteral("measure"));
    QVERIFY(suggested.ok() && !suggested->suggestedActivities.isEmpty());
    QVERIFY((*answer)
                ->punch(m_worker.code, PunchAction::StartActivity, suggested->suggestedActivities.front())
                .ok());
    answer->reset();
    const qint64 pendingBefore = test::pendingOutboxRows(m_store->store(), m_deviceId);

    startApp();
    QTRY_VERIFY(tape() && m_app->devices()->tapeConnected());
    scan(m_worker.badgeId);
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Home);
    QVERIFY(m_app->session()->signedIn());
    QCOMPARE(m_app->session()->workerCode(), m_worker.code);
    // The header shows who and what.
    auto *name = m_window->findChild<QQuickItem *>(QStringLiteral("workerName"));
    QVERIFY(name);
    QTRY_COMPARE(name->property("text").toString(), m_worker.name);
    QVERIFY(name->isVisible());

    QSignalSpy shown(m_app->measure(), &MeasureViewModel::itemShown);
    scan(m_label);
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Measure);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(m_app->measure()->itemId(), QStringLiteral("TS24-0001"));
    QCOMPARE(m_app->measure()->pointCount(), 12);

    QSignalSpy verdict(m_app->measure(), &MeasureViewModel::verdictReached);
    QSignalSpy sticker(m_app->measure(), &MeasureViewModel::stickerSent);
    measureItem(4);
    QTRY_COMPARE(verdict.size(), 1);
    QCOMPARE(verdict.front().front().toBool(), false);
    QCOMPARE(m_app->measure()->state(), MeasureViewModel::Finished);
    // On screen: the verdict banner.
    auto *banner = m_window->findChild<QQuickItem *>(QStringLiteral("verdictText"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->property("text").toString(), m_app->measure()->verdictText());
    // The sticker reached the printer: one job naming the item and the failed point.
    QTRY_COMPARE_WITH_TIMEOUT(sticker.size(), 1, 10000);
    QCOMPARE(m_printer->jobs().size(), size_t(1));
    const QByteArray zpl = m_printer->jobTexts().front();
    QVERIFY(zpl.contains("TS24-0001"));
    QVERIFY(zpl.startsWith("^XA") || zpl.contains("^XA"));

    // Recorded on the device first: 12 values, the unit, each with its outbox row; the header's
    // queue counts them.
    QCOMPARE(test::rowCount(m_store->store(), QStringLiteral("measurements"),
                            QStringLiteral("WHERE item = 'TS24-0001'")),
             12);
    const qint64 pending = test::pendingOutboxRows(m_store->store(), m_deviceId);
    QCOMPARE(pending, pendingBefore + 12 + 1);
    m_app->outbox()->refresh();
    QCOMPARE(m_app->outbox()->pending(), pending);

    // Next item: back to waiting for a label.
    m_app->measure()->nextItem();
    QCOMPARE(m_app->measure()->state(), MeasureViewModel::WaitingForLabel);
}

void TestHandheldFlow::guardAsksToSwitch()
{
    // Punched into something that is not measuring.
    auto punch = db::PunchService::open(m_store->store(), Clock::system(), m_deviceId);
    QVERIFY(punch.ok());
    auto answer = (*punch)->workflowStarted(m_worker.code, QStringLiteral("measure"));
    auto options = (*punch)->activityOptions(m_worker.code);
    QVERIFY(answer.ok() && options.ok());
    QString other;
    for (const auto &o : *options)
        if (!answer->suggestedActivities.contains(o.activity.code)) {
            other = o.activity.code;
            break;
        }
    QVERIFY(!other.isEmpty());
    QVERIFY((*punch)->punch(m_worker.code, PunchAction::StartActivity, other).ok());
    punch->reset();

    startApp();
    scan(m_worker.badgeId);
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Home);
    // The label at home: Measure is asked for, the guard asks to switch first.
    scan(m_label);
    ActivityViewModel *activity = m_app->activity();
    QTRY_VERIFY(activity->guardActive());
    QCOMPARE(m_app->screen(), HandheldApp::Screen::Home);
    QCOMPARE(activity->guardWorkflow(), QStringLiteral("measure"));
    // The dialog is on screen.
    auto *dialog = m_window->findChild<QObject *>(QStringLiteral("guardDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->property("visible").toBool());
    // The suggested activity is pre-selected: accept it.
    const QVariantList suggestions = activity->guardSuggestions();
    QVERIFY(!suggestions.isEmpty());
    const int selected = activity->guardSelected();
    QVERIFY(selected >= 0 && selected < suggestions.size());
    const QString code = suggestions.at(selected).toMap().value(QStringLiteral("code")).toString();
    QVERIFY(answer->suggestedActivities.contains(code));
    // Cancelled, the label is forgotten: Measure opened later waits for a label.
    activity->cancelGuard();
    QTest::qWait(20);
    QVERIFY(!activity->guardActive());
    QCOMPARE(m_app->screen(), HandheldApp::Screen::Home);
    m_app->open(HandheldApp::Screen::Measure);
    QTRY_VERIFY(activity->guardActive());
    activity->continueWithoutSwitch();
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Measure);
    QCOMPARE(m_app->measure()->state(), MeasureViewModel::WaitingForLabel);
    m_app->back();
    // Scanned again, asked again, accepted.
    scan(m_label);
    QTRY_VERIFY(activity->guardActive());
    QCOMPARE(activity->guardSelected(), selected);
    QSignalSpy shown(m_app->measure(), &MeasureViewModel::itemShown);
    QVERIFY(activity->acceptGuard(code));
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Measure);
    QCOMPARE(punchedActivity(), code);
    // The label scanned at home is the item now.
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(m_app->measure()->itemId(), QStringLiteral("TS24-0001"));
    QVERIFY(!activity->guardActive());
}

void TestHandheldFlow::wrongKindOfCode()
{
    startApp();
    // Before sign-in, a care label is not a badge.
    scan(m_label);
    QCOMPARE(m_app->screen(), HandheldApp::Screen::SignIn);
    QVERIFY(!m_app->scanMessage().isEmpty());
    QVERIFY(m_app->scanMessageIsError());
    scan(m_worker.badgeId);
    QTRY_VERIFY(m_app->session()->signedIn());
    m_app->open(HandheldApp::Screen::Devices);
    QCOMPARE(m_app->screen(), HandheldApp::Screen::Devices);
    // A GS1 code on the devices screen: said, nothing changes.
    m_app->clearScanMessage();
    auto *flash = m_window->findChild<QQuickItem *>(QStringLiteral("feedbackFlash"));
    QVERIFY(flash);
    QSignalSpy feedback(m_app->feedback(), &ScanFeedback::given);
    QTRY_VERIFY(test::keyClockMs() > m_lastKeyMs + 80);
    m_lastKeyMs = test::sendScannerBurst(m_window, QStringLiteral("]C10104912345678904"));
    QCOMPARE(feedback.size(), 1);
    QCOMPARE(feedback.front().front().value<ScanFeedback::Kind>(), ScanFeedback::Kind::Wrong);
    // Seen too: the screen's edge flashes red.
    QVERIFY(flash->opacity() > 0.5);
    QCOMPARE(flash->property("border").value<QObject *>()->property("color").value<QColor>(),
             QColor("#d0442c"));
    QTRY_VERIFY(!m_app->scanMessage().isEmpty());
    QCOMPARE(m_app->screen(), HandheldApp::Screen::Devices);
    // The message bar shows it.
    auto *bar = m_window->findChild<QQuickItem *>(QStringLiteral("scanMessage"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    // A tampered care label on the measure screen: refused, nothing recorded.
    QString tampered = m_label;
    tampered.replace(QStringLiteral("TS24-0001"), QStringLiteral("TS24-0009"));
    m_app->back();
    (void)m_app->punchService().punch(m_worker.code, PunchAction::StartActivity,
                                      m_app->punchService()
                                          .workflowStarted(m_worker.code, QStringLiteral("measure"))
                                          ->suggestedActivities.value(0));
    m_app->session()->refresh();
    m_app->open(HandheldApp::Screen::Measure);
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Measure);
    scan(tampered);
    QCOMPARE(m_app->measure()->state(), MeasureViewModel::WaitingForLabel);
    QVERIFY(!m_app->measure()->message().isEmpty());
    QVERIFY(m_app->measure()->messageIsError());
}

void TestHandheldFlow::shiftOffline()
{
    // Items one after the other, as on a shift, nothing ever sent anywhere: every value, unit and
    // punch waits in the device's outbox, and the header counts it.
    startApp();
    scan(m_worker.badgeId);
    QTRY_VERIFY(m_app->session()->signedIn());
    QVERIFY(m_app->activity()->requestWorkflow(QStringLiteral("measure")) ||
            m_app->activity()->guardActive());
    if (m_app->activity()->guardActive()) {
        const QVariantList s = m_app->activity()->guardSuggestions();
        QVERIFY(m_app->activity()->acceptGuard(
            s.at(m_app->activity()->guardSelected()).toMap().value(QStringLiteral("code")).toString()));
    }
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Measure);
    QTRY_VERIFY(tape() && m_app->devices()->tapeConnected());
    const qint64 pendingBefore = test::pendingOutboxRows(m_store->store(), m_deviceId);
    const int items = 10;
    for (int i = 0; i < items; ++i) {
        QVERIFY(m_app->measure()->scanLabel(m_label));
        measureItem(-1);
        QTRY_COMPARE(m_app->measure()->state(), MeasureViewModel::Finished);
        m_app->measure()->nextItem();
    }
    QCOMPARE(test::rowCount(m_store->store(), QStringLiteral("measurements")), qint64(items * 12));
    QCOMPARE(test::pendingOutboxRows(m_store->store(), m_deviceId), pendingBefore + items * (12 + 1));
    QTRY_COMPARE(m_app->outbox()->pending(), pendingBefore + items * (12 + 1));
    auto *queue = m_window->findChild<QQuickItem *>(QStringLiteral("unsynced"));
    QVERIFY(queue);
    QVERIFY(queue->property("text").toString().contains(QString::number(pendingBefore + items * 13)));
}

void TestHandheldFlow::scannedCodeAsksForThePin()
{
    // A worker's code label (not the badge) at the sign-in screen: the code is taken, the PIN asked
    // for (the demo's PIN: the code's last four digits), then signed in.
    QVERIFY(!m_worker.pinHash.isEmpty());
    startApp();
    scan(m_worker.code);
    QTRY_VERIFY(m_app->session()->needsPin());
    QCOMPARE(m_app->session()->pinCode(), m_worker.code);
    auto *code = m_window->findChild<QQuickItem *>(QStringLiteral("codeField"));
    QVERIFY(code);
    QTRY_COMPARE(code->property("text").toString(), m_worker.code);
    QVERIFY(!m_app->session()->signedIn());
    QVERIFY(m_app->session()->signInWithPin(m_worker.code, m_worker.code.right(4)));
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Home);
}

void TestHandheldFlow::readingAwayFromMeasure()
{
    // A reading on the home screen, mid-item: said, not taken as a value; back on Measure the next
    // reading goes to the point shown.
    startApp();
    QTRY_VERIFY(tape() && m_app->devices()->tapeConnected());
    scan(m_worker.badgeId);
    QTRY_VERIFY(m_app->session()->signedIn());
    QVERIFY(m_app->punchService()
                .punch(m_worker.code, PunchAction::StartActivity,
                       m_app->punchService()
                           .workflowStarted(m_worker.code, QStringLiteral("measure"))
                           ->suggestedActivities.value(0))
                .ok());
    m_app->session()->refresh();
    scan(m_label);
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Measure);
    QTRY_COMPARE(m_app->measure()->state(), MeasureViewModel::Measuring);
    m_app->back();
    QCOMPARE(m_app->screen(), HandheldApp::Screen::Home);
    m_app->clearScanMessage();
    const qint64 before = test::rowCount(m_store->store(), QStringLiteral("measurements"));
    QVERIFY(tape()->measure(700.0).ok());
    QTRY_VERIFY(!m_app->scanMessage().isEmpty());
    QVERIFY(m_app->scanMessageIsError());
    QCOMPARE(test::rowCount(m_store->store(), QStringLiteral("measurements")), before);
    QCOMPARE(m_app->measure()->measuredCount(), 0);
    m_app->open(HandheldApp::Screen::Measure);
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Measure);
    QSignalSpy judged(m_app->measure(), &MeasureViewModel::pointJudged);
    // (Another length: the same one again would be taken for the DISTO's replay of its last value.)
    QVERIFY(tape()->measure(701.0).ok());
    QTRY_COMPARE(judged.size(), 1);
    QCOMPARE(test::rowCount(m_store->store(), QStringLiteral("measurements")), before + 1);
}

void TestHandheldFlow::beforeSignIn()
{
    // Settings and devices open from the sign-in screen (an administrator sets a handheld up before
    // anyone works on it); the work screens do not.
    startApp();
    auto *settings = m_window->findChild<QQuickItem *>(QStringLiteral("settingsButton"));
    QVERIFY(settings);
    QVERIFY(QMetaObject::invokeMethod(settings, "clicked"));
    QTRY_COMPARE(m_app->screen(), HandheldApp::Screen::Settings);
    auto *name = m_window->findChild<QQuickItem *>(QStringLiteral("workerName"));
    QVERIFY(name);
    QCOMPARE(name->property("text").toString(), QStringLiteral("Not signed in"));
    m_app->back();
    QCOMPARE(m_app->screen(), HandheldApp::Screen::SignIn);
    m_app->open(HandheldApp::Screen::Devices);
    QCOMPARE(m_app->screen(), HandheldApp::Screen::Devices);
    m_app->open(HandheldApp::Screen::Measure);
    QCOMPARE(m_app->screen(), HandheldApp::Screen::SignIn);
    QVERIFY(m_app->scanMessageIsError());
    m_app->open(HandheldApp::Screen::Activity);
    QCOMPARE(m_app->screen(), HandheldApp::Screen::SignIn);
}

void TestHandheldFlow::unknownBadgeWhileSignedIn()
{
    startApp();
    scan(m_worker.badgeId);
    QTRY_VERIFY(m_app->session()->signedIn());
    m_app->open(HandheldApp::Screen::Activity);
    // A badge nobody has: said on the message bar, the worker stays signed in, nothing punched.
    const qint64 events = test::rowCount(m_store->store(), QStringLiteral("events"),
                                         QStringLiteral("WHERE kind LIKE 'punch%'"));
    scan(QStringLiteral("9999999999"));
    QTRY_VERIFY(!m_app->scanMessage().isEmpty());
    QVERIFY(m_app->scanMessageIsError());
    QCOMPARE(m_app->session()->workerCode(), m_worker.code);
    QCOMPARE(m_app->screen(), HandheldApp::Screen::Activity);
    QCOMPARE(test::rowCount(m_store->store(), QStringLiteral("events"),
                            QStringLiteral("WHERE kind LIKE 'punch%'")),
             events);
}

void TestHandheldFlow::settingsRebuildTheScreens()
{
    // The language (and a new site) change every text and view-model: the shell asks the program
    // to build its screens again, with the new language.
    startApp();
    scan(m_worker.badgeId);
    QTRY_VERIFY(m_app->session()->signedIn());
    QSignalSpy restart(m_app.get(), &HandheldApp::restartRequested);
    QVERIFY(m_app->settings()->setLanguage(QStringLiteral("ja")));
    QCOMPARE(restart.size(), 1);
    QCOMPARE(restart.front().front().toString(), QStringLiteral("ja"));
    QCOMPARE(SettingsViewModel::storedLanguage(m_store->store(), m_deviceId), QStringLiteral("ja"));
    // The rebuilt shell signs the same worker in again without a badge or PIN.
    auto again = HandheldApp::create(
        m_store->store(), Clock::system(),
        *reports::findDeviceSite(m_store->store(), DeviceKind::Handheld, m_deviceId), QStringLiteral("ja"));
    QVERIFY(again.ok());
    QVERIFY((*again)->session()->resume(m_worker.code));
    QVERIFY((*again)->session()->signedIn());
    QCOMPARE((*again)->measure()->language(), QStringLiteral("ja"));
}

WH_IMPORT_HANDHELD_QML

QTEST_MAIN(TestHandheldFlow)
#include "tst_handheldflow.moc"
