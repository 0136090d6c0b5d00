#include "CounterDelta.h"

namespace wh {

QString counterChangeName(CounterChange change)
{
    switch (change) {
    case CounterChange::Baseline: return QStringLiteral("baseline");
    case CounterChange::Unchanged: return QStringLiteral("unchanged");
    case CounterChange::Advanced: return QStringLiteral("advanced");
    case CounterChange::Wrapped: return QStringLiteral("wrapped");
    case CounterChange::Reset: return QStringLiteral("reset");
    case CounterChange::Jump: return QStringLiteral("jump");
    }
    return {};
}

quint32 defaultCounterMaxDelta(int widthBits)
{
    return widthBits <= 16 ? 0x1000u : 0x10000000u;
}

CounterStep counterStep(std::optional<quint32> previous, quint32 current, int widthBits, quint32 maxDelta)
{
    const int width = widthBits <= 16 ? 16 : 32;
    // Arithmetic in 64 bits: 2^32 - previous + current does not fit 32.
    const quint64 range = quint64(1) << width;
    const quint64 mask = range - 1;
    const quint64 bound = maxDelta == 0 ? defaultCounterMaxDelta(width) : maxDelta;
    const quint64 now = quint64(current) & mask;
    if (!previous)
        return {CounterChange::Baseline, 0};
    const quint64 before = quint64(*previous) & mask;
    if (now == before)
        return {CounterChange::Unchanged, 0};
    if (now > before) {
        const quint64 delta = now - before;
        if (delta <= bound)
            return {CounterChange::Advanced, quint32(delta)};
        return {CounterChange::Jump, 0};
    }
    const quint64 wrapped = range - before + now;
    if (wrapped <= bound)
        return {CounterChange::Wrapped, quint32(wrapped)};
    if (now <= bound)
        return {CounterChange::Reset, quint32(now)};
    return {CounterChange::Jump, 0};
}

} // namespace wh
