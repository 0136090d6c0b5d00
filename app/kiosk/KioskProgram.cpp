#include "KioskProgram.h"

#include "DeviceSite.h"
#include "ErrorText.h"
#include "IdleScreen.h"
#include "WidgetStartup.h"

#include <QApplication>

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
    startup.parser().setApplicationDescription(tr("Kiosk: workers tap their badge to punch."));
    startup.parser().addOption(deviceOption);
    startup.parser().addOption(windowedOption);
    if (auto exit = startup.start(app))
        return *exit;
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

    IdleScreen screen(**store, *where, Clock::system());
    startup.present(&screen, kScreenSize, !startup.parser().isSet(windowedOption));
    return app.exec();
}

} // namespace wh
