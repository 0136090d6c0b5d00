#include "HandheldProgram.h"

#include "DeviceSite.h"
#include "ErrorText.h"
#include "GuiStartup.h"
#include "HandheldApp.h"
#include "Logging.h"
#include "ProgramSetup.h"
#include "QuickScreenshot.h"
#include "ScannerKeyInput.h"
#include "ScreenScenario.h"
#include "SessionViewModel.h"
#include "SettingsViewModel.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSize>
#include <QTimer>

#include <memory>

namespace wh {

namespace {

// The program's screens: the shell and its QML, built again when the language or the site changes
// (every text and every view-model then comes from the new setting), keeping who is signed in.
class HandheldUi : public QObject {
public:
    HandheldUi(QGuiApplication &app, db::Store &store, reports::DeviceSite where, ScannerKeyInput &scanner,
               ScannerKeyInput::Options scannerBase)
        : m_app(app)
        , m_store(store)
        , m_where(std::move(where))
        , m_scanner(scanner)
        , m_scannerBase(scannerBase)
    {
    }

    // Builds the shell and loads Main.qml; the window is not shown yet. An empty string when it
    // worked, else what went wrong.
    QString build(const QString &language, const QString &resumeWorker)
    {
        auto shell = HandheldApp::create(m_store, Clock::system(), m_where, language);
        if (!shell)
            return HandheldProgram::tr("The handheld cannot start on this store: %1")
                .arg(ErrorText::describe(shell.error()));
        m_shell = std::move(*shell);
        applyScannerOptions();
        connect(m_shell->settings(), &SettingsViewModel::scannerOptionsChanged, m_shell.get(),
                [this] { applyScannerOptions(); });
        connect(&m_scanner, &ScannerKeyInput::scanned, m_shell.get(), &HandheldApp::scanned);
        connect(&m_scanner, &ScannerKeyInput::scanRejected, m_shell.get(), &HandheldApp::scanRejected);
        connect(m_shell.get(), &HandheldApp::restartRequested, this, &HandheldUi::restart,
                Qt::QueuedConnection);
        if (!resumeWorker.isEmpty())
            m_shell->session()->resume(resumeWorker);

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(m_shell.get())}});
        m_engine->load(QUrl(QStringLiteral("qrc:/Wh/Handheld/Main.qml")));
        if (m_engine->rootObjects().isEmpty())
            return HandheldProgram::tr("The screens cannot be loaded; the log says why.");
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().front());
        if (!m_window)
            return HandheldProgram::tr("The screens cannot be loaded; the log says why.");
        return {};
    }

    [[nodiscard]] HandheldApp *shell() const { return m_shell.get(); }
    [[nodiscard]] QQuickWindow *window() const { return m_window; }

private:
    // The device's stored prefix and suffix over the command line's (SettingsViewModel decides).
    void applyScannerOptions()
    {
        if (auto applied = m_scanner.setOptions(m_shell->settings()->scannerOptions(m_scannerBase)); !applied)
            logging::get("handheld")
                ->warn("scanner options not applied: {}", applied.error().toString().toStdString());
    }

    void restart(const QString &language)
    {
        const QString worker = m_shell->session()->signedIn() ? m_shell->session()->workerCode() : QString();
        const bool visible = m_window && m_window->isVisible();
        // The site may have changed: read the device's row again.
        auto where = reports::findDeviceSite(m_store, DeviceKind::Handheld, m_where.device.id);
        if (where)
            m_where = *where;
        logging::get("handheld")
            ->info("rebuilding the screens (language {}, site {})", language.toStdString(),
                   m_where.site.code.toStdString());
        m_engine.reset();
        m_window = nullptr;
        m_shell.reset();
        if (auto installed = installTranslation(m_app, language); !installed)
            logging::get("handheld")->warn("{}", installed.error().toString().toStdString());
        const QString problem = build(language, worker);
        if (!problem.isEmpty()) {
            logging::get("handheld")->critical("{}", problem.toStdString());
            QCoreApplication::exit(1);
            return;
        }
        if (visible)
            m_window->show();
    }

    QGuiApplication &m_app;
    db::Store &m_store;
    reports::DeviceSite m_where;
    ScannerKeyInput &m_scanner;
    ScannerKeyInput::Options m_scannerBase;
    std::unique_ptr<HandheldApp> m_shell;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace

int HandheldProgram::run(QGuiApplication &app)
{
    QElapsedTimer started;
    started.start();
    GuiStartup startup(QStringLiteral("wh-handheld"),
                       ProgramSetup::Language | ProgramSetup::Screenshot | ProgramSetup::LogFile);
    const QCommandLineOption deviceOption(
        QStringLiteral("device"),
        tr("The handheld's device id in the store (default: the first handheld device)."),
        QStringLiteral("ID"));
    const QCommandLineOption screenOption(
        QStringLiteral("screen"),
        tr("Opens this screen in a telling state, as a worker would get there (for pictures and demos; it "
           "writes to the store like a worker would): %1.")
            .arg(ScreenScenario::screens().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption workerOption(
        QStringLiteral("worker"),
        tr("With --screen: the worker who signs in (default: the site's first with a badge)."),
        QStringLiteral("CODE"));
    const QCommandLineOption labelOption(
        QStringLiteral("label"), tr("With --screen measure-item or measure-verdict: the care label's text."),
        QStringLiteral("TEXT"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        tr("The window's size in pixels, WIDTHxHEIGHT (default 360x640, the phone the screens are laid out "
           "for; e.g. 800x1280 for a tablet)."),
        QStringLiteral("WxH"));
    startup.parser().setApplicationDescription(
        tr("Handheld: scanning, measuring and switching activity on the floor."));
    startup.parser().addOption(sizeOption);
    startup.parser().addOption(deviceOption);
    startup.parser().addOption(screenOption);
    startup.parser().addOption(workerOption);
    startup.parser().addOption(labelOption);
    ScannerKeyInput::addOptions(startup.parser());
    if (auto exit = startup.start(app))
        return *exit;
    auto scannerOptions = ScannerKeyInput::optionsFrom(startup.parser());
    if (!scannerOptions) {
        startup.fail(scannerOptions.error().message());
        return 2;
    }
    QSize windowSize;
    if (startup.parser().isSet(sizeOption)) {
        const QStringList parts = startup.parser().value(sizeOption).split(QLatin1Char('x'));
        bool okW = false;
        bool okH = false;
        if (parts.size() == 2)
            windowSize = QSize(parts[0].toInt(&okW), parts[1].toInt(&okH));
        if (!okW || !okH || windowSize.width() < 240 || windowSize.height() < 320 ||
            windowSize.width() > 4000 || windowSize.height() > 4000) {
            startup.fail(tr("--size must be WIDTHxHEIGHT in pixels, from 240x320 to 4000x4000, not “%1”.")
                             .arg(startup.parser().value(sizeOption)));
            return 2;
        }
    }
    const QString screen = startup.parser().value(screenOption);
    if (!screen.isEmpty() && !ScreenScenario::screens().contains(screen))
        return startup.fail(tr("There is no screen %1. The screens: %2.")
                                .arg(screen, ScreenScenario::screens().join(QStringLiteral(", "))));

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

    // The language: --lang when given, else the device's setting, else the system's.
    QString language = startup.language();
    if (!startup.parser().isSet(QStringLiteral("lang"))) {
        const QString stored = SettingsViewModel::storedLanguage(**store, where->device.id);
        if (!stored.isEmpty() && stored != language) {
            language = stored;
            if (auto installed = installTranslation(app, language); !installed)
                logging::get("handheld")->warn("{}", installed.error().toString().toStdString());
        }
    }

    // Without a display there is no OpenGL: render in software (also what the screenshot test uses).
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Material"));

    // The scanner's keys, wherever the focus is; the prefix and suffix stored on the device apply.
    ScannerKeyInput scanner(*scannerOptions);
    // A serial scanner, when the station has one, goes the same way as the keyboard wedge's scans.
    const auto serialScanner = ScannerKeyInput::serialFrom(startup.parser(), *scannerOptions, scanner);
    if (!serialScanner)
        return startup.fail(serialScanner.error().message());

    HandheldUi ui(app, **store, *where, scanner, *scannerOptions);
    if (const QString problem = ui.build(language, {}); !problem.isEmpty())
        return startup.fail(problem);
    if (startup.screenshotMode())
        ui.window()->setProperty("flashEnabled", false);
    if (windowSize.isValid())
        ui.window()->resize(windowSize);

    const auto show = [&ui, &startup, &started] {
        if (startup.screenshotMode()) {
            startup.armScreenshotTimeout();
            QuickScreenshot::grabAfterFirstFrame(ui.window(), startup.screenshotPath(), startup);
        }
        QObject::connect(
            ui.window(), &QQuickWindow::frameSwapped, ui.window(),
            [&started] {
                logging::get("handheld")->info("first frame {} ms after start", started.elapsed());
            },
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
        ui.window()->show();
    };
    std::unique_ptr<ScreenScenario> scenario;
    if (!screen.isEmpty()) {
        scenario = std::make_unique<ScreenScenario>(
            *ui.shell(), ScreenScenario::Options{screen, startup.parser().value(workerOption),
                                                 startup.parser().value(labelOption)});
        QObject::connect(scenario.get(), &ScreenScenario::ready, ui.shell(), show);
        QObject::connect(scenario.get(), &ScreenScenario::failed, ui.shell(),
                         [&startup, screen](const QString &why) {
                             startup.fail(tr("The screen %1 cannot be shown: %2").arg(screen, why));
                             QCoreApplication::exit(1);
                         });
        scenario->start();
    } else {
        show();
    }
    return app.exec();
}

} // namespace wh
