#pragma once

#include <QStringList>

class QCommandLineParser;

namespace wh::cli {

// The `wh` admin command line: init, demo, info, rebuild. Returns the process exit code:
// 0 success, 1 failure (a clear message on stderr naming the file), 2 usage error.
int runWh(const QStringList &arguments);

// A command line that cannot be right: "wh COMMAND: message" on stderr, then the usage text of
// `parser` when given. Returns 2, the exit code of a usage error.
int usageError(const QString &command, const QString &message, const QCommandLineParser *parser = nullptr);

// Whether the command line is `wh report ...`, which renders with Qt Gui and so needs a
// QGuiApplication (created before runWh, on the offscreen platform).
bool needsGui(int argc, char *argv[]);

} // namespace wh::cli
