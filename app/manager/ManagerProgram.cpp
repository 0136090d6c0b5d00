#include "ManagerProgram.h"

#include "ErrorText.h"
#include "ManagerWindow.h"
#include "ViewerQueries.h"
#include "ScannerKeyInput.h"
#include "WidgetStartup.h"

#include <QApplication>
#include <QCommandLineOption>

namespace wh {

namespace {
// A common laptop or office screen; the screenshot is taken at this size.
constexpr QSize kWindowSize(1280, 800);
} // namespace

int ManagerProgram::run(QApplication &app)
{
    WidgetStartup startup(QStringLiteral("wh-manager"), ProgramSetup::Language | ProgramSetup::Screenshot);
    startup.parser().setApplicationDescription(tr("Manager: productivity reports over the site store."));
    ScannerKeyInput::addOptions(startup.parser());
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        tr("The page to open (and to take the --screenshot of): overview, figures, trends, person, live, "
           "corrections."),
        tr("name"), QStringLiteral("overview"));
    startup.parser().addOption(viewOption);
    if (auto exit = startup.start(app))
        return *exit;
    auto scannerOptions = ScannerKeyInput::optionsFrom(startup.parser(), ManagerWindow::scannerDefaults());
    if (!scannerOptions) {
        startup.fail(scannerOptions.error().message());
        return 2;
    }
    WidgetStartup::applyLook();

    auto store = startup.openStore();
    if (!store)
        return startup.fail(ErrorText::storeCannotOpen(startup.databasePath(), store.error()));

    // Until the sign-in lands, the program reads as the store's administrator.
    const reports::ViewerQueries queries(**store, reports::Viewer{QStringLiteral("admin"), reports::Role::Admin, {}});
    ManagerWindow window(queries, startup.language(), Clock::system());
    const QString viewName = startup.parser().value(viewOption);
    if (!window.showView(viewName)) {
        startup.fail(tr("There is no page called %1: choose one of %2.")
                         .arg(viewName, window.viewNames().join(QStringLiteral(", "))));
        return 2;
    }
    // A scan of a site, block, section or activity code goes to the window, whatever has the focus.
    ScannerKeyInput scanner(*scannerOptions);
    QObject::connect(&scanner, &ScannerKeyInput::scanned, &window, &ManagerWindow::scanned);
    QObject::connect(&scanner, &ScannerKeyInput::scanRejected, &window, &ManagerWindow::scanRejected);
    // A serial scanner, when the station has one, goes the same way as the keyboard wedge's scans.
    const auto serialScanner = ScannerKeyInput::serialFrom(startup.parser(), *scannerOptions, scanner);
    if (!serialScanner)
        return startup.fail(serialScanner.error().message());
    if (startup.screenshotMode()) {
        // The picture is worth taking once the page's figures are on screen.
        QObject::connect(
            &window, &ManagerWindow::figuresShown, &window, [&startup, &window] { startup.grab(&window); },
            Qt::SingleShotConnection);
    }
    startup.present(&window, kWindowSize, false, false);
    return app.exec();
}

} // namespace wh
