#include "KioskWindow.h"

#include "ActivityChooser.h"
#include "BadgeKeyInput.h"
#include "ErrorText.h"
#include "IdleScreen.h"
#include "KioskButton.h"
#include "KioskText.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "MessageScreen.h"
#include "PinScreen.h"
#include "SiteText.h"
#include "WorkerCardScreen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wh {

namespace {
constexpr qint64 kConfirmationMinimumMs = 2000;

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (!c.isDigit())
            return false;
    return true;
}
} // namespace

KioskWindow::KioskWindow(db::Store &store, reports::DeviceSite where, db::PunchService &service,
                         const Clock &clock, Timing timing, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_where(std::move(where))
    , m_service(service)
    , m_clock(clock)
    , m_timing(timing)
    , m_stack(new QStackedWidget(this))
    , m_idle(new IdleScreen(store, m_where, clock, m_stack))
    , m_card(new WorkerCardScreen(m_where.site.timeZone(), m_stack))
    , m_chooser(new ActivityChooser(m_stack))
    , m_message(new MessageScreen(m_stack))
    , m_pin(new PinScreen(m_stack))
    , m_toast(new QLabel(this))
    , m_wedge(new BadgeKeyInput(m_clock, this))
{
    setWindowTitle(m_idle->windowTitle());
    setStyleSheet(KioskText::styleSheet());
    for (QWidget *page :
         {static_cast<QWidget *>(m_idle), static_cast<QWidget *>(m_card), static_cast<QWidget *>(m_chooser),
          static_cast<QWidget *>(m_message), static_cast<QWidget *>(m_pin)})
        m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_toast->setObjectName(QStringLiteral("toast"));
    m_toast->setAlignment(Qt::AlignCenter);
    m_toast->hide();

    m_inactivity.setSingleShot(true);
    m_messageTimer.setSingleShot(true);
    m_toastTimer.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this, [this] {
        if (m_autoReturn)
            returnToIdle();
    });
    connect(&m_messageTimer, &QTimer::timeout, this, [this] {
        if (!m_autoReturn)
            return;
        const QString pending = std::exchange(m_pendingBadge, QString());
        returnToIdle();
        if (!pending.isEmpty())
            badgeRead(pending);
    });
    connect(&m_toastTimer, &QTimer::timeout, m_toast, &QLabel::hide);

    connect(m_wedge, &BadgeKeyInput::badgeRead, this, &KioskWindow::badgeRead);
    connect(m_wedge, &BadgeKeyInput::badgeRejected, this, [this](const Error &error) {
        logging::get("app")->warn("kiosk: unreadable badge: {}", error.toString().toStdString());
        showMessage(static_cast<int>(MessageScreen::Kind::Error), tr("The badge could not be read"),
                    tr("Please tap it again. Nothing was recorded."), QString(), m_timing.errorMs);
    });
    connect(m_idle, &IdleScreen::pinRequested, this, &KioskWindow::openPinScreen);
    connect(m_card, &WorkerCardScreen::actionChosen, this, &KioskWindow::onAction);
    connect(m_card, &WorkerCardScreen::cancelled, this, &KioskWindow::returnToIdle);
    connect(m_chooser, &ActivityChooser::cancelled, this, [this] { showCard(m_worker); });
    connect(m_chooser, &ActivityChooser::activityChosen, this,
            [this](const QString &code) { punch(PunchAction::StartActivity, code); });
    connect(m_pin, &PinScreen::submitted, this, &KioskWindow::signInWithPin);
    connect(m_pin, &PinScreen::cancelled, this, &KioskWindow::returnToIdle);

    // Key presses and touches anywhere in the window: the badge reader's keys on the idle screen, and
    // "someone is still here" for the inactivity timeout.
    qApp->installEventFilter(this);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

KioskWindow::Page KioskWindow::page() const
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_card)
        return Page::Card;
    if (current == m_chooser)
        return Page::Chooser;
    if (current == m_message)
        return Page::Message;
    if (current == m_pin)
        return Page::Pin;
    return Page::Idle;
}

QString KioskWindow::noteText() const
{
    return m_toast->isVisible() ? m_toast->text() : QString();
}

void KioskWindow::showPage(QWidget *page, QWidget *focus)
{
    m_stack->setCurrentWidget(page);
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
    m_messageTimer.stop();
    if (page == m_card || page == m_chooser || page == m_pin)
        m_inactivity.start(m_timing.inactivityMs);
    else
        m_inactivity.stop();
    m_wedge->clear();
    if (page == m_idle) {
        m_idle->refreshStatus();
    }
    emit pageChanged(this->page());
}

void KioskWindow::openPinScreen()
{
    m_pin->reset();
    showPage(m_pin, m_pin->codeField());
}

void KioskWindow::returnToIdle()
{
    m_worker = {};
    m_pin->reset();
    showPage(m_idle, m_idle->pinButton());
}

void KioskWindow::badgeRead(const QString &badgeId)
{
    const QString badge = badgeId.trimmed();
    if (badge.isEmpty())
        return;
    if (!m_debouncer.accept(badge, m_clock.nowMs())) {
        showToast(tr("Badge already read. One tap is enough."));
        return;
    }
    // The confirmation of the previous worker stays its minimum time; this tap is handled after it.
    if (page() == Page::Message && m_message->kind() == MessageScreen::Kind::Confirmation && m_autoReturn &&
        m_clock.nowMs() - m_messageShownMs < kConfirmationMinimumMs && m_messageTimer.isActive()) {
        m_pendingBadge = badge;
        return;
    }
    auto card = m_service.cardForBadge(badge);
    if (!card) {
        showError(card.error(), Stage::Card);
        return;
    }
    showCard(*card);
}

void KioskWindow::scanRead(const drivers::ScannedCode &code)
{
    logging::get("kiosk")->info("kiosk: scanned {} {}", code.symbology.toStdString(),
                                drivers::visibleControls(code.text).toStdString());
    if (m_inactivity.isActive())
        m_inactivity.start(m_timing.inactivityMs);
    if (page() == Page::Chooser) {
        m_chooser->chooseScanned(code.text.trimmed());
        return;
    }
    // A worker's badge id, printed as a barcode on the ID card: the same path as a tap.
    if (auto badge = m_wedge->options().format.decodeText(code.text); badge) {
        if (auto known = m_service.knowsBadge(*badge); known && *known) {
            badgeRead(*badge);
            return;
        }
    }
    // The badge reader types digits and Enter as fast as a scanner: without an AIM identifier such
    // a burst is the reader's, with the reader's answers (unknown badge, unreadable badge).
    if (code.symbology.isEmpty() && m_wedge->readBurst(code.raw))
        return;
    showMessage(static_cast<int>(MessageScreen::Kind::Error), tr("This code is not a badge"),
                //: %1 is the scanned code
                tr("Scanned: %1\nTap your badge or scan the badge barcode on your ID card. Nothing was "
                   "recorded.")
                    .arg(drivers::visibleControls(code.withSymbology())),
                QString(), m_timing.errorMs);
}

void KioskWindow::scanRejected(const QString &raw, const Error &error)
{
    logging::get("kiosk")->warn("kiosk: unreadable scan: {}", error.toString().toStdString());
    if (page() == Page::Chooser) {
        showToast(tr("The code could not be read: %1").arg(raw));
        return;
    }
    showMessage(static_cast<int>(MessageScreen::Kind::Error), tr("The code could not be read"),
                tr("Scanned: %1\nPlease scan it again. Nothing was recorded.").arg(raw), QString(),
                m_timing.errorMs);
}

bool KioskWindow::showCardForBadge(const QString &badgeId)
{
    auto card = m_service.cardForBadge(badgeId.trimmed());
    if (!card) {
        showError(card.error(), Stage::Card);
        return false;
    }
    showCard(*card);
    return true;
}

void KioskWindow::showCard(const db::WorkerCard &card)
{
    m_worker = card;
    m_card->setCard(card, m_clock.nowMs());
    const auto offers = m_card->offerButtons();
    showPage(m_card, offers.isEmpty() ? nullptr : offers.first());
}

void KioskWindow::onAction(PunchAction action)
{
    switch (action) {
    case PunchAction::StartActivity: openChooser(); break;
    case PunchAction::Break: punch(PunchAction::Break, QString()); break;
    case PunchAction::ClockOut: punch(PunchAction::ClockOut, QString()); break;
    }
}

void KioskWindow::openChooser()
{
    auto options = m_service.activityOptions(m_worker.worker.code);
    if (!options) {
        showError(options.error(), Stage::Card);
        return;
    }
    db::ActivityRepository tree(m_store);
    auto blocks = tree.blocks();
    auto sections = tree.sections();
    if (!blocks || !sections) {
        showError(!blocks ? blocks.error() : sections.error(), Stage::Card);
        return;
    }
    m_chooser->setTree(std::move(*blocks), std::move(*sections));
    const QString current =
        m_worker.state.phase == PunchState::Phase::Working ? m_worker.state.activityCode : QString();
    m_chooser->setOptions(m_worker.worker.name, std::move(*options), current);
    showPage(m_chooser, nullptr);
    m_chooser->focusFirst();
}

void KioskWindow::punch(PunchAction action, const QString &activityCode)
{
    const QString workerCode = m_worker.worker.code;
    if (workerCode.isEmpty())
        return;
    auto outcome = m_service.punch(workerCode, action, activityCode);
    if (!outcome) {
        showError(outcome.error(), Stage::Punch);
        return;
    }
    if (!outcome->event) {
        // Nothing had to be recorded (already on that activity): a short note, no confirmation.
        const QString title = action == PunchAction::StartActivity && !activityCode.isEmpty()
                                  ? tr("You are already on %1").arg(activityName(activityCode))
                                  : tr("Nothing to record");
        showMessage(static_cast<int>(MessageScreen::Kind::Note), title, tr("Nothing was changed."),
                    m_worker.worker.name, m_timing.noteMs);
        return;
    }
    showConfirmation(*outcome);
    // Derive the intervals once the confirmation is painted (the punch is already durable; a
    // failure here is caught up by the next read or the next start).
    QTimer::singleShot(0, this, [this] {
        if (auto settled = m_service.settle(); !settled)
            logging::get("kiosk")->warn("punch intervals not derived yet: {}",
                                        settled.error().toString().toStdString());
    });
    emit punched(*outcome);
}

void KioskWindow::showConfirmation(const db::PunchOutcome &outcome)
{
    const Event &event = *outcome.event;
    const QString at = SiteText::siteTime(event.occurredAtMs, m_where.site.timeZone(), m_clock.nowMs());
    const QString activity = activityName(outcome.after.activityCode);
    QString title;
    QString detail;
    switch (event.kind) {
    case EventKind::PunchClockIn:
        //: %1 is the activity, %2 the time, e.g. "Clocked in: Picking at 19:30"
        title = tr("Clocked in: %1 at %2").arg(activity, at);
        break;
    case EventKind::PunchSwitch:
        if (outcome.before.phase == PunchState::Phase::OnBreak)
            title = tr("Back to work: %1 at %2").arg(activity, at);
        else
            title = tr("Switched to %1 at %2").arg(activity, at);
        break;
    case EventKind::PunchBreak:
        //: %1 is the break activity, %2 the time
        title = tr("Break started: %1 at %2").arg(activity, at);
        break;
    case EventKind::PunchClockOut: {
        title = tr("Clocked out at %1").arg(at);
        auto after = m_service.card(m_worker.worker.code);
        if (after)
            detail = tr("Worked today: %1").arg(SiteText::hoursMinutes(after->workedSecondsToday));
        break;
    }
    default: title = tr("Recorded at %1").arg(at); break;
    }
    if (outcome.closedForgotten) {
        const QString forgotten = tr("Your previous shift was left open and has been closed as forgotten. A "
                                     "leader will check it.");
        detail = detail.isEmpty() ? forgotten : detail + QLatin1Char('\n') + forgotten;
    }
    showMessage(static_cast<int>(MessageScreen::Kind::Confirmation), title, detail, m_worker.worker.name,
                m_timing.confirmationMs);
}

void KioskWindow::showSampleConfirmation()
{
    // A picture of the confirmation screen without punching: what a clock-in on the worker's first
    // option would show.
    QString activity;
    auto options = m_service.activityOptions(m_worker.worker.code);
    if (options && !options->empty())
        activity = KioskText::activityName(options->front().activity);
    const QString at = SiteText::siteTime(m_clock.nowMs(), m_where.site.timeZone(), m_clock.nowMs());
    showMessage(static_cast<int>(MessageScreen::Kind::Confirmation),
                tr("Clocked in: %1 at %2").arg(activity, at), QString(), m_worker.worker.name,
                m_timing.confirmationMs);
}

void KioskWindow::showError(const Error &error, Stage stage)
{
    logging::get("app")->warn("kiosk: {}", error.toString().toStdString());
    QString title;
    QString detail;
    switch (error.code()) {
    case ErrorCode::NotFound:
        if (stage == Stage::Pin) {
            title = tr("Worker code or PIN is wrong");
            detail = tr("Please try again, or ask your leader. Nothing was recorded.");
        } else if (stage == Stage::Card) {
            title = tr("Unknown badge");
            detail = tr("This badge is not registered. Please ask your leader. Nothing was recorded.");
        } else {
            title = tr("The punch was not recorded");
            detail = tr("Something it needs was not found: %1. Please ask your leader.").arg(error.context());
        }
        break;
    case ErrorCode::Conflict:
        if (error.message().contains(QLatin1String("disabled"))) {
            title = tr("This worker cannot punch");
            detail = tr("Your worker record is disabled. Please ask your leader. Nothing was recorded.");
        } else {
            title = tr("The punch was refused");
            detail = tr("The kiosk's clock is behind your last punch. Please ask your leader. Nothing was "
                        "recorded.");
        }
        break;
    case ErrorCode::InvalidArgument:
        title = tr("Activity not available here");
        detail =
            tr("This activity is not offered at this site. Please choose another one. Nothing was recorded.");
        break;
    case ErrorCode::Database:
    case ErrorCode::ReadOnly:
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
        title = tr("The kiosk is busy");
        detail =
            tr("The punch could not be saved just now. Please tap again in a moment. Nothing was recorded.");
        break;
    default:
        title = tr("Something went wrong");
        detail = ErrorText::describe(error);
        break;
    }
    showMessage(static_cast<int>(MessageScreen::Kind::Error), title, detail, m_worker.worker.name,
                m_timing.errorMs);
}

void KioskWindow::showMessage(int kind, const QString &title, const QString &detail, const QString &worker,
                              int ms)
{
    m_message->show(static_cast<MessageScreen::Kind>(kind), title, detail, worker);
    m_pendingBadge.clear();
    showPage(m_message, m_message);
    m_messageShownMs = m_clock.nowMs();
    if (m_autoReturn)
        m_messageTimer.start(ms);
}

void KioskWindow::showToast(const QString &text)
{
    m_toast->setText(text);
    m_toast->adjustSize();
    m_toast->move((width() - m_toast->width()) / 2, height() - m_toast->height() - 40);
    m_toast->show();
    m_toast->raise();
    m_toastTimer.start(m_timing.toastMs);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_toast->isVisible())
        m_toast->move((width() - m_toast->width()) / 2, height() - m_toast->height() - 40);
}

void KioskWindow::signInWithPin(const QString &workerCode, const QString &pin)
{
    // The PIN is passed on once and never logged.
    auto card = m_service.cardForPin(workerCode, pin);
    if (!card && card.error().code() == ErrorCode::NotFound) {
        // Codes such as "W00123" typed as digits only on the keypad ("123" or "00123").
        const QString resolved = resolveWorkerCode(workerCode);
        if (!resolved.isEmpty() && resolved != workerCode)
            card = m_service.cardForPin(resolved, pin);
    }
    if (!card) {
        showError(card.error(), Stage::Pin);
        return;
    }
    m_pin->reset();
    showCard(*card);
}

QString KioskWindow::resolveWorkerCode(const QString &typed)
{
    if (!isDigits(typed))
        return typed.toUpper();
    bool ok = false;
    const qlonglong number = typed.toLongLong(&ok);
    if (!ok)
        return {};
    auto workers = db::WorkerRepository(m_store).all();
    if (!workers)
        return {};
    QString found;
    for (const Worker &worker : *workers) {
        QString digits;
        for (const QChar c : worker.code)
            if (c.isDigit())
                digits.append(c);
        if (digits.isEmpty() || digits.toLongLong() != number)
            continue;
        if (!found.isEmpty())
            return {}; // ambiguous: the worker has to type the whole code
        found = worker.code;
    }
    return found;
}

QString KioskWindow::activityName(const QString &code)
{
    if (m_worker.current && m_worker.current->code == code)
        return KioskText::activityName(*m_worker.current);
    auto activity = db::ActivityRepository(m_store).find(code);
    return activity ? KioskText::activityName(*activity) : code;
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::MouseButtonPress && type != QEvent::TouchBegin &&
        type != QEvent::Wheel)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != window())
        return false;
    if (m_inactivity.isActive())
        m_inactivity.start(m_timing.inactivityMs);
    // Badge input listens where nobody types text: idle, card and message screens (not the
    // chooser's search box or the PIN fields).
    const Page current = page();
    if (type == QEvent::KeyPress &&
        (current == Page::Idle || current == Page::Card || current == Page::Message))
        return m_wedge->handleKey(*static_cast<QKeyEvent *>(event));
    return false;
}

} // namespace wh
