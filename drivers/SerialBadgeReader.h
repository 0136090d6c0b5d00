#pragma once

#include "Error.h"
#include "SerialBadgeFrameDecoder.h"
#include "SerialPortLink.h"

#include <QObject>
#include <QSerialPort>
#include <QString>

#include <memory>

namespace spdlog {
class logger;
}

namespace wh::drivers {

// A serial badge reader (USB-serial or RS-232): a SerialPortLink opens the port, a
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
class SerialBadgeReader : public QObject {
    Q_OBJECT

public:
    using State = SerialPortLink::State;

    // The port (SerialPortLink::Settings: 9600 8N1, 200 ms frame timeout, reconnect back-off from
    // 0.5 s to 10 s) and the frame decoder's options. A 10-byte frame takes about 10 ms at 9600
    // baud, plus a USB-serial adapter's latency (up to 16 ms): 200 ms of silence inside a frame means
    // it was cut.
    struct Settings : SerialPortLink::Settings {
        SerialBadgeFrameDecoder::Options decoder;
    };

    explicit SerialBadgeReader(Settings settings, QObject *parent = nullptr);
    ~SerialBadgeReader() override;

    // Opens the port (or schedules attempts until it opens). Idempotent.
    void start();
    // Closes the port and stops retrying; pending bytes are reported as a readError.
    void stop();

    [[nodiscard]] State state() const { return m_link.state(); }
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    // Failed open attempts since the port was last open.
    [[nodiscard]] int failedAttempts() const { return m_link.failedAttempts(); }
    // Delay before the next attempt while Reconnecting.
    [[nodiscard]] int nextReconnectDelayMs() const { return m_link.nextReconnectDelayMs(); }

signals:
    // A badge, normalised to 10 digits.
    void badgeRead(const QString &badgeId);
    // Bad input from the reader (ErrorCode::Parse); context: the raw bytes as hex.
    void readError(const wh::Error &error);
    // The port could not be opened, or was lost (ErrorCode::Io); context: the port name.
    void portError(const wh::Error &error);
    void stateChanged(wh::drivers::SerialPortLink::State state);

private:
    void onBytes(const QByteArray &bytes);
    void onSilent();
    void deliver(const std::vector<Result<SerialBadgeFrameDecoder::Read>> &items);

    Settings m_settings;
    SerialBadgeFrameDecoder m_decoder;
    SerialPortLink m_link;
    std::shared_ptr<spdlog::logger> m_badgeLog;
};

} // namespace wh::drivers
