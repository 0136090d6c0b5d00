#include "GuiStartup.h"

#include "AppFont.h"
#include "Logging.h"

#include <QGuiApplication>
#include <QTimer>
#include <cstdio>

namespace wh {

namespace {
// Set when main() found no display and chose the offscreen platform.
bool g_noDisplay = false;
} // namespace

void GuiStartup::choosePlatform(int /*argc*/, char ** /*argv*/)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    // Without a display Qt would abort before any option is read. Start offscreen instead, so
    // --help, --version, usage errors and --screenshot all work; start() refuses to
    // run a window nobody can see.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_noDisplay = true;
}

GuiStartup::GuiStartup(QString program, int features)
    : m_program(program)
    , m_setup(std::move(program), features | ProgramSetup::Database)
{
}

std::optional<int> GuiStartup::start(QGuiApplication &app)
{
    if (auto exit = m_setup.parse(app))
        return exit;
    if (databasePath().isEmpty()) {
        std::fprintf(stderr, "%s: %s\n\n%s", qPrintable(m_program),
                     qPrintable(tr("no store given: start the program with --db FILE")),
                     qPrintable(m_setup.parser().helpText()));
        return 2;
    }
    if (g_noDisplay && !screenshotMode()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(m_program),
                     qPrintable(tr("there is no display to show the window on (DISPLAY is not set): run "
                                   "it on a desktop, under xvfb-run, or with --screenshot FILE")));
        return 1;
    }
    AppFont::apply();
    logging::get("app")->info("{} starting (store {}, language {}{})", m_program.toStdString(),
                              databasePath().toStdString(), language().toStdString(),
                              screenshotMode() ? ", screenshot" : "");
    return std::nullopt;
}

Result<std::unique_ptr<db::Store>> GuiStartup::openStore(db::Store::Options options) const
{
    options.create = false;
    return db::Store::open(databasePath(), options);
}

int GuiStartup::fail(const QString &message) const
{
    logging::get("app")->error("{}", message.toStdString());
    logging::get("app")->flush();
    std::fprintf(stderr, "%s: %s\n", qPrintable(m_program), qPrintable(message));
    return 1;
}

void GuiStartup::armScreenshotTimeout(int ms) const
{
    if (!screenshotMode())
        return;
    QTimer::singleShot(ms, qApp, [this, ms] {
        fail(tr("No screenshot was taken within %1 seconds.").arg(ms / 1000));
        QCoreApplication::exit(1);
    });
}

bool GuiStartup::interactive() const
{
    const QString platform = QGuiApplication::platformName();
    return !screenshotMode() && platform != QLatin1String("offscreen") &&
           platform != QLatin1String("minimal");
}

} // namespace wh
