#pragma once

#include "Event.h"
#include "MasterData.h"
#include "PunchInterval.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace wh {

// Where a worker stands, derived from their open punch interval.
struct PunchState {
    enum class Phase { Off, Working, OnBreak };
    Phase phase = Phase::Off;
    QString activityCode; // the activity (or break) they are on; empty when off
    qint64 sinceMs = 0;   // start of the current interval
    qint64 shiftStartMs = 0;
    QDate businessDay; // the business day of the running shift
    // The previous shift was left open past the maximum length: it is (or will be, when the next
    // punch is stored) closed as forgotten; this tap starts a new shift.
    bool previousShiftForgotten = false;
};
[[nodiscard]] QString punchPhaseName(PunchState::Phase phase);

// What a worker asks for at the kiosk, the handheld or `wh punch`.
enum class PunchAction {
    StartActivity, // clock in on it when off, switch to it when working or on a break
    Break,         // start a break (a break-kind activity)
    ClockOut,
};

// The answer: a punch event to record, or nothing to do and why.
struct PunchDecision {
    std::optional<EventKind> kind; // set: record this punch
    QString activityCode;          // the activity of the punch (empty for clock-out)
    QString noOpReason;            // set when nothing is recorded (e.g. already on that activity)
};

// The per-worker punch rules, pure and thread-safe (no state of its own):
//   off -> clock-in on an activity -> switch -> break -> switch back -> ... -> clock-out -> off.
// - switching to the activity one is on is a no-op, not a new interval;
// - a shift open longer than the maximum is over (closed as forgotten): the next tap starts a new
//   shift on its own business day and never flips the old one to "off" by a clock-out;
// - a punch earlier than the worker's current interval (a clock that jumped back) is refused.
class PunchStateMachine {
public:
    static constexpr qint64 kDefaultMaxShiftMs = 16LL * 3600 * 1000;

    explicit PunchStateMachine(qint64 maxShiftMs = kDefaultMaxShiftMs)
        : m_maxShiftMs(maxShiftMs)
    {
    }

    // The state given the worker's open interval (if any; its shiftStartMs says when the shift
    // began) at `nowMs`. `openIsBreak`: the open interval is on a break-kind activity.
    [[nodiscard]] PunchState stateOf(const std::optional<PunchInterval> &open, bool openIsBreak,
                                     qint64 nowMs) const;

    // Decides what `action` means in `state`. `activity` is the activity asked for (StartActivity)
    // or the break activity to use (Break); it must be of the right kind.
    [[nodiscard]] Result<PunchDecision> decide(const PunchState &state, PunchAction action,
                                               const Activity *activity, qint64 nowMs) const;

    // What a tap offers in `state`: off -> start an activity; working -> switch, break, clock out;
    // on a break -> back to work (switch), clock out. Never a silent clock-out.
    [[nodiscard]] static std::vector<PunchAction> offers(const PunchState &state);

    [[nodiscard]] qint64 maxShiftMs() const { return m_maxShiftMs; }

private:
    qint64 m_maxShiftMs;
};

// Ignores the same badge tapped again within a window (default 3 s): a worker holding the badge on
// the reader, or tapping twice out of habit, punches once. Not thread-safe; one per kiosk.
class BadgeDebouncer {
public:
    static constexpr qint64 kDefaultWindowMs = 3000;
    explicit BadgeDebouncer(qint64 windowMs = kDefaultWindowMs)
        : m_windowMs(windowMs)
    {
    }
    // True when the tap counts; false when it repeats the same badge within the window.
    [[nodiscard]] bool accept(const QString &badgeId, qint64 nowMs);

private:
    qint64 m_windowMs;
    QHash<QString, qint64> m_lastTap;
};

} // namespace wh
