#include "KioskProgram.h"

#include "DeviceSite.h"
#include "ErrorText.h"
#include "KioskWindow.h"
#include "Logging.h"
#include "PunchService.h"
#include "ScannerKeyInput.h"
#include "SerialBadgeReader.h"
#include "WidgetStartup.h"

#include <QApplication>

#include <memory>

namespace wh {

namespace {
// The idle screen is designed for a 1280x800 (or larger, landscape) touch screen.
constexpr QSize kScreenSize(1280, 800);
} // namespace

int KioskProgram::run(QApplication &app)
{
    WidgetStartup startup(QStringLiteral("wh-kiosk"),
                          ProgramSetup::Language | ProgramSetup::Screenshot | ProgramSetup::LogFile);
    const QCommandLineOption deviceOption(
        QStringLiteral("device"), tr("The kiosk's device id in the store (default: the first kiosk device)."),
        QStringLiteral("ID"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"),
                                            tr("Run in a window instead of full screen."));
    const QCommandLineOption screenOption(
        QStringLiteral("screenshot-screen"),
        tr("With --screenshot: the screen to picture, idle (default), pin, card, chooser or confirmation. "
           "The last three need --badge; nothing is punched."),
        QStringLiteral("SCREEN"), QStringLiteral("idle"));
    const QCommandLineOption badgeOption(
        QStringLiteral("badge"),
        tr("With --screenshot: the badge whose card, chooser or confirmation "
           "to picture."),
        QStringLiteral("ID"));
    const QCommandLineOption serialOption(
        QStringLiteral("badge-serial"),
        tr("A serial badge reader on this port (e.g. /dev/ttyUSB0), 9600 8N1, sending STX/ETX frames or "
           "decimal lines; a keyboard-wedge reader needs no option."),
        QStringLiteral("PORT"));
    startup.parser().addOption(screenOption);
    startup.parser().addOption(badgeOption);
    startup.parser().addOption(serialOption);
    startup.parser().setApplicationDescription(tr("Kiosk: workers tap their badge to punch."));
    startup.parser().addOption(deviceOption);
    startup.parser().addOption(windowedOption);
    ScannerKeyInput::addOptions(startup.parser());
    if (auto exit = startup.start(app))
        return *exit;
    auto scannerOptions = ScannerKeyInput::optionsFrom(startup.parser());
    if (!scannerOptions) {
        startup.fail(scannerOptions.error().message());
        return 2;
    }
    WidgetStartup::applyLook();

    const QString path = startup.databasePath();
    auto store = startup.openStore();
    if (!store)
        return startup.fail(ErrorText::storeCannotOpen(path, store.error()));

    const QString deviceId = startup.parser().value(deviceOption);
    auto where = reports::findDeviceSite(**store, DeviceKind::Kiosk, deviceId);
    if (!where) {
        const Error &e = where.error();
        if (e.code() == ErrorCode::NotFound && deviceId.isEmpty())
            return startup.fail(tr("The store %1 has no kiosk device. A kiosk takes its site from its device "
                                   "row, so add a device of kind “kiosk” to the store first.")
                                    .arg(path));
        if (e.code() == ErrorCode::NotFound)
            return startup.fail(tr("The store %1 has no device %2.").arg(path, deviceId));
        if (e.code() == ErrorCode::InvalidArgument)
            return startup.fail(tr("Device %1 in the store %2 is not a kiosk.").arg(deviceId, path));
        return startup.fail(
            tr("The kiosk's device cannot be read from the store %1: %2").arg(path, ErrorText::describe(e)));
    }

    const QString screen = startup.parser().value(screenOption);
    const QString badge = startup.parser().value(badgeOption);
    const QStringList screens{QStringLiteral("idle"), QStringLiteral("pin"), QStringLiteral("card"),
                              QStringLiteral("chooser"), QStringLiteral("confirmation")};
    if (!screens.contains(screen)) {
        startup.fail(
            tr("Unknown screen “%1” for --screenshot-screen: use idle, pin, card, chooser or confirmation.")
                .arg(screen));
        return 2;
    }
    const bool afterTap = screen != QLatin1String("idle") && screen != QLatin1String("pin");
    if (afterTap && badge.isEmpty()) {
        startup.fail(tr("--screenshot-screen %1 needs --badge with a worker's badge id.").arg(screen));
        return 2;
    }
    if ((screen != QLatin1String("idle") || !badge.isEmpty()) && !startup.screenshotMode()) {
        startup.fail(tr("--screenshot-screen and --badge are only used with --screenshot."));
        return 2;
    }

    // The confirmation shows once the punch event is committed; the window derives the punch
    // intervals right after it is on screen (settle()).
    db::PunchService::Options punchOptions;
    punchOptions.deferProjection = true;
    auto service = db::PunchService::open(**store, Clock::system(), where->device.id, punchOptions);
    if (!service)
        return startup.fail(tr("The kiosk cannot punch at device %1: %2")
                                .arg(where->device.id, ErrorText::describe(service.error())));

    KioskWindow window(**store, *where, **service, Clock::system());
    if (startup.screenshotMode() && screen == QLatin1String("pin")) {
        window.setAutoReturn(false);
        window.openPinScreen();
    }
    if (startup.screenshotMode() && afterTap) {
        // The picture of a screen after a tap: the card is read, nothing is punched.
        window.setAutoReturn(false);
        if (!window.showCardForBadge(badge))
            return startup.fail(
                tr("The badge %1 cannot be shown: it is not a worker's badge at this site.").arg(badge));
        if (screen == QLatin1String("chooser"))
            window.openChooser();
        else if (screen == QLatin1String("confirmation"))
            window.showSampleConfirmation();
    }
    // The barcode scanner sees every key first (its filter is installed after the window's): a
    // burst is taken whole, so the badge reader's digits and Enter reach the window as a scan, which
    // hands them to the badge input's own rules (KioskWindow::scanRead); keys a person types pass on.
    ScannerKeyInput scanner(*scannerOptions);
    QObject::connect(&scanner, &ScannerKeyInput::scanned, &window, &KioskWindow::scanRead);
    QObject::connect(&scanner, &ScannerKeyInput::scanRejected, &window, &KioskWindow::scanRejected);
    // A serial scanner, when the station has one, goes the same way as the keyboard wedge's scans.
    const auto serialScanner = ScannerKeyInput::serialFrom(startup.parser(), *scannerOptions, scanner);
    if (!serialScanner)
        return startup.fail(serialScanner.error().message());
    // A serial reader feeds the same entry point as the keyboard-wedge input.
    std::unique_ptr<drivers::SerialBadgeReader> serial;
    if (startup.parser().isSet(serialOption) && !startup.screenshotMode()) {
        drivers::SerialBadgeReader::Settings settings;
        settings.portName = startup.parser().value(serialOption);
        serial = std::make_unique<drivers::SerialBadgeReader>(settings);
        QObject::connect(serial.get(), &drivers::SerialBadgeReader::badgeRead, &window,
                         &KioskWindow::badgeRead);
        QObject::connect(
            serial.get(), &drivers::SerialBadgeReader::readError, &window, [](const Error &error) {
                logging::get("app")->warn("kiosk: serial badge reader sent an unreadable frame: {}",
                                          error.toString().toStdString());
            });
        serial->start();
    }
    startup.present(&window, kScreenSize, !startup.parser().isSet(windowedOption));
    return app.exec();
}

} // namespace wh
