#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>

namespace wh {

// Money is an integer count of yen (or of a currency's minor unit); never floating point.
// A distinct type so that yen and seconds cannot be added by mistake.
class Yen {
public:
    constexpr Yen() = default;
    constexpr explicit Yen(qint64 amount)
        : m_amount(amount)
    {
    }
    [[nodiscard]] constexpr qint64 amount() const { return m_amount; }

    constexpr Yen operator+(Yen other) const { return Yen(m_amount + other.m_amount); }
    constexpr Yen operator-(Yen other) const { return Yen(m_amount - other.m_amount); }
    constexpr Yen &operator+=(Yen other)
    {
        m_amount += other.m_amount;
        return *this;
    }
    constexpr auto operator<=>(const Yen &) const = default;

    // "¥1,234" with grouping; for display only.
    [[nodiscard]] QString toDisplayString() const;

private:
    qint64 m_amount = 0;
};

// Labor cost of `seconds` at `yenPerHour`, rounded half up to whole yen:
// (seconds * yenPerHour + 1800) / 3600 in integer arithmetic. The rounding is applied once per
// summed amount (the caller sums seconds first), never per punch.
[[nodiscard]] constexpr Yen laborCost(qint64 seconds, qint64 yenPerHour)
{
    return Yen((seconds * yenPerHour + 1800) / 3600);
}

} // namespace wh
