// The kiosk's punch flow driven through its real widgets with QTest key and mouse events and a
// mock clock: badge (keyboard-wedge input) -> card -> switch -> chooser -> pick -> confirmation ->
// idle, with the punch checked in the store; an unknown badge; the debounce; the PIN fallback; a
// tap while working never clocks out by itself; a no-op switch.
#include "ActivityChooser.h"
#include "DemoWarehouse.h"
#include "DeviceSite.h"
#include "IdleScreen.h"
#include "KioskButton.h"
#include "KioskWindow.h"
#include "MasterDataRepositories.h"
#include "MessageScreen.h"
#include "PinScreen.h"
#include "PunchService.h"
#include "ScannerKeyInput.h"
#include "TestSupport.h"
#include "TimedKeys.h"
#include "WorkerCardScreen.h"

#include <QLineEdit>
#include <QSqlQuery>
#include <QTest>

using namespace wh;
using Page = KioskWindow::Page;

class TestKioskFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tapSwitchPickConfirmIdle();
    void unknownBadge();
    void unreadableBadge();
    void debounceSameBadge();
    void pinFallback();
    void pinWrong();
    void clockOutNeverSilent();
    void alreadyOnActivityIsANote();
    void chooserSearchAndBrowse();
    void inactivityReturnsToIdle();
    void wedgeIgnoresShortInput();
    // With the barcode scanner's input in front, as wh-kiosk runs.
    void scanBadgeBarcodeOpensCard();
    void scanReaderBurstAsBefore();
    void scanUnknownCodeIsNotABadge();
    void scanActivityOnChooser();
    void personTypesPinWithScanner();

private:
    [[nodiscard]] qint64 punchEvents();
    [[nodiscard]] PunchState stateOf(const QString &workerCode);
    void tapBadge(const QString &badge); // typed as a keyboard-wedge reader would
    // A scanner in front of the window, as wh-kiosk installs it (real time: the scanner's keys come
    // without waiting, a person's with waits).
    std::unique_ptr<ScannerKeyInput> attachScanner();
    // A scanner's burst and Enter, after a pause (a burst starts only after a gap).
    void scan(const QString &text);
    [[nodiscard]] KioskWindow::Timing fastTiming() const;
    // A worker who is off now and has a badge.
    [[nodiscard]] Worker offWorker(int skip = 0);

    test::MockClock m_clock;
    std::unique_ptr<test::TemporaryStore> m_store;
    std::unique_ptr<db::PunchService> m_service;
    std::unique_ptr<reports::DeviceSite> m_where;
    std::unique_ptr<KioskWindow> m_window;
};

void TestKioskFlow::initTestCase()
{
    m_store = std::make_unique<test::TemporaryStore>(m_clock);
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    demo::DemoOptions options;
    options.days = 2;
    options.workers = 60;
    options.punchesPerDay = 600;
    options.seed = 11;
    options.start = QDate(2026, 10, 29);
    auto report = demo::generateDemo(m_store->store(), options, m_clock);
    QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().toString()));
    auto where = reports::findDeviceSite(m_store->store(), DeviceKind::Kiosk, QString());
    QVERIFY2(where, qPrintable(where.ok() ? QString() : where.error().toString()));
    m_where = std::make_unique<reports::DeviceSite>(*where);
    // As wh-kiosk runs it: the window derives the intervals after the confirmation is on screen.
    db::PunchService::Options punchOptions;
    punchOptions.deferProjection = true;
    auto service = db::PunchService::open(m_store->store(), m_clock, m_where->device.id, punchOptions);
    QVERIFY2(service, qPrintable(service.ok() ? QString() : service.error().toString()));
    m_service = std::move(*service);
}

KioskWindow::Timing TestKioskFlow::fastTiming() const
{
    KioskWindow::Timing t;
    t.confirmationMs = 300;
    t.noteMs = 300;
    t.errorMs = 300;
    t.inactivityMs = 400;
    t.toastMs = 5000;
    return t;
}

void TestKioskFlow::init()
{
    m_clock.advance(60 * 1000); // every test starts well past the previous one's debounce window
    m_window = std::make_unique<KioskWindow>(m_store->store(), *m_where, *m_service, m_clock, fastTiming());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->page(), Page::Idle);
}

void TestKioskFlow::cleanup()
{
    m_window.reset();
}

qint64 TestKioskFlow::punchEvents()
{
    QSqlQuery q(m_store->store().connection());
    if (!q.exec(QStringLiteral("select count(*) from events where kind like 'punch%'")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

PunchState TestKioskFlow::stateOf(const QString &workerCode)
{
    auto card = m_service->card(workerCode);
    return card ? card->state : PunchState{};
}

void TestKioskFlow::tapBadge(const QString &badge)
{
    // A wedge reader types into whatever has the focus; the idle screen's PIN button has it.
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClicks(target, badge);
    QTest::keyClick(target, Qt::Key_Return);
}

std::unique_ptr<ScannerKeyInput> TestKioskFlow::attachScanner()
{
    auto scanner = std::make_unique<ScannerKeyInput>();
    connect(scanner.get(), &ScannerKeyInput::scanned, m_window.get(), &KioskWindow::scanRead);
    connect(scanner.get(), &ScannerKeyInput::scanRejected, m_window.get(), &KioskWindow::scanRejected);
    return scanner;
}

void TestKioskFlow::scan(const QString &text)
{
    QTest::qWait(150);
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    test::sendScannerBurst(target, text);
}

Worker TestKioskFlow::offWorker(int skip)
{
    auto workers = db::WorkerRepository(m_store->store()).all();
    if (!workers)
        return {};
    for (const Worker &w : *workers) {
        if (!w.active || w.badgeId.isEmpty() || w.homeSiteCode != m_where->site.code)
            continue;
        if (stateOf(w.code).phase != PunchState::Phase::Off)
            continue;
        if (skip-- > 0)
            continue;
        return w;
    }
    return {};
}

void TestKioskFlow::tapSwitchPickConfirmIdle()
{
    // Default timings here: the confirmation must stay at least two seconds.
    m_window = std::make_unique<KioskWindow>(m_store->store(), *m_where, *m_service, m_clock);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    const Worker worker = offWorker();
    QVERIFY(!worker.code.isEmpty());
    // Clock in first (through the kiosk): tap -> card -> clock in -> chooser -> first tile.
    const qint64 before = punchEvents();
    tapBadge(worker.badgeId);
    QCOMPARE(m_window->page(), Page::Card);
    QCOMPARE(punchEvents(), before); // a tap alone never punches
    KioskButton *clockIn = m_window->cardScreen()->buttonFor(PunchAction::StartActivity);
    QVERIFY(clockIn);
    QCOMPARE(m_window->cardScreen()->offerButtons().size(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the clock-in button has the focus
    QTRY_COMPARE(m_window->page(), Page::Chooser);
    QVERIFY(!m_window->chooser()->tiles().isEmpty());
    const QString first = m_window->chooser()->tiles().first()->property("code").toString();
    QTest::mouseClick(m_window->chooser()->tiles().first(), Qt::LeftButton);
    QCOMPARE(m_window->page(), Page::Message);
    QCOMPARE(m_window->messageScreen()->kind(), MessageScreen::Kind::Confirmation);
    QCOMPARE(punchEvents(), before + 1);
    QCOMPARE(stateOf(worker.code).phase, PunchState::Phase::Working);
    QCOMPARE(stateOf(worker.code).activityCode, first);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Idle, 5000);

    // Later: tap -> card (working: switch / break / clock out) -> switch -> chooser -> pick another.
    m_clock.advance(45 * 60 * 1000);
    tapBadge(worker.badgeId);
    QCOMPARE(m_window->page(), Page::Card);
    QVERIFY(m_window->cardScreen()->card().state.phase == PunchState::Phase::Working);
    KioskButton *switchButton = m_window->cardScreen()->buttonFor(PunchAction::StartActivity);
    QVERIFY(switchButton);
    QTest::mouseClick(switchButton, Qt::LeftButton);
    QCOMPARE(m_window->page(), Page::Chooser);
    // Search by code for an activity other than the current one, then pick it with the keyboard.
    QString other;
    for (KioskButton *tile : m_window->chooser()->tiles())
        if (tile->property("code").toString() != first) {
            other = tile->property("code").toString();
            break;
        }
    QVERIFY(!other.isEmpty());
    QLineEdit *search = m_window->chooser()->searchBox();
    search->setFocus();
    QTest::keyClicks(search, other);
    QTRY_VERIFY(!m_window->chooser()->tiles().isEmpty());
    QCOMPARE(m_window->chooser()->tiles().first()->property("code").toString(), other);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), m_window->chooser()->tiles().first());
    QElapsedTimer shown;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_window->page(), Page::Message);
    shown.start();
    QCOMPARE(m_window->messageScreen()->kind(), MessageScreen::Kind::Confirmation);
    QVERIFY2(m_window->messageScreen()->title().contains(QLatin1String("19:")) ||
                 m_window->messageScreen()->title().contains(QLatin1Char(':')),
             qPrintable(m_window->messageScreen()->title()));
    QCOMPARE(punchEvents(), before + 2);
    QCOMPARE(stateOf(worker.code).activityCode, other);
    // The event is in the store as a switch by this kiosk.
    QSqlQuery q(m_store->store().connection());
    QVERIFY(q.exec(QStringLiteral("select kind, device_id from events order by rowid desc limit 1")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(QLatin1String("switch")), qPrintable(q.value(0).toString()));
    QCOMPARE(q.value(1).toString(), m_where->device.id);
    // The window derives the interval once the confirmation is up (read straight from the table).
    QTRY_COMPARE(test::rowCount(m_store->store(), QStringLiteral("punch_intervals"),
                                QStringLiteral("WHERE worker = '%1' AND status = 'open' AND activity = '%2'")
                                    .arg(worker.code, other)),
                 qint64(1));
    // Shown at least 2 s, then back to idle by itself.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Idle, 5000);
    QVERIFY2(shown.elapsed() >= 1900, qPrintable(QString::number(shown.elapsed())));
}

void TestKioskFlow::unknownBadge()
{
    const qint64 before = punchEvents();
    tapBadge(QStringLiteral("0000000007")); // a well-formed badge id nobody has
    QCOMPARE(m_window->page(), Page::Message);
    QCOMPARE(m_window->messageScreen()->kind(), MessageScreen::Kind::Error);
    QVERIFY(!m_window->messageScreen()->title().isEmpty());
    QCOMPARE(punchEvents(), before);
    // The service left a notice for the administrator.
    QSqlQuery q(m_store->store().connection());
    QVERIFY(q.exec(QStringLiteral("select count(*) from events where kind like 'admin%'")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toLongLong() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Idle, 3000);
    // The kiosk keeps working: a real badge opens a card.
    tapBadge(offWorker().badgeId);
    QCOMPARE(m_window->page(), Page::Card);
}

void TestKioskFlow::unreadableBadge()
{
    // A reader burst whose number does not fit 32 bits: the wedge detector rejects it, the kiosk
    // says so and records nothing.
    const qint64 before = punchEvents();
    tapBadge(QStringLiteral("99999999999"));
    QCOMPARE(m_window->page(), Page::Message);
    QCOMPARE(m_window->messageScreen()->kind(), MessageScreen::Kind::Error);
    QCOMPARE(punchEvents(), before);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Idle, 6000);
}

void TestKioskFlow::debounceSameBadge()
{
    const Worker worker = offWorker();
    QVERIFY(!worker.code.isEmpty());
    auto clockIn = m_service->punch(worker.code, PunchAction::StartActivity,
                                    m_service->activityOptions(worker.code)->front().activity.code);
    QVERIFY(clockIn && clockIn->event);
    const qint64 before = punchEvents();

    tapBadge(worker.badgeId);
    QCOMPARE(m_window->page(), Page::Card);
    QTest::mouseClick(m_window->cardScreen()->buttonFor(PunchAction::Break), Qt::LeftButton);
    QCOMPARE(m_window->page(), Page::Message);
    QCOMPARE(punchEvents(), before + 1);
    QCOMPARE(stateOf(worker.code).phase, PunchState::Phase::OnBreak);

    // The same badge again 1 s later (the worker still holding it to the reader): a note, no card.
    m_clock.advance(1000);
    tapBadge(worker.badgeId);
    QVERIFY(!m_window->noteText().isEmpty());
    QVERIFY(m_window->page() != Page::Card);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Idle, 3000);
    m_clock.advance(1000);
    tapBadge(worker.badgeId);
    QCOMPARE(m_window->page(), Page::Idle);
    QCOMPARE(punchEvents(), before + 1); // punched once

    // After the window the badge counts again.
    m_clock.advance(3000);
    tapBadge(worker.badgeId);
    QCOMPARE(m_window->page(), Page::Card);
    QCOMPARE(m_window->cardScreen()->card().state.phase, PunchState::Phase::OnBreak);
    QVERIFY(m_window->cardScreen()->buttonFor(PunchAction::StartActivity)); // back to work
    QVERIFY(m_window->cardScreen()->buttonFor(PunchAction::ClockOut));
    QVERIFY(!m_window->cardScreen()->buttonFor(PunchAction::Break));
}

void TestKioskFlow::pinFallback()
{
    const Worker worker = offWorker(1);
    QVERIFY(!worker.code.isEmpty());
    QTest::mouseClick(m_window->idleScreen()->pinButton(), Qt::LeftButton);
    QCOMPARE(m_window->page(), Page::Pin);
    PinScreen *pin = m_window->pinScreen();
    QCOMPARE(QApplication::focusWidget(), pin->codeField());
    QTest::keyClicks(pin->codeField(), worker.code);
    QTest::keyClick(pin->codeField(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), pin->pinField());
    // The PIN on the on-screen keypad (the demo's PIN: the last four digits of the code).
    for (const QChar digit : worker.code.right(4))
        QTest::mouseClick(pin->keyFor(digit), Qt::LeftButton);
    QCOMPARE(pin->pinField()->text(), worker.code.right(4));
    QTest::mouseClick(pin->okButton(), Qt::LeftButton);
    QCOMPARE(m_window->page(), Page::Card);
    QCOMPARE(m_window->cardScreen()->card().worker.code, worker.code);
    QVERIFY(pin->pinField()->text().isEmpty()); // not kept

    // Digits only on the keypad for the code (W00012 typed as 12) also finds the worker.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(m_window->page(), Page::Idle);
    QTest::mouseClick(m_window->idleScreen()->pinButton(), Qt::LeftButton);
    QString digits;
    for (const QChar c : worker.code)
        if (c.isDigit())
            digits.append(c);
    for (const QChar digit : QString::number(digits.toInt()))
        QTest::mouseClick(pin->keyFor(digit), Qt::LeftButton);
    pin->pinField()->setFocus();
    QTest::keyClicks(pin->pinField(), worker.code.right(4));
    QTest::keyClick(pin->pinField(), Qt::Key_Return);
    QCOMPARE(m_window->page(), Page::Card);
    QCOMPARE(m_window->cardScreen()->card().worker.code, worker.code);
}

void TestKioskFlow::pinWrong()
{
    const Worker worker = offWorker();
    const qint64 before = punchEvents();
    QTest::mouseClick(m_window->idleScreen()->pinButton(), Qt::LeftButton);
    PinScreen *pin = m_window->pinScreen();
    QTest::keyClicks(pin->codeField(), worker.code);
    pin->pinField()->setFocus();
    QTest::keyClicks(pin->pinField(), QStringLiteral("987654"));
    QTest::keyClick(pin->pinField(), Qt::Key_Return);
    QCOMPARE(m_window->page(), Page::Message);
    QCOMPARE(m_window->messageScreen()->kind(), MessageScreen::Kind::Error);
    QCOMPARE(punchEvents(), before);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Idle, 3000);
}

void TestKioskFlow::clockOutNeverSilent()
{
    const Worker worker = offWorker();
    auto clockIn = m_service->punch(worker.code, PunchAction::StartActivity,
                                    m_service->activityOptions(worker.code)->front().activity.code);
    QVERIFY(clockIn && clockIn->event);
    m_clock.advance(3 * 3600 * 1000);
    const qint64 before = punchEvents();
    tapBadge(worker.badgeId);
    QCOMPARE(m_window->page(), Page::Card);
    // The tap offers switch, break and clock out, and records nothing by itself.
    WorkerCardScreen *card = m_window->cardScreen();
    QCOMPARE(card->offerButtons().size(), 3);
    QVERIFY(card->buttonFor(PunchAction::StartActivity));
    QVERIFY(card->buttonFor(PunchAction::Break));
    QVERIFY(card->buttonFor(PunchAction::ClockOut));
    QCOMPARE(punchEvents(), before);
    QCOMPARE(stateOf(worker.code).phase, PunchState::Phase::Working);
    // Escape leaves without punching.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(m_window->page(), Page::Idle);
    QCOMPARE(punchEvents(), before);
    // Clock out only when asked: move to the button with the arrow keys and press Enter.
    m_clock.advance(5000);
    tapBadge(worker.badgeId);
    QCOMPARE(QApplication::focusWidget(), card->offerButtons().at(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget(), card->buttonFor(PunchAction::ClockOut));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_window->page(), Page::Message);
    QCOMPARE(m_window->messageScreen()->kind(), MessageScreen::Kind::Confirmation);
    QCOMPARE(punchEvents(), before + 1);
    QCOMPARE(stateOf(worker.code).phase, PunchState::Phase::Off);
}

void TestKioskFlow::alreadyOnActivityIsANote()
{
    const Worker worker = offWorker();
    const QString code = m_service->activityOptions(worker.code)->front().activity.code;
    auto clockIn = m_service->punch(worker.code, PunchAction::StartActivity, code);
    QVERIFY(clockIn && clockIn->event);
    const qint64 before = punchEvents();
    tapBadge(worker.badgeId);
    QTest::mouseClick(m_window->cardScreen()->buttonFor(PunchAction::StartActivity), Qt::LeftButton);
    QCOMPARE(m_window->page(), Page::Chooser);
    KioskButton *same = nullptr;
    for (KioskButton *tile : m_window->chooser()->tiles())
        if (tile->property("code").toString() == code)
            same = tile;
    if (!same) {
        m_window->chooser()->setSearch(code);
        QVERIFY(!m_window->chooser()->tiles().isEmpty());
        same = m_window->chooser()->tiles().first();
    }
    QTest::mouseClick(same, Qt::LeftButton);
    QCOMPARE(m_window->page(), Page::Message);
    QCOMPARE(m_window->messageScreen()->kind(), MessageScreen::Kind::Note);
    QCOMPARE(punchEvents(), before);
}

void TestKioskFlow::chooserSearchAndBrowse()
{
    const Worker worker = offWorker();
    tapBadge(worker.badgeId);
    QTest::mouseClick(m_window->cardScreen()->buttonFor(PunchAction::StartActivity), Qt::LeftButton);
    ActivityChooser *chooser = m_window->chooser();
    auto options = m_service->activityOptions(worker.code);
    QVERIFY(options && !options->empty());
    // Break-kind activities are never offered.
    for (const auto &option : *options)
        QVERIFY(option.activity.kind != ActivityKind::Break);
    // Search by Japanese name, English name and code.
    const Activity &a = options->back().activity;
    for (const QString &query : {a.nameJa, a.nameEn.toLower(), a.code.toLower()}) {
        chooser->setSearch(query);
        bool found = false;
        for (KioskButton *tile : chooser->tiles())
            found = found || tile->property("code").toString() == a.code;
        QVERIFY2(found, qPrintable(query));
    }
    chooser->setSearch(QStringLiteral("zzzz-no-such"));
    QVERIFY(chooser->tiles().isEmpty());
    // Browse a block: only its activities.
    chooser->setSearch(QString());
    chooser->showCategory(options->back().blockCode);
    QVERIFY(!chooser->tiles().isEmpty());
    // WH_KIOSK_GRAB_DIR=folder keeps pictures of the browse and search views for a person to look at.
    const QString grabDir = qEnvironmentVariable("WH_KIOSK_GRAB_DIR");
    if (!grabDir.isEmpty()) {
        QTest::qWait(100); // let the layouts settle
        QVERIFY(m_window->grab().save(grabDir + QStringLiteral("/chooser-block.png")));
        chooser->setSearch(QStringLiteral("pick"));
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(grabDir + QStringLiteral("/chooser-search.png")));
        chooser->setSearch(QString());
        chooser->showCategory(options->back().blockCode);
    }
    for (KioskButton *tile : chooser->tiles()) {
        const QString code = tile->property("code").toString();
        const auto it = std::find_if(options->begin(), options->end(),
                                     [&](const auto &o) { return o.activity.code == code; });
        QVERIFY(it != options->end());
        QCOMPARE(it->blockCode, options->back().blockCode);
    }
    // Escape goes back to the card.
    QTest::keyClick(chooser->tiles().first(), Qt::Key_Escape);
    QCOMPARE(m_window->page(), Page::Card);
}

void TestKioskFlow::inactivityReturnsToIdle()
{
    tapBadge(offWorker().badgeId);
    QCOMPARE(m_window->page(), Page::Card);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Idle, 3000);
}

void TestKioskFlow::wedgeIgnoresShortInput()
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClicks(target, QStringLiteral("1234"));
    QTest::keyClick(target, Qt::Key_Return);
    QCOMPARE(m_window->page(), Page::Idle);
}

void TestKioskFlow::scanBadgeBarcodeOpensCard()
{
    auto scanner = attachScanner();
    const Worker worker = offWorker();
    QVERIFY(!worker.code.isEmpty());
    const qint64 before = punchEvents();
    // Code 128 on the ID card, AIM identifier on, the number printed without its leading zeros:
    // the kiosk's badge number format makes the badge id of it.
    QString printed = worker.badgeId;
    while (printed.size() > 1 && printed.startsWith(QLatin1Char('0')))
        printed.remove(0, 1);
    scan(QStringLiteral("]C0") + printed);
    QCOMPARE(m_window->page(), Page::Card);
    QCOMPARE(m_window->cardScreen()->card().worker.code, worker.code);
    QCOMPARE(punchEvents(), before); // a tap alone never punches
    QVERIFY(!scanner->isHolding());
}

void TestKioskFlow::scanReaderBurstAsBefore()
{
    // The RFID reader's digits and Enter reach the scanner first; the kiosk answers as the reader's.
    auto scanner = attachScanner();
    const Worker worker = offWorker();
    scan(worker.badgeId);
    QCOMPARE(m_window->page(), Page::Card);
    QCOMPARE(m_window->cardScreen()->card().worker.code, worker.code);
    m_window->returnToIdle();
    scan(QStringLiteral("0000000007")); // well-formed, nobody's
    QCOMPARE(m_window->page(), Page::Message);
    QCOMPARE(m_window->messageScreen()->title(), KioskWindow::tr("Unknown badge"));
    m_window->returnToIdle();
    scan(QStringLiteral("99999999999")); // more than 32 bits
    QCOMPARE(m_window->page(), Page::Message);
    QCOMPARE(m_window->messageScreen()->title(), KioskWindow::tr("The badge could not be read"));
}

void TestKioskFlow::scanUnknownCodeIsNotABadge()
{
    auto scanner = attachScanner();
    const qint64 before = punchEvents();
    for (const QString &code : {QStringLiteral("]C0PIC-SGL-PICK"), QStringLiteral("LOT-2026-11")}) {
        m_window->returnToIdle();
        scan(code);
        QCOMPARE(m_window->page(), Page::Message);
        QCOMPARE(m_window->messageScreen()->kind(), MessageScreen::Kind::Error);
        QCOMPARE(m_window->messageScreen()->title(), KioskWindow::tr("This code is not a badge"));
        QVERIFY2(m_window->messageScreen()->detail().contains(code),
                 qPrintable(m_window->messageScreen()->detail()));
    }
    // WH_KIOSK_GRAB_DIR=folder keeps a picture of the message.
    if (const QString grabDir = qEnvironmentVariable("WH_KIOSK_GRAB_DIR"); !grabDir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(grabDir + QStringLiteral("/scan-not-a-badge.png")));
    }
    // On the card too: the worker's card is left for the message, nothing is punched.
    m_window->returnToIdle();
    scan(offWorker().badgeId);
    QCOMPARE(m_window->page(), Page::Card);
    scan(QStringLiteral("]E04901234567894"));
    QCOMPARE(m_window->page(), Page::Message);
    QVERIFY(m_window->messageScreen()->detail().contains(QLatin1String("4901234567894")));
    QCOMPARE(punchEvents(), before);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Idle, 3000);
}

void TestKioskFlow::scanActivityOnChooser()
{
    auto scanner = attachScanner();
    const Worker worker = offWorker();
    scan(worker.badgeId);
    QCOMPARE(m_window->page(), Page::Card);
    QTest::mouseClick(m_window->cardScreen()->buttonFor(PunchAction::StartActivity), Qt::LeftButton);
    QCOMPARE(m_window->page(), Page::Chooser);
    ActivityChooser *chooser = m_window->chooser();
    const qint64 before = punchEvents();

    // A code that is not one of the worker's activities: the search shows it, whole; nothing punched.
    QLineEdit *search = chooser->searchBox();
    search->setFocus();
    scan(QStringLiteral("NOPE-12345"));
    QCOMPARE(m_window->page(), Page::Chooser);
    QCOMPARE(search->text(), QStringLiteral("NOPE-12345"));
    QVERIFY(chooser->tiles().isEmpty());
    QCOMPARE(punchEvents(), before);
    if (const QString grabDir = qEnvironmentVariable("WH_KIOSK_GRAB_DIR"); !grabDir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(grabDir + QStringLiteral("/scan-chooser-unknown.png")));
    }

    // An offered activity's code (scanned into the search box that has the focus): picked.
    auto options = m_service->activityOptions(worker.code);
    QVERIFY(options && !options->empty());
    const QString code = options->back().activity.code;
    search->clear();
    search->setFocus();
    scan(QStringLiteral("]C0") + code);
    QCOMPARE(m_window->page(), Page::Message);
    QCOMPARE(m_window->messageScreen()->kind(), MessageScreen::Kind::Confirmation);
    QCOMPARE(punchEvents(), before + 1);
    QCOMPARE(stateOf(worker.code).phase, PunchState::Phase::Working);
    QCOMPARE(stateOf(worker.code).activityCode, code);
    QVERIFY(search->text().isEmpty()); // no half code left behind
}

void TestKioskFlow::personTypesPinWithScanner()
{
    // A person's keys pass the scanner (after its short wait), in order, into the PIN screen's fields.
    auto scanner = attachScanner();
    const Worker worker = offWorker(2);
    QTest::mouseClick(m_window->idleScreen()->pinButton(), Qt::LeftButton);
    QCOMPARE(m_window->page(), Page::Pin);
    PinScreen *pin = m_window->pinScreen();
    QTest::keyClicks(pin->codeField(), worker.code, Qt::NoModifier, 90);
    QTRY_COMPARE(pin->codeField()->text(), worker.code);
    QTest::keyClick(pin->codeField(), Qt::Key_Return, Qt::NoModifier, 90);
    QTRY_COMPARE(QApplication::focusWidget(), pin->pinField());
    QTest::keyClicks(pin->pinField(), worker.code.right(4), Qt::NoModifier, 90);
    QTRY_COMPARE(pin->pinField()->text(), worker.code.right(4));
    QTest::keyClick(pin->pinField(), Qt::Key_Return, Qt::NoModifier, 90);
    QTRY_COMPARE(m_window->page(), Page::Card);
    QCOMPARE(m_window->cardScreen()->card().worker.code, worker.code);
}

QTEST_MAIN(TestKioskFlow)
#include "tst_kioskflow.moc"
