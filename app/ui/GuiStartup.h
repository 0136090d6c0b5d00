#pragma once

#include "ProgramSetup.h"
#include "Result.h"
#include "Store.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

class QGuiApplication;

namespace wh {

// The start-up every GUI program shares: the common options (--db required), logging, the
// translation, the font, opening the store, and failures told clearly (stderr and the log).
// Use on the GUI thread.
class GuiStartup {
    Q_DECLARE_TR_FUNCTIONS(wh::GuiStartup)

public:
    // Call in main() before the application object exists. When there is no display it picks Qt's
    // offscreen platform, so --help, --version, usage errors and --screenshot work on a machine
    // without a display instead of aborting; any other run then stops with a clear message.
    static void choosePlatform(int argc, char **argv);

    GuiStartup(QString program, int features);
    virtual ~GuiStartup() = default;
    GuiStartup(const GuiStartup &) = delete;
    GuiStartup &operator=(const GuiStartup &) = delete;

    // For adding the program's own options before start().
    [[nodiscard]] QCommandLineParser &parser() { return m_setup.parser(); }

    // Parses the options, starts logging, installs the translation and the font. Returns the exit
    // code when the program should stop (help, version, a usage error, no --db), else nullopt.
    [[nodiscard]] std::optional<int> start(QGuiApplication &app);

    // Opens the store named by --db. It must exist (a GUI program never creates an empty store);
    // an older schema is upgraded as usual.
    // Opens the --db store (never creates it); `options` for the memory of each connection.
    [[nodiscard]] Result<std::unique_ptr<db::Store>> openStore(db::Store::Options options = {}) const;

    // Tells the user `message` (stderr and the log); returns the exit code 1.
    virtual int fail(const QString &message) const;

    // In screenshot mode, fails with a clear message if no picture was saved after `ms`.
    void armScreenshotTimeout(int ms = 60000) const;

    [[nodiscard]] const QString &program() const { return m_program; }
    [[nodiscard]] QString databasePath() const { return m_setup.databasePath(); }
    [[nodiscard]] QString language() const { return m_setup.language(); }
    [[nodiscard]] QString screenshotPath() const { return m_setup.screenshotPath(); }
    [[nodiscard]] bool screenshotMode() const { return !screenshotPath().isEmpty(); }
    // A person is watching: not a screenshot run and a real display (not offscreen/minimal).
    [[nodiscard]] bool interactive() const;

private:
    QString m_program;
    ProgramSetup m_setup;
};

} // namespace wh
