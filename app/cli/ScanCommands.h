#pragma once

#include <QStringList>

namespace wh::cli {

// `wh scan SUBCOMMAND ...`: barcode tools that need no store (no --db).
//
//   wh scan decode [--tsv] [--formats LIST] [--budget MS] [--max-symbols N] [--lang ja|en] FILE...
//   wh scan gs1 [--gs CHAR] [--today YYYY-MM-DD] [--lang ja|en] TEXT
//
// The subcommand is the second word; each has its own parser (see kScanCommands in
// ScanCommands.cpp: a new one is a function and a row there). Returns the process exit code: 0
// success, 1 when some input could not be used (the others are still done), 2 usage error.
int runScan(const QStringList &arguments);

// Whether the command line is `wh scan ...`.
bool isScanCommand(const QStringList &arguments);

} // namespace wh::cli
