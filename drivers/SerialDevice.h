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

// The base of serial devices (a badge reader, a barcode scanner): the transport. It opens the port,
// hands what arrives to the device's decoder (received()), and when the port fails or disappears
// (a USB device unplugged) says so, closes it and tries again with a doubling back-off until it is
// back; a device missing at start-up is retried the same way. While the decoder holds an incomplete
// frame, a silence of frameTimeoutMs calls silent() so the device can flush it; so does closing.
// A device adds its decoder and its read signal; bad input goes out as readError.
//
// Asynchronous: readyRead and timers only, no waiting. Raw bytes are logged at trace level on
// "drivers.serial". Lives in the thread that created it; call it from that thread.
class SerialDevice : public QObject {
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
        // Open for writing too (a device that takes commands, such as a Bosch meter over SPP).
        bool writable = false;
    };

    ~SerialDevice() override;

    // Opens the port (or schedules attempts until it opens). Idempotent.
    void start();
    // Closes the port (what is still buffered is decoded, then silent()) and stops retrying.
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Settings &portSettings() const { return m_settings; }
    // Failed open attempts since the port was last open.
    [[nodiscard]] int failedAttempts() const { return m_failedAttempts; }
    // Delay before the next attempt while Reconnecting.
    [[nodiscard]] int nextReconnectDelayMs() const { return m_nextDelayMs; }

signals:
    // Bad input from the device (ErrorCode::Parse); context: the raw bytes as hex.
    void readError(const wh::Error &error);
    // The port could not be opened, or was lost (ErrorCode::Io); context: the port name.
    void portError(const wh::Error &error);
    void stateChanged(wh::drivers::SerialDevice::State state);

protected:
    // `deviceName` names the device in error messages ("badge reader", "scanner").
    SerialDevice(Settings settings, QString deviceName, QObject *parent);

    // The device's decoder takes `bytes`; returns whether it now holds an incomplete frame.
    virtual bool received(const QByteArray &bytes) = 0;
    // A silence while a frame was incomplete, or the port closing: the decoder flushes.
    virtual void silent() = 0;
    // Writes `bytes` to the open port (Settings::writable); false when it is not open, or the
    // write fails (reported as a portError).
    bool send(const QByteArray &bytes);

private:
    void deliverBytes(const QByteArray &bytes);
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
