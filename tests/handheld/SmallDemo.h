#pragma once

// The handheld tests' store: a small demo warehouse (wh_cli's DemoWarehouse; the test links wh_cli).
#include "DemoWarehouse.h"
#include "DeviceSite.h"

#include <QDate>

namespace wh::test {

// 20 workers and 100 punches a day written into `store` for `days` days from `start` (an invalid
// date: the demo's default, the days before the clock's today); then its first handheld with the
// handheld's site.
[[nodiscard]] inline Result<reports::DeviceSite> smallDemo(db::Store &store, const Clock &clock,
                                                           QDate start = {}, int days = 1)
{
    demo::DemoOptions options;
    options.days = days;
    options.workers = 20;
    options.punchesPerDay = 100;
    if (start.isValid())
        options.start = start;
    auto report = demo::generateDemo(store, options, clock);
    if (!report)
        return report.error();
    return reports::findDeviceSite(store, DeviceKind::Handheld, QString());
}

} // namespace wh::test
