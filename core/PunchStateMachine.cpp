#include "PunchStateMachine.h"

namespace wh {

QString punchPhaseName(PunchState::Phase phase)
{
    switch (phase) {
    case PunchState::Phase::Off: return QStringLiteral("off");
    case PunchState::Phase::Working: return QStringLiteral("working");
    case PunchState::Phase::OnBreak: return QStringLiteral("on-break");
    }
    return {};
}

PunchState PunchStateMachine::stateOf(const std::optional<PunchInterval> &open, bool openIsBreak,
                                      qint64 nowMs) const
{
    PunchState state;
    if (!open || open->status != IntervalStatus::Open)
        return state;
    const qint64 shiftStartMs = open->shiftStartMs;
    if (nowMs - shiftStartMs > m_maxShiftMs) {
        state.previousShiftForgotten = true;
        return state;
    }
    state.activityCode = open->activityCode;
    state.sinceMs = open->startMs;
    state.shiftStartMs = shiftStartMs;
    state.businessDay = open->businessDay;
    state.phase = openIsBreak ? PunchState::Phase::OnBreak : PunchState::Phase::Working;
    return state;
}

Result<PunchDecision> PunchStateMachine::decide(const PunchState &state, PunchAction action,
                                                const Activity *activity, qint64 nowMs) const
{
    if (state.phase != PunchState::Phase::Off && nowMs < state.sinceMs)
        return Error(ErrorCode::Conflict,
                     QStringLiteral("the clock is behind the worker's last punch; nothing was recorded"),
                     QStringLiteral("now %1 ms < last punch %2 ms").arg(nowMs).arg(state.sinceMs));
    PunchDecision d;
    switch (action) {
    case PunchAction::StartActivity:
        if (!activity)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("no activity chosen"));
        if (!activity->active)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("the activity is no longer in use"),
                         activity->code);
        if (activity->kind == ActivityKind::Break)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("a break is started with the break action"), activity->code);
        d.activityCode = activity->code;
        if (state.phase == PunchState::Phase::Off) {
            d.kind = EventKind::PunchClockIn;
        } else if (state.activityCode == activity->code) {
            d.noOpReason = QStringLiteral("already on this activity");
        } else {
            d.kind = EventKind::PunchSwitch;
        }
        return d;
    case PunchAction::Break:
        if (state.phase == PunchState::Phase::Off)
            return Error(ErrorCode::Conflict,
                         QStringLiteral("not clocked in: a break needs a running shift"));
        if (!activity || activity->kind != ActivityKind::Break)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("a break needs a break activity"),
                         activity ? activity->code : QString());
        d.activityCode = activity->code;
        if (state.phase == PunchState::Phase::OnBreak && state.activityCode == activity->code)
            d.noOpReason = QStringLiteral("already on this break");
        else
            d.kind = EventKind::PunchBreak;
        return d;
    case PunchAction::ClockOut:
        if (state.phase == PunchState::Phase::Off)
            return Error(ErrorCode::Conflict, QStringLiteral("not clocked in: nothing to clock out of"));
        d.kind = EventKind::PunchClockOut;
        return d;
    }
    return Error(ErrorCode::Internal, QStringLiteral("unknown punch action"));
}

std::vector<PunchAction> PunchStateMachine::offers(const PunchState &state)
{
    switch (state.phase) {
    case PunchState::Phase::Off: return {PunchAction::StartActivity};
    case PunchState::Phase::Working:
        return {PunchAction::StartActivity, PunchAction::Break, PunchAction::ClockOut};
    case PunchState::Phase::OnBreak: return {PunchAction::StartActivity, PunchAction::ClockOut};
    }
    return {};
}

bool BadgeDebouncer::accept(const QString &badgeId, qint64 nowMs)
{
    auto it = m_lastTap.find(badgeId);
    if (it != m_lastTap.end() && nowMs >= *it && nowMs - *it < m_windowMs)
        return false;
    m_lastTap.insert(badgeId, nowMs);
    // Forget old taps so the table stays small on a kiosk that runs for months.
    if (m_lastTap.size() > 256) {
        for (auto i = m_lastTap.begin(); i != m_lastTap.end();)
            i = nowMs - *i > m_windowMs ? m_lastTap.erase(i) : std::next(i);
    }
    return true;
}

} // namespace wh
