#pragma once

#include "Error.h"
#include "SerialPortLink.h"
#include "SerialScanDecoder.h"

#include <QObject>
#include <QString>

#include <memory>

namespace spdlog {
class logger;
}

namespace wh::drivers {

// A serial barcode scanner (RS-232, or USB in its virtual COM port mode): a SerialPortLink opens
// the port (reconnecting with back-off when it fails or disappears, like the badge reader), a
// SerialScanDecoder turns the lines into scans, and one signal goes out per scan or per piece of bad
// input; the scanner keeps working after garbage. Settings per device: the port (9600 8N1 by
// default, devices.md), the terminator (CR, LF, CR LF or a silence), prefix, suffix and AIM mode.
// Scans are logged at debug level on "drivers.scanner", bad input as warnings.
//
// Lives in the thread that created it; needs an event loop.
class SerialScanner : public QObject {
    Q_OBJECT

public:
    using State = SerialPortLink::State;

    // A scan of a few dozen bytes takes about 50 ms at 9600 baud; 200 ms of silence (the link's
    // default frameTimeoutMs) inside a line means it was cut, or ends a scan without terminator.
    struct Settings : SerialPortLink::Settings {
        SerialScanDecoder::Options decoder;
    };

    explicit SerialScanner(Settings settings, QObject *parent = nullptr);
    ~SerialScanner() override;

    void start();
    // Closes the port; a pending line is reported (a readError, or a scan with Terminator::None).
    void stop();

    [[nodiscard]] State state() const { return m_link.state(); }
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    [[nodiscard]] int failedAttempts() const { return m_link.failedAttempts(); }
    [[nodiscard]] int nextReconnectDelayMs() const { return m_link.nextReconnectDelayMs(); }

signals:
    void scanned(const wh::drivers::ScannedCode &code);
    // Bad input (ErrorCode::Parse): the reason; context: the raw bytes as hex.
    void readError(const wh::Error &error);
    // The port could not be opened, or was lost (ErrorCode::Io); context: the port name.
    void portError(const wh::Error &error);
    void stateChanged(wh::drivers::SerialPortLink::State state);

private:
    void onBytes(const QByteArray &bytes);
    void onSilent();
    void deliver(const std::vector<Result<ScannedCode>> &items);

    Settings m_settings;
    SerialScanDecoder m_decoder;
    SerialPortLink m_link;
    std::shared_ptr<spdlog::logger> m_log;
};

} // namespace wh::drivers
