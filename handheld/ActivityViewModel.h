#pragma once

#include "ActivityOptionModel.h"
#include "PunchService.h"
#include "SessionViewModel.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace wh {

// Switching activity from the handheld, with the kiosk's rules (db::PunchService decides; the
// outcomes are worded as the kiosk words them), for the worker signed in (SessionViewModel, whose
// card is read again after every punch).
//
// The forgotten-punch guard: a workflow (measure, inspect, ...) counts for the activities linked
// to it. requestWorkflow() lets it start at once (workflowAllowed) when the worker is punched into
// one of them; otherwise the guard is active: GuardDialog shows what the worker is on, the
// workflow's activities at this site (the one they did last pre-selected) and Switch (or Clock
// in) / Continue without switching / Cancel. GUI thread (the punch service's).
class ActivityViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program creates it and passes it to Main.qml.")

    Q_PROPERTY(wh::ActivityOptionModel *options READ options CONSTANT)
    Q_PROPERTY(wh::SessionViewModel *session READ session CONSTANT)
    Q_PROPERTY(bool canBreak READ canBreak NOTIFY stateChanged)
    Q_PROPERTY(bool canClockOut READ canClockOut NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(bool guardActive READ guardActive NOTIFY guardChanged)
    Q_PROPERTY(QString guardWorkflow READ guardWorkflow NOTIFY guardChanged)
    Q_PROPERTY(QString guardCurrentActivity READ guardCurrentActivity NOTIFY guardChanged)
    Q_PROPERTY(QVariantList guardSuggestions READ guardSuggestions NOTIFY guardChanged)
    Q_PROPERTY(int guardSelected READ guardSelected WRITE setGuardSelected NOTIFY guardSelectedChanged)
    Q_PROPERTY(bool guardClockIn READ guardClockIn NOTIFY guardChanged)
    Q_PROPERTY(QString guardTitle READ guardTitle NOTIFY guardChanged)
    Q_PROPERTY(QString guardText READ guardText NOTIFY guardChanged)

public:
    ActivityViewModel(db::PunchService &punch, SessionViewModel &session, QObject *parent = nullptr);

    [[nodiscard]] ActivityOptionModel *options() { return &m_options; }
    [[nodiscard]] SessionViewModel *session() { return &m_session; }
    [[nodiscard]] bool canBreak() const;
    [[nodiscard]] bool canClockOut() const;
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }

    [[nodiscard]] bool guardActive() const { return m_guard.active; }
    // The workflow's key ("measure").
    [[nodiscard]] QString guardWorkflow() const { return m_guard.workflow; }
    // The name of what the worker is on (empty when not clocked in).
    [[nodiscard]] QString guardCurrentActivity() const { return m_guard.currentName; }
    // The workflow's activities at this site, the worker's recent ones first: maps with code,
    // name, recent.
    [[nodiscard]] QVariantList guardSuggestions() const { return m_guard.suggestions; }
    // The row of guardSuggestions chosen (0, the first, when the guard opens).
    [[nodiscard]] int guardSelected() const { return m_guard.selected; }
    void setGuardSelected(int row);
    // Not clocked in: the dialog's action clocks in instead of switching.
    [[nodiscard]] bool guardClockIn() const { return m_guard.clockIn; }
    [[nodiscard]] QString guardTitle() const { return m_guard.title; }
    // "You are punched into Packing. Measuring counts for Garment measurement. Switch?"
    [[nodiscard]] QString guardText() const { return m_guard.text; }

    // "Measuring", "Inspecting", ... (the workflow as the guard's sentences name it).
    [[nodiscard]] static QString workflowName(const QString &workflow);

    // Reads the signed-in worker's options again (nobody signed in: none).
    Q_INVOKABLE void reload();
    // Clocks in on the activity, switches to it, or back from a break. True when the worker is
    // on it afterwards (already being on it is no error).
    Q_INVOKABLE bool switchTo(const QString &activityCode);
    Q_INVOKABLE bool startBreak();
    Q_INVOKABLE bool clockOut();

    // The guard, as above. True (and workflowAllowed at once) when the workflow may start.
    Q_INVOKABLE bool requestWorkflow(const QString &workflow);
    // Switches to (or clocks in on) the activity, an empty code: the one selected; then
    // workflowAllowed. False (the guard stays) when the punch failed.
    Q_INVOKABLE bool acceptGuard(const QString &activityCode = QString());
    // Starts the workflow without punching; the message says the work will not count for it.
    Q_INVOKABLE void continueWithoutSwitch();
    Q_INVOKABLE void cancelGuard();
    Q_INVOKABLE void clearMessage();

signals:
    void stateChanged();
    void messageChanged();
    void guardChanged();
    void guardSelectedChanged();
    // The workflow may start now (after the guard, or at once).
    void workflowAllowed(const QString &workflow);
    // A punch was recorded: what the confirmation says ("Switched to Packing at 10:12").
    void punched(const QString &summary);

private:
    struct Guard {
        bool active = false;
        QString workflow;
        QString currentName;
        PunchState::Phase phase = PunchState::Phase::Off;
        QStringList codes; // the suggestions' codes, in order
        QVariantList suggestions;
        int selected = -1;
        bool clockIn = false;
        QString title;
        QString text;
    };

    [[nodiscard]] bool punch(PunchAction action, const QString &activityCode);
    void confirm(const db::PunchOutcome &outcome, PunchAction action, const QString &activityCode);
    void fail(const Error &error, PunchAction action);
    void setMessage(const QString &text, bool isError);
    void setGuard(Guard guard);
    void sessionChanged();
    [[nodiscard]] QString nameOf(const QString &activityCode) const;

    db::PunchService &m_punch;
    SessionViewModel &m_session;
    ActivityOptionModel m_options;
    QString m_optionsFor; // the worker whose options the model holds
    QString m_message;
    bool m_messageIsError = false;
    Guard m_guard;
};

} // namespace wh
