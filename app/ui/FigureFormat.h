#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace wh {

// How figures read on every screen, in the default locale (set by --lang): grouped digits, hours
// and rates with one decimal, a dash where a rate has no hours to divide by. Any thread.
class FigureFormat {
public:
    [[nodiscard]] static QString count(qint64 n);
    // Seconds as hours with one decimal: "1,234.5".
    [[nodiscard]] static QString hours(qint64 seconds);
    // Units per hour with one decimal, or "–" when there were no hours or no units.
    [[nodiscard]] static QString perHour(qint64 units, qint64 seconds);
    // Yen as a whole number with the currency sign: "¥1,234,567".
    [[nodiscard]] static QString yen(qint64 amount);
    // Yen per unit with one decimal ("¥12.3"), or the dash without a value.
    [[nodiscard]] static QString yenPerUnit(std::optional<double> value);
    // A ratio with one decimal ("12.3"), or the dash without a value.
    [[nodiscard]] static QString decimal(std::optional<double> value);
    // A percentage without decimals ("97 %"), or the dash without a value.
    [[nodiscard]] static QString percent(std::optional<double> value);
    // The dash shown for "no figure".
    [[nodiscard]] static QString none();
};

} // namespace wh
