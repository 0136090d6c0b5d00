#pragma once

#include "Clock.h"
#include "DeviceSite.h"
#include "PunchService.h"
#include "PunchStateMachine.h"
#include "ScannerText.h"
#include "Store.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace wh {

class ActivityChooser;
class IdleScreen;
class MessageScreen;
class PinScreen;
class BadgeKeyInput;
class WorkerCardScreen;

// The kiosk's screens and the punch flow between them:
//   idle -(badge or PIN)-> worker card -(offer)-> activity chooser -(pick)-> confirmation -> idle.
// A break or a clock-out is punched from the card. The confirmation appears only after
// PunchService::punch returned with the event committed; it stays at least two seconds, then the
// kiosk goes back to idle by itself, as it does after ~20 s without input on the card, chooser or
// PIN screen. Errors are shown as a message and the kiosk keeps working.
// badgeRead() is the single entry point for badges: BadgeKeyInput (the drivers' keyboard-wedge
// detector) feeds it, and a serial reader can be connected to it the same way. scanRead() takes
// barcode scans (ScannerKeyInput, which wh-kiosk installs in front of the badge input): on the idle,
// card, message and PIN screens a scan whose text is a worker's badge id (after the badge number
// format) is a tap; a scan that is the badge reader's own burst (digits and Enter: the scanner input
// sees the reader's keys first) is handled as the reader's; anything else says "this code is not a
// badge" and records nothing. On the activity chooser a scanned activity code that is offered picks
// it; any other code goes into the search box. All store work runs on the GUI thread: each call is
// one small transaction.
class KioskWindow : public QWidget {
    Q_OBJECT

public:
    enum class Page { Idle, Card, Chooser, Message, Pin };
    Q_ENUM(Page)

    struct Timing {
        int confirmationMs = 2500; // at least 2 s (the requirement)
        int noteMs = 2500;
        int errorMs = 5000;
        int inactivityMs = 20000;
        int toastMs = 2500;
    };

    KioskWindow(db::Store &store, reports::DeviceSite where, db::PunchService &service, const Clock &clock,
                Timing timing, QWidget *parent = nullptr);
    KioskWindow(db::Store &store, reports::DeviceSite where, db::PunchService &service, const Clock &clock,
                QWidget *parent = nullptr)
        : KioskWindow(store, std::move(where), service, clock, Timing{}, parent)
    {
    }
    ~KioskWindow() override;

    [[nodiscard]] Page page() const;
    [[nodiscard]] IdleScreen *idleScreen() const { return m_idle; }
    [[nodiscard]] WorkerCardScreen *cardScreen() const { return m_card; }
    [[nodiscard]] ActivityChooser *chooser() const { return m_chooser; }
    [[nodiscard]] MessageScreen *messageScreen() const { return m_message; }
    [[nodiscard]] PinScreen *pinScreen() const { return m_pin; }
    // The small transient note ("badge already read"); empty when none is shown.
    [[nodiscard]] QString noteText() const;

    // For --screenshot: shows the card of a badge (no punch); false (and an error message) when the
    // badge cannot be read. Then the chooser, or a sample confirmation (also no punch).
    bool showCardForBadge(const QString &badgeId);
    void openChooser();
    void showSampleConfirmation();
    // The PIN screen (also what the idle screen's "use PIN" button opens).
    void openPinScreen();
    // Stops the timers that go back to idle by themselves (screenshots).
    void setAutoReturn(bool enabled) { m_autoReturn = enabled; }

public slots:
    // A badge was read (any source). Debounced: the same badge again within 3 s only shows a note.
    void badgeRead(const QString &badgeId);
    void returnToIdle();
    // A barcode scan (keyboard-wedge or serial scanner); see the class comment.
    void scanRead(const wh::drivers::ScannedCode &code);
    // A scanner burst that does not decode; `raw` is its text.
    void scanRejected(const QString &raw, const wh::Error &error);

signals:
    void pageChanged(wh::KioskWindow::Page page);
    // A punch was recorded and committed (after the confirmation is shown).
    void punched(const wh::db::PunchOutcome &outcome);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Stage { Card, Pin, Punch };
    void showPage(QWidget *page, QWidget *focus);
    void showCard(const db::WorkerCard &card);
    void onAction(PunchAction action);
    void punch(PunchAction action, const QString &activityCode);
    void showConfirmation(const db::PunchOutcome &outcome);
    void showError(const Error &error, Stage stage);
    void showMessage(int kind, const QString &title, const QString &detail, const QString &worker, int ms);
    void showToast(const QString &text);
    void signInWithPin(const QString &workerCode, const QString &pin);
    [[nodiscard]] QString resolveWorkerCode(const QString &typed);
    [[nodiscard]] QString activityName(const QString &code);

    db::Store &m_store;
    reports::DeviceSite m_where;
    db::PunchService &m_service;
    const Clock &m_clock;
    Timing m_timing;
    bool m_autoReturn = true;
    BadgeDebouncer m_debouncer;
    db::WorkerCard m_worker; // the worker whose card, chooser or confirmation is shown
    QString m_pendingBadge;  // a tap during a confirmation's minimum time, handled after it
    qint64 m_messageShownMs = 0;

    QStackedWidget *m_stack;
    IdleScreen *m_idle;
    WorkerCardScreen *m_card;
    ActivityChooser *m_chooser;
    MessageScreen *m_message;
    PinScreen *m_pin;
    QLabel *m_toast;
    BadgeKeyInput *m_wedge;
    QTimer m_inactivity;
    QTimer m_messageTimer;
    QTimer m_toastTimer;
};

} // namespace wh
