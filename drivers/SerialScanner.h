#pragma once

#include "Error.h"
#include "SerialDevice.h"
#include "SerialScanDecoder.h"

#include <QObject>
#include <QString>

#include <memory>

namespace spdlog {
class logger;
}

namespace wh::drivers {

// A serial barcode scanner (RS-232, or USB in its virtual COM port mode): SerialDevice opens the
// port (reconnecting with back-off when it fails or disappears, like the badge reader), a
// SerialScanDecoder turns the lines into scans, and one signal goes out per scan or per piece of bad
// input; the scanner keeps working after garbage. Settings per device: the port (9600 8N1 by
// default, devices.md), the terminator (CR, LF, CR LF or a silence), prefix, suffix and AIM mode.
// Scans are logged at debug level on "drivers.scanner", bad input as warnings.
//
// Lives in the thread that created it; needs an event loop.
class SerialScanner : public SerialDevice {
    Q_OBJECT

public:
    // A scan of a few dozen bytes takes about 50 ms at 9600 baud; 200 ms of silence (the default
    // frameTimeoutMs) inside a line means it was cut, or ends a scan without terminator.
    struct Settings : SerialDevice::Settings {
        SerialScanDecoder::Options decoder;
    };

    explicit SerialScanner(Settings settings, QObject *parent = nullptr);
    ~SerialScanner() override;

    // Closes the port with stop(); a pending line is then reported (a readError, or a scan with
    // Terminator::None).
    [[nodiscard]] const Settings &settings() const { return m_settings; }

signals:
    void scanned(const wh::drivers::ScannedCode &code);

private:
    bool received(const QByteArray &bytes) override;
    void silent() override;
    void deliver(const std::vector<Result<ScannedCode>> &items);

    Settings m_settings;
    SerialScanDecoder m_decoder;
    std::shared_ptr<spdlog::logger> m_log;
};

} // namespace wh::drivers
