#pragma once

#include <QStringList>

namespace wh::cli {

// `wh measure`: one garment measured from start to finish without a screen, the way the handheld
// will do it: the care-label spec is checked, each point is shown, a reading is taken from the
// tape, judged and recorded, and an item that fails gets its NG sticker from the label printer.
//
//   wh measure --db F --spec TEXT --key [ID:]SECRET [--key-file F] --device sim:PROTOCOL
//              [--worker CODE] [--station ID] [--activity CODE]
//              [--fail-points CODE,...] [--values CODE=MM,...]
//              [--printer HOST:PORT] [--printer-font FONT | --host-text] [--printer-timeout S]
//              [--reading-timeout S] [--lang ja|en]
//
// --device sim:PROTOCOL (leica-disto, bosch-glm, es-tape, nus, wedge) is the tape simulator of
// drivers/SimulatedTape: its real frames go through the protocol's decoder. The simulated person
// measures each point at its target, or at --values CODE=MM; the points of --fail-points are
// measured 2.0 mm beyond their upper tolerance. Values survive to the protocol's resolution
// (ES-Tape: whole millimetres), and the judgement is made on what the decoder read.
//
// Records (db/MeasurementRecorder) are made at --station (default: the store's first handheld),
// by --worker; the item counts as one unit for --activity when given, else for the measure-workflow
// activity the worker is punched into (otherwise the reason is printed and an admin notice kept).
// A failed item's sticker goes to --printer through the store's print spool (db/PrintSpool,
// drivers/LabelPrinter): a printer that is off or out of paper is reported, and when it has not taken
// the sticker within --printer-timeout the sticker waits in the spool (`wh printer send HOST:PORT
// --db F`, or the next wh measure to that printer, sends it first). Every frame the tape sent is
// kept in the device log (db/DeviceLog; `wh device log`), rejected ones with their reason.
//
// Output: "name: value" lines (item, station, device, one "point:" line as each point comes up and
// one "measured:" line for each reading, then verdict, failed points, unit, sticker). Exit code 0
// when the item was measured to its verdict (pass or fail; a sticker still in the spool is a
// warning on stderr),
// 1 when it could not be (a refused label, an unknown worker, a tape that sent nothing in time:
// every value taken before is kept), 2 usage error.
int runMeasure(const QStringList &arguments);

// Whether the command line is `wh measure ...`.
bool isMeasureCommand(const QStringList &arguments);

} // namespace wh::cli
