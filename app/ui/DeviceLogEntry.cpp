#include "DeviceLogEntry.h"

namespace wh {

db::DeviceLogEntry deviceLogEntryOf(const drivers::TapeFrame &frame)
{
    using Kind = drivers::TapeFrame::Kind;
    db::DeviceLogEntry e;
    e.deviceId = frame.deviceId;
    e.protocol = drivers::tapeProtocolName(frame.protocol);
    e.channel = frame.channel;
    e.receivedAtMs = frame.receivedAtMs;
    e.raw = frame.raw;
    e.kind = drivers::tapeFrameKindName(frame.kind);
    switch (frame.kind) {
    case Kind::Reading:
        e.detail = frame.reading.summary();
        e.tenthsOfMillimetre = frame.reading.tenthsOfMillimetre();
        break;
    case Kind::Duplicate:
        e.detail = QStringLiteral("%1: %2").arg(frame.reading.summary(), frame.detail);
        e.tenthsOfMillimetre = frame.reading.tenthsOfMillimetre();
        break;
    case Kind::Message:
    case Kind::Rejected: e.detail = frame.detail; break;
    }
    return e;
}

} // namespace wh
