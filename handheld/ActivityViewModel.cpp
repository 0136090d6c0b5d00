#include "ActivityViewModel.h"

#include "ErrorText.h"
#include "Logging.h"
#include "SiteText.h"

#include <QVariantMap>

namespace wh {

ActivityViewModel::ActivityViewModel(db::PunchService &punch, SessionViewModel &session, QObject *parent)
    : QObject(parent)
    , m_punch(punch)
    , m_session(session)
{
    connect(&m_session, &SessionViewModel::cardChanged, this, &ActivityViewModel::sessionChanged);
    connect(&m_session, &SessionViewModel::signedInChanged, this, &ActivityViewModel::sessionChanged);
    sessionChanged();
}

bool ActivityViewModel::canBreak() const
{
    return m_session.clockedIn() && !m_session.onBreak();
}

bool ActivityViewModel::canClockOut() const
{
    return m_session.clockedIn();
}

void ActivityViewModel::sessionChanged()
{
    // Another worker (or nobody): their guard and their options are not this one's.
    if (m_session.workerCode() != m_optionsFor) {
        if (m_guard.active)
            setGuard(Guard());
        setMessage(QString(), false);
        if (m_session.signedIn())
            reload();
        else {
            m_optionsFor.clear();
            m_options.setOptions({});
        }
    }
    m_options.setCurrent(m_session.activityCode());
    emit stateChanged();
}

void ActivityViewModel::reload()
{
    if (!m_session.signedIn()) {
        m_optionsFor.clear();
        m_options.setOptions({});
        return;
    }
    const QString worker = m_session.workerCode();
    auto options = m_punch.activityOptions(worker);
    if (!options) {
        logging::get("handheld")
            ->warn("activity options of {}: {}", worker.toStdString(),
                   options.error().toString().toStdString());
        setMessage(tr("The activities cannot be read just now. Please try again in a moment."), true);
        return;
    }
    m_optionsFor = worker;
    m_options.setOptions(std::move(options).value());
    m_options.setCurrent(m_session.activityCode());
}

QString ActivityViewModel::nameOf(const QString &activityCode) const
{
    const QString name = m_options.nameOf(activityCode);
    return name.isEmpty() ? activityCode : name;
}

bool ActivityViewModel::switchTo(const QString &activityCode)
{
    const QString code = activityCode.trimmed();
    if (code.isEmpty()) {
        setMessage(tr("Choose an activity."), true);
        return false;
    }
    // A break activity's code (scanned from the break board) starts that break.
    if (auto found = m_punch.offered(code); found && *found && (*found)->kind == ActivityKind::Break)
        return punch(PunchAction::Break, code);
    return punch(PunchAction::StartActivity, code);
}

bool ActivityViewModel::startBreak()
{
    return punch(PunchAction::Break, QString());
}

bool ActivityViewModel::clockOut()
{
    return punch(PunchAction::ClockOut, QString());
}

bool ActivityViewModel::punch(PunchAction action, const QString &activityCode)
{
    if (!m_session.signedIn()) {
        setMessage(tr("Sign in first: scan your badge."), true);
        return false;
    }
    const QString worker = m_session.workerCode();
    auto outcome = m_punch.punch(worker, action, activityCode);
    if (!outcome) {
        fail(outcome.error(), action);
        m_session.refresh();
        return false;
    }
    confirm(*outcome, action, activityCode);
    m_session.refresh();
    if (outcome->event)
        reload(); // the recent activities moved
    return true;
}

void ActivityViewModel::confirm(const db::PunchOutcome &outcome, PunchAction action,
                                const QString &activityCode)
{
    if (!outcome.event) {
        // Nothing had to be recorded: the worker already stands where they asked to.
        QString text;
        if (action == PunchAction::StartActivity)
            //: %1 is the activity
            text = tr("You are already on %1. Nothing was changed.").arg(nameOf(activityCode));
        else if (action == PunchAction::Break)
            text = tr("You are already on a break. Nothing was changed.");
        else
            text = tr("Nothing to record. Nothing was changed.");
        setMessage(text, false);
        return;
    }
    const Event &event = *outcome.event;
    const qint64 now = m_session.clock().nowMs();
    const QString at = SiteText::siteTime(event.occurredAtMs, m_punch.site().timeZone(), now);
    QString activity = nameOf(outcome.after.activityCode);
    if (action == PunchAction::Break) {
        // Break activities are not among the options: their name from the service.
        if (auto found = m_punch.offered(outcome.after.activityCode); found && *found)
            activity = SiteText::localizedName((*found)->nameJa, (*found)->nameEn);
    }
    QString text;
    switch (event.kind) {
    case EventKind::PunchClockIn:
        //: %1 is the activity, %2 the time, e.g. "Clocked in: Picking at 19:30"
        text = tr("Clocked in: %1 at %2").arg(activity, at);
        break;
    case EventKind::PunchSwitch:
        if (outcome.before.phase == PunchState::Phase::OnBreak)
            //: %1 is the activity, %2 the time
            text = tr("Back to work: %1 at %2").arg(activity, at);
        else
            //: %1 is the activity, %2 the time
            text = tr("Switched to %1 at %2").arg(activity, at);
        break;
    case EventKind::PunchBreak:
        //: %1 is the break activity, %2 the time
        text = tr("Break started: %1 at %2").arg(activity, at);
        break;
    case EventKind::PunchClockOut: {
        auto after = m_punch.card(m_session.workerCode());
        if (after)
            //: %1 is the time, %2 hours and minutes worked, e.g. "7:05"
            text = tr("Clocked out at %1. Worked today: %2")
                       .arg(at, SiteText::hoursMinutes(after->workedSecondsToday));
        else
            text = tr("Clocked out at %1").arg(at);
        break;
    }
    default:
        //: %1 is the time
        text = tr("Recorded at %1").arg(at);
        break;
    }
    if (outcome.closedForgotten)
        text = tr("%1. Your previous shift was left open and has been closed as forgotten. A leader will "
                  "check it.")
                   .arg(text);
    logging::get("handheld")
        ->info("punch {} {}: {}", m_session.workerCode().toStdString(),
               eventKindName(event.kind).toStdString(), outcome.after.activityCode.toStdString());
    setMessage(text, false);
    emit punched(text);
}

void ActivityViewModel::fail(const Error &error, PunchAction action)
{
    logging::get("handheld")->warn("punch: {}", error.toString().toStdString());
    QString text;
    switch (error.code()) {
    case ErrorCode::NotFound:
        //: %1 names what is missing (a worker code, an activity)
        text =
            tr("The punch was not recorded: %1 was not found. Please ask your leader.").arg(error.context());
        break;
    case ErrorCode::Conflict:
        if (error.message().contains(QLatin1String("disabled")))
            text = tr("This worker cannot punch: the worker record is disabled. Please ask your leader. "
                      "Nothing was recorded.");
        else if (error.message().contains(QLatin1String("not clocked in")))
            text = tr("You are not clocked in. Choose an activity to clock in. Nothing was recorded.");
        else
            text = tr("The punch was refused: the handheld's clock is behind your last punch. Please ask "
                      "your leader. Nothing was recorded.");
        break;
    case ErrorCode::InvalidArgument:
        if (action == PunchAction::Break)
            text = tr("No break is set up at this site. Please ask your leader. Nothing was recorded.");
        else
            text = tr("This activity is not offered at this site. Please choose another one. Nothing was "
                      "recorded.");
        break;
    case ErrorCode::Database:
    case ErrorCode::ReadOnly:
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
        text = tr("The punch could not be saved just now. Please try again in a moment. Nothing was "
                  "recorded.");
        break;
    default:
        //: %1 says what went wrong
        text = tr("Something went wrong: %1").arg(ErrorText::describe(error));
        break;
    }
    setMessage(text, true);
}

void ActivityViewModel::setMessage(const QString &text, bool isError)
{
    if (m_message == text && m_messageIsError == isError)
        return;
    m_message = text;
    m_messageIsError = isError;
    emit messageChanged();
}

void ActivityViewModel::clearMessage()
{
    setMessage(QString(), false);
}

QString ActivityViewModel::workflowName(const QString &workflow)
{
    if (workflow == QLatin1String("measure"))
        return tr("Measuring");
    if (workflow == QLatin1String("inspect"))
        return tr("Inspecting");
    if (workflow == QLatin1String("progress"))
        return tr("Progress scanning");
    if (workflow == QLatin1String("pick"))
        return tr("Picking");
    if (workflow == QLatin1String("pack"))
        return tr("Packing");
    if (workflow == QLatin1String("receive"))
        return tr("Receiving");
    if (workflow == QLatin1String("returns"))
        return tr("Returns work");
    if (workflow == QLatin1String("label"))
        return tr("Labelling");
    //: %1 is a workflow's key as the store names it
    return tr("The %1 workflow").arg(workflow);
}

bool ActivityViewModel::requestWorkflow(const QString &workflow)
{
    if (!m_session.signedIn()) {
        setMessage(tr("Sign in first: scan your badge."), true);
        return false;
    }
    auto answer = m_punch.workflowStarted(m_session.workerCode(), workflow);
    if (!answer) {
        const Error &e = answer.error();
        if (e.code() == ErrorCode::NotFound &&
            e.context() == QStringLiteral("%1 at %2").arg(workflow, m_punch.site().code)) {
            // Nothing here counts for it: the guard has nothing to offer, the work may still be done.
            logging::get("handheld")
                ->warn("guard: no activity for {} at {}", workflow.toStdString(),
                       m_punch.site().code.toStdString());
            //: %1 is the workflow, e.g. "Measuring"
            setMessage(tr("%1 counts for no activity at this site; your punch stays as it is. Please tell "
                          "your leader.")
                           .arg(workflowName(workflow)),
                       false);
            if (m_guard.active)
                setGuard(Guard());
            emit workflowAllowed(workflow);
            return true;
        }
        logging::get("handheld")->warn("guard: {}", e.toString().toStdString());
        setMessage(tr("Your punch cannot be checked just now. Please try again in a moment."), true);
        return false;
    }
    if (answer->verdict == db::WorkflowAnswer::Verdict::Ok) {
        if (m_guard.active)
            setGuard(Guard());
        emit workflowAllowed(workflow);
        return true;
    }

    reload(); // names and recent marks as they are now
    m_session.refresh();
    Guard guard;
    guard.active = true;
    guard.workflow = workflow;
    guard.clockIn = answer->verdict == db::WorkflowAnswer::Verdict::ClockInNeeded;
    guard.phase = m_session.card() ? m_session.card()->state.phase : PunchState::Phase::Off;
    if (!guard.clockIn)
        guard.currentName =
            m_session.activityName().isEmpty() ? answer->currentActivity : m_session.activityName();
    guard.codes = answer->suggestedActivities;
    for (const QString &code : guard.codes) {
        const db::ActivityOption *option = m_options.option(code);
        QVariantMap item;
        item.insert(QStringLiteral("code"), code);
        item.insert(QStringLiteral("name"), nameOf(code));
        item.insert(QStringLiteral("recent"), option && option->recent);
        guard.suggestions << item;
    }
    guard.selected = guard.codes.isEmpty() ? -1 : 0;
    const QString doing = workflowName(workflow);
    const QString suggested = guard.codes.isEmpty() ? QString() : nameOf(guard.codes.front());
    if (guard.clockIn) {
        guard.title = tr("Clock in?");
        //: %1 is the workflow ("Measuring"), %2 the activity it counts for ("Garment measurement")
        guard.text = tr("You are not clocked in. %1 counts for %2. Clock in on it?").arg(doing, suggested);
    } else if (guard.phase == PunchState::Phase::OnBreak) {
        guard.title = tr("Back to work?");
        //: %1 is the break, %2 the workflow ("Measuring"), %3 the activity it counts for
        guard.text = tr("You are on a break (%1). %2 counts for %3. Go back to work on it?")
                         .arg(guard.currentName, doing, suggested);
    } else {
        guard.title = tr("Switch activity?");
        //: %1 is the current activity ("Packing"), %2 the workflow ("Measuring"), %3 the activity it
        //: counts for ("Garment measurement")
        guard.text =
            tr("You are punched into %1. %2 counts for %3. Switch?").arg(guard.currentName, doing, suggested);
    }
    logging::get("handheld")
        ->info("guard: {} opens {} while {}; suggested {}", m_session.workerCode().toStdString(),
               workflow.toStdString(), db::workflowVerdictName(answer->verdict).toStdString(),
               guard.codes.join(QLatin1Char(',')).toStdString());
    setGuard(std::move(guard));
    return false;
}

void ActivityViewModel::setGuardSelected(int row)
{
    if (row < -1 || row >= m_guard.codes.size() || row == m_guard.selected)
        return;
    m_guard.selected = row;
    emit guardSelectedChanged();
}

void ActivityViewModel::setGuard(Guard guard)
{
    const bool selectedMoved = guard.selected != m_guard.selected;
    m_guard = std::move(guard);
    m_options.setSuggested(m_guard.active ? m_guard.codes : QStringList());
    emit guardChanged();
    if (selectedMoved)
        emit guardSelectedChanged();
}

bool ActivityViewModel::acceptGuard(const QString &activityCode)
{
    if (!m_guard.active)
        return false;
    QString code = activityCode.trimmed();
    if (code.isEmpty() && m_guard.selected >= 0 && m_guard.selected < m_guard.codes.size())
        code = m_guard.codes.at(m_guard.selected);
    if (code.isEmpty()) {
        setMessage(tr("Choose an activity."), true);
        return false;
    }
    if (!switchTo(code))
        return false; // the message says why; the guard stays for another choice or Cancel
    const QString workflow = m_guard.workflow;
    setGuard(Guard());
    emit workflowAllowed(workflow);
    return true;
}

void ActivityViewModel::continueWithoutSwitch()
{
    if (!m_guard.active)
        return;
    const Guard guard = m_guard;
    const QString suggested = guard.selected >= 0 ? nameOf(guard.codes.at(guard.selected)) : QString();
    QString text;
    if (guard.clockIn)
        //: %1 is the activity the work would count for
        text = tr("You are not clocked in: the work you do now is not counted for %1. Clock in when you can.")
                   .arg(suggested);
    else if (guard.phase == PunchState::Phase::OnBreak)
        //: %1 is the activity the work would count for
        text = tr("You are still on a break: the work you do now is not counted for %1. Switch when you can.")
                   .arg(suggested);
    else
        //: %1 is the current activity, %2 the activity the work would count for
        text = tr("You stay on %1: the time you spend now counts for %1, not for %2.")
                   .arg(guard.currentName, suggested);
    logging::get("handheld")
        ->info("guard: {} goes on with {} without switching", m_session.workerCode().toStdString(),
               guard.workflow.toStdString());
    setGuard(Guard());
    setMessage(text, false);
    emit workflowAllowed(guard.workflow);
}

void ActivityViewModel::cancelGuard()
{
    if (!m_guard.active)
        return;
    setGuard(Guard());
}

} // namespace wh
