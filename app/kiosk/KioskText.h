#pragma once

#include "MasterData.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace wh {

// Small formatting helpers the kiosk screens share. Any thread.
class KioskText {
    Q_DECLARE_TR_FUNCTIONS(wh::KioskText)

public:
    // The activity's name in the kiosk's language (Japanese or English).
    [[nodiscard]] static QString activityName(const Activity &activity);
    [[nodiscard]] static QString blockName(const Block &block);
    [[nodiscard]] static QString sectionName(const Section &section);
    // "19:30" in the site's time zone; with the date when it is not the day of `nowMs`.
    [[nodiscard]] static QString siteTime(qint64 ms, const QTimeZone &zone, qint64 nowMs);
    // Worked time as h:mm ("7:05").
    [[nodiscard]] static QString hoursMinutes(qint64 seconds);
    // The kiosk's style sheet: big type, high contrast, large touch targets.
    [[nodiscard]] static QString styleSheet();
};

} // namespace wh
