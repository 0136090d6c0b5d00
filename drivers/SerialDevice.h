#pragma once

#include "Error.h"

#include <QByteArray>
#include <QObject>
#include <QSerialPort>
#include <QString>
#include <QTimer>

#include <memory>

namespace spdlog {
class logger;
}

namespace wh::drivers {

// The transport under a serial device (a badge reader, a barcode scanner): opens the port, hands
// on what arrives, and when the port fails or disappears (a USB device unplugged) says so, closes
// it and tries again with a doubling back-off until it is back; a device missing at start-up is
// retried the same way. The device's decoder stays with the owner: after each chunk the owner says
// whether the decoder holds an incomplete frame (setPendingInput), and the link reports a silence
// of frameTimeoutMs after it (inputSilent), so the owner can flush it.
//
// Asynchronous: readyRead and timers only, no waiting. Raw bytes are logged at trace level on
// "drivers.serial". Lives in the thread that created it; call it from that thread.
class SerialPortLink : public QObject {
    Q_OBJECT

public:
    enum class State {
        Stopped,      // not started, or stop() was called
        Connected,    // the port is open
        Reconnecting, // the port is not open; the next attempt is scheduled
    };
    Q_ENUM(State)

    struct Settings {
        QString portName;       // "ttyUSB0", or a path ("/dev/serial/by-id/...")
        qint32 baudRate = 9600; // 9600 8N1 without flow control: the common default of readers and scanners
        QSerialPort::DataBits dataBits = QSerialPort::Data8;
        QSerialPort::Parity parity = QSerialPort::NoParity;
        QSerialPort::StopBits stopBits = QSerialPort::OneStop;
        QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
        // Silence inside a frame after which the frame counts as cut.
        int frameTimeoutMs = 200;
        // First retry after 0.5 s (a replugged device is back quickly), then doubling up to 10 s
        // (a device gone for good costs an open() attempt every 10 s, nothing more).
        int reconnectInitialMs = 500;
        int reconnectMaxMs = 10000;
    };

    // `deviceName` names the device in error messages ("badge reader", "scanner").
    SerialPortLink(Settings settings, QString deviceName, QObject *parent = nullptr);
    ~SerialPortLink() override;

    // Opens the port (or schedules attempts until it opens). Idempotent.
    void start();
    // Closes the port (what is still buffered is delivered, then inputSilent) and stops retrying.
    void stop();

    // The owner's decoder holds (true) or does not hold (false) an incomplete frame.
    void setPendingInput(bool pending);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    [[nodiscard]] int failedAttempts() const { return m_failedAttempts; }
    [[nodiscard]] int nextReconnectDelayMs() const { return m_nextDelayMs; }

signals:
    void bytesReceived(const QByteArray &bytes);
    // No byte came for frameTimeoutMs while input was pending, or the port closed: flush.
    void inputSilent();
    // The port could not be opened, or was lost (ErrorCode::Io); context: the port name.
    void portError(const wh::Error &error);
    void stateChanged(wh::drivers::SerialPortLink::State state);

private:
    void tryOpen();
    void onReadyRead();
    void onPortError(QSerialPort::SerialPortError error);
    void closePort();
    void scheduleReconnect();
    void setState(State state);

    Settings m_settings;
    QString m_deviceName;
    QSerialPort *m_port = nullptr; // a child; replaced on every (re)open
    quint64 m_portGeneration = 0;
    QTimer m_frameTimer;
    QTimer m_reconnectTimer;
    State m_state = State::Stopped;
    int m_failedAttempts = 0;
    int m_nextDelayMs = 0;
    std::shared_ptr<spdlog::logger> m_serialLog;
};

} // namespace wh::drivers
