#pragma once

#include "DeviceLog.h"
#include "TapeReading.h"

namespace wh {

// The device log's row for a tape frame, for every program that keeps the log (wh measure, the
// handheld): its device, protocol, channel, time, raw bytes and kind; a reading's (or a replayed
// duplicate's) value in 0.1 mm with its summary, a message's or a rejection's text as the detail.
// Here (wh_ui) because drivers must not depend on db and both programs link this library. Any
// thread.
[[nodiscard]] db::DeviceLogEntry deviceLogEntryOf(const drivers::TapeFrame &frame);

} // namespace wh
