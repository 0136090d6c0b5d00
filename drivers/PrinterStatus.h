#pragma once

#include "Result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace wh::drivers {

// Something about a Zebra printer that stops it printing, from its ~HS answer.
enum class PrinterCondition {
    PaperOut,
    Paused,
    HeadOpen,
    RibbonOut,
    BufferFull,
    CorruptRam,
    UnderTemperature,
    OverTemperature,
};

// A Zebra printer's host status (~HS): three lines framed STX ... ETX CR LF (ZPL II manual):
//   1: aaa,b,c,dddd,eee,f,g,h,iii,j,k,l   b paper out, c paused, dddd label length (dots),
//      eee formats in the receive buffer, f buffer full, g diagnostic mode, h partial format,
//      j corrupt RAM, k under temperature, l over temperature
//   2: mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www   o head up, p ribbon out, q thermal transfer,
//      r print mode, t label waiting (peel-off), uuuuuuuu labels left in the batch
//   3: xxxx,y                              password, static RAM installed
// Fields are 1-based above as in devices.md: line 1 field 2 = paper out, field 3 = pause; line 2
// field 3 = head up, field 4 = ribbon out.
struct PrinterStatus {
    bool paperOut = false;
    bool paused = false;
    bool headOpen = false;
    bool ribbonOut = false;
    bool bufferFull = false;
    bool corruptRam = false;
    bool underTemperature = false;
    bool overTemperature = false;
    bool partialFormat = false;   // a label was cut off mid-way (what came before was incomplete)
    bool labelWaiting = false;    // peel-off: a printed label waits to be taken (not an error)
    bool thermalTransfer = false; // prints with a ribbon
    int labelLengthDots = 0;
    int formatsInBuffer = 0;
    int labelsRemaining = 0;
    QByteArray raw; // the answer as received

    // What stops it printing, in a fixed order (the worst first).
    [[nodiscard]] std::vector<PrinterCondition> conditions() const;
    // Nothing stops it printing.
    [[nodiscard]] bool ready() const { return conditions().empty(); }
    // The conditions as translated sentences for an operator ("The printer is out of labels: ...").
    [[nodiscard]] QStringList messages() const;

    // Parses the three lines. Errors (ErrorCode::Parse, the raw bytes as hex in the context): fewer
    // than three framed lines, a line with too few fields, a flag that is not 0 or 1.
    [[nodiscard]] static Result<PrinterStatus> parse(const QByteArray &response);
    // How many bytes of `buffer` make a whole answer (three framed lines, with the CR LF after the
    // last ETX when it is there), or nullopt while it is incomplete. Bytes before the first STX are
    // counted in (line noise, a late answer of an earlier request: see LabelPrinter).
    [[nodiscard]] static std::optional<qsizetype> completeLength(const QByteArray &buffer);
};

// The translated sentence for one condition: what is wrong and what to do.
[[nodiscard]] QString printerConditionText(PrinterCondition condition);
// "paper-out", "paused", ...: for logs and the command line.
[[nodiscard]] const char *printerConditionName(PrinterCondition condition);

} // namespace wh::drivers

Q_DECLARE_METATYPE(wh::drivers::PrinterStatus)
