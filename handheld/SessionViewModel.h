#pragma once

#include "Clock.h"
#include "PunchService.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace wh {

// Who is signed in on this handheld, and where they stand (the card the kiosk shows after a tap):
// the header shows it, the workflows record in the worker's name. Signing in punches nothing. A
// badge scan or the worker code signs in; a worker with a PIN must give it (the kiosk's fallback),
// and an unknown code is asked for a PIN too, so the handheld never tells which codes exist. The
// card is read again after every punch (refresh(), called by whoever punched) and once a minute;
// the properties are cheap reads of it. GUI thread (the punch service's).
class SessionViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program creates it and passes it to Main.qml.")

    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString workerCode READ workerCode NOTIFY cardChanged)
    Q_PROPERTY(QString workerName READ workerName NOTIFY cardChanged)
    Q_PROPERTY(bool clockedIn READ clockedIn NOTIFY cardChanged)
    Q_PROPERTY(bool onBreak READ onBreak NOTIFY cardChanged)
    Q_PROPERTY(QString activityCode READ activityCode NOTIFY cardChanged)
    Q_PROPERTY(QString activityName READ activityName NOTIFY cardChanged)
    Q_PROPERTY(QString sinceText READ sinceText NOTIFY cardChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY cardChanged)
    Q_PROPERTY(QString workedText READ workedText NOTIFY cardChanged)
    Q_PROPERTY(bool needsPin READ needsPin NOTIFY needsPinChanged)
    Q_PROPERTY(QString pinCode READ pinCode NOTIFY needsPinChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)

public:
    SessionViewModel(db::PunchService &punch, const Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] bool signedIn() const { return m_card.has_value(); }
    [[nodiscard]] QString workerCode() const { return m_card ? m_card->worker.code : QString(); }
    [[nodiscard]] QString workerName() const { return m_card ? m_card->worker.name : QString(); }
    [[nodiscard]] bool clockedIn() const;
    [[nodiscard]] bool onBreak() const;
    [[nodiscard]] QString activityCode() const;
    // In the current language (Japanese or English name).
    [[nodiscard]] QString activityName() const;
    // "since 08:12" in the site's time zone, with the date when it is not today; empty when off.
    [[nodiscard]] QString sinceText() const;
    // "Working", "On a break", "Not clocked in"; empty when nobody is signed in.
    [[nodiscard]] QString stateText() const;
    // "Worked today: 3:05"; empty when nobody is signed in.
    [[nodiscard]] QString workedText() const;
    [[nodiscard]] bool needsPin() const { return m_needsPin; }
    // The worker code the PIN is asked for (typed, or scanned from a worker's code label).
    [[nodiscard]] QString pinCode() const { return m_needsPin ? m_pinCode : QString(); }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }

    // The card as read last (C++ users: the activity view-model).
    [[nodiscard]] const std::optional<db::WorkerCard> &card() const { return m_card; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }

    // A scanned badge (or one typed). Unknown badge or disabled worker: a message, nobody signed
    // in (the service leaves an admin notice).
    Q_INVOKABLE bool signInWithBadge(const QString &badge);
    // A typed worker code: signs in a worker without a PIN; otherwise needsPin becomes true and
    // signInWithPin finishes.
    Q_INVOKABLE bool signInWithCode(const QString &code);
    Q_INVOKABLE bool signInWithPin(const QString &code, const QString &pin);
    // Back from the PIN step to the code (nobody signed in).
    Q_INVOKABLE void cancelPin();
    // The program's own screens were rebuilt (a language or site change) while `workerCode` was
    // signed in: signed in again without asking, as nobody left the device. Not for QML.
    bool resume(const QString &workerCode);
    Q_INVOKABLE void signOut();
    // Reads the card again (after a punch).
    Q_INVOKABLE void refresh();

signals:
    void signedInChanged();
    void cardChanged();
    void needsPinChanged();
    void messageChanged();

private:
    enum class Stage { Badge, Code, Pin, Refresh };
    void setCard(std::optional<db::WorkerCard> card);
    void setNeedsPin(bool needs);
    void setMessage(const QString &text, bool isError);
    void signedInAs(const db::WorkerCard &card);
    void fail(const Error &error, Stage stage);
    [[nodiscard]] Result<db::WorkerCard> cardForCode(const QString &code);

    db::PunchService &m_punch;
    const Clock &m_clock;
    QTimer m_timer;
    std::optional<db::WorkerCard> m_card;
    bool m_needsPin = false;
    QString m_pinCode;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace wh
