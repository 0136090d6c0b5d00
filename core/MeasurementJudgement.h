#pragma once

#include "MeasurementSpec.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace wh {

// Judging garment measurements against a care-label spec: units, pass / fail per point, and the
// walk through one item (MeasurementSession). Pure: Qt Core only; any thread (one object per
// thread).

// The units a tape or a person gives a length in. Feet and yards are not accepted: a reading in
// feet is almost always a device left in imperial mode, and converting it silently would hide that.
enum class LengthUnit { Metre, Centimetre, Millimetre, Inch };

// "m", "cm", "mm", "in".
[[nodiscard]] QString lengthUnitName(LengthUnit unit);
// "m", "cm", "mm", "in" (also "inch", "inches", "\""), case-insensitive; nullopt for anything else.
[[nodiscard]] std::optional<LengthUnit> lengthUnitFromName(const QString &name);

// A length in 0.1 mm, the unit of the spec. Rounding: the value is scaled (m x 10000, cm x 100,
// mm x 10, in x 254), the binary floating-point noise below 10^-6 of 0.1 mm is dropped (so 12.345 cm
// is 1234.5 as written, not 1234.4999...), then it is rounded to the nearest 0.1 mm, halves away
// from zero: 12.345 cm -> 1235, 72.04 cm -> 7204, 1.23449 m -> 12345, 28.5 in -> 7239.
// Errors (InvalidArgument) name the problem: not a number, 0 or below (a tape that read nothing),
// beyond 100 m, a unit that is not accepted (feet, yards, anything else).
[[nodiscard]] Result<qint64> toTenthsOfMm(double value, LengthUnit unit);
[[nodiscard]] Result<qint64> toTenthsOfMm(double value, const QString &unitName);

// "720.0 mm", "-1.5 mm": 0.1 mm as text, one decimal, for messages and labels.
[[nodiscard]] QString formatTenths(qint64 tenths, bool withUnit = true);
// "+1.5", "-0.5", "0.0": a deviation with its sign (no unit).
[[nodiscard]] QString formatDeviation(qint64 tenths);

// One value against one point: pass when target - lower <= value <= target + upper (a value exactly
// at a tolerance passes).
struct PointJudgement {
    qint64 value = 0;
    qint64 deviation = 0; // value - target, in 0.1 mm
    bool pass = false;
    [[nodiscard]] bool over() const { return !pass && deviation > 0; }
    [[nodiscard]] bool under() const { return !pass && deviation < 0; }
};
[[nodiscard]] PointJudgement judgePoint(const SpecPoint &point, qint64 value);

enum class ItemVerdict { Incomplete, Pass, Fail };
[[nodiscard]] QString itemVerdictName(ItemVerdict verdict); // "incomplete", "pass", "fail"

// The walk through one item's points. The current point starts at the spec's first; a value
// recorded for it is judged, kept, and the session moves on to the next point (in spec order,
// wrapping round) that has no value yet. skip() leaves a point for later, back() and goTo() return
// to one to measure it again: a new value for a point supersedes its earlier one, and the history
// keeps both (attempt 1, 2, ...). The item's verdict is Incomplete until every point has a value,
// then Pass when every latest value passes, else Fail. When every point has a value no point is
// current; a reading then is refused (go back to a point first).
class MeasurementSession {
public:
    struct Entry {
        QString code;
        PointJudgement judgement;
        int attempt = 1;         // 1 for the point's first value, 2 for the re-measure, ...
        bool superseded = false; // a later value of the same point replaced it
    };
    struct Recorded {
        Entry entry;
        std::optional<int> supersededEntry;            // index in history() of the value it replaced
        ItemVerdict verdict = ItemVerdict::Incomplete; // the item's, after this value
        bool completedNow = false; // this value gave every point a value for the first time
    };

    explicit MeasurementSession(MeasurementSpec spec);

    [[nodiscard]] const MeasurementSpec &spec() const { return m_spec; }
    // The point a reading goes to; nullptr when every point has a value and none was chosen.
    [[nodiscard]] const SpecPoint *current() const;
    [[nodiscard]] std::optional<int> currentIndex() const { return m_current; }

    // A value for the current point (InvalidArgument when there is none).
    [[nodiscard]] Result<Recorded> record(qint64 value);

    // Leaves the current point for later: the next point without a value after it (wrapping
    // round), else no point when every other point has a value. False when there is nowhere to go
    // (it is the only point still to measure, or no point is current).
    bool skip();
    // The point before the current one (the last point when none is current). False at the first.
    bool back();
    // Makes `code` the current point (to measure it again). False for a code the spec lacks.
    bool goTo(const QString &code);

    [[nodiscard]] ItemVerdict verdict() const;
    [[nodiscard]] bool complete() const { return verdict() != ItemVerdict::Incomplete; }
    // Every value recorded, in order, superseded ones included.
    [[nodiscard]] const std::vector<Entry> &history() const { return m_history; }
    // The latest value of `code`, if it has one.
    [[nodiscard]] const Entry *latest(const QString &code) const;
    // Points without a value, in spec order.
    [[nodiscard]] QStringList pending() const;

private:
    // The next point without a value after `index`, wrapping round; never `index` itself.
    [[nodiscard]] std::optional<int> nextPendingAfter(int index) const;

    MeasurementSpec m_spec;
    std::optional<int> m_current;
    std::vector<Entry> m_history;
    std::vector<std::optional<int>> m_latest; // per point: index in m_history
    bool m_completedOnce = false;
};

} // namespace wh
