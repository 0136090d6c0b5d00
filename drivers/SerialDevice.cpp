#include "SerialDevice.h"

#include "HexBytes.h"
#include "Logging.h"

#include <QMetaEnum>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace wh::drivers {

SerialDevice::SerialDevice(Settings settings, QString deviceName, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_deviceName(std::move(deviceName))
    , m_nextDelayMs(std::max(1, m_settings.reconnectInitialMs))
    , m_serialLog(logging::get("drivers.serial"))
{
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(std::max(1, m_settings.frameTimeoutMs));
    connect(&m_frameTimer, &QTimer::timeout, this, [this] { silent(); });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SerialDevice::tryOpen);
}

SerialDevice::~SerialDevice()
{
    // No signals from a half-destroyed object.
    m_reconnectTimer.stop();
    m_frameTimer.stop();
    if (m_port) {
        m_port->disconnect(this);
        m_port->close(); // deleted with its parent, this
    }
}

void SerialDevice::start()
{
    if (m_state != State::Stopped)
        return;
    m_failedAttempts = 0;
    m_nextDelayMs = std::max(1, m_settings.reconnectInitialMs);
    tryOpen();
}

void SerialDevice::stop()
{
    if (m_state == State::Stopped)
        return;
    m_reconnectTimer.stop();
    closePort();
    setState(State::Stopped);
}

void SerialDevice::deliverBytes(const QByteArray &bytes)
{
    m_serialLog->trace("{} rx {}", m_settings.portName.toStdString(), toHex(bytes).toStdString());
    if (received(bytes))
        m_frameTimer.start();
    else
        m_frameTimer.stop();
}

void SerialDevice::tryOpen()
{
    const std::string port = m_settings.portName.toStdString();
    m_port = new QSerialPort(this);
    m_port->setPortName(m_settings.portName);
    m_port->setBaudRate(m_settings.baudRate);
    m_port->setDataBits(m_settings.dataBits);
    m_port->setParity(m_settings.parity);
    m_port->setStopBits(m_settings.stopBits);
    m_port->setFlowControl(m_settings.flowControl);
    if (!m_port->open(m_settings.writable ? QIODevice::ReadWrite : QIODevice::ReadOnly)) {
        const Error error(
            ErrorCode::Io,
            QStringLiteral("cannot open the %1's serial port: %2").arg(m_deviceName, m_port->errorString()),
            m_settings.portName);
        delete m_port;
        m_port = nullptr;
        ++m_failedAttempts;
        // The first failure is news; the rest of a long absence is not.
        if (m_failedAttempts == 1)
            m_serialLog->warn("{}: {}; retrying with back-off", port, error.message().toStdString());
        else
            m_serialLog->debug("{}: attempt {} failed: {}", port, m_failedAttempts,
                               error.message().toStdString());
        emit portError(error);
        scheduleReconnect();
        return;
    }
    connect(m_port, &QSerialPort::readyRead, this, &SerialDevice::onReadyRead);
    // Queued: the handler closes the port, which must not happen inside QSerialPort's own
    // notification code. The generation check drops an error still queued from a port closed since.
    const quint64 generation = ++m_portGeneration;
    connect(
        m_port, &QSerialPort::errorOccurred, this,
        [this, generation](QSerialPort::SerialPortError error) {
            if (generation == m_portGeneration)
                onPortError(error);
        },
        Qt::QueuedConnection);
    m_serialLog->info("{}: {} open at {} baud{}", port, m_deviceName.toStdString(), m_settings.baudRate,
                      m_failedAttempts > 0 ? fmt::format(" after {} failed attempts", m_failedAttempts)
                                           : std::string());
    m_failedAttempts = 0;
    m_nextDelayMs = std::max(1, m_settings.reconnectInitialMs);
    setState(State::Connected);
}

bool SerialDevice::send(const QByteArray &bytes)
{
    if (!m_port || !m_port->isOpen() || !m_port->isWritable())
        return false;
    m_serialLog->trace("{} tx {}", m_settings.portName.toStdString(), toHex(bytes).toStdString());
    if (m_port->write(bytes) != bytes.size()) {
        emit portError(Error(ErrorCode::Io,
                             QStringLiteral("cannot write to the %1's serial port: %2")
                                 .arg(m_deviceName, m_port->errorString()),
                             m_settings.portName));
        return false;
    }
    return true;
}

void SerialDevice::scheduleReconnect()
{
    setState(State::Reconnecting);
    m_reconnectTimer.start(m_nextDelayMs);
    m_nextDelayMs = std::min(std::max(1, m_settings.reconnectMaxMs), m_nextDelayMs * 2);
}

void SerialDevice::onReadyRead()
{
    if (!m_port || !m_port->isOpen())
        return;
    const QByteArray bytes = m_port->readAll();
    if (bytes.isEmpty())
        return;
    deliverBytes(bytes);
}

void SerialDevice::onPortError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port || !m_port->isOpen())
        return;
    const QString why = QStringLiteral("%1 (%2)").arg(
        m_port->errorString(),
        QLatin1String(QMetaEnum::fromType<QSerialPort::SerialPortError>().valueToKey(error)));
    const Error lost(ErrorCode::Io,
                     QStringLiteral("the %1's serial port was lost: %2").arg(m_deviceName, why),
                     m_settings.portName);
    m_serialLog->warn("{}: {}; reconnecting", m_settings.portName.toStdString(),
                      lost.message().toStdString());
    closePort();
    emit portError(lost);
    m_failedAttempts = 0;
    m_nextDelayMs = std::max(1, m_settings.reconnectInitialMs);
    scheduleReconnect();
}

void SerialDevice::closePort()
{
    m_frameTimer.stop();
    if (m_port) {
        // Read what is still buffered: it is input like any other.
        if (m_port->isOpen()) {
            const QByteArray rest = m_port->readAll();
            if (!rest.isEmpty())
                deliverBytes(rest);
        }
        m_port->disconnect(this);
        m_port->close();
        // Deleted later: closePort() may run from inside one of the port's own signals.
        m_port->deleteLater();
        m_port = nullptr;
        ++m_portGeneration;
    }
    m_frameTimer.stop(); // deliverBytes may have restarted it
    silent();
}

void SerialDevice::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace wh::drivers
