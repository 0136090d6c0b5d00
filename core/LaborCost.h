#pragma once

#include "MasterData.h"
#include "Money.h"
#include "Result.h"

#include <QString>
#include <QTimeZone>

#include <vector>

// Labor cost of ONE worker's business day, in integer arithmetic.
//
// Time
//  - An interval's seconds are (endMs - startMs) / 1000, truncated; every other quantity of the
//    interval (late-night overlap included) is measured in ms and truncated the same way, so the same
//    punches always give the same seconds, whatever machine costs them.
//  - Break intervals are counted (breakSeconds) but never paid.
//  - Statutory break: when the day has NO break interval at all (a punched break of any length is
//    the worker's declared break and is respected), the legal minimum is deducted: breakOver6hMinutes when
//    work (direct + indirect) is strictly more than threshold1Minutes, breakOver8hMinutes when strictly more
//    than threshold2Minutes. The deduction is taken from the DIRECT intervals only (so direct hours,
//    which productivity divides by, do not include the unpunched break), split in proportion to their
//    length by the largest-remainder method (ties go to the chronologically earlier interval) so the parts
//    add up exactly. What cannot be taken (no direct time, or less direct time than the deduction) is
//    reported as undeductedSeconds.
//  - paid = raw - deducted, per interval.
//
// Premiums (per site; see LaborRules)
//  - Overtime: walking the intervals chronologically, the paid seconds beyond overtimeAfterMinutes
//    of cumulative paid time are overtime seconds of the interval they fall in.
//  - Late night: the raw seconds of an interval inside the local late-night window (converted to UTC
//    in the site's zone, each boundary on its own date, so a DST night is 1 h longer or shorter),
//    scaled to the interval's paid time: rawLateNight * paid / raw, rounded half up.
//  - The premiums stack: a late-night overtime second earns both percentages.
//  - Overtime and late-night SECONDS are always reported (they are facts the leaders track); the
//    premium money is zero when the site has premiums disabled.
//
// The one rounding point
//  The engine never rounds to yen. It returns exact integer numerators per interval:
//    baseYenSeconds           = paidSeconds * yenPerHour                     (yen = n / 3600)
//    premiumYenSecondsPercent = overtimeSeconds * yenPerHour * overtimePercent
//                             + lateNightSeconds * yenPerHour * lateNightPercent (yen = n / 360000)
//  The aggregator sums the numerators of every interval that falls in one summary row (site, day,
//  activity, employment type) and rounds ONCE per row with baseYen() / premiumYen(), so rounding
//  never accumulates over punches and each row is within half a yen of its exact amount.
// The only other integer division is the late-night proration above (seconds, not yen).

namespace wh {

// Site rules for costing. Minutes are minutes of wall-clock time; percents are whole percents.
struct LaborRules {
    int threshold1Minutes = 360; // work strictly beyond this needs breakOver6hMinutes of break
    int breakOver6hMinutes = 45;
    int threshold2Minutes = 480; // work strictly beyond this needs breakOver8hMinutes of break
    int breakOver8hMinutes = 60;

    bool premiumsEnabled = true;
    int overtimeAfterMinutes = 480; // of PAID time in the business day
    int overtimePercent = 25;
    // Local time of the site, minutes after midnight. Start > end means the window crosses midnight
    // (22:00-05:00); start == end means no late-night window.
    int lateNightStartMinute = 22 * 60;
    int lateNightEndMinute = 5 * 60;
    int lateNightPercent = 25;
};

// One closed interval of the worker's business day.
struct CostInput {
    QString activityCode;
    ActivityKind kind = ActivityKind::Direct;
    qint64 startMs = 0; // UTC ms
    qint64 endMs = 0;   // UTC ms, exclusive
    // Wage in force for this interval, resolved by the caller (employment type on the day, wage row
    // of that type at the site): a promotion shows up as intervals with different rates.
    qint64 yenPerHour = 0;
};

// The cost of one input interval. Break: rawSeconds counted, everything else 0.
struct CostedInterval {
    qint64 rawSeconds = 0;
    qint64 deductedSeconds = 0; // its share of the statutory break (direct intervals only)
    qint64 paidSeconds = 0;     // raw - deducted
    qint64 overtimeSeconds = 0; // paid seconds beyond the day's overtime threshold
    qint64 lateNightSeconds = 0;
    qint64 baseYenSeconds = 0;           // yen = baseYen(this)
    qint64 premiumYenSecondsPercent = 0; // yen = premiumYen(this)
};

struct CostedDay {
    std::vector<CostedInterval> intervals; // same order and count as the input
    qint64 directSeconds = 0;              // raw
    qint64 indirectSeconds = 0;            // raw
    qint64 breakSeconds = 0;               // raw
    qint64 deductedSeconds = 0;            // statutory break taken from direct intervals
    qint64 undeductedSeconds = 0;          // statutory break that could not be taken (no direct time)
    qint64 paidSeconds = 0;
    qint64 overtimeSeconds = 0;
    qint64 lateNightSeconds = 0;
    qint64 baseYenSeconds = 0;           // sum over intervals
    qint64 premiumYenSecondsPercent = 0; // sum over intervals
    bool hadBreakPunch = false;          // the day has a break interval: no statutory deduction
};

// Divisors of the numerators above.
inline constexpr qint64 kBaseYenDivisor = 3600;      // seconds per hour
inline constexpr qint64 kPremiumYenDivisor = 360000; // seconds per hour * 100 %

// numerator / divisor rounded half up (2.5 -> 3, not to even). Defined for numerator >= 0 and
// divisor > 0 only: costs are never negative, and half-up of a negative number is ambiguous.
[[nodiscard]] constexpr Yen roundHalfUp(qint64 numerator, qint64 divisor)
{
    return Yen((numerator + divisor / 2) / divisor);
}

// Yen of a summed baseYenSeconds (paid seconds * yen per hour).
[[nodiscard]] constexpr Yen baseYen(qint64 baseYenSeconds)
{
    return roundHalfUp(baseYenSeconds, kBaseYenDivisor);
}

// Yen of a summed premiumYenSecondsPercent (seconds * yen per hour * percent).
[[nodiscard]] constexpr Yen premiumYen(qint64 premiumYenSecondsPercent)
{
    return roundHalfUp(premiumYenSecondsPercent, kPremiumYenDivisor);
}

// Costs all the closed intervals of one worker's business day. The input may come in any order;
// the result keeps the input order. Errors (InvalidArgument): an interval that ends before it
// starts, a negative wage, two intervals that overlap, an invalid zone, rules out of range.
// Pure; callable from any thread.
[[nodiscard]] Result<CostedDay> costWorkerDay(const std::vector<CostInput> &intervals,
                                              const LaborRules &rules, const QTimeZone &zone);

} // namespace wh
