#pragma once

#include <QString>
#include <QStringList>

namespace wh::test {

// The real `wh` program (WH_BIN/wh), run as a script would.
struct WhRun {
    int exitCode = -1; // -1: did not start, crashed or timed out
    QString out;
    QString err;
    bool finished = false;
};

[[nodiscard]] QString whPath();
// Runs `wh args...` in the C locale (English messages unless --lang says otherwise) and waits up to
// `timeoutMs` for it.
[[nodiscard]] WhRun runWh(const QStringList &args, int timeoutMs = 120000);
// The same with `input` on the program's standard input (then closed).
[[nodiscard]] WhRun runWhWithInput(const QStringList &args, const QByteArray &input, int timeoutMs = 120000);
// Exit code, stdout and stderr, for a failed check's message.
[[nodiscard]] QString describe(const WhRun &run);

} // namespace wh::test
