#pragma once

#include "BleCentral.h"
#include "BleTape.h"
#include "BleTapeDiscovery.h"
#include "Clock.h"
#include "DeviceLog.h"
#include "DeviceSettings.h"
#include "LabelPrinter.h"
#include "NgSticker.h"
#include "PrintSpool.h"
#include "PrinterAddress.h"
#include "Store.h"
#include "TapeCandidateModel.h"
#include "TapeDevice.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

namespace wh {

// The handheld's devices: its tape measure and its label printer, what the Devices screen shows
// and changes, and what the other screens use (tape(), printer(), stickerOptions()).
//
// Tape: the remembered one (device settings kTape, the createTapeDevice text, and kTapeName) is
// created and started with the view-model. startDiscovery() lists what can be chosen (candidates():
// Bluetooth tapes found by their protocols' services, each serial port per serial protocol, a
// simulator per protocol); choose() creates and starts that tape and remembers it. The state
// follows the device's stateChanged and deviceError (a dropped connection shows as a state and a
// problem while the device reconnects by itself). Every frame the tape sends goes to the device
// log (db::DeviceLog).
//
// Printer: a drivers::LabelPrinter at the remembered HOST:PORT (kPrinter) over the store's print
// spool (db::PrintSpool, so labels wait over a restart while it is off), asked for its ~HS status
// when it starts and on checkPrinter(); the state says ready, out of labels, head open, paused,
// offline; spoolWaiting counts the labels not sent yet. kPrinterMode says how Japanese reaches the
// paper (stickerOptions()).
//
// Settings are written as updatedBy (the signed-in worker; the shell sets it). Messages for the
// user are translated plain words; every failure is also logged ("handheld"). GUI thread only;
// never waits.
class DevicesViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program creates it and passes it to the Devices screen.")

    Q_PROPERTY(bool hasTape READ hasTape NOTIFY tapeStateChanged)
    Q_PROPERTY(QString tapeName READ tapeName NOTIFY tapeStateChanged)
    Q_PROPERTY(QString tapeSpec READ tapeSpec NOTIFY tapeStateChanged)
    Q_PROPERTY(QString tapeState READ tapeState NOTIFY tapeStateChanged)
    Q_PROPERTY(QString tapeStateText READ tapeStateText NOTIFY tapeStateChanged)
    Q_PROPERTY(bool tapeConnected READ tapeConnected NOTIFY tapeStateChanged)
    Q_PROPERTY(bool tapeIsSimulator READ tapeIsSimulator NOTIFY tapeStateChanged)
    Q_PROPERTY(QString tapeProblem READ tapeProblem NOTIFY tapeStateChanged)
    Q_PROPERTY(bool discovering READ discovering NOTIFY discoveryChanged)
    Q_PROPERTY(QString discoveryStatus READ discoveryStatus NOTIFY discoveryChanged)
    Q_PROPERTY(wh::TapeCandidateModel *candidates READ candidates CONSTANT)
    Q_PROPERTY(bool hasPrinter READ hasPrinter NOTIFY printerStateChanged)
    Q_PROPERTY(QString printerAddress READ printerAddress NOTIFY printerStateChanged)
    Q_PROPERTY(QString printerState READ printerState NOTIFY printerStateChanged)
    Q_PROPERTY(QString printerStateText READ printerStateText NOTIFY printerStateChanged)
    Q_PROPERTY(bool printerReady READ printerReady NOTIFY printerStateChanged)
    Q_PROPERTY(QString printerProblem READ printerProblem NOTIFY printerStateChanged)
    Q_PROPERTY(int spoolWaiting READ spoolWaiting NOTIFY printerStateChanged)
    Q_PROPERTY(QString japaneseMode READ japaneseMode NOTIFY japaneseModeChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString updatedBy READ updatedBy WRITE setUpdatedBy NOTIFY updatedByChanged)

public:
    // What the tests (and a program on unusual hardware) put in place of the defaults.
    struct Options {
        // The Bluetooth central for the scan and for each Bluetooth tape; empty: QtBleCentral.
        std::function<std::unique_ptr<drivers::BleCentral>()> bleCentral;
        // The serial ports to offer; empty: QSerialPortInfo::availablePorts().
        std::function<QList<SerialPortEntry>()> serialPorts;
        int discoveryTimeoutMs = 10000;
        // A Bluetooth tape's timeouts and back-off (its protocol and address come from the choice).
        drivers::BleTape::Settings ble;
        // The printer's timeouts and retries (its host and port come from the address).
        drivers::LabelPrinter::Settings printer;
    };

    // Restores the remembered tape and printer and starts them. `deviceId` is this handheld's row in
    // the store (its settings); when it is missing, nothing can be remembered (message says so).
    DevicesViewModel(db::Store &store, const Clock &clock, const QString &deviceId,
                     QObject *parent = nullptr);
    DevicesViewModel(db::Store &store, const Clock &clock, const QString &deviceId, Options options,
                     QObject *parent = nullptr);
    ~DevicesViewModel() override;

    // The tape in use; nullptr when none is chosen. Replaced by choose() (tapeChanged).
    [[nodiscard]] drivers::TapeDevice *tape() const { return m_tape.get(); }
    // The label printer; nullptr when none is set. Replaced by setPrinterAddress() (printerChanged).
    [[nodiscard]] drivers::LabelPrinter *printer() const { return m_printer.get(); }
    // The NG sticker's settings: Japanese in the printer's font or drawn here (kPrinterMode).
    [[nodiscard]] drivers::NgStickerOptions stickerOptions() const;

    [[nodiscard]] bool hasTape() const { return m_tape != nullptr; }
    [[nodiscard]] QString tapeName() const { return m_tapeName; }
    [[nodiscard]] QString tapeSpec() const { return m_tapeSpec; }
    // "none", "stopped", "searching", "connecting", "connected", "reconnecting" (for colours).
    [[nodiscard]] QString tapeState() const;
    [[nodiscard]] QString tapeStateText() const;
    [[nodiscard]] bool tapeConnected() const;
    [[nodiscard]] bool tapeIsSimulator() const;
    [[nodiscard]] QString tapeProblem() const { return m_tapeProblem; }
    [[nodiscard]] bool discovering() const { return m_discovering; }
    // What the search found or why it could not search (no Bluetooth), in plain words.
    [[nodiscard]] QString discoveryStatus() const { return m_discoveryStatus; }
    [[nodiscard]] TapeCandidateModel *candidates() { return &m_candidates; }
    [[nodiscard]] bool hasPrinter() const { return m_printer != nullptr; }
    // "HOST:PORT" as remembered; empty when none.
    [[nodiscard]] QString printerAddress() const { return m_printerAddress; }
    // "none", "checking", "ready", "not-ready", "offline", "error" (for colours).
    [[nodiscard]] QString printerState() const;
    [[nodiscard]] QString printerStateText() const;
    [[nodiscard]] bool printerReady() const { return m_printer && m_printerState == PrinterState::Ready; }
    [[nodiscard]] QString printerProblem() const { return m_printerProblem; }
    [[nodiscard]] int spoolWaiting() const { return m_spoolWaiting; }
    // "font" or "graphic".
    [[nodiscard]] QString japaneseMode() const { return m_japaneseMode; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString updatedBy() const { return m_updatedBy; }
    void setUpdatedBy(const QString &who);

    // Lists serial ports and simulators and scans for Bluetooth tapes (discoveryTimeoutMs).
    Q_INVOKABLE void startDiscovery();
    Q_INVOKABLE void stopDiscovery();
    // Uses and remembers the candidate at `row`; false (message says why) when it cannot.
    Q_INVOKABLE bool choose(int row);
    // Stops the tape and forgets it.
    Q_INVOKABLE void forgetTape();
    // Stops the tape and starts it again (a new search for a Bluetooth tape).
    Q_INVOKABLE void reconnectTape();

    // "host", "host:port", "[IPv6]:port" (port 9100 by default): remembered and started; false (and
    // a message) for anything else.
    Q_INVOKABLE bool setPrinterAddress(const QString &hostPort);
    Q_INVOKABLE void clearPrinter();
    // Asks the printer for its status now.
    Q_INVOKABLE void checkPrinter();
    // Spools a small test label; false (message) without a printer or when the spool fails.
    Q_INVOKABLE bool testPrint();
    // "font" (the printer's Japanese font) or "graphic" (drawn here, any printer).
    Q_INVOKABLE void setJapaneseMode(const QString &mode);

signals:
    // A new tape replaced the old one (nullptr: forgotten); the old one is deleted after this signal.
    void tapeChanged(wh::drivers::TapeDevice *tape);
    // A new printer replaced the old one (nullptr: none); the old one is deleted after this signal.
    void printerChanged(wh::drivers::LabelPrinter *printer);
    void tapeStateChanged();
    void discoveryChanged();
    void printerStateChanged();
    void japaneseModeChanged();
    void messageChanged();
    void updatedByChanged();

private:
    // "Simulator — Leica DISTO", "Bosch GLM (/dev/rfcomm0)": how a remembered tape without its
    // list name is shown.
    [[nodiscard]] static QString nameOfSpec(const QString &spec);
    enum class PrinterState { None, Checking, Ready, NotReady, Offline, Error };

    void restore();
    [[nodiscard]] Result<std::unique_ptr<drivers::TapeDevice>> makeTape(const QString &spec);
    [[nodiscard]] std::unique_ptr<drivers::BleCentral> makeCentral() const;
    void setTape(std::unique_ptr<drivers::TapeDevice> tape, const QString &name, const QString &spec);
    void onTapeState(drivers::TapeDevice::State state);
    void onTapeError(const Error &error);
    void onTapeFrame(const drivers::TapeFrame &frame);
    void startPrinter(const drivers::PrinterAddress &address);
    void setPrinter(std::unique_ptr<drivers::LabelPrinter> printer, const QString &address);
    void onPrinterStatus(const drivers::PrinterStatus &status);
    void onPrinterProblem(drivers::LabelPrinter::Problem kind, const Error &error);
    void refreshSpoolWaiting();
    // The Bluetooth search, made on first use (its central also answers whether there is an adapter).
    [[nodiscard]] drivers::BleTapeDiscovery &discovery();
    void setDiscovering(bool on, const QString &status);
    void onDiscoveryFinished();
    // Writes (removes) a setting as updatedBy.
    [[nodiscard]] Status remember(const QString &key, const QString &value);
    [[nodiscard]] Status forget(const QString &key);
    // Why a setting could not be written, in words.
    [[nodiscard]] QString settingsFailure(const Error &error) const;
    void say(const QString &text);
    void sayProblem(const QString &text, const QString &detail = {});

    db::Store &m_store;
    const Clock &m_clock;
    QString m_deviceId;
    Options m_options;
    std::optional<db::DeviceSettings> m_settings;
    QString m_settingsProblem; // why the settings cannot be written
    db::DeviceLog m_deviceLog;
    bool m_deviceLogFailing = false; // said once, not for every frame
    TapeCandidateModel m_candidates;
    std::unique_ptr<drivers::BleTapeDiscovery> m_discovery;
    bool m_discovering = false;
    QString m_discoveryStatus;

    std::unique_ptr<drivers::TapeDevice> m_tape;
    QString m_tapeName;
    QString m_tapeSpec;
    QString m_tapeProblem;

    db::PrintSpool m_spool; // before the printer: it outlives it
    std::unique_ptr<drivers::LabelPrinter> m_printer;
    QString m_printerAddress;
    PrinterState m_printerState = PrinterState::None;
    QString m_printerStateText;
    QString m_printerProblem;
    int m_spoolWaiting = 0;
    QString m_lastTestKey;

    QString m_japaneseMode = QStringLiteral("font");
    QString m_message;
    QString m_updatedBy;
};

} // namespace wh
