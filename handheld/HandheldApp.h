#pragma once

#include "ActivityViewModel.h"
#include "CameraScanViewModel.h"
#include "Clock.h"
#include "DeviceSite.h"
#include "DevicesViewModel.h"
#include "Error.h"
#include "HomeViewModel.h"
#include "MeasureViewModel.h"
#include "OutboxStatus.h"
#include "Result.h"
#include "ScanClassifier.h"
#include "ScanFeedback.h"
#include "ScannerText.h"
#include "SessionViewModel.h"
#include "SettingsViewModel.h"
#include "Store.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace wh {

namespace db {
class PunchService;
}

// The handheld's shell: every view-model of the program, which screen is up, and where a scan goes.
//
// Screens: sign-in until a worker is signed in, then home, and from there measure, activity,
// devices, settings and the camera. Opening Measure goes through the forgotten-punch guard (the
// activity view-model asks to switch when the worker is punched into something unrelated).
//
// Scans (the keyboard wedge, a serial scanner, the camera) all come to scanned(). Each screen
// takes some kinds of code (ScanClassifier): a badge or worker code signs in (and, while someone is
// signed in, hands the device over to that worker); a care label opens Measure from home and is
// the next item on Measure; an activity code switches activity on the activity screen. Any other
// kind is answered with a plain-words message (scanMessage) and the "wrong" sound; nothing else
// happens. The camera screen hands its code to the screen that opened it and closes.
//
// The tape and the printer chosen on the devices screen go to the measure view-model; the spec keys
// from the settings too. GUI thread only.
class HandheldApp : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program creates it and passes it to Main.qml.")

    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(wh::HomeViewModel *home READ home CONSTANT)
    Q_PROPERTY(wh::SessionViewModel *session READ session CONSTANT)
    Q_PROPERTY(wh::ActivityViewModel *activity READ activity CONSTANT)
    Q_PROPERTY(wh::MeasureViewModel *measure READ measure CONSTANT)
    Q_PROPERTY(wh::DevicesViewModel *devices READ devices CONSTANT)
    Q_PROPERTY(wh::SettingsViewModel *settings READ settings CONSTANT)
    Q_PROPERTY(wh::CameraScanViewModel *camera READ camera CONSTANT)
    Q_PROPERTY(wh::ScanFeedback *feedback READ feedback CONSTANT)
    Q_PROPERTY(wh::OutboxStatus *outbox READ outbox CONSTANT)
    Q_PROPERTY(QString scanMessage READ scanMessage NOTIFY scanMessageChanged)
    Q_PROPERTY(bool scanMessageIsError READ scanMessageIsError NOTIFY scanMessageChanged)

public:
    enum class Screen { SignIn, Home, Measure, Activity, Devices, Settings, Camera };
    Q_ENUM(Screen)

    // Opens the punch service on the device and builds every view-model. `language` is the one the
    // program runs in ("ja" or "en"): the point names and the stored setting follow it.
    [[nodiscard]] static Result<std::unique_ptr<HandheldApp>>
    create(db::Store &store, const Clock &clock, reports::DeviceSite where, const QString &language);
    ~HandheldApp() override;

    [[nodiscard]] Screen screen() const { return m_screen; }
    [[nodiscard]] HomeViewModel *home() const { return m_home.get(); }
    [[nodiscard]] SessionViewModel *session() const { return m_session.get(); }
    [[nodiscard]] ActivityViewModel *activity() const { return m_activity.get(); }
    [[nodiscard]] MeasureViewModel *measure() const { return m_measure.get(); }
    [[nodiscard]] DevicesViewModel *devices() const { return m_devices.get(); }
    [[nodiscard]] SettingsViewModel *settings() const { return m_settings.get(); }
    [[nodiscard]] CameraScanViewModel *camera() const { return m_camera.get(); }
    [[nodiscard]] ScanFeedback *feedback() const { return m_feedback.get(); }
    [[nodiscard]] OutboxStatus *outbox() const { return m_outbox.get(); }
    [[nodiscard]] QString scanMessage() const { return m_scanMessage; }
    [[nodiscard]] bool scanMessageIsError() const { return m_scanMessageIsError; }
    [[nodiscard]] db::PunchService &punchService() { return *m_punch; }
    [[nodiscard]] db::Store &store() { return m_store; }
    [[nodiscard]] const reports::DeviceSite &where() const { return m_where; }

    // Opens a screen. Measure asks the guard first; the screens after sign-in need a worker.
    Q_INVOKABLE void open(wh::HandheldApp::Screen screen);
    // A workflow tile of the home screen ("measure", "switch", ...).
    Q_INVOKABLE void openWorkflow(const QString &key);
    // Back to home (sign-in when nobody is signed in); from the camera, to the screen that opened it.
    Q_INVOKABLE void back();
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void clearScanMessage();

public slots:
    void scanned(const wh::drivers::ScannedCode &code);
    void scanRejected(const QString &raw, const wh::Error &error);

signals:
    void screenChanged();
    void scanMessageChanged();
    // The settings changed what the whole program is built on: the program rebuilds its screens.
    void restartRequested(const QString &language);

private:
    HandheldApp(db::Store &store, const Clock &clock, reports::DeviceSite where, QString language,
                std::unique_ptr<db::PunchService> punch);
    void wire();
    void setScreen(Screen screen);
    void attachTape();
    void say(const QString &message, bool error);
    void wrongKind(ScanClassifier::Kind got, const QList<ScanClassifier::Kind> &expected);
    // The kinds of code the screen takes, in the order they are named.
    [[nodiscard]] QList<ScanClassifier::Kind> expectedKinds(Screen screen) const;
    void routeScan(const drivers::ScannedCode &code, Screen screen);
    void signInScan(ScanClassifier::Kind kind, const QString &text);
    void onSignedInChanged();

    db::Store &m_store;
    const Clock &m_clock;
    reports::DeviceSite m_where;
    QString m_language;
    std::unique_ptr<db::PunchService> m_punch;
    std::unique_ptr<ScanClassifier> m_classifier;
    std::unique_ptr<SessionViewModel> m_session;
    std::unique_ptr<ActivityViewModel> m_activity;
    std::unique_ptr<OutboxStatus> m_outbox;
    std::unique_ptr<HomeViewModel> m_home;
    std::unique_ptr<SettingsViewModel> m_settings;
    std::unique_ptr<DevicesViewModel> m_devices;
    std::unique_ptr<MeasureViewModel> m_measure;
    std::unique_ptr<CameraScanViewModel> m_camera;
    std::unique_ptr<ScanFeedback> m_feedback;

    Screen m_screen = Screen::SignIn;
    Screen m_cameraReturn = Screen::Home; // the screen the camera hands its code to
    QString m_pendingLabel;               // a care label scanned at home, for Measure once the guard allows
    QString m_scanMessage;
    bool m_scanMessageIsError = false;
    QMetaObject::Connection m_strayReadings;
};

} // namespace wh
