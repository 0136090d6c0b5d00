#pragma once

// The NG sticker of the label printer tests: an item with three of its sixteen points out of
// tolerance, Japanese point names and worker name (header-only; include from a test that links
// wh_drivers).
#include "NgSticker.h"

namespace wh::test {

inline drivers::NgStickerData ngStickerFixture()
{
    drivers::NgStickerData d;
    d.itemId = QStringLiteral("ITM-2026-000123");
    d.style = QStringLiteral("ST-1001");
    d.size = QStringLiteral("M");
    d.lot = QStringLiteral("L2611-07");
    d.pointsMeasured = 16;
    // Chest 520.0 +-5.0 measured 526.5; length 725.0 -8.0/+10.0 measured 715.0; sleeve 600.0 +-5.0
    // measured 612.0.
    d.failedPoints = {
        {QStringLiteral("B01"), QStringLiteral("身幅"), 5265, 5200, 50, 50},
        {QStringLiteral("B02"), QStringLiteral("着丈"), 7150, 7250, 80, 100},
        {QStringLiteral("B05"), QStringLiteral("袖丈"), 6120, 6000, 50, 50},
    };
    d.recordUri = QStringLiteral("wh://measurement/018f3a2c-7d41-7c3e-9a55-3b1f2e4d5c6a");
    d.worker = QStringLiteral("W00042 山田 太郎");
    d.measuredAt = QStringLiteral("2026-11-02 09:14");
    return d;
}

} // namespace wh::test
