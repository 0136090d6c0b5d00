#include "HandheldProgram.h"

#include "DeviceSite.h"
#include "ErrorText.h"
#include "GuiStartup.h"
#include "HomeViewModel.h"
#include "QuickScreenshot.h"
#include "ScannerKeyInput.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace wh {

int HandheldProgram::run(QGuiApplication &app)
{
    GuiStartup startup(QStringLiteral("wh-handheld"),
                       ProgramSetup::Language | ProgramSetup::Screenshot | ProgramSetup::LogFile);
    const QCommandLineOption deviceOption(
        QStringLiteral("device"),
        tr("The handheld's device id in the store (default: the first handheld device)."),
        QStringLiteral("ID"));
    startup.parser().setApplicationDescription(
        tr("Handheld: scanning, measuring and inspecting on the floor."));
    startup.parser().addOption(deviceOption);
    ScannerKeyInput::addOptions(startup.parser());
    if (auto exit = startup.start(app))
        return *exit;
    auto scannerOptions = ScannerKeyInput::optionsFrom(startup.parser());
    if (!scannerOptions) {
        startup.fail(scannerOptions.error().message());
        return 2;
    }

    const QString path = startup.databasePath();
    auto store = startup.openStore();
    if (!store)
        return startup.fail(ErrorText::storeCannotOpen(path, store.error()));

    const QString deviceId = startup.parser().value(deviceOption);
    auto where = reports::findDeviceSite(**store, DeviceKind::Handheld, deviceId);
    if (!where) {
        const Error &e = where.error();
        if (e.code() == ErrorCode::NotFound && deviceId.isEmpty())
            return startup.fail(
                tr("The store %1 has no handheld device. A handheld takes its site from its device "
                   "row, so add a device of kind “handheld” to the store first.")
                    .arg(path));
        if (e.code() == ErrorCode::NotFound)
            return startup.fail(tr("The store %1 has no device %2.").arg(path, deviceId));
        if (e.code() == ErrorCode::InvalidArgument)
            return startup.fail(tr("Device %1 in the store %2 is not a handheld.").arg(deviceId, path));
        return startup.fail(tr("The handheld's device cannot be read from the store %1: %2")
                                .arg(path, ErrorText::describe(e)));
    }

    // Without a display there is no OpenGL: render in software (also what the screenshot test uses).
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    HomeViewModel home(**store, *where, Clock::system());
    QQmlEngine::setObjectOwnership(&home, QQmlEngine::CppOwnership);
    // The scanner's keys, wherever the focus is; the home screen shows the last scan.
    ScannerKeyInput scanner(*scannerOptions);
    QObject::connect(&scanner, &ScannerKeyInput::scanned, &home, &HomeViewModel::scanned);
    QObject::connect(&scanner, &ScannerKeyInput::scanRejected, &home, &HomeViewModel::scanRejected);
    // A serial scanner, when the station has one, goes the same way as the keyboard wedge's scans.
    const auto serialScanner = ScannerKeyInput::serialFrom(startup.parser(), *scannerOptions, scanner);
    if (!serialScanner)
        return startup.fail(serialScanner.error().message());
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("home"), QVariant::fromValue(&home)}});
    engine.load(QUrl(QStringLiteral("qrc:/Wh/Handheld/Main.qml")));
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().front());
    if (!window)
        return startup.fail(tr("The home screen cannot be loaded; the log says why."));

    if (startup.screenshotMode()) {
        startup.armScreenshotTimeout();
        QuickScreenshot::grabAfterFirstFrame(window, startup.screenshotPath(), startup);
    }
    window->show();
    return app.exec();
}

} // namespace wh
