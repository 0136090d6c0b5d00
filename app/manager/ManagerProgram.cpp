#include "ManagerProgram.h"

#include "Accounts.h"
#include "ErrorText.h"
#include "ManagerWindow.h"
#include "PersonView.h"
#include "ViewerQueries.h"
#include "ScannerKeyInput.h"
#include "SignInDialog.h"
#include "WidgetStartup.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QFile>

namespace wh {

namespace {
// A common laptop or office screen; the screenshot is taken at this size.
constexpr QSize kWindowSize(1280, 800);

// --account NAME: the password from --password-file or WH_MANAGER_PASSWORD (then removed from the
// environment, so nothing the program starts inherits it). The error's message is for the user.
Result<reports::Viewer> signInWithoutWindow(db::Store &store, const QString &name, const QString &passwordFile)
{
    QString password;
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, ManagerProgram::tr("Cannot read the password file %1: %2.")
                                            .arg(passwordFile, file.errorString()));
        QByteArray line = file.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        password = QString::fromUtf8(line);
    } else if (qEnvironmentVariableIsSet("WH_MANAGER_PASSWORD")) {
        password = qEnvironmentVariable("WH_MANAGER_PASSWORD");
        qunsetenv("WH_MANAGER_PASSWORD");
    } else {
        return Error(ErrorCode::InvalidArgument,
                     ManagerProgram::tr("--account %1 needs its password in the environment variable "
                                        "WH_MANAGER_PASSWORD or in --password-file.")
                         .arg(name));
    }
    reports::Accounts accounts(store);
    auto none = accounts.none();
    if (!none)
        return Error(none.error().code(), ErrorText::describe(none.error()));
    if (*none)
        return Error(ErrorCode::NotFound,
                     ManagerProgram::tr("This store has no accounts yet: start wh-manager without --account to "
                                        "create the administrator, or use “wh account add”."));
    auto attempt = accounts.signIn(name, password);
    if (!attempt)
        return Error(attempt.error().code(), ErrorText::describe(attempt.error()));
    if (attempt->waitMs > 0)
        return Error(ErrorCode::PermissionDenied,
                     ManagerProgram::tr("Cannot sign in as %1: too many failed attempts; try again in %n second(s).",
                                        nullptr, static_cast<int>((attempt->waitMs + 999) / 1000))
                         .arg(name));
    if (!attempt->signedIn())
        return Error(ErrorCode::PermissionDenied,
                     ManagerProgram::tr("Cannot sign in as %1: the name or password is wrong.").arg(name));
    return *attempt->viewer;
}
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
    const QCommandLineOption workerOption(
        QStringLiteral("worker"), tr("With --view person: the worker to show (a code, a badge id or a name)."),
        tr("code"));
    startup.parser().addOption(workerOption);
    const QCommandLineOption accountOption(
        QStringLiteral("account"),
        tr("Sign in as this account without the sign-in window (for scripts, screenshots and tests). The "
           "password is read from the environment variable WH_MANAGER_PASSWORD, or from the first line of "
           "--password-file. Without --account the program asks (and, on a store without accounts, asks for "
           "the administrator to create; with --screenshot it pictures that window)."),
        tr("name"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"), tr("With --account: read the password from the first line of this file."),
        tr("file"));
    startup.parser().addOption(accountOption);
    startup.parser().addOption(passwordFileOption);
    if (auto exit = startup.start(app))
        return *exit;
    auto scannerOptions = ScannerKeyInput::optionsFrom(startup.parser(), ManagerWindow::scannerDefaults());
    if (!scannerOptions) {
        startup.fail(scannerOptions.error().message());
        return 2;
    }
    WidgetStartup::applyLook();

    auto store = startup.openStore(ManagerWindow::storeOptions());
    if (!store)
        return startup.fail(ErrorText::storeCannotOpen(startup.databasePath(), store.error()));

    // Who is reading: every query and correction of the window goes through ViewerQueries as them.
    std::optional<reports::Viewer> viewer;
    if (startup.parser().isSet(accountOption)) {
        auto signedIn = signInWithoutWindow(**store, startup.parser().value(accountOption),
                                            startup.parser().value(passwordFileOption));
        if (!signedIn)
            return startup.fail(signedIn.error().message());
        viewer = *signedIn;
    } else {
        if (startup.parser().isSet(passwordFileOption)) {
            startup.fail(tr("--password-file goes with --account NAME."));
            return 2;
        }
        auto mode = SignInDialog::modeFor(**store);
        if (!mode)
            return startup.fail(ErrorText::describe(mode.error()));
        SignInDialog dialog(**store, *mode);
        if (startup.screenshotMode()) {
            // The first screen is this window: its picture, and no sign-in.
            startup.present(&dialog, dialog.sizeHint().expandedTo(QSize(480, 0)), false);
            return app.exec();
        }
        if (dialog.exec() != QDialog::Accepted || !dialog.viewer())
            return 0; // the person closed the window: nothing to do
        viewer = dialog.viewer();
    }
    const reports::ViewerQueries queries(**store, *viewer);
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
    // --worker: the person page shows that worker once it has read the list of workers; a
    // screenshot waits for the worker's page.
    const QString worker = startup.parser().value(workerOption);
    auto *person = qobject_cast<PersonView *>(window.view(QStringLiteral("person")));
    const bool showPerson = !worker.isEmpty() && person && viewName == QLatin1String("person");
    if (showPerson) {
        QObject::connect(
            &window, &ManagerWindow::viewReady, person,
            [person, worker](const QString &name) {
                if (name == QLatin1String("person") && person->worker().isEmpty())
                    person->showWorker(worker);
            });
    }
    if (startup.screenshotMode()) {
        // The picture is worth taking once the page's figures are on screen.
        QObject::connect(&window, &ManagerWindow::viewReady, &window,
                         [&startup, &window, person, showPerson, viewName](const QString &name) {
                             static bool taken = false;
                             if (taken || name != viewName || (showPerson && person->worker().isEmpty()))
                                 return;
                             taken = true;
                             startup.grab(&window);
                         });
    }
    startup.present(&window, kWindowSize, false, false);
    return app.exec();
}

} // namespace wh
