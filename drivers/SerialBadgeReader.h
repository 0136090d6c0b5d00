#pragma once

#include "Error.h"
#include "SerialBadgeFrameDecoder.h"
#include "SerialDevice.h"

#include <QObject>
#include <QSerialPort>
#include <QString>

#include <memory>

namespace spdlog {
class logger;
}

namespace wh::drivers {

// A serial badge reader (USB-serial or RS-232): SerialDevice opens the port, a
// SerialBadgeFrameDecoder decodes what arrives, and one signal goes out per badge or per piece of
// bad input. Asynchronous: readyRead and timers only, no waiting. When the port fails or disappears
// (a USB reader unplugged) it says so, closes it and tries again with a doubling back-off until it
// is back; a reader missing at start-up is retried the same way.
//
// Bytes that stay incomplete for frameTimeoutMs (half a frame, a line without its end) are reported
// as a readError then; so is whatever is pending when the port is lost or stopped.
// Raw bytes are logged at trace level on "drivers.serial", reads and errors on "drivers.badge".
//
// Lives in the thread that created it; call it from that thread (it needs an event loop).
class SerialBadgeReader : public SerialDevice {
    Q_OBJECT

public:
    // The port (SerialDevice::Settings: 9600 8N1, 200 ms frame timeout, reconnect back-off from
    // 0.5 s to 10 s) and the frame decoder's options. A 10-byte frame takes about 10 ms at 9600
    // baud, plus a USB-serial adapter's latency (up to 16 ms): 200 ms of silence inside a frame means
    // it was cut.
    struct Settings : SerialDevice::Settings {
        SerialBadgeFrameDecoder::Options decoder;
    };

    explicit SerialBadgeReader(Settings settings, QObject *parent = nullptr);
    ~SerialBadgeReader() override;

    // start(), stop(), state(), readError, portError, stateChanged: SerialDevice's. Stopping
    // reports pending bytes as a readError.
    [[nodiscard]] const Settings &settings() const { return m_settings; }

signals:
    // A badge, normalised to 10 digits.
    void badgeRead(const QString &badgeId);

private:
    bool received(const QByteArray &bytes) override;
    void silent() override;
    void deliver(const std::vector<Result<SerialBadgeFrameDecoder::Read>> &items);

    Settings m_settings;
    SerialBadgeFrameDecoder m_decoder;
    std::shared_ptr<spdlog::logger> m_badgeLog;
};

} // namespace wh::drivers
