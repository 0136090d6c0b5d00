#include "HandheldApp.h"

#include "ActivityViewModel.h"
#include "CameraScanViewModel.h"
#include "DevicesViewModel.h"
#include "ErrorText.h"
#include "HomeViewModel.h"
#include "Logging.h"
#include "MeasureViewModel.h"
#include "OutboxStatus.h"
#include "PunchService.h"
#include "ScanFeedback.h"
#include "SessionViewModel.h"
#include "SettingsViewModel.h"

#include <QQmlEngine>
#include <QTimer>

namespace wh {

namespace {
const QString kMeasureWorkflow = QStringLiteral("measure");
} // namespace

Result<std::unique_ptr<HandheldApp>> HandheldApp::create(db::Store &store, const Clock &clock,
                                                         reports::DeviceSite where, const QString &language)
{
    auto punch = db::PunchService::open(store, clock, where.device.id);
    if (!punch)
        return punch.error();
    std::unique_ptr<HandheldApp> app(
        new HandheldApp(store, clock, std::move(where), language, std::move(*punch)));
    app->wire();
    return app;
}

HandheldApp::HandheldApp(db::Store &store, const Clock &clock, reports::DeviceSite where, QString language,
                         std::unique_ptr<db::PunchService> punch)
    : m_store(store)
    , m_clock(clock)
    , m_where(std::move(where))
    , m_language(std::move(language))
    , m_punch(std::move(punch))
{
    const QString deviceId = m_where.device.id;
    m_classifier = std::make_unique<ScanClassifier>(*m_punch);
    m_session = std::make_unique<SessionViewModel>(*m_punch, m_clock);
    m_activity = std::make_unique<ActivityViewModel>(*m_punch, *m_session);
    m_outbox = std::make_unique<OutboxStatus>(m_store, m_clock, deviceId);
    m_home = std::make_unique<HomeViewModel>(m_store, m_where, m_clock);
    m_settings = std::make_unique<SettingsViewModel>(m_store, m_clock, deviceId);
    m_devices = std::make_unique<DevicesViewModel>(m_store, m_clock, deviceId);
    m_measure = std::make_unique<MeasureViewModel>(m_store, m_clock, deviceId);
    m_camera = std::make_unique<CameraScanViewModel>();
    m_feedback = std::make_unique<ScanFeedback>();
    // QML must never take these over (they are passed in as properties).
    for (QObject *o : std::initializer_list<QObject *>{m_session.get(), m_activity.get(), m_outbox.get(),
                                                       m_home.get(), m_settings.get(), m_devices.get(),
                                                       m_measure.get(), m_camera.get(), m_feedback.get()})
        QQmlEngine::setObjectOwnership(o, QQmlEngine::CppOwnership);
}

HandheldApp::~HandheldApp()
{
    // The measure screen holds the devices' tape and printer: it goes first.
    m_measure.reset();
    m_devices.reset();
}

void HandheldApp::wire()
{
    m_measure->setLanguage(m_language);
    m_measure->setSpecKeys(m_settings->specKeys());
    attachTape();
    m_measure->setPrinter(m_devices->printer());
    m_measure->setStickerOptions(m_devices->stickerOptions());

    connect(m_session.get(), &SessionViewModel::signedInChanged, this, &HandheldApp::onSignedInChanged);
    connect(m_session.get(), &SessionViewModel::cardChanged, this, [this] {
        m_measure->setWorkerCode(m_session->workerCode());
        m_devices->setUpdatedBy(m_session->workerCode());
    });
    // (ActivityViewModel::punch refreshes the session itself, right after this.)
    connect(m_activity.get(), &ActivityViewModel::punched, this, [this](const QString &) {
        m_outbox->refresh();
        m_home->refresh();
        m_feedback->good();
    });
    connect(m_activity.get(), &ActivityViewModel::workflowAllowed, this, [this](const QString &workflow) {
        if (workflow != kMeasureWorkflow)
            return;
        setScreen(Screen::Measure);
        if (!m_pendingLabel.isEmpty()) {
            const QString label = std::exchange(m_pendingLabel, QString());
            if (m_measure->scanLabel(label))
                m_feedback->good();
            else
                m_feedback->wrong();
        }
    });
    // A label scanned at home waits for the guard's answer; cancelled, it is forgotten (it must not
    // turn up when Measure is opened later).
    connect(m_activity.get(), &ActivityViewModel::guardChanged, this, [this] {
        if (m_activity->guardActive())
            return;
        QTimer::singleShot(0, this, [this] {
            if (m_screen != Screen::Measure && !m_activity->guardActive())
                m_pendingLabel.clear();
        });
    });
    connect(m_devices.get(), &DevicesViewModel::tapeChanged, this, [this] { attachTape(); });
    connect(m_devices.get(), &DevicesViewModel::printerChanged, this, [this](drivers::LabelPrinter *printer) {
        m_measure->setPrinter(printer);
        m_measure->setStickerOptions(m_devices->stickerOptions());
    });
    connect(m_settings.get(), &SettingsViewModel::specKeysChanged, this,
            [this] { m_measure->setSpecKeys(m_settings->specKeys()); });
    connect(m_settings.get(), &SettingsViewModel::languageChanged, this,
            [this](const QString &language) { emit restartRequested(language); });
    connect(m_settings.get(), &SettingsViewModel::siteChanged, this,
            [this](const QString &) { emit restartRequested(m_language); });
    connect(m_measure.get(), &MeasureViewModel::pointJudged, this, [this](int, bool pass) {
        m_outbox->refresh();
        if (pass)
            m_feedback->good();
        else
            m_feedback->fail();
    });
    connect(m_camera.get(), &CameraScanViewModel::scanned, this, [this](const drivers::ScannedCode &code) {
        const Screen target = m_cameraReturn;
        m_camera->stop();
        setScreen(target);
        routeScan(code, target);
    });
    connect(m_camera.get(), &CameraScanViewModel::scanFailed, this,
            [this](const QString &reason) { say(reason, true); });
}

// The tape's readings go to the measure screen only while it is up: a reading taken on another
// screen is not a value for a point the worker cannot see. It is said instead (and the device log
// keeps its frame).
void HandheldApp::attachTape()
{
    drivers::TapeDevice *tape = m_devices->tape();
    m_measure->setTape(m_screen == Screen::Measure ? tape : nullptr);
    disconnect(m_strayReadings);
    if (!tape)
        return;
    m_strayReadings = connect(
        tape, &drivers::TapeDevice::readingReceived, this, [this](const drivers::TapeReading &reading) {
            if (m_screen == Screen::Measure || !reading.settled)
                return;
            logging::get("handheld")
                ->info("tape reading away from Measure: {}", reading.summary().toStdString());
            say(tr("The tape measure sent a reading, but no garment is being measured "
                   "here: open Measure and scan the care label first."),
                true);
        });
}

void HandheldApp::setScreen(Screen screen)
{
    if (m_screen == screen)
        return;
    if (m_screen == Screen::Camera)
        m_camera->stop();
    const bool measureChanged = m_screen == Screen::Measure || screen == Screen::Measure;
    m_screen = screen;
    if (measureChanged)
        attachTape();
    logging::get("handheld")->debug("screen {}", static_cast<int>(screen));
    emit screenChanged();
}

void HandheldApp::say(const QString &message, bool error)
{
    m_scanMessage = message;
    m_scanMessageIsError = error;
    emit scanMessageChanged();
}

void HandheldApp::clearScanMessage()
{
    if (m_scanMessage.isEmpty())
        return;
    m_scanMessage.clear();
    emit scanMessageChanged();
}

void HandheldApp::onSignedInChanged()
{
    m_measure->setWorkerCode(m_session->workerCode());
    m_devices->setUpdatedBy(m_session->workerCode());
    if (!m_session->signedIn()) {
        m_pendingLabel.clear();
        setScreen(Screen::SignIn);
    } else if (m_screen == Screen::SignIn) {
        // (The activity view-model has read the new worker's options already: sessionChanged.)
        setScreen(Screen::Home);
    }
}

void HandheldApp::open(Screen screen)
{
    clearScanMessage();
    // Before sign-in: the settings and the devices (an administrator sets a handheld up there; what
    // only an administrator may change is locked behind their account), nothing else.
    const bool open = screen == Screen::SignIn || screen == Screen::Settings || screen == Screen::Devices;
    if (!open && !m_session->signedIn()) {
        say(tr("Sign in first: scan your badge or type your worker code."), true);
        setScreen(Screen::SignIn);
        return;
    }
    switch (screen) {
    case Screen::Measure:
        if (m_screen == Screen::Measure)
            return;
        // The forgotten-punch guard: allowed at once (workflowAllowed switches the screen), or the
        // activity view-model asks to switch first (Main.qml shows its dialog).
        m_activity->requestWorkflow(kMeasureWorkflow);
        return;
    case Screen::Camera:
        if (m_screen != Screen::Camera)
            m_cameraReturn = m_screen;
        setScreen(Screen::Camera);
        m_camera->start();
        return;
    case Screen::Activity:
        m_activity->reload();
        setScreen(screen);
        return;
    default: setScreen(screen);
    }
}

void HandheldApp::openWorkflow(const QString &key)
{
    if (key == kMeasureWorkflow)
        open(Screen::Measure);
    else if (key == QLatin1String("switch"))
        open(Screen::Activity);
    else
        say(tr("This workflow is not available on the handheld yet."), true);
}

void HandheldApp::back()
{
    clearScanMessage();
    if (m_screen == Screen::Camera) {
        setScreen(m_cameraReturn);
        return;
    }
    m_pendingLabel.clear();
    setScreen(m_session->signedIn() ? Screen::Home : Screen::SignIn);
}

void HandheldApp::signOut()
{
    m_session->signOut();
}

QList<ScanClassifier::Kind> HandheldApp::expectedKinds(Screen screen) const
{
    using Kind = ScanClassifier::Kind;
    if (!m_session->signedIn())
        return {Kind::Badge, Kind::WorkerCode};
    switch (screen) {
    case Screen::Home: return {Kind::CareLabel, Kind::Activity, Kind::Badge};
    case Screen::Measure: return {Kind::CareLabel};
    case Screen::Activity: return {Kind::Activity, Kind::Badge};
    case Screen::SignIn: return {Kind::Badge, Kind::WorkerCode};
    default: return {};
    }
}

void HandheldApp::wrongKind(ScanClassifier::Kind got, const QList<ScanClassifier::Kind> &expected)
{
    m_feedback->wrong();
    if (expected.isEmpty())
        say(tr("That was %1. No code is read on this screen: go back first.")
                .arg(ScanClassifier::kindName(got)),
            true);
    else
        say(ScanClassifier::wrongKindMessage(got, expected), true);
}

void HandheldApp::signInScan(ScanClassifier::Kind kind, const QString &text)
{
    const QString before = m_session->workerCode();
    const bool ok = kind == ScanClassifier::Kind::Badge ? m_session->signInWithBadge(text)
                                                        : m_session->signInWithCode(text);
    if (!ok) {
        m_feedback->wrong();
        // The sign-in screen shows the session's message (unknown badge, a PIN is needed); on the
        // other screens the message bar does.
        if (m_screen != Screen::SignIn && !m_session->message().isEmpty())
            say(m_session->message(), m_session->messageIsError());
        return;
    }
    m_feedback->good();
    if (!before.isEmpty() && before != m_session->workerCode())
        say(tr("The handheld is now %1's.").arg(m_session->workerName()), false);
    else
        clearScanMessage();
}

void HandheldApp::routeScan(const drivers::ScannedCode &code, Screen screen)
{
    using Kind = ScanClassifier::Kind;
    const Kind kind = m_classifier->classify(code);
    const QString &text = code.text;
    const bool signedIn = m_session->signedIn();
    // A badge (and, before sign-in, a worker code) signs in wherever it is scanned: a handover
    // needs no trip back to the sign-in screen.
    if (kind == Kind::Badge || (!signedIn && kind == Kind::WorkerCode)) {
        if (signedIn && kind == Kind::Badge && m_screen == Screen::Camera)
            setScreen(screen);
        signInScan(kind, text);
        return;
    }
    if (!signedIn) {
        wrongKind(kind, expectedKinds(Screen::SignIn));
        return;
    }
    switch (screen) {
    case Screen::Home:
        if (kind == Kind::CareLabel) {
            m_pendingLabel = text;
            open(Screen::Measure);
            return;
        }
        if (kind == Kind::Activity) {
            m_activity->switchTo(text);
            return;
        }
        break;
    case Screen::Measure:
        if (kind == Kind::CareLabel) {
            clearScanMessage();
            if (m_measure->scanLabel(text))
                m_feedback->good();
            else
                m_feedback->wrong();
            return;
        }
        break;
    case Screen::Activity:
        if (kind == Kind::Activity) {
            clearScanMessage();
            m_activity->switchTo(text);
            return;
        }
        break;
    default: break;
    }
    wrongKind(kind, expectedKinds(screen));
}

void HandheldApp::scanned(const drivers::ScannedCode &code)
{
    m_home->scanned(code);
    routeScan(code, m_screen == Screen::Camera ? m_cameraReturn : m_screen);
}

void HandheldApp::scanRejected(const QString &raw, const Error &error)
{
    m_home->scanRejected(raw, error);
    m_feedback->wrong();
    say(tr("The code could not be read. Please scan it again."), true);
}

} // namespace wh
