#include "SessionViewModel.h"

#include "ErrorText.h"
#include "Logging.h"
#include "SiteText.h"

namespace wh {

namespace {
constexpr int kRefreshMs = 60 * 1000;

// What the header shows of a card; a refresh that changes none of it emits nothing.
bool sameShown(const std::optional<db::WorkerCard> &a, const std::optional<db::WorkerCard> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->worker.code == b->worker.code && a->worker.name == b->worker.name &&
           a->state.phase == b->state.phase && a->state.activityCode == b->state.activityCode &&
           a->state.sinceMs == b->state.sinceMs && a->workedSecondsToday / 60 == b->workedSecondsToday / 60;
}
} // namespace

SessionViewModel::SessionViewModel(db::PunchService &punch, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_punch(punch)
    , m_clock(clock)
{
    // The card can change without a punch here: a shift passing its maximum length, another
    // device's punch in a shared store.
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionViewModel::refresh);
}

bool SessionViewModel::clockedIn() const
{
    return m_card && m_card->state.phase != PunchState::Phase::Off;
}

bool SessionViewModel::onBreak() const
{
    return m_card && m_card->state.phase == PunchState::Phase::OnBreak;
}

QString SessionViewModel::activityCode() const
{
    return clockedIn() ? m_card->state.activityCode : QString();
}

QString SessionViewModel::activityName() const
{
    if (!clockedIn())
        return {};
    if (!m_card->current)
        return m_card->state.activityCode;
    return SiteText::localizedName(m_card->current->nameJa, m_card->current->nameEn);
}

QString SessionViewModel::sinceText() const
{
    if (!clockedIn())
        return {};
    //: %1 is a time such as "08:12" (with the date when it is not today)
    return tr("since %1").arg(SiteText::siteTime(m_card->state.sinceMs, m_punch.site().timeZone(), m_clock.nowMs()));
}

QString SessionViewModel::stateText() const
{
    if (!m_card)
        return {};
    switch (m_card->state.phase) {
    case PunchState::Phase::Working: return tr("Working");
    case PunchState::Phase::OnBreak: return tr("On a break");
    case PunchState::Phase::Off: return tr("Not clocked in");
    }
    return {};
}

QString SessionViewModel::workedText() const
{
    if (!m_card)
        return {};
    //: %1 is hours and minutes, e.g. "3:05"
    return tr("Worked today: %1").arg(SiteText::hoursMinutes(m_card->workedSecondsToday));
}

bool SessionViewModel::signInWithBadge(const QString &badge)
{
    const QString id = badge.trimmed();
    if (id.isEmpty()) {
        setMessage(tr("Scan your badge, or type your worker code."), true);
        return false;
    }
    auto card = m_punch.cardForBadge(id);
    if (!card) {
        fail(card.error(), Stage::Badge);
        return false;
    }
    signedInAs(*card);
    return true;
}

Result<db::WorkerCard> SessionViewModel::cardForCode(const QString &code)
{
    auto card = m_punch.card(code);
    // Typed on a phone keyboard: "w00042" is W00042 when no code is written in lower case.
    if (!card && card.error().code() == ErrorCode::NotFound && code != code.toUpper())
        return m_punch.card(code.toUpper());
    return card;
}

bool SessionViewModel::signInWithCode(const QString &code)
{
    const QString typed = code.trimmed();
    if (typed.isEmpty()) {
        setMessage(tr("Type your worker code."), true);
        return false;
    }
    auto card = cardForCode(typed);
    if (!card) {
        if (card.error().code() != ErrorCode::NotFound) {
            fail(card.error(), Stage::Code);
            return false;
        }
        // Unknown: asked for a PIN like a known worker, so that codes cannot be told apart.
        logging::get("handheld")->info("sign-in: unknown worker code, PIN asked");
        m_pinCode = typed;
        setNeedsPin(true);
        setMessage(tr("Type your PIN."), false);
        return false;
    }
    if (!card->worker.pinHash.isEmpty()) {
        m_pinCode = typed;
        setNeedsPin(true);
        setMessage(tr("Type your PIN."), false);
        return false;
    }
    if (!card->worker.active) {
        fail(Error(ErrorCode::Conflict, QStringLiteral("the worker is disabled"), card->worker.code),
             Stage::Code);
        return false;
    }
    signedInAs(*card);
    return true;
}

bool SessionViewModel::resume(const QString &workerCode)
{
    auto card = m_punch.card(workerCode);
    if (!card || !card->worker.active) {
        logging::get("handheld")->warn("sign-in not resumed for {}", workerCode.toStdString());
        return false;
    }
    signedInAs(*card);
    return true;
}

bool SessionViewModel::signInWithPin(const QString &code, const QString &pin)
{
    const QString typed = code.trimmed();
    if (typed.isEmpty()) {
        setMessage(tr("Type your worker code."), true);
        return false;
    }
    if (pin.isEmpty()) {
        setNeedsPin(true);
        setMessage(tr("Type your PIN."), true);
        return false;
    }
    auto card = m_punch.cardForPin(typed, pin);
    if (!card && card.error().code() == ErrorCode::NotFound && typed != typed.toUpper())
        card = m_punch.cardForPin(typed.toUpper(), pin);
    if (!card) {
        fail(card.error(), Stage::Pin);
        return false;
    }
    signedInAs(*card);
    return true;
}

void SessionViewModel::cancelPin()
{
    setNeedsPin(false);
    setMessage(QString(), false);
}

void SessionViewModel::signOut()
{
    if (m_card)
        logging::get("handheld")->info("signed out: {}", m_card->worker.code.toStdString());
    m_timer.stop();
    setNeedsPin(false);
    setCard(std::nullopt);
    setMessage(QString(), false);
}

void SessionViewModel::refresh()
{
    if (!m_card)
        return;
    auto card = m_punch.card(m_card->worker.code);
    if (!card) {
        // The card shown stays; the header may be a little behind until the next read.
        fail(card.error(), Stage::Refresh);
        return;
    }
    setCard(std::move(card).value());
}

void SessionViewModel::signedInAs(const db::WorkerCard &card)
{
    logging::get("handheld")->info("signed in: {}", card.worker.code.toStdString());
    setNeedsPin(false);
    setCard(card);
    m_timer.start();
    if (card.state.previousShiftForgotten)
        setMessage(tr("Signed in as %1. Your previous shift was left open; it will be closed as forgotten "
                      "with your next punch, and a leader will check it.")
                       .arg(card.worker.name),
                   false);
    else
        setMessage(tr("Signed in as %1.").arg(card.worker.name), false);
}

void SessionViewModel::fail(const Error &error, Stage stage)
{
    logging::get("handheld")->warn("sign-in: {}", error.toString().toStdString());
    QString text;
    switch (error.code()) {
    case ErrorCode::NotFound:
        if (stage == Stage::Badge)
            text = tr("Unknown badge. This badge is not registered: please ask your leader. Nothing was "
                      "recorded.");
        else if (stage == Stage::Pin)
            text = tr("Worker code or PIN is wrong. Please try again, or ask your leader.");
        else
            text = tr("Your worker record cannot be found. Please ask your leader.");
        break;
    case ErrorCode::Conflict:
        text =
            tr("This worker cannot sign in: the worker record is disabled. Please ask your leader. Nothing "
               "was recorded.");
        break;
    case ErrorCode::Database:
    case ErrorCode::ReadOnly:
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
        text = tr("The handheld cannot read its store just now. Please try again in a moment.");
        break;
    default:
        //: %1 says what went wrong
        text = tr("Something went wrong: %1").arg(ErrorText::describe(error));
        break;
    }
    setMessage(text, true);
}

void SessionViewModel::setCard(std::optional<db::WorkerCard> card)
{
    const bool wasSignedIn = m_card.has_value();
    const bool same = sameShown(m_card, card);
    m_card = std::move(card);
    if (wasSignedIn != m_card.has_value())
        emit signedInChanged();
    if (!same)
        emit cardChanged();
}

void SessionViewModel::setNeedsPin(bool needs)
{
    if (m_needsPin == needs)
        return;
    m_needsPin = needs;
    emit needsPinChanged();
}

void SessionViewModel::setMessage(const QString &text, bool isError)
{
    if (m_message == text && m_messageIsError == isError)
        return;
    m_message = text;
    m_messageIsError = isError;
    emit messageChanged();
}

} // namespace wh
