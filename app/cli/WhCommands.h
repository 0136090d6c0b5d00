#pragma once

#include <QStringList>

namespace wh::cli {

// The `wh` admin command line: init, demo, info, rebuild. Returns the process exit code:
// 0 success, 1 failure (a clear message on stderr naming the file), 2 usage error.
int runWh(const QStringList &arguments);

// Whether the command line is `wh report ...`, which renders with Qt Gui and so needs a
// QGuiApplication (created before runWh, on the offscreen platform).
bool needsGui(int argc, char *argv[]);

} // namespace wh::cli
