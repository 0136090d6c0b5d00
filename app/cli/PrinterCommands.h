#pragma once

#include <QStringList>

namespace wh::cli {

// `wh printer SUBCOMMAND ...`: label printer tools (no --db needed, except to use the store's spool).
//
//   wh printer status HOST[:PORT]            ask a ZPL printer for its state (~HS)
//   wh printer send HOST[:PORT] [FILE.zpl...] [--db F] [--key K] [--wait S] [--no-status]
//                                            print ZPL files through the spool; with --db the store's
//                                            spool (jobs wait there while the printer is off; without
//                                            files it sends what waits)
//   wh printer simulate [--port N] [--state S] [--save DIR] [--count N]
//                                            a ZPL printer on loopback (states: ready, paper-out,
//                                            paused, head-open, ribbon-out, stopped; typed on stdin
//                                            while it runs)
//   wh printer preview FILE.zpl --png OUT.png
//                                            the labels drawn locally
//   wh printer sample [--host-text] [--zpl OUT] [--png OUT]
//                                            the NG sticker of a sample item
//
// Returns the process exit code: 0 success, 1 failure (a clear message on stderr), 2 usage error.
int runPrinter(const QStringList &arguments);

// Whether the command line is `wh printer ...`.
bool isPrinterCommand(const QStringList &arguments);

} // namespace wh::cli
