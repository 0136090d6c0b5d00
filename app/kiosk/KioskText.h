#pragma once

#include "MasterData.h"

#include <QString>

namespace wh {

// Small formatting helpers the kiosk screens share (times and worked time: SiteText). Any thread.
class KioskText {
public:
    // The activity's name in the kiosk's language (Japanese or English).
    [[nodiscard]] static QString activityName(const Activity &activity);
    [[nodiscard]] static QString blockName(const Block &block);
    [[nodiscard]] static QString sectionName(const Section &section);
    // The kiosk's style sheet: big type, high contrast, large touch targets.
    [[nodiscard]] static QString styleSheet();
};

} // namespace wh
