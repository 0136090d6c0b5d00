#pragma once

#include <QStringList>

namespace wh::cli {

// `wh device SUBCOMMAND ...`: tape-measure frames from the field and from the simulators. No store
// except for `log`.
//
//   wh device decode --protocol leica-disto|bosch-glm|es-tape|nus|wedge [--text] [options] FRAME...|-
//       Decodes frames pasted from a device log: each FRAME is one frame in hex ("C0 55 10 ..."
//       quoted, or "C05510..."); when every FRAME is a single byte (an unquoted paste), they are
//       one frame together. --text reads them as text with \r \n \t \\ \xHH escapes (ASCII tapes;
//       a wedge tape's FRAMEs are always its typed text). "-" reads one frame per line from stdin.
//       One tab-separated line per frame:
//           HEX  reading   1234 mm  settled|live  #5|#1 (counted)  1.234 m
//           HEX  message   what the frame said (a display unit, an acknowledgement)
//           HEX  rejected  why (CRC error, truncated, zero, NaN, unknown unit, ...)
//       The sequence is the device's own counter (#5) where the protocol has one, else the count
//       of readings in this run. Options where sources disagree: --leica-unit metres|display,
//       --es-tape-step MM (1; 0.1 for the hundredths-of-a-centimetre reading), --unit mm|cm|m|in
//       (nus and wedge numbers without a unit).
//   wh device simulate --protocol leica-disto|bosch-glm|es-tape|nus|wedge [--values MM,...] [--live]
//       Prints what a simulated tape sends for each value (a "# 523 mm" line, then its frames in
//       the decode format above: the real frames of the protocol, decoded by the same decoders; a
//       wedge tape's keys as text with ⏎). --live adds an ES-Tape's live frames. Values of 0 or nan
//       give the frames a device sends for them, which the decoders reject.
//   wh device log --db F [--device ID] [--limit N]
//       The newest frames of the device log (db/DeviceLog), oldest first: time (UTC), device,
//       protocol, kind, hex, detail. The hex column pastes into `wh device decode`.
//
// Exit code: 0 when every frame was read (readings and messages), 1 when any frame was rejected or
// a value could not be simulated (every other frame is still printed) or the store failed, 2 usage
// error. Every subcommand takes --lang ja|en.
int runDevice(const QStringList &arguments);

// Whether the command line is `wh device ...`.
bool isDeviceCommand(const QStringList &arguments);

} // namespace wh::cli
